/**
 * Starts the real e-Muni server (src/server.ts as `npm start` runs it: bundled, production mode, Next
 * production bundle) as a child process on a free loopback port, against a fresh database: a new SQLite file, with
 * TEST_DB=postgres a new database on the loopback PostgreSQL that .ci/run starts, or with TEST_DB=mongodb a new
 * database on MONGODB_TEST_URL (`npm run test:mongodb`).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { adminQuery, cloneDatabase, mongoDatabase, PG_ADMIN_URL, runSql, usingMongo, usingPostgres } from './databases'
import { freePort } from './ports'

export { PG_ADMIN_URL, usingMongo, usingPostgres } from './databases'
export { freePort } from './ports'

export const ROOT = path.resolve(import.meta.dirname, '../../../..')
export const TEST_SECRET = 'test-secret-' + 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6'
/** The platform key that seals bids in test servers (MuniCompra). */
export const TEST_SEALING_KEY = '5f1d3c0a9b8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928170615f4'

export type TestServer = {
  url: string
  port: number
  dbUri: string
  mediaDir: string
  logs: string[]
  process: ChildProcess
  /** Makes the database unreachable: drops the PostgreSQL database, or deletes the SQLite file. */
  removeDatabase: () => Promise<void>
  /**
   * Runs one SQL statement on the server's database, for what no API may do (moving a due date into
   * the past to test a deadline job). `?` placeholders on SQLite, `$1` on PostgreSQL.
   */
  sql: (statement: string, params?: unknown[]) => Promise<Record<string, unknown>[]>
  /** SIGTERM, then waits; resolves with the exit code. */
  stop: () => Promise<number | null>
  /** The environment the process runs with (its database, secrets, folders): a sibling's starting point. */
  env: NodeJS.ProcessEnv
}

/** The environment for a production server process (no secret of its own unless given). */
export const serverEnv = (extra: Record<string, string | undefined>): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '', ...extra }
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k]
  return env
}

/**
 * How `npm start` runs the server: the bundle `npm run build` makes of src/server.ts and everything of
 * e-Muni's it imports (scripts/build-server.mjs), under plain Node.
 */
export const SERVER_ARGS = ['--conditions=production', '.next/e-muni-server.mjs']

export const spawnServer = (env: NodeJS.ProcessEnv): ChildProcess =>
  // EMUNI_TEST_SERVER_NODE_ARGS: Node options for every test server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to
  // see where the suites' servers spend their time (scripts/bench/profile.mjs reads the profiles).
  spawn(process.execPath, [...(env.EMUNI_TEST_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []), ...SERVER_ARGS], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })

export type StartOptions = {
  seed?: boolean
  env?: Record<string, string>
  /** 'development' runs `npm run dev` exactly as the README says (Next compiles on demand). */
  mode?: 'production' | 'development'
  /**
   * Seed this server's own empty database even when a seeded copy could be cloned (the quick-start
   * test, which checks what a first start on an empty database does).
   */
  fresh?: boolean
  /** Internal: keep the database and folder after stop() (a template). */
  keep?: boolean
}

/**
 * Seed once, clone per file. A jest run's globalSetup names a folder in EMUNI_TEST_TEMPLATES; the first
 * server that asks for a seeded database of a kind (database, mode, modules of the demo)
 * starts a real production server on an empty database — real migrations, the real seed — stops it,
 * and keeps that database as the run's template. Every later server of that kind gets a copy: the
 * SQLite file and its uploads copied, or `CREATE DATABASE … TEMPLATE` on PostgreSQL. Templates are
 * removed by the run's globalTeardown, never reused by another run.
 */
const templatesDir = () => process.env.EMUNI_TEST_TEMPLATES
type Template = { mediaDir: string } & ({ kind: 'sqlite'; file: string } | { kind: 'postgres'; database: string })

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

const cloneKey = (options: StartOptions, env: NodeJS.ProcessEnv): string | undefined => {
  if (!templatesDir() || options.fresh || options.seed === false || env.SEED_DEMO !== 'true') return undefined
  // MongoDB has no template databases: every server seeds its own.
  if (usingMongo) return undefined
  // A development server seeds its own database: a template costs one more development server per run (one that
  // seeds, then one that serves), which pays only where several test files start one. The scaffolded module's test
  // (create-module) starts one: measured in CI, about the same time either way (76 and 78 s).
  if (options.mode === 'development') return undefined
  const parts = [
    usingPostgres ? 'postgres' : 'sqlite',
    'prod',
    `modules-${env.SEED_DEMO_MODULES || 'demo'}`,
    // Not EMUNI_TEST_MODULES: modules only tests install are off everywhere in the seed, so their
    // servers share the template and run their own migrations (src/migrations/sdk-test) on the copy.
  ]
  return parts.join('.')
}

/** The template for `key`: made by the first caller (across jest workers, under a lock folder), awaited by the others. */
const template = async (key: string, options: StartOptions): Promise<Template> => {
  const root = templatesDir()!
  fs.mkdirSync(root, { recursive: true })
  const ready = path.join(root, `${key}.json`)
  const failed = path.join(root, `${key}.error`)
  let owner = false
  try {
    fs.mkdirSync(path.join(root, `${key}.lock`))
    owner = true
  } catch {
    /* another server is making it */
  }
  if (owner) {
    try {
      const started = Date.now()
      // Only what decides the seeded data: the test's own settings (its SMTP server, its limits) are
      // not the template's.
      const seeded = await startServer({
        mode: options.mode,
        fresh: true,
        keep: true,
        env: Object.fromEntries(['SEED_DEMO_MODULES'].flatMap((k) => (options.env?.[k] ? [[k, options.env[k]]] : []))),
      })
      await seeded.stop()
      const made: Template = usingPostgres
        ? { kind: 'postgres', database: new URL(seeded.dbUri).pathname.slice(1), mediaDir: seeded.mediaDir }
        : { kind: 'sqlite', file: seeded.dbUri.slice('file:'.length), mediaDir: seeded.mediaDir }
      fs.writeFileSync(ready, JSON.stringify(made))
      process.stdout.write(`[e-Muni tests] template ${key} seeded in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
      return made
    } catch (error) {
      fs.writeFileSync(failed, String(error instanceof Error ? error.stack : error))
      throw error
    }
  }
  for (let waited = 0; waited < 600_000; waited += 250) {
    if (fs.existsSync(ready)) return JSON.parse(fs.readFileSync(ready, 'utf8')) as Template
    if (fs.existsSync(failed))
      throw new Error(`seeding the template ${key} failed:\n${fs.readFileSync(failed, 'utf8')}`)
    await sleep(250)
  }
  throw new Error(`the template ${key} was not ready in 10 minutes`)
}

type Launched = {
  port: number
  url: string
  child: ChildProcess
  logs: string[]
  exited: Promise<number | null>
  listening: boolean
}

/** Starts one server process with `env` on a free port; `listening` false when the port was taken first. */
const launchProcess = async (env: NodeJS.ProcessEnv, dev: boolean, ownPortalPort: boolean): Promise<Launched> => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  Object.assign(env, { PORT: String(port), PUBLIC_URL: url })
  // `npm run dev` also starts the portal, on 3001 unless told: a port of its own, so that two
  // development servers (two lanes side by side) do not both want 3001.
  if (dev && !ownPortalPort) env.PORTAL_PORT = String(await freePort())
  // Its own process group, so that stopping `npm run dev` also stops the server npm started.
  const child = dev
    ? spawn('npm', ['run', 'dev'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    : spawnServer(env)
  const logs: string[] = []
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const listening = await new Promise<boolean>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 180 s:\n${logs.join('')}`)), 180_000)
    const onData = (chunk: Buffer) => {
      logs.push(chunk.toString())
      if (chunk.toString().includes('e-Muni listening')) {
        clearTimeout(timer)
        resolve(true)
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()))
    void exited.then((code) => {
      clearTimeout(timer)
      if (!dev && /EADDRINUSE/.test(logs.join(''))) resolve(false)
      else reject(new Error(`server exited with ${code} before listening:\n${logs.join('')}`))
    })
  })
  return { port, url, child, logs, exited, listening }
}

const listeningProcess = async (launch: () => Promise<Launched>): Promise<Launched> => {
  let attempt = await launch()
  for (let i = 0; !attempt.listening && i < 5; i++) attempt = await launch()
  if (!attempt.listening) throw new Error(`no free port for the server:\n${attempt.logs.join('')}`)
  return attempt
}

/**
 * Another process of the same installation (the scale-out deployment, docs/deploy.md): the same build,
 * secrets, database and upload folder as `of`, on its own port, with `env` on top (its role, its Redis).
 * Stopping it leaves the database to `of`. `kill()` ends it at once (SIGKILL), as a crash would.
 */
export const startSibling = async (
  of: TestServer,
  env: Record<string, string | undefined> = {},
): Promise<TestServer & { kill: () => Promise<number | null> }> => {
  const started = Date.now()
  const own = serverEnv({ ...of.env, SEED_DEMO: 'false', ...env })
  const { port, url, child, logs, exited } = await listeningProcess(() => launchProcess(own, false, true))
  process.stdout.write(
    `[e-Muni tests] sibling ${url} of ${of.url} ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  )
  const stop = (signal: NodeJS.Signals) => async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    return exited
  }
  return {
    ...of,
    url,
    port,
    logs,
    process: child,
    env: own,
    stop: stop('SIGTERM'),
    kill: stop('SIGKILL'),
  }
}

export const startServer = async (options: StartOptions = {}): Promise<TestServer> => {
  const started = Date.now()
  const keep = options.keep === true
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e-muni-test-'))
  const mediaDir = path.join(dir, 'uploads')
  const dev = options.mode === 'development'
  const env = serverEnv({
    ...(dev ? { NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1' } : {}),
    PAYLOAD_SECRET: TEST_SECRET,
    MEDIA_DIR: mediaDir,
    HOST: '127.0.0.1',
    SEED_DEMO: options.seed === false ? 'false' : 'true',
    JOBS_AUTORUN: 'false',
    COOKIE_SECURE: 'false',
    BID_SEALING_KEY: TEST_SEALING_KEY,
    // Every module of the demo on in both demo municipalities (the shipped demo has Nova Esperança with
    // MuniServi only), so that a module's checks always have a second tenant; `SEED_DEMO_MODULES: 'demo'`
    // seeds the demo as shipped. Modules that only tests install stay off until a test switches them on.
    SEED_DEMO_MODULES: 'all',
    // Tests change rows with SQL behind the server's back (moving a deadline into the past), which no
    // cache can see: test servers run without the public-read cache unless a test turns it on.
    PUBLIC_CACHE: 'off',
    ...options.env,
  })
  const key = cloneKey(options, env)
  const from = key ? await template(key, options) : undefined
  let dbUri: string
  let removeDatabase: () => Promise<void>
  let dropDatabase = async () => {}
  if (usingMongo) {
    const database = mongoDatabase(`emuni_test_${randomBytes(6).toString('hex')}`)
    dbUri = database.uri
    dropDatabase = database.drop
    removeDatabase = dropDatabase
  } else if (usingPostgres) {
    const name = `emuni_test_${randomBytes(6).toString('hex')}`
    if (from?.kind === 'postgres') await cloneDatabase(name, from.database)
    else await adminQuery(`CREATE DATABASE ${name}`)
    const url = new URL(PG_ADMIN_URL)
    url.pathname = `/${name}`
    dbUri = url.toString()
    dropDatabase = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    removeDatabase = dropDatabase
  } else {
    const file = path.join(dir, 'e-muni.db')
    if (from?.kind === 'sqlite') {
      for (const suffix of ['', '-wal', '-shm'])
        if (fs.existsSync(from.file + suffix)) fs.copyFileSync(from.file + suffix, file + suffix)
    }
    dbUri = `file:${file}`
    removeDatabase = async () => {
      for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true })
    }
  }
  // The seeded uploads (images, documents) with the database that names them.
  if (from && fs.existsSync(from.mediaDir)) fs.cpSync(from.mediaDir, mediaDir, { recursive: true })
  env.DATABASE_URI = dbUri
  // Another test file's server may bind the free port first (lanes run side by side): then a new port.
  const launch = () => launchProcess(env, dev, Boolean(options.env?.PORTAL_PORT))
  const { port, url, child, logs, exited } = await listeningProcess(launch)
  process.stdout.write(
    `[e-Muni tests] server ${url} ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${
      from ? `clone of ${key}` : env.SEED_DEMO === 'true' || (dev && env.SEED_DEMO !== 'false') ? 'seed' : 'empty'
    })\n`,
  )
  let stopped: Promise<number | null> | undefined
  return {
    url,
    port,
    dbUri,
    mediaDir,
    logs,
    process: child,
    removeDatabase,
    sql: (statement, params = []) => runSql(dbUri, statement, params),
    env,
    stop: () => {
      stopped ??= (async () => {
        if (child.exitCode === null) {
          if (dev) process.kill(-child.pid!, 'SIGTERM')
          else child.kill('SIGTERM')
        }
        const code = await exited
        if (!keep) {
          await dropDatabase().catch(() => undefined)
          fs.rmSync(dir, { recursive: true, force: true })
        }
        return code
      })()
      return stopped
    },
  }
}
