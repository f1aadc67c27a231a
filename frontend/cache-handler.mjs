/**
 * The portal's shared cache on Redis (issue 24): Next's `cacheHandler` (singular: the data cache of `fetch`
 * reads and the full-route cache of pages and route handlers), so that several portal instances behind a load
 * balancer serve one cache, and a revalidation the CMS sends to any of them expires what it names on all.
 * next.config.mjs configures it only when `REDIS_URL` is set (the config is read at every start, so it is a
 * run-time setting); without it the portal keeps Next's own cache (memory and disk, per instance).
 *
 * What Redis holds (keys under `PORTAL_REDIS_PREFIX`, default `emuni:portal:`):
 * - `entry:<deployment>:<Next's key>`: one cache entry (its value, when it was written, its tags), expiring
 *   after `PORTAL_CACHE_TTL` seconds (default a day) or the entry's own `expire`, whichever comes first. The
 *   deployment is `PORTAL_DEPLOYMENT_ID` (else Next's `NEXT_DEPLOYMENT_ID`, else the build id), so two builds
 *   never read each other's pages.
 * - `tags`: a hash from each revalidated tag to the time (ms) it was revalidated, shared by every deployment (a
 *   change of content concerns the old build too while both run). An entry carrying a tag revalidated after it
 *   was written is a miss: the next read renders afresh, on whichever instance. A revalidation with a profile
 *   (stale-while-revalidate) is treated the same way: the portal never serves what the CMS said has changed.
 *
 * When Redis is unreachable (down, restarting, slow beyond a second) every read is a miss and every write is
 * dropped: pages are rendered uncached, never answered 5xx because of Redis. Revalidations received meanwhile are
 * kept in the process and written when Redis answers again, so entries it kept (a network cut, not a restart)
 * cannot outlive a change announced during the cut.
 */
import fs from 'node:fs'
import path from 'node:path'

import Redis from 'ioredis'

const PREFIX = process.env.PORTAL_REDIS_PREFIX || 'emuni:portal:'
const TAGS = `${PREFIX}tags`
const TTL_SECONDS = Math.max(1, Number(process.env.PORTAL_CACHE_TTL) || 24 * 60 * 60)
/** A read or write that takes longer is abandoned (a miss, a dropped write): Redis is local and fast, or away. */
const COMMAND_TIMEOUT_MS = 1000
const TAGS_HEADER = 'x-next-cache-tags'

const log = (message) => process.stderr.write(`[e-Muni portal cache] ${message}\n`)

/** One connection per process (Next makes a handler per request). */
let client
/** Revalidations Redis has not received yet: tag → time. */
const pending = new Map()
let down = false

const redis = () => {
  if (client) return client
  client = new Redis(process.env.REDIS_URL, {
    // Never queue a read while disconnected (the request would wait): fail at once, which is a miss.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2000,
    connectionName: 'e-muni-portal',
  })
  client.on('error', (error) => {
    if (down) return
    down = true
    log(`Redis is unreachable (${error.message}): pages are rendered uncached until it answers again`)
  })
  client.on('ready', () => {
    if (down) log('Redis answers again: the shared cache is back')
    down = false
    void flushPending()
  })
  return client
}

const flushPending = async () => {
  if (!pending.size) return
  const tags = [...pending]
  try {
    await redis().hset(TAGS, Object.fromEntries(tags))
    for (const [tag, at] of tags) if (pending.get(tag) === at) pending.delete(tag)
  } catch {
    /* still away: tried again on the next 'ready' or revalidation */
  }
}

let buildId
/** Which build the entries belong to: the deployment id, else the build id (read once from the build folder). */
const deployment = (serverDistDir) => {
  const given = process.env.PORTAL_DEPLOYMENT_ID || process.env.NEXT_DEPLOYMENT_ID
  if (given) return given
  if (buildId === undefined) {
    try {
      buildId = fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
    } catch {
      buildId = 'unknown-build'
    }
  }
  return buildId
}

// Entries hold Buffers (pages' RSC payload, route bodies) and Maps (pages' segment data), which JSON would lose.
const BUFFER = '__emuniBuffer'
const MAP = '__emuniMap'
function replacer(key, value) {
  const raw = this[key]
  if (Buffer.isBuffer(raw)) return { [BUFFER]: raw.toString('base64') }
  if (raw instanceof Uint8Array) return { [BUFFER]: Buffer.from(raw).toString('base64') }
  if (raw instanceof Map) return { [MAP]: [...raw.entries()] }
  return value
}
const reviver = (_key, value) => {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if (typeof value[BUFFER] === 'string') return Buffer.from(value[BUFFER], 'base64')
    if (Array.isArray(value[MAP])) return new Map(value[MAP])
  }
  return value
}

/** The tags an entry carries: a fetch's own (`next.tags`), a page's or route's in its cache-tags header. */
const tagsOf = (data, ctx) => {
  const tags = new Set(ctx?.tags ?? [])
  if (Array.isArray(data?.tags)) for (const tag of data.tags) tags.add(tag)
  const header = data?.headers?.[TAGS_HEADER]
  if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag)
  return [...tags]
}

/** Closes this process's connection (the tests that use the handler in their own process). */
export const closeSharedCache = () => {
  client?.disconnect()
  client = undefined
}

export default class RedisCacheHandler {
  constructor(ctx = {}) {
    this.prefix = `${PREFIX}entry:${deployment(ctx.serverDistDir ?? '.next/server')}:`
    redis()
  }

  async get(key, ctx) {
    if (down || client?.status !== 'ready') return null
    try {
      const [[readError, raw], [tagsError, revalidated]] = await client
        .multi()
        .get(this.prefix + key)
        .hgetall(TAGS)
        .exec()
      if (readError || tagsError || !raw) return null
      const entry = JSON.parse(raw, reviver)
      const now = Date.now()
      for (const tag of [...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]) {
        const at = Number(revalidated?.[tag])
        if (at && at > entry.lastModified && at <= now) return null
      }
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl }
    } catch {
      return null
    }
  }

  async set(key, data, ctx) {
    if (down || client?.status !== 'ready') return
    const cacheControl = ctx?.fetchCache ? undefined : ctx?.cacheControl
    const expire = typeof cacheControl?.expire === 'number' ? cacheControl.expire : Infinity
    const ttl = Math.max(1, Math.min(TTL_SECONDS, expire))
    try {
      const entry = { value: data, lastModified: Date.now(), tags: tagsOf(data, ctx), cacheControl }
      await client.set(this.prefix + key, JSON.stringify(entry, replacer), 'EX', ttl)
    } catch {
      /* dropped: the next read renders again */
    }
  }

  /** Next 16: `durations` is the revalidation profile's (`{ expire }`); either way the tags expire now. */
  async revalidateTag(tags) {
    const now = Date.now()
    for (const tag of typeof tags === 'string' ? [tags] : tags) pending.set(tag, now)
    if (!down && client?.status === 'ready') await flushPending()
  }

  resetRequestCache() {}
}
