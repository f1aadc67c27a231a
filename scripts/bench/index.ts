/**
 * `npm run bench`: e-Muni's benchmark (docs/benchmarks.md explains it; BENCHMARKS.md holds the figures).
 *
 * For each database (SQLite; PostgreSQL too where it is installed): the demo seeded by the real server,
 * the demo municipality cloned into scale data (default 100 municipalities × 2,000 documents), the
 * production servers started, then each scenario measured with autocannon (warm-up, then the median of
 * several runs): (a) portal home GraphQL query cached and uncached, (b) tender list with filters,
 * (c) service catalogue, (d) the home's data through REST, (e) the Local API floor, (f) the plain
 * express ceiling, (g) the portal's home page, (h) a vote surge, (i) the home query at 10 and at 1,000
 * municipalities, (j) cold start, (k) two CMS processes on one database and one Redis against one process.
 * Writes bench/results/latest.json and the tables of BENCHMARKS.md; a run of some scenarios (BENCH_ONLY)
 * replaces only their figures there.
 *
 * Settings (environment): BENCH_MUNICIPALITIES (100), BENCH_DOCS (2000), BENCH_SCALE ("10,1000"),
 * BENCH_CONNECTIONS (50), BENCH_SECONDS (8), BENCH_RUNS (3), BENCH_WARMUP (3), BENCH_VOTERS (5000),
 * BENCH_DB ("sqlite,postgres": PostgreSQL when its server is installed or PG_BENCH_URL is given),
 * BENCH_ONLY (comma-separated scenario letters), BENCH_KEEP (true: keep the SQLite files for profiling),
 * BENCH_STALE_TRIES (200: the publish-then-read tries of (k)), BENCH_SERVER_NODE_ARGS (Node options for the
 * servers it starts: `--cpu-prof --cpu-prof-dir=DIR` profiles them), BENCH_OUT (the folder where bench/results/latest.json
 * and BENCHMARKS.md are read and written: the repository's by default),
 * `--quick` for a small smoke run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import cliProgress from 'cli-progress'

import { account, type DemoAccount } from '../../src/plugins/sdk/testing/api'
import {
  freePort,
  ROOT,
  SERVER_ARGS,
  serverEnv,
  TEST_SEALING_KEY,
  TEST_SECRET,
} from '../../src/plugins/sdk/testing/server'
import { cloneMunicipalities, openDb } from './data'
import { measure, median, type Figures, type Plan, type Target as LoadTarget } from './load'
import { CATALOGUE_QUERY, HOME_QUERY, homeRestPaths, TENDERS_QUERY, tendersWhere } from './queries'
import { writeResults, type DatabaseResults, type Results, type Scenario } from './report'
import { targetsOf } from './targets'
import { rssMb, runTwoProcesses } from './two-processes'

const quick = process.argv.includes('--quick')
const env = (name: string, fallback: string, quickValue?: string) =>
  process.env[name] || (quick && quickValue !== undefined ? quickValue : fallback)
const options = {
  municipalities: Number(env('BENCH_MUNICIPALITIES', '100', '5')),
  docs: Number(env('BENCH_DOCS', '2000', '200')),
  scale: env('BENCH_SCALE', '10,1000', '3,30').split(',').map(Number),
  connections: Number(env('BENCH_CONNECTIONS', '50', '10')),
  seconds: Number(env('BENCH_SECONDS', '8', '3')),
  runs: Number(env('BENCH_RUNS', '3')),
  warmup: Number(env('BENCH_WARMUP', '3', '1')),
  voters: Number(env('BENCH_VOTERS', '5000', '200')),
  databases: env('BENCH_DB', 'sqlite,postgres').split(','),
  staleTries: Number(env('BENCH_STALE_TRIES', '200')),
  only: (process.env.BENCH_ONLY || 'abcdefghijk').split(/,|/).filter(Boolean),
}
const wants = (letter: string) => options.only.includes(letter)
const plan = (connections = options.connections): Plan => ({
  connections,
  seconds: options.seconds,
  warmup: options.warmup,
  runs: options.runs,
})
const say = (text: string) => process.stdout.write(`${text}\n`)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const started = Date.now()

// ---------- databases ------------------------------------------------------------------------------

type Database = { dialect: 'sqlite' | 'postgres'; create: (name: string, from?: string) => Promise<string> }

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'e-muni-bench-'))
// BENCH_KEEP=true keeps the databases (SQLite files) for profiling after the run.
const cleanups: (() => Promise<void> | void)[] = [
  () => {
    if (process.env.BENCH_KEEP === 'true') say(`kept ${work}`)
    else fs.rmSync(work, { recursive: true, force: true })
  },
]

const sqlite = (): Database => ({
  dialect: 'sqlite',
  create: async (name, from) => {
    const file = path.join(work, `${name}.db`)
    if (from) fs.copyFileSync(from.slice('file:'.length), file)
    return `file:${file}`
  },
})

const postgres = async (): Promise<Database | undefined> => {
  let admin = process.env.PG_BENCH_URL
  if (!admin) {
    const versions = fs.existsSync('/usr/lib/postgresql') ? fs.readdirSync('/usr/lib/postgresql').sort() : []
    const bin = versions.length ? `/usr/lib/postgresql/${versions[versions.length - 1]}/bin` : undefined
    if (!bin || !fs.existsSync(`${bin}/initdb`)) return undefined
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e-muni-bench-pg-'))
    const port = await freePort()
    const root = process.getuid?.() === 0
    const run = (command: string) => {
      const result = root
        ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', command], { encoding: 'utf8' })
        : spawnSync('/bin/sh', ['-c', command], { encoding: 'utf8' })
      if (result.status !== 0) throw new Error(`${command}: ${result.stderr}`)
    }
    if (root) spawnSync('chown', ['postgres', dir])
    run(`${bin}/initdb -D ${dir}/data -A trust -U postgres >/dev/null`)
    run(
      `${bin}/pg_ctl -D ${dir}/data -o '-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c max_connections=300 -c fsync=on' -l ${dir}/log -w start >/dev/null`,
    )
    cleanups.push(() => {
      run(`${bin}/pg_ctl -D ${dir}/data -m fast stop >/dev/null`)
      fs.rmSync(dir, { recursive: true, force: true })
    })
    admin = `postgres://postgres@127.0.0.1:${port}/postgres`
  }
  const adminUrl = admin
  return {
    dialect: 'postgres',
    create: async (name, from) => {
      const db = await openDb(adminUrl)
      const database = `emuni_bench_${name}`
      await db.exec(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
      await db.exec(`CREATE DATABASE ${database}${from ? ` TEMPLATE ${new URL(from).pathname.slice(1)}` : ''}`)
      await db.close()
      const url = new URL(adminUrl)
      url.pathname = `/${database}`
      return url.toString()
    },
  }
}

// ---------- servers ----------------------------------------------------------------------------------

type Running = { url: string; readyMs: number; child: ChildProcess; stop: () => Promise<void>; stderr: string[] }
const mediaDir = path.join(work, 'uploads')

const stopChild = async (child: ChildProcess, group = false) => {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  if (group) process.kill(-child.pid!, 'SIGTERM')
  else child.kill('SIGTERM')
  await Promise.race([exited, sleep(15_000)])
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
}

const waitOk = async (url: string, child: ChildProcess, stderr: string[], ms = 240_000) => {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${stderr.join('')}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      /* not yet */
    }
    await sleep(20)
  }
  throw new Error(`${url} did not answer in ${ms / 1000} s:\n${stderr.join('')}`)
}

const launch = async (dbUri: string, extra: Record<string, string> = {}): Promise<Running> => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const t0 = performance.now()
  // The server's JSON log lines go to /dev/null: read here, they would take the load generator's CPU.
  // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/profiles": a CPU profile of each server.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)
  const child = spawn(process.execPath, [...nodeArgs, ...SERVER_ARGS], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: serverEnv({
      PAYLOAD_SECRET: TEST_SECRET,
      BID_SEALING_KEY: TEST_SEALING_KEY,
      DATABASE_URI: dbUri,
      MEDIA_DIR: mediaDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      SEED_DEMO: 'false',
      SEED_DEMO_MODULES: 'all',
      JOBS_AUTORUN: 'false',
      COOKIE_SECURE: 'false',
      // A surge of votes comes from many addresses; here it comes from one.
      SUBMIT_RATE_LIMIT: '1000000',
      LOGIN_RATE_LIMIT: '1000000',
      PUBLIC_CACHE: 'on',
      ...extra,
    }),
  })
  const stderr: string[] = []
  child.stderr!.on('data', (c: Buffer) => {
    stderr.push(c.toString())
    if (stderr.length > 200) stderr.shift()
  })
  await waitOk(`${url}/readyz`, child, stderr)
  const readyMs = performance.now() - t0
  return { url, readyMs, child, stderr, stop: () => stopChild(child) }
}

const loginAs = async (url: string, who: DemoAccount) => {
  const res = await fetch(`${url}/api/${who.collection}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: who.email, password: who.password }),
  })
  const body = (await res.json()) as { token?: string }
  if (!body.token) throw new Error(`login as ${who.email} failed: ${res.status} ${JSON.stringify(body)}`)
  return body.token
}

const graphql = (url: string, query: string, variables: Record<string, unknown>): LoadTarget => ({
  url: `${url}/api/graphql`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query, variables }),
})

/** One request of a target, checked: 200 and no GraphQL errors; returns the body. */
const check = async (target: LoadTarget, label: string) => {
  const res = await fetch(target.url, { method: target.method, headers: target.headers, body: target.body })
  const text = await res.text()
  if (res.status !== 200 || /"errors"\s*:/.test(text)) throw new Error(`${label}: ${res.status} ${text.slice(0, 500)}`)
  return text
}

const bar = (label: string) =>
  new cliProgress.SingleBar(
    { format: `  ${label} [{bar}] {percentage}% {value}/{total} {what}`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  )

// ---------- one database -------------------------------------------------------------------------------

const runDatabase = async (database: Database): Promise<DatabaseResults> => {
  const dialect = database.dialect
  say(`\n== ${dialect}`)
  const scenarios: Scenario[] = []
  // What answers the scenarios being measured: named processes (their resident memory is read after each).
  let serving: { process: string; pid?: number; group?: boolean }[] = []
  const add = (id: string, label: string, figures?: Figures, note?: string) => {
    const memory = serving.flatMap(({ process, pid, group }) => {
      const mb = group ? groupRssMb(pid) : rssMb(pid)
      return mb === undefined ? [] : [{ process, mb }]
    })
    const processes = serving.length ? serving.map((s) => s.process).join(' + ') : undefined
    scenarios.push({ id, label, figures, note, processes, memory })
    if (figures)
      say(
        `  ${label}: ${figures.rps} req/s, p50 ${figures.p50} ms, p95 ${figures.p95} ms, p99 ${figures.p99} ms, errors ${figures.errors}`,
      )
  }

  // The demo, seeded by the real server, then cloned.
  say('  seeding the demo through the server…')
  const demo = await database.create('demo')
  const seeding = await launch(demo, { SEED_DEMO: 'true' })
  await seeding.stop()
  const templateDb = await openDb(demo)
  const [template] = await templateDb.rows(`SELECT id, slug FROM municipalities WHERE slug = 'villa-esperanza'`)
  await templateDb.close()
  const clone = async (name: string, municipalities: number) => {
    const uri = await database.create(name, demo)
    const db = await openDb(uri)
    const progress = bar(`${name}: ${municipalities} × ${options.docs}`)
    progress.start(6, 0, { what: '' })
    const result = await cloneMunicipalities(db, {
      template: { id: Number(template.id), slug: String(template.slug) },
      municipalities,
      docsPerMunicipality: options.docs,
      onProgress: (done, _total, what) => progress.update(done, { what }),
    })
    progress.stop()
    if (dialect === 'sqlite') await db.exec('VACUUM')
    else await db.exec('ANALYZE')
    await db.close()
    return { uri, ...result }
  }
  const main = await clone('main', options.municipalities)
  const target = main.municipalities[Math.floor(main.municipalities.length / 2)]
  say(`  ${main.rows.toLocaleString()} documents in ${(main.ms / 1000).toFixed(1)} s; measuring ${target.slug}`)

  const home = (url: string, m = target) => graphql(url, HOME_QUERY, { slug: m.slug, municipality: m.id, locale: 'es' })
  const tenders = (url: string) => graphql(url, TENDERS_QUERY, { where: tendersWhere(target.id), locale: 'es' })
  const catalogue = (url: string) => graphql(url, CATALOGUE_QUERY, { municipality: target.id, locale: 'es' })
  const rest = (url: string): LoadTarget => ({
    url,
    requests: homeRestPaths(target.slug, target.id).map((p) => ({ path: p, method: 'GET' })),
  })

  // (j) cold start: process start → first successful /readyz, three times.
  let coldStart: DatabaseResults['coldStart']
  if (wants('j')) {
    const runs: number[] = []
    for (let i = 0; i < 3; i += 1) {
      const s = await launch(main.uri)
      runs.push(Math.round(s.readyMs))
      await s.stop()
    }
    coldStart = { runs, median: median(runs) }
    say(`  (j) cold start: ${runs.join(', ')} ms`)
  }

  // Cached: the public-read cache on (the default), with the portal in front for (g).
  let staleness: DatabaseResults['staleness']
  let homeBody = ''
  const portalPort = await freePort()
  const portalUrl = `http://127.0.0.1:${portalPort}`
  const revalidateSecret = 'bench-revalidation-secret-0123456789abcdef'
  // The figures of (a)–(d) and (g), and the bytes (f) answers.
  if ('abcdfg'.split('').some(wants)) {
    const server = await launch(main.uri, { PORTAL_URL: portalUrl, PORTAL_REVALIDATE_SECRET: revalidateSecret })
    serving = [{ process: '1 CMS', pid: server.child.pid }]
    try {
      homeBody = await check(home(server.url), 'home query')
      const homeCount = (JSON.parse(homeBody) as { data: Record<string, { docs: unknown[] }> }).data
      say(
        `  home query answers: ${Object.entries(homeCount)
          .map(([k, v]) => `${k} ${v.docs.length}`)
          .join(', ')}`,
      )
      await check(tenders(server.url), 'tender list')
      await check(catalogue(server.url), 'service catalogue')
      for (const p of homeRestPaths(target.slug, target.id)) await check({ url: server.url + p }, p)
      if (wants('a')) add('a-cached', '(a) home GraphQL, cached', await measure(home(server.url), plan()))
      if (wants('b'))
        add('b-cached', '(b) tender list with filters, cached', await measure(tenders(server.url), plan()))
      if (wants('c')) add('c-cached', '(c) service catalogue, cached', await measure(catalogue(server.url), plan()))
      if (wants('d'))
        add('d-cached', '(d) home through REST (5 requests), cached', await measure(rest(server.url), plan()))

      if (wants('a')) {
        // A publish while (a) is under load: every read after the publish returns must show it.
        const platform = await loginAs(server.url, account('platform-admin', null))
        const title = `Publicado durante la carga ${Date.now()}`
        const load = measure(home(server.url), { ...plan(), warmup: 0, runs: 1, seconds: 4 })
        await sleep(1500)
        const t0 = performance.now()
        const published = await fetch(`${server.url}/api/news`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `JWT ${platform}` },
          body: JSON.stringify({
            title,
            slug: `bench-${Date.now()}`,
            tenant: target.id,
            _status: 'published',
            publishedAt: new Date(Date.now() + 60_000).toISOString(),
          }),
        })
        const publishMs = performance.now() - t0
        if (published.status !== 201) throw new Error(`publish: ${published.status} ${await published.text()}`)
        let reads = 0
        let stale = 0
        const reader = async () => {
          for (let i = 0; i < 25; i += 1) {
            const h = home(server.url)
            const text = await (await fetch(h.url, { method: 'POST', headers: h.headers, body: h.body })).text()
            reads += 1
            if (!text.includes(title)) stale += 1
          }
        }
        await Promise.all(Array.from({ length: 8 }, reader))
        await load
        staleness = { reads, stale, publishMs: Math.round(publishMs) }
        say(
          `  publish under load: ${stale} stale of ${reads} reads after it returned (publish ${Math.round(publishMs)} ms)`,
        )
        homeBody = await check(home(server.url), 'home query')
      }

      // (g) the portal's home page, from its production server.
      if (wants('g')) {
        const portal = await startPortal(portalPort, server.url, revalidateSecret)
        serving = [
          { process: '1 CMS', pid: server.child.pid },
          { process: 'portal', pid: portal.pid, group: true },
        ]
        try {
          // The home, then a news item, a tender and a service page (the home query's first of each) of the
          // demo municipality itself: the clones' suffixed references and codes are not valid ones.
          const demoHome = { id: Number(template.id), slug: String(template.slug) }
          const data = (
            JSON.parse(await check(home(server.url, demoHome), 'demo home query')) as {
              data: Record<string, { docs: Record<string, unknown>[] }>
            }
          ).data
          const base = `${portalUrl}/m/${demoHome.slug}/es`
          const pages: [string, string, string][] = [
            ['g-portal', '(g) portal home page', `${portalUrl}/m/${target.slug}/es`],
            ['g-news', '(g) portal news item page', `${base}/news/${String(data.allNews.docs[0]?.slug)}`],
            [
              'g-tender',
              '(g) portal tender page',
              `${base}/tenders/${encodeURIComponent(String(data.Tenders.docs[0]?.reference))}`,
            ],
            [
              'g-service',
              '(g) portal service page',
              `${base}/services/${String(data.Services.docs[0]?.code).toLowerCase()}`,
            ],
          ]
          for (const [id, label, page] of pages)
            try {
              const res = await fetch(page)
              if (res.status !== 200) throw new Error(`${page}: ${res.status}`)
              add(id, `${label} (Next production)`, await measure({ url: page }, plan()))
            } catch (error) {
              add(id, label, undefined, `failed: ${(error as Error).message.slice(0, 200)}`)
            }
        } finally {
          await portal.stop()
        }
      }
    } finally {
      await server.stop()
    }
  }

  // Uncached: the same server with PUBLIC_CACHE=off.
  if ('abcd'.split('').some(wants)) {
    const server = await launch(main.uri, { PUBLIC_CACHE: 'off' })
    serving = [{ process: '1 CMS', pid: server.child.pid }]
    try {
      if (wants('a')) {
        add('a-uncached', '(a) home GraphQL, uncached', await measure(home(server.url), plan()))
        add('a-uncached-1', '(a) home GraphQL, uncached, 1 connection', await measure(home(server.url), plan(1)))
      }
      if (wants('b'))
        add('b-uncached', '(b) tender list with filters, uncached', await measure(tenders(server.url), plan()))
      if (wants('c')) add('c-uncached', '(c) service catalogue, uncached', await measure(catalogue(server.url), plan()))
      if (wants('d'))
        add('d-uncached', '(d) home through REST (5 requests), uncached', await measure(rest(server.url), plan()))
    } finally {
      await server.stop()
    }
  }

  // (e) the Local API floor, in a process of its own, with the server stopped.
  if (wants('e')) {
    serving = [{ process: '1 (Local API in the load process)' }]
    const floor = await runFloor(main.uri, target)
    add('e-floor', '(e) home through the Local API in-process', floor.many)
    add('e-floor-1', '(e) home through the Local API in-process, 1 at a time', floor.one)
  }

  // (f) the HTTP ceiling: plain express returning the bytes of (a).
  if (wants('f')) {
    const bodyFile = path.join(work, 'home.json')
    fs.writeFileSync(bodyFile, homeBody)
    const port = await freePort()
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/bench/ceiling.mjs')], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), BODY_FILE: bodyFile, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    serving = [{ process: 'express', pid: child.pid }]
    try {
      await waitOk(`http://127.0.0.1:${port}/`, child, [])
      add(
        'f-ceiling',
        '(f) plain express, same bytes as (a)',
        await measure({ ...home(`http://127.0.0.1:${port}`) }, plan()),
      )
    } finally {
      await stopChild(child)
    }
  }

  // (h) vote surge.
  let surge: DatabaseResults['surge']
  if (wants('h')) {
    const { prepareVoteSurge, runVoteSurge } = await import('./vote-surge')
    const surgeDb = await database.create('surge', demo)
    const s = await launch(surgeDb, { PUBLIC_CACHE: 'on' })
    try {
      const db = await openDb(surgeDb)
      const progress = bar(`(h) ${options.voters} voters`)
      progress.start(options.voters, 0, { what: 'preparing' })
      const prepared = await prepareVoteSurge(
        { url: s.url, dbUri: surgeDb, sql: (statement: string, params?: unknown[]) => db.rows(statement, params) },
        { voters: options.voters, onProgress: (done: number) => progress.update(done, { what: 'preparing' }) },
      )
      progress.stop()
      const result = await runVoteSurge(prepared, { concurrency: 100 })
      await db.close()
      // The server was started for the surge: its high-water mark is the surge's peak (or its preparation's).
      const memory = { peakMb: rssMb(s.child.pid, true), afterMb: rssMb(s.child.pid) }
      surge = { ...result, memory } as unknown as Record<string, unknown>
      say(`  (h) vote surge: ${JSON.stringify(result)}`)
    } catch (error) {
      surge = { error: (error as Error).message.slice(0, 500) }
      say(`  (h) vote surge failed: ${(error as Error).message}`)
    } finally {
      await s.stop()
    }
  }

  // (i) scale: the home query at few and at many municipalities.
  if (wants('i'))
    for (const count of options.scale) {
      const variant = await clone(`scale${count}`, count)
      const m = variant.municipalities[Math.floor(variant.municipalities.length / 2)]
      for (const cache of ['off', 'on'] as const) {
        const s = await launch(variant.uri, { PUBLIC_CACHE: cache })
        try {
          await check(home(s.url, m), `home at ${count}`)
          add(
            `i-${count}-${cache}`,
            `(i) home GraphQL at ${count} municipalities, ${cache === 'on' ? 'cached' : 'uncached'}`,
            await measure(home(s.url, m), plan()),
          )
        } finally {
          await s.stop()
        }
      }
    }

  // (k) two CMS processes on the same database and Redis, against one.
  let twoProcesses: DatabaseResults['twoProcesses']
  if (wants('k')) {
    try {
      const k = await runTwoProcesses({
        launch: (extra) => launch(main.uri, extra),
        home,
        check,
        login: (url) => loginAs(url, account('platform-admin', null)),
        target,
        municipalities: main.municipalities,
        plan: plan(),
        tries: options.staleTries,
        dialect,
        say,
      })
      scenarios.push(...k.scenarios)
      twoProcesses = k.twoProcesses
    } catch (error) {
      add('k-failed', '(k) two CMS processes', undefined, `failed: ${(error as Error).message.slice(0, 200)}`)
      say(`  (k) failed: ${(error as Error).stack}`)
    }
  }

  const results = {
    dialect,
    data: {
      municipalities: options.municipalities,
      docsPerMunicipality: options.docs,
      docs: main.docs,
      seconds: main.ms / 1000,
    },
    scenarios,
    coldStart,
    staleness,
    surge,
    twoProcesses,
  }
  return { ...results, targets: targetsOf(results) }
}

const runFloor = async (dbUri: string, target: { id: number; slug: string }) => {
  const result = spawnSync(process.execPath, ['--conditions=production', '--import', 'tsx', 'scripts/bench/floor.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: serverEnv({
      PAYLOAD_SECRET: TEST_SECRET,
      BID_SEALING_KEY: TEST_SEALING_KEY,
      DATABASE_URI: dbUri,
      MEDIA_DIR: mediaDir,
      PUBLIC_CACHE: 'off',
      LOG_LEVEL: 'warn',
      BENCH_SLUG: target.slug,
      BENCH_MUNICIPALITY: String(target.id),
      BENCH_CONNECTIONS: String(options.connections),
      BENCH_SECONDS: String(options.seconds),
      BENCH_WARMUP: String(options.warmup),
      BENCH_RUNS: String(options.runs),
    }),
  })
  const line = result.stdout.split('\n').find((l) => l.startsWith('BENCH_FLOOR '))
  if (!line)
    throw new Error(`floor: exit ${result.status}\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`)
  return JSON.parse(line.slice('BENCH_FLOOR '.length)) as { counts: number[]; one: Figures; many: Figures }
}

/** The resident memory of a process group (the portal: `next start` and the server it runs), in MB. */
const groupRssMb = (pgid: number | undefined) => {
  if (!pgid) return undefined
  try {
    const kb = spawnSync('ps', ['-o', 'rss=', '-g', String(pgid)], { encoding: 'utf8' })
      .stdout.split('\n')
      .reduce((sum, line) => sum + (Number(line.trim()) || 0), 0)
    return kb ? Math.round(kb / 1024) : undefined
  } catch {
    return undefined
  }
}

const startPortal = async (port: number, cmsUrl: string, secret: string) => {
  const { ensurePortalBuild, FRONTEND } = await import('../../src/plugins/sdk/testing/portal')
  ensurePortalBuild()
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: FRONTEND,
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        CMS_URL: cmsUrl,
        PORTAL_REVALIDATE_SECRET: secret,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  )
  const stderr: string[] = []
  child.stdout!.resume()
  child.stderr!.on('data', (c: Buffer) => stderr.push(c.toString()))
  await waitOk(`http://127.0.0.1:${port}/api/health`, child, stderr)
  return { stop: () => stopChild(child, true), pid: child.pid }
}

// ---------- the run ------------------------------------------------------------------------------------

const versionOf = (pkg: string) => {
  try {
    return (
      JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }
    ).version
  } catch {
    return 'unknown'
  }
}

const main = async () => {
  say(`e-Muni benchmark${quick ? ' (quick)' : ''}: ${JSON.stringify(options)}`)
  say('building the production bundles when needed…')
  const { default: buildCms } = (await import('../../test/globalSetup.mjs')) as { default: () => Promise<void> }
  await buildCms()
  const databases: Database[] = []
  if (options.databases.includes('sqlite')) databases.push(sqlite())
  if (options.databases.includes('postgres')) {
    const pgDatabase = await postgres()
    if (pgDatabase) databases.push(pgDatabase)
    else say('PostgreSQL is not installed here (and PG_BENCH_URL is not set): SQLite only.')
  }
  const results: DatabaseResults[] = []
  for (const database of databases) results.push(await runDatabase(database))
  const cpus = os.cpus()
  const report: Results = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      node: process.versions.node,
    },
    versions: {
      'e-Muni': versionOf('../'),
      payload: versionOf('payload'),
      next: versionOf('next'),
      autocannon: versionOf('autocannon'),
    },
    options: { ...options, quick },
    databases: results,
    totalSeconds: Math.round((Date.now() - started) / 1000),
  }
  const out = process.env.BENCH_OUT || ROOT
  const written = await writeResults(out, report)
  say(
    `\nwrote ${path.join(out, 'bench/results/latest.json')} and ${path.join(out, 'BENCHMARKS.md')} (${report.totalSeconds} s)` +
      (written.parts ? `: figures of ${options.only.join('')} from this run, the others kept from earlier runs` : ''),
  )
  // The targets as written: judged on the figures of this run and, for a partial run, the kept ones.
  for (const db of written.databases.filter((d) => results.some((r) => r.dialect === d.dialect)))
    for (const t of db.targets)
      say(`  [${db.dialect}] ${t.met === null ? 'not measured' : t.met ? 'met   ' : 'MISSED'}  ${t.text}: ${t.figure}`)
}

try {
  await main()
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup()
}
process.exit(0)
