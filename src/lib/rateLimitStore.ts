/**
 * The store behind a rate limit (`authGuards.ts`). Without `REDIS_URL`: express-rate-limit's own memory store,
 * as before. With it: `rate-limit-redis`, one key prefix per limit (`emuni:rl:<limit>:`), so every CMS process
 * counts into the same windows — and REST and GraphQL, which use the same limit, still share it.
 *
 * Redis unreachable (not connected, an error, or no answer within REDIS_TIMEOUT_MS): the attempt is counted in
 * this process's memory store instead, so the limit still holds per process during the outage (neither failing
 * open for everyone nor refusing everyone); counts move back to Redis when it answers again.
 */
import { MemoryStore, type ClientRateLimitInfo, type Options, type Store } from 'express-rate-limit'
import { RedisStore, type RedisReply } from 'rate-limit-redis'

import { redis, redisKey, redisOk, redisReady, redisTrouble, timed } from './redis'

class SharedStore implements Store {
  readonly localKeys = false
  readonly prefix: string
  private readonly local = new MemoryStore()
  private readonly remote: RedisStore

  constructor(name: string) {
    const client = redis()!
    this.prefix = redisKey(`rl:${name}:`)
    this.remote = new RedisStore({
      prefix: this.prefix,
      sendCommand: (command: string, ...args: string[]) => client.call(command, ...args) as Promise<RedisReply>,
    })
    // The scripts are loaded at once, and again when a command finds them missing: a first load that failed
    // (Redis not yet connected) is not an error.
    this.remote.incrementScriptSha.catch(() => {})
    this.remote.getScriptSha.catch(() => {})
  }

  init(options: Options) {
    this.local.init(options)
    this.remote.init(options)
  }

  /** `remote()`, or `fallback()` when Redis is down or fails. */
  private async either<T>(remote: () => Promise<T>, fallback: () => T | Promise<T>): Promise<T> {
    if (!redisReady()) return fallback()
    try {
      const result = await timed(remote())
      redisOk()
      return result
    } catch (error) {
      redisTrouble(error)
      return fallback()
    }
  }

  get(key: string): Promise<ClientRateLimitInfo | undefined> {
    return this.either(
      () => this.remote.get(key),
      () => this.local.get(key),
    )
  }
  increment(key: string) {
    return this.either(
      () => this.remote.increment(key),
      () => this.local.increment(key),
    )
  }
  decrement(key: string) {
    return this.either(
      () => this.remote.decrement(key),
      () => this.local.decrement(key),
    )
  }
  resetKey(key: string) {
    return this.either(
      () => this.remote.resetKey(key),
      () => this.local.resetKey(key),
    )
  }
  shutdown() {
    this.local.shutdown()
  }
}

/** The store for the limit `name`: shared through Redis when REDIS_URL is set, else undefined (memory). */
export const rateLimitStore = (name: string): Store | undefined => (redis() ? new SharedStore(name) : undefined)
