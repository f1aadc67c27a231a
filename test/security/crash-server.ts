/**
 * Crash helpers for the crash-consistency suite: `kill -9` a test server, and start a new server
 * process on the SAME database and upload folder (no seeding: the data must stay as the crash left
 * it), with the environment startServer gives its servers.
 */
import fs from 'node:fs'
import path from 'node:path'

import {
  freePort,
  ROOT,
  serverEnv,
  spawnServer,
  TEST_SEALING_KEY,
  TEST_SECRET,
  type TestServer,
} from '../../src/plugins/sdk/testing/server'

/** SIGKILL, and waits until the process is gone. */
export const killHard = async (server: TestServer): Promise<void> => {
  const child = server.process
  if (child.exitCode !== null || child.signalCode !== null) return
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGKILL')
  await gone
}

/**
 * A server process on `previous`'s database and upload folder, on a new port. Its `stop()` stops this
 * process only: the database and folder are removed by the first server's `stop()`.
 */
export const restartServer = async (previous: TestServer, env: Record<string, string> = {}): Promise<TestServer> => {
  // A bundle being rebuilt meanwhile (another suite on this checkout) is waited for, not failed on.
  for (let i = 0; i < 120 && !fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID')); i += 1)
    await new Promise((r) => setTimeout(r, 2_000))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const own = serverEnv({
    PAYLOAD_SECRET: TEST_SECRET,
    DATABASE_URI: previous.dbUri,
    MEDIA_DIR: previous.mediaDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    SEED_DEMO: 'false',
    JOBS_AUTORUN: 'false',
    COOKIE_SECURE: 'false',
    BID_SEALING_KEY: TEST_SEALING_KEY,
    ...env,
  })
  const child = spawnServer(own)
  const logs: string[] = []
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not restart in 180 s:\n${logs.join('')}`)), 180_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      logs.push(chunk.toString())
      if (chunk.toString().includes('e-Muni listening')) {
        clearTimeout(timer)
        resolve()
      }
    })
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
    dbUri: previous.dbUri,
    mediaDir: previous.mediaDir,
    env: own,
    logs,
    process: child,
    removeDatabase: previous.removeDatabase,
    sql: previous.sql,
    stop: () => {
      stopped ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
        return exited
      })()
      return stopped
    },
  }
}

/** Every file under `dir`, relative to it. */
export const filesUnder = (dir: string, base = dir): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) =>
          e.isDirectory() ? filesUnder(`${dir}/${e.name}`, base) : [`${dir}/${e.name}`.slice(base.length + 1)],
        )
    : []
