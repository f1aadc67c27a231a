/**
 * The CMS's one Redis client (ioredis), for the state several CMS processes share: the public-read cache's
 * counters (`publicCache.ts`), the rate limits (`authGuards.ts`) and the municipality maps' change messages
 * (`cors.ts`, `hooks/revalidatePortal.ts`). See docs/deploy/shared-state.md.
 *
 * `REDIS_URL` unset: no client, and every caller keeps its state in the process, as before.
 *
 * Redis is never a reason to fail a request: commands are not queued while the connection is down (they fail
 * at once), callers bound each command by `REDIS_TIMEOUT_MS` and fall back to what works without Redis. An
 * outage is logged once (when it starts) and once more when the connection is ready again; `onRedisBack`
 * listeners run at that moment (the public-read cache empties itself: Redis may have lost its counters).
 * The client lives on globalThis: the server and Next's bundle each load their own copy of this module.
 */
import { randomBytes } from 'node:crypto'

import { Redis } from 'ioredis'

import { logger } from './logger'

type Shared = {
  client?: Redis
  subscriber?: Redis
  down: boolean
  back: Set<() => void>
  channels: Map<string, Set<(message: unknown) => void>>
  resync: Map<string, Set<() => void>>
}

const KEY = Symbol.for('e-muni.redis')
const shared = (): Shared =>
  ((globalThis as Record<symbol, Shared | undefined>)[KEY] ??= {
    down: false,
    back: new Set(),
    channels: new Map(),
    resync: new Map(),
  })

/** This process, in the messages it publishes (it skips its own). */
export const INSTANCE = randomBytes(8).toString('hex')

export const redisUrl = (env = process.env) => env.REDIS_URL || undefined

/** Every key and channel e-Muni uses starts with this (`REDIS_PREFIX`, default `emuni:`). */
export const redisKey = (name: string, env = process.env) => `${env.REDIS_PREFIX ?? 'emuni:'}${name}`

/**
 * How long a command the request waits for may take (`REDIS_TIMEOUT_MS`, default 500 ms). A Redis that is down
 * fails commands at once (no offline queue): this bounds only a Redis that hangs, and must stay well above a
 * busy process's event-loop delay, which delays reading the answer as much as it delays the timer.
 */
export const redisTimeout = (env = process.env) => Math.max(1, Number(env.REDIS_TIMEOUT_MS || 500))

const retryStrategy = (times: number) => Math.min(times * 100, 1000)

/** Notes a failed command or a lost connection: logged once per outage. */
export const redisTrouble = (error: unknown) => {
  const s = shared()
  if (s.down) return
  s.down = true
  logger.warn(
    { err: error instanceof Error ? error.message : String(error) },
    'Redis is unreachable: shared state falls back to this process (uncached reads, local rate limits)',
  )
}

/** The shared command client, or undefined without `REDIS_URL`. */
export const redis = (): Redis | undefined => {
  const url = redisUrl()
  if (!url) return undefined
  const s = shared()
  if (s.client) return s.client
  const client = new Redis(url, {
    // Concurrent commands of concurrent requests share round trips.
    enableAutoPipelining: true,
    // Down means down: a command fails at once rather than waiting in a queue for a reconnection.
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy,
  })
  client.on('error', redisTrouble)
  client.on('close', () => redisTrouble(new Error('connection closed')))
  client.on('ready', () => {
    if (s.down) logger.info('Redis is reachable again')
    s.down = false
    for (const listener of s.back) listener()
  })
  s.client = client
  return client
}

/** Is the shared client connected and ready for commands? */
export const redisReady = (): boolean => shared().client?.status === 'ready'

/** Runs `listener` whenever the connection becomes ready (after an outage too). */
export const onRedisBack = (listener: () => void) => {
  shared().back.add(listener)
}

/** `promise`, or a rejection after `ms`. */
export const timed = <T>(promise: Promise<T>, ms = redisTimeout()): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })

/** Publishes `message` (JSON) on `channel` to every process; without Redis, or when it fails, nothing. */
export const publish = async (channel: string, message: Record<string, unknown>): Promise<void> => {
  // Only where the server connected (src/server.ts): a script that writes opens no connection to keep it alive.
  const client = shared().client
  if (!client || client.status !== 'ready') return
  try {
    await timed(client.publish(redisKey(channel), JSON.stringify({ ...message, from: INSTANCE })))
  } catch (error) {
    redisTrouble(error)
  }
}

/**
 * Receives the messages other processes publish on `channel` (not this process's own). `resync` runs when
 * the subscription is (re)established: messages sent while it was down were lost.
 */
export const subscribe = (channel: string, handler: (message: unknown) => void, resync?: () => void) => {
  const url = redisUrl()
  const s = shared()
  // Only where the server connected (src/server.ts), as for `publish`.
  if (!url || !s.client) return
  const name = redisKey(channel)
  if (!s.subscriber) {
    // A connection in subscriber mode takes no other command: one of its own, which queues its SUBSCRIBEs
    // until connected and subscribes again after a reconnection.
    const subscriber = new Redis(url, { retryStrategy, maxRetriesPerRequest: null, connectTimeout: 2000 })
    subscriber.on('error', () => {})
    subscriber.on('ready', () => {
      for (const listeners of s.resync.values()) for (const listener of listeners) listener()
    })
    subscriber.on('message', (from: string, text: string) => {
      let message: unknown
      try {
        message = JSON.parse(text)
      } catch {
        return
      }
      if ((message as { from?: unknown } | null)?.from === INSTANCE) return
      for (const listener of s.channels.get(from) ?? []) listener(message)
    })
    s.subscriber = subscriber
  }
  if (!s.channels.has(name)) {
    s.channels.set(name, new Set())
    s.resync.set(name, new Set())
    s.subscriber.subscribe(name).catch(() => {})
  }
  s.channels.get(name)!.add(handler)
  if (resync) s.resync.get(name)!.add(resync)
}

/** Notes a command that succeeded: ends an outage noted after a failure on a connection still open. */
export const redisOk = () => {
  const s = shared()
  if (!s.down || s.client?.status !== 'ready') return
  s.down = false
  logger.info('Redis is answering again')
}
