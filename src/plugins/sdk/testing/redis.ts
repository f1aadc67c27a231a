/**
 * A real Redis server on loopback for the scale-out tests (Debian's `redis-server`, which .ci/run installs):
 * no persistence, a free port, and the means to take it away and bring it back (`kill`, `restart`).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'

import { freePort } from './ports'

export type TestRedis = {
  url: string
  port: number
  /** SIGKILL: Redis is gone at once (its data with it, as in a restart without persistence). */
  kill: () => Promise<void>
  /** Starts it again on the same port, empty. */
  restart: () => Promise<void>
  stop: () => Promise<void>
}

const REDIS_BIN = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => fs.existsSync(p))

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.write('PING\r\n')
    })
    socket.once('data', (data) => {
      socket.destroy()
      resolve(data.toString().startsWith('+PONG'))
    })
    socket.once('error', () => resolve(false))
  })

export const startRedis = async (): Promise<TestRedis> => {
  if (!REDIS_BIN) throw new Error('redis-server is not installed: `apt-get install redis-server` (.ci/run installs it)')
  const port = await freePort()
  let child: ChildProcess | undefined
  let exited: Promise<void> = Promise.resolve()
  const launch = async () => {
    child = spawn(
      REDIS_BIN,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'warning'],
      { stdio: 'ignore' },
    )
    const own = child
    exited = new Promise((resolve) => own.once('exit', () => resolve()))
    for (let waited = 0; waited < 10_000; waited += 50) {
      if (await answers(port)) return
      if (own.exitCode !== null) break
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error(`redis-server did not answer on port ${port}`)
  }
  await launch()
  const end = (signal: NodeJS.Signals) => async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill(signal)
    await exited
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: end('SIGKILL'),
    restart: launch,
    stop: end('SIGTERM'),
  }
}
