/**
 * Scenario (k): two CMS processes behind a balancer, against one, on the same data.
 *
 * A Redis server of its own (Debian's `redis-server` on a free loopback port, no persistence: the SDK test
 * kit's `startRedis`), and production CMS processes on the same database, every one with `REDIS_URL` —
 * the one-process figures too, so that the comparison changes only the number of processes. For the
 * uncached phase (`PUBLIC_CACHE=off`) and then the cached one (`PUBLIC_CACHE=on`): the home query on one
 * process (the other idles), and on two with the load spread over both — one autocannon instance per
 * process, the connections split evenly, the answers summed: no proxy in between, so what is measured is
 * the processes, not a balancer. The two are measured in turn, run by run (`measureInTurn`), so that the
 * drift of a shared host weighs on both alike, and each run's CPU is accounted per answer (the servers', the
 * load generator's, the rest: database, Redis, kernel), which says what bounds the ratio on this machine.
 * Each process's resident memory (RSS) after each phase.
 *
 * Then, while (a) cached loads both processes: a news item published through one process, and the next
 * read of that municipality's home from the other, which must show it (the public cache's dependency
 * counters are shared through Redis). Each try first reads the home from the reading process, so that it
 * holds an entry the publish must expire; the direction alternates; several municipalities in parallel.
 */
import { execFileSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'

import { startRedis } from '../../src/plugins/sdk/testing/redis'
import { background, measureInTurn, median, warmUp, type Figures, type Plan, type Target } from './load'
import { cpuText, type CpuUse, type Scenario, type TwoProcesses } from './report'

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

/**
 * Resident memory of a process, in MB (Linux's /proc; `ps` elsewhere); `peak`: the most it has held since it
 * started (Linux's high-water mark, VmHWM; undefined elsewhere).
 */
export const rssMb = (pid: number | undefined, peak = false): number | undefined => {
  if (!pid) return undefined
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (peak ? /VmHWM:\s+(\d+)\s+kB/ : /VmRSS:\s+(\d+)\s+kB/).exec(status)?.[1]
    if (kb) return Math.round(Number(kb) / 1024)
  } catch {
    /* not Linux */
  }
  if (peak) return undefined
  try {
    return Math.round(Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024)
  } catch {
    return undefined
  }
}

/** Measured runs of each variant (one process, two), taken in turn. */
const TURNS = 5

/** Clock ticks per second of /proc's CPU times. */
const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
  } catch {
    return 100
  }
})()

type CpuSample = { at: number; busy: number; steal: number; servers: number; load: number }
type CpuRun = CpuUse

/**
 * The machine's CPU time (Linux's /proc/stat: busy and stolen, in ms), the servers' (each pid's user and
 * system time) and this process's — the load generator's; zeros where /proc is missing.
 */
const cpuSample = (pids: number[]): CpuSample => {
  const ms = (ticks: number) => (ticks * 1000) / ticksPerSecond
  const load = process.cpuUsage()
  const sample: CpuSample = {
    at: performance.now(),
    busy: 0,
    steal: 0,
    servers: 0,
    load: (load.user + load.system) / 1000,
  }
  try {
    const [, user, nice, system, , , irq, softirq, steal] = fs
      .readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .map(Number)
    sample.busy = ms(user + nice + system + irq + softirq)
    sample.steal = ms(steal)
    for (const pid of pids) {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      sample.servers += ms(Number(fields[11]) + Number(fields[12]))
    }
  } catch {
    /* not Linux */
  }
  return sample
}

/** CPU per answer over a run: the servers', the load generator's and the rest (database, Redis, kernel). */
const cpuUse = (a: CpuSample, b: CpuSample, requests: number): CpuUse => {
  const per = (ms: number) => Math.round((ms / Math.max(1, requests)) * 1000) / 1000
  const wall = b.at - a.at
  const busy = b.busy - a.busy
  const servers = b.servers - a.servers
  const load = b.load - a.load
  return {
    serverMs: per(servers),
    loadMs: per(load),
    otherMs: per(Math.max(0, busy - servers - load)),
    busyPct: Math.round((busy / (wall * cpus)) * 100),
    stealPct: Math.round(((b.steal - a.steal) / (wall * cpus)) * 100),
  }
}
const cpus = Math.max(1, os.availableParallelism?.() ?? os.cpus().length)

const medianCpu = (runs: CpuUse[]): CpuUse => {
  const m = (key: keyof CpuUse) => median(runs.map((r) => r[key]))
  return {
    serverMs: m('serverMs'),
    loadMs: m('loadMs'),
    otherMs: m('otherMs'),
    busyPct: m('busyPct'),
    stealPct: m('stealPct'),
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
    cpu: {},
  }
  const running: Process[] = []
  const stopAll = async () => {
    await Promise.all(running.splice(0).map((p) => p.stop()))
  }
  const phase = async (cache: 'uncached' | 'cached', after?: (processes: Process[]) => Promise<void>) => {
    const env = { REDIS_URL: redis.url, PUBLIC_CACHE: cache === 'cached' ? 'on' : 'off' }
    try {
      for (const label of ['', ', second process']) {
        const p = await launch(env)
        running.push(p)
        await check(home(p.url, target), `(k) home query, ${cache}${label}`)
        if (cache === 'cached') await warm(p, ctx)
      }
      const [first, second] = running
      // The second process gets a warm-up of its own first (the first process's comes with the one-process runs).
      if (plan.warmup > 0) await warmUp(home(second.url, target), plan.connections, plan.warmup + plan.seconds)
      const pids = running.map((p) => p.child.pid ?? 0)
      const cpu: CpuRun[][] = [[], []]
      // One process (the second idles), then two, in turn: the machine's drift weighs on both alike.
      const [one, two] = await measureInTurn(
        [[home(first.url, target)], running.map((p) => home(p.url, target))],
        { ...plan, runs: Math.max(plan.runs, TURNS) },
        {
          start: () => cpuSample(pids),
          end: (variant, started, run) => {
            cpu[variant].push(cpuUse(started, cpuSample(pids), run.requests))
            if (variant === 0 && result.rss[cache].one === undefined) result.rss[cache].one = rssMb(first.child.pid)
          },
        },
      )
      add(`k-${cache}-1`, `(k) home GraphQL, ${cache}, 1 process`, one)
      add(
        `k-${cache}-2`,
        `(k) home GraphQL, ${cache}, 2 processes (${Math.max(1, Math.round(plan.connections / 2))} connections each)`,
        two,
      )
      const use = { one: medianCpu(cpu[0]), two: medianCpu(cpu[1]) }
      result.cpu = { ...result.cpu, [cache]: use }
      say(`  (k) ${cache}, CPU per answer: 1 process ${cpuText(use.one)}; 2 processes ${cpuText(use.two)}`)
      if (after) await after(running)
      result.rss[cache].two = running.map((p) => rssMb(p.child.pid) ?? NaN)
      const [alone, both] = scenarios.slice(-2)
      const oneMb = result.rss[cache].one
      Object.assign(alone, { processes: '1 CMS', memory: oneMb === undefined ? [] : [{ process: 'CMS', mb: oneMb }] })
      Object.assign(both, {
        processes: '2 CMS',
        memory: result.rss[cache].two.map((mb, i) => ({ process: `CMS ${i + 1}`, mb })),
      })
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
