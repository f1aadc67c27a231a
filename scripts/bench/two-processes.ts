/**
 * Scenario (k): two CMS processes behind a balancer, against one, on the same data.
 *
 * A Redis server of its own (Debian's `redis-server` on a free loopback port, no persistence: the SDK test
 * kit's `startRedis`), and production CMS processes on the same database, every one with `REDIS_URL` —
 * the one-process figures too, so that the comparison changes only the number of processes. For the
 * uncached phase (`PUBLIC_CACHE=off`) and then the cached one (`PUBLIC_CACHE=on`): the home query on one
 * process, then on two with the load spread over both — one autocannon instance per process, the
 * connections split evenly, the answers summed (`measureSpread`): no proxy in between, so what is
 * measured is the processes, not a balancer. Each process's resident memory (RSS) after each phase.
 *
 * Then, while (a) cached loads both processes: a news item published through one process, and the next
 * read of that municipality's home from the other, which must show it (the public cache's dependency
 * counters are shared through Redis). Each try first reads the home from the reading process, so that it
 * holds an entry the publish must expire; the direction alternates; several municipalities in parallel.
 */
import { execFileSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'

import { startRedis } from '../../src/plugins/sdk/testing/redis'
import { background, measure, measureSpread, median, warmUp, type Figures, type Plan, type Target } from './load'
import type { Scenario, TwoProcesses } from './report'

type Municipality = { id: number; slug: string }
type Process = { url: string; child: ChildProcess; stop: () => Promise<void> }

export type TwoProcessContext = {
  /** starts a production CMS process on the scenario's database with `extra` on top of the bench's settings */
  launch: (extra: Record<string, string>) => Promise<Process>
  /** the home query of a municipality on a server */
  home: (url: string, m: Municipality) => Target
  /** one request of a target, checked: 200 and no GraphQL errors */
  check: (target: Target, label: string) => Promise<string>
  /** a platform administrator's token, from a server */
  login: (url: string) => Promise<string>
  /** the municipality measured, and the others the stale check may publish in */
  target: Municipality
  municipalities: Municipality[]
  plan: Plan
  /** publish-then-read tries of the stale check */
  tries: number
  dialect: 'sqlite' | 'postgres'
  say: (text: string) => void
}

/** Resident memory of a process, in MB (Linux's /proc; `ps` elsewhere). */
export const rssMb = (pid: number | undefined): number | undefined => {
  if (!pid) return undefined
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]
    if (kb) return Math.round(Number(kb) / 1024)
  } catch {
    /* not Linux */
  }
  try {
    return Math.round(Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024)
  } catch {
    return undefined
  }
}

const redisVersion = () => {
  try {
    return /v=(\S+)/.exec(execFileSync('redis-server', ['--version'], { encoding: 'utf8' }))?.[1] ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

export const runTwoProcesses = async (
  ctx: TwoProcessContext,
): Promise<{ scenarios: Scenario[]; twoProcesses: TwoProcesses }> => {
  const { launch, home, check, target, plan, say } = ctx
  const redis = await startRedis()
  const scenarios: Scenario[] = []
  const add = (id: string, label: string, figures: Figures) => {
    scenarios.push({ id, label, figures })
    const split = figures.byTarget ? ` (${figures.byTarget.join(' + ')})` : ''
    say(
      `  ${label}: ${figures.rps} req/s${split}, p50 ${figures.p50} ms, p95 ${figures.p95} ms, p99 ${figures.p99} ms, errors ${figures.errors}`,
    )
  }
  const pool = ctx.dialect === 'postgres' ? `, a pool of ${process.env.DATABASE_POOL_MAX || 10} connections each` : ''
  const result: TwoProcesses = {
    setup: `on one ${ctx.dialect === 'sqlite' ? 'SQLite file' : 'PostgreSQL database'}${pool}, REDIS_URL set (redis-server ${redisVersion()} on loopback, no persistence) for one and for two`,
    rss: { uncached: { two: [] }, cached: { two: [] } },
  }
  const running: Process[] = []
  const stopAll = async () => {
    await Promise.all(running.splice(0).map((p) => p.stop()))
  }
  const phase = async (cache: 'uncached' | 'cached', after?: (processes: Process[]) => Promise<void>) => {
    const env = { REDIS_URL: redis.url, PUBLIC_CACHE: cache === 'cached' ? 'on' : 'off' }
    try {
      const first = await launch(env)
      running.push(first)
      await check(home(first.url, target), `(k) home query, ${cache}`)
      if (cache === 'cached') await warm(first, ctx)
      add(`k-${cache}-1`, `(k) home GraphQL, ${cache}, 1 process`, await measure(home(first.url, target), plan))
      result.rss[cache].one = rssMb(first.child.pid)
      const second = await launch(env)
      running.push(second)
      await check(home(second.url, target), `(k) home query, ${cache}, second process`)
      if (cache === 'cached') await warm(second, ctx)
      // The first process has run the one-process figures: the second gets a warm-up and a run's time alone.
      if (plan.warmup > 0) await warmUp(home(second.url, target), plan.connections, plan.warmup + plan.seconds)
      const both = running.map((p) => home(p.url, target))
      add(
        `k-${cache}-2`,
        `(k) home GraphQL, ${cache}, 2 processes (${Math.max(1, Math.round(plan.connections / 2))} connections each)`,
        await measureSpread(both, plan),
      )
      if (after) await after(running)
      result.rss[cache].two = running.map((p) => rssMb(p.child.pid) ?? NaN)
      say(
        `  (k) ${cache}: resident memory ${result.rss[cache].one} MB alone; ${result.rss[cache].two.join(' and ')} MB`,
      )
    } finally {
      await stopAll()
    }
  }
  try {
    // Uncached first: the stale check's publishes change the data.
    await phase('uncached')
    await phase('cached', async (processes) => {
      const s = await staleCheck(ctx, processes)
      result.staleness = s
      say(
        `  (k) publish through one process, read from the other: ${s.stale} stale of ${s.tries} (${s.staleHits} from the cache)`,
      )
    })
  } finally {
    await stopAll()
    await redis.stop()
  }
  return { scenarios, twoProcesses: result }
}

/**
 * Until the process answers the home from its cache (`X-Cache: HIT`), at most 60 s: a cached figure
 * measures answers from the cache, not the misses of a process that has not stored the entry yet.
 */
const warm = async (p: Process, ctx: TwoProcessContext) => {
  const h = ctx.home(p.url, ctx.target)
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    const res = await fetch(h.url, { method: 'POST', headers: h.headers, body: h.body })
    await res.arrayBuffer()
    if (res.headers.get('x-cache') === 'HIT') return
    await new Promise((r) => setTimeout(r, 200))
  }
  ctx.say(`  (k) ${p.url} did not answer the home from its cache within 60 s`)
}

/** Publish through one process, then read the home from the other, under load on both. */
const staleCheck = async (
  ctx: TwoProcessContext,
  processes: Process[],
): Promise<NonNullable<TwoProcesses['staleness']>> => {
  const { home, target, plan } = ctx
  const token = await ctx.login(processes[0].url)
  const others = ctx.municipalities.filter((m) => m.id !== target.id)
  const chosen = [target, ...others].slice(0, Math.min(8, ctx.municipalities.length))
  const load = background(
    processes.map((p) => home(p.url, target)),
    Math.max(1, Math.round(plan.connections / processes.length)),
  )
  const publishTimes: number[] = []
  let tries = 0
  let stale = 0
  let staleHits = 0
  // Later than any news of the data, later every try: each new item is the municipality's latest.
  const base = Date.now() + 3_600_000
  let next = 0
  const read = async (url: string, m: Municipality) => {
    const h = home(url, m)
    const res = await fetch(h.url, { method: 'POST', headers: h.headers, body: h.body })
    return { text: await res.text(), cache: res.headers.get('x-cache') }
  }
  const worker = async (m: Municipality, count: number) => {
    for (let i = 0; i < count; i += 1) {
      const n = next++
      const [writer, reader] = n % 2 ? [processes[1], processes[0]] : [processes[0], processes[1]]
      await read(reader.url, m)
      const title = `Publicado por un proceso, leído en el otro ${n} ${Date.now()}`
      const t0 = performance.now()
      const published = await fetch(`${writer.url}/api/news`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({
          title,
          slug: `bench-k-${m.id}-${n}-${Date.now()}`,
          tenant: m.id,
          _status: 'published',
          publishedAt: new Date(base + n * 1000).toISOString(),
        }),
      })
      publishTimes.push(performance.now() - t0)
      if (published.status !== 201) throw new Error(`(k) publish: ${published.status} ${await published.text()}`)
      const after = await read(reader.url, m)
      tries += 1
      if (!after.text.includes(title)) {
        stale += 1
        if (after.cache === 'HIT') staleHits += 1
      }
    }
  }
  try {
    const each = Math.ceil(ctx.tries / chosen.length)
    await Promise.all(chosen.map((m) => worker(m, each)))
  } finally {
    await load.stop()
  }
  return {
    tries,
    stale,
    staleHits,
    municipalities: chosen.length,
    publishMs: Math.round(median(publishTimes)),
  }
}
