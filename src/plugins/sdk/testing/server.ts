/**
 * Starts the real e-Muni server (src/server.ts, production mode, Next production bundle) as a child
 * process on a free loopback port, against a fresh database: a new SQLite file, or with
 * TEST_DB=postgres a new database on the loopback PostgreSQL that .ci/run starts.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

export const ROOT = path.resolve(import.meta.dirname, '../../../..')
export const TEST_SECRET = 'test-secret-' + 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6'
/** The platform key that seals bids in test servers (MuniCompra). */
export const TEST_SEALING_KEY = '5f1d3c0a9b8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928170615f4'
export const usingPostgres = process.env.TEST_DB === 'postgres'
const PG_ADMIN_URL = process.env.PG_TEST_URL || 'postgres://postgres@127.0.0.1:5433/postgres'

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
}

const runSql = async (dbUri: string, statement: string, params: unknown[]): Promise<Record<string, unknown>[]> => {
  if (dbUri.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: dbUri })
    await client.connect()
    try {
      return (await client.query(statement, params)).rows
    } finally {
      await client.end()
    }
  }
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: dbUri })
  try {
    const result = await client.execute({ sql: statement, args: params as never })
    return result.rows.map((row) => ({ ...row }))
  } finally {
    client.close()
  }
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })

const adminQuery = async (sql: string) => {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** The environment for a production server process (no secret of its own unless given). */
export const serverEnv = (extra: Record<string, string | undefined>): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '', ...extra }
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k]
  return env
}

export const spawnServer = (env: NodeJS.ProcessEnv): ChildProcess =>
  spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })

export type StartOptions = {
  seed?: boolean
  env?: Record<string, string>
  /** 'development' runs `npm run dev` exactly as the README says (Next compiles on demand). */
  mode?: 'production' | 'development'
}

export const startServer = async (options: StartOptions = {}): Promise<TestServer> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e-muni-test-'))
  const mediaDir = path.join(dir, 'uploads')
  let dbUri: string
  let removeDatabase: () => Promise<void>
  let dropDatabase = async () => {}
  if (usingPostgres) {
    const name = `emuni_test_${randomBytes(6).toString('hex')}`
    await adminQuery(`CREATE DATABASE ${name}`)
    const url = new URL(PG_ADMIN_URL)
    url.pathname = `/${name}`
    dbUri = url.toString()
    dropDatabase = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    removeDatabase = dropDatabase
  } else {
    const file = path.join(dir, 'e-muni.db')
    dbUri = `file:${file}`
    removeDatabase = async () => {
      for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true })
    }
  }
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const dev = options.mode === 'development'
  const env = serverEnv({
    ...(dev ? { NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1' } : {}),
    PAYLOAD_SECRET: TEST_SECRET,
    DATABASE_URI: dbUri,
    MEDIA_DIR: mediaDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
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
  // Its own process group, so that stopping `npm run dev` also stops the server npm started.
  const child = dev
    ? spawn('npm', ['run', 'dev'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    : spawnServer(env)
  const logs: string[] = []
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 180 s:\n${logs.join('')}`)), 180_000)
    const onData = (chunk: Buffer) => {
      logs.push(chunk.toString())
      if (chunk.toString().includes('e-Muni listening')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()))
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code} before listening:\n${logs.join('')}`))
    })
  })
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
    stop: () => {
      stopped ??= (async () => {
        if (child.exitCode === null) {
          if (dev) process.kill(-child.pid!, 'SIGTERM')
          else child.kill('SIGTERM')
        }
        const code = await exited
        await dropDatabase().catch(() => undefined)
        fs.rmSync(dir, { recursive: true, force: true })
        return code
      })()
      return stopped
    },
  }
}
