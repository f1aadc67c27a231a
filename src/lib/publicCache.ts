/**
 * The public-read cache: anonymous GraphQL queries and REST reads answered from memory, without
 * Next, Payload or the database, and never stale after a write.
 *
 * What is cached: an anonymous request (no Authorization header, no Payload cookie) that reads —
 * `GET /api/…` (files excepted) or a GraphQL POST whose operations are all queries — and whose answer
 * is a 200 without cookies or GraphQL errors. The key is the method, host, address (path and query:
 * locale, depth, where, draft…), body, language and encodings accepted, so what a municipality, a
 * query, its variables or a locale changes is a different entry.
 *
 * What it depends on is recorded, not guessed: while a miss is computed, every database read Payload
 * makes (the adapter's find/findOne/count/queryDrafts/findGlobal…, populated relationships and joins
 * included) notes the collection and, when the query pins `tenant`, the municipality. Every write
 * through the adapter (and every afterChange/afterDelete, for writes made in batches) bumps a counter
 * for what it changed: `news@3` for a news item of municipality 3, `news!all` when the municipality of
 * the changed rows is not known. An entry is served only while none of its counters moved; an entry
 * whose counters moved while it was being computed is not stored. Writes inside a transaction bump
 * again when it commits, so a read that saw the old rows in between cannot be stored as current.
 *
 * Several processes (`REDIS_URL` set): the entries stay in each process's memory, the counters live in
 * Redis. A write bumps its counters there (one script: the global sequence INCR'd, each key SET to it) and
 * the write answers only after that; an entry is served only after its recorded counters were read back
 * from Redis (MGET, auto-pipelined) and found unchanged, so a write through any process expires the entries
 * of every process before it answers. A miss reads the sequence before computing and is not stored if a
 * counter moved past it. The counters carry an epoch (set when Redis starts empty), so counters Redis lost
 * never match. When Redis fails (an error, REDIS_TIMEOUT_MS, the connection not ready) the request is
 * answered uncached (`X-Cache: BYPASS`) and nothing is stored; after a failure and whenever the connection is
 * ready again the process empties its cache (writes made meanwhile moved no counter). Without REDIS_URL the
 * counters are the process's own (one process per database).
 *
 * Time is the one thing no write announces (a tender's deadline passing): entries also expire after
 * PUBLIC_CACHE_TTL_SECONDS (30 by default). PUBLIC_CACHE=off turns the cache off (it is off by default in
 * development). See docs/deploy/shared-state.md.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { createHash, randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { LRUCache } from 'lru-cache'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, SanitizedConfig } from 'payload'

import { onRedisBack, redis, redisKey, redisOk, redisReady, redisTrouble, timed } from './redis'

type Entry = {
  status: number
  headers: Record<string, string>
  body: Buffer
  deps: Map<string, number>
  /** with Redis: the counters' epoch the entry was recorded in */
  epoch?: string
}
type Fill = { deps: Set<string>; wrote: boolean }

const fills = new AsyncLocalStorage<Fill>()
/** The last value of each dependency's counter (a global sequence, so values never repeat). */
const counters = new Map<string, number>()
let sequence = 0
/** Keys written inside a transaction not yet committed, by transaction id. */
const pending = new Map<string, Set<string>>()

const stats = { hits: 0, misses: 0, bypasses: 0, stored: 0, discarded: 0 }

const bump = (keys: Iterable<string>) => {
  for (const key of keys) counters.set(key, ++sequence)
}

// ---------- the counters in Redis (REDIS_URL) --------------------------------------------------------

/** INCR the sequence, set the epoch if Redis has none (it started empty), SET every key to the sequence. */
const BUMP = `local seq = redis.call('INCR', KEYS[1])
redis.call('SET', KEYS[2], ARGV[1], 'NX')
for i = 3, #KEYS do redis.call('SET', KEYS[i], seq) end
return seq`
/** The sequence and the epoch (set if Redis has none), before a miss is computed. */
const START = `redis.call('SET', KEYS[2], ARGV[1], 'NX')
return { redis.call('GET', KEYS[1]) or '0', redis.call('GET', KEYS[2]) }`

type Shared = {
  start: () => Promise<{ seq: number; epoch: string }>
  bump: (keys: string[]) => Promise<unknown>
  /** The epoch and each dependency's counter (0 for one never bumped). */
  values: (deps: string[]) => Promise<{ epoch: string | null; values: number[] }>
}
/** Set when REDIS_URL is: the counters are Redis's, not this process's. */
let shared: Shared | undefined
/** Empties the local entries: after a Redis failure and on every reconnection (set by createPublicCache). */
let distrust = () => {}

const sharedCounters = (): Shared | undefined => {
  const client = redis()
  if (!client) return undefined
  const seqKey = redisKey('pc:seq')
  const epochKey = redisKey('pc:epoch')
  const dep = (name: string) => redisKey(`pc:d:${name}`)
  client.defineCommand('emuniCacheBump', { lua: BUMP })
  client.defineCommand('emuniCacheStart', { lua: START, numberOfKeys: 2 })
  /* eslint-disable @typescript-eslint/no-explicit-any -- commands defined above */
  const custom = client as unknown as Record<string, (...args: unknown[]) => Promise<any>>
  return {
    start: async () => {
      const [seq, epoch] = (await custom.emuniCacheStart(seqKey, epochKey, randomUUID())) as [string, string]
      return { seq: Number(seq), epoch }
    },
    bump: (keys) => custom.emuniCacheBump(keys.length + 2, seqKey, epochKey, ...keys.map(dep), randomUUID()),
    /* eslint-enable @typescript-eslint/no-explicit-any */
    values: async (deps) => {
      const [epoch, ...values] = await client.mget(epochKey, ...deps.map(dep))
      return { epoch, values: values.map((v) => Number(v ?? 0)) }
    },
  }
}

/** How long a write waits for its counters to move in Redis (`REDIS_WRITE_TIMEOUT_MS`, default 1000 ms). */
const writeTimeout = () => Math.max(1, Number(process.env.REDIS_WRITE_TIMEOUT_MS || 1000))

/** Moves `keys`' counters: this process's, or Redis's (awaited; a failure fails no write). */
const bumpAll = async (keys: Iterable<string>) => {
  if (!shared) return bump(keys)
  const list = [...new Set(keys)]
  if (!list.length) return
  if (!redisReady()) return distrust()
  try {
    await timed(shared.bump(list), writeTimeout())
    redisOk()
  } catch (error) {
    redisTrouble(error)
    distrust()
  }
}

// ---------- what a read depends on, what a write changes --------------------------------------------

type Where = Record<string, unknown>
const idOf = (value: unknown): string | undefined => {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

/** The municipality a query is pinned to (`tenant equals X`, alone or inside `and`), if any. */
export const pinnedTenant = (where: unknown, field = 'tenant'): string | undefined => {
  if (!where || typeof where !== 'object') return undefined
  const w = where as Where
  const own = w[field]
  if (own && typeof own === 'object') {
    const c = own as Record<string, unknown>
    const equals = idOf(c.equals)
    if (equals !== undefined) return equals
    if (Array.isArray(c.in) && c.in.length === 1) return idOf(c.in[0])
  }
  if (Array.isArray(w.and)) for (const part of w.and) if (pinnedTenant(part, field)) return pinnedTenant(part, field)
  return undefined
}

type Model = {
  /** collections with a tenant field */
  scoped: Set<string>
  /** collections each collection's join fields read (transitively) */
  joins: Map<string, Set<string>>
  /** table name → collection slug (for the adapter's raw `insert`) */
  tables: Map<string, string>
}

const modelOf = (payload: Payload): Model => {
  const scoped = new Set<string>()
  const direct = new Map<string, Set<string>>()
  const tables = new Map<string, string>()
  for (const [slug, { config }] of Object.entries(payload.collections)) {
    if (config.flattenedFields.some((f) => f.name === 'tenant')) scoped.add(slug)
    const targets = new Set<string>()
    for (const field of config.flattenedFields)
      if (field.type === 'join') for (const c of [field.collection].flat()) targets.add(String(c))
    direct.set(slug, targets)
    const db = payload.db as unknown as { tableNameMap?: Map<string, string> }
    const table = db.tableNameMap?.get(slug.replace(/-/g, '_')) ?? slug.replace(/-/g, '_')
    tables.set(table, slug)
  }
  const joins = new Map<string, Set<string>>()
  for (const slug of direct.keys()) {
    const seen = new Set<string>()
    const walk = (s: string) => {
      for (const t of direct.get(s) ?? [])
        if (!seen.has(t)) {
          seen.add(t)
          walk(t)
        }
    }
    walk(slug)
    joins.set(slug, seen)
  }
  return { scoped, joins, tables }
}

const readDeps = (model: Model, collection: string, where: unknown): string[] => {
  const tenant = model.scoped.has(collection) ? pinnedTenant(where) : undefined
  const deps = tenant === undefined ? [`${collection}*`] : [`${collection}@${tenant}`, `${collection}!all`]
  for (const joined of model.joins.get(collection) ?? []) deps.push(`${joined}*`)
  return deps
}

const writeKeys = (collection: string, tenants: (string | undefined)[]): string[] => {
  const known = tenants.filter((t): t is string => t !== undefined)
  return known.length && known.length === tenants.length
    ? [...known.map((t) => `${collection}@${t}`), `${collection}*`]
    : [`${collection}!all`, `${collection}*`]
}

const transactionOf = async (req: unknown): Promise<string | undefined> => {
  const id = (req as { transactionID?: unknown } | undefined)?.transactionID
  if (id === undefined || id === null) return undefined
  const resolved = await id
  return resolved === undefined || resolved === null ? undefined : String(resolved)
}

/** Marks what a write changed: now, and once more when its transaction ends. */
const changed = async (keys: string[], req: unknown) => {
  await bumpAll(keys)
  const fill = fills.getStore()
  if (fill) fill.wrote = true
  const tx = await transactionOf(req).catch(() => undefined)
  if (tx) {
    const set = pending.get(tx) ?? new Set<string>()
    for (const key of keys) set.add(key)
    pending.set(tx, set)
  }
}

// ---------- the adapter, watched ---------------------------------------------------------------------

/* eslint-disable @typescript-eslint/no-explicit-any -- the adapter's methods are wrapped generically */
type Args = Record<string, any>
let installed = false

const watchAdapter = (payload: Payload, model: Model) => {
  const db = payload.db as unknown as Record<string, any>
  const wrap = (name: string, around: (original: (args: Args) => Promise<any>, args: Args) => Promise<any>) => {
    const original = db[name]
    if (typeof original !== 'function') return
    const bound = original.bind(db) as (args: Args) => Promise<any>
    db[name] = (args: Args) => around(bound, args ?? {})
  }
  const note = (deps: string[]) => {
    const fill = fills.getStore()
    if (fill) for (const d of deps) fill.deps.add(d)
  }
  for (const name of ['find', 'findOne', 'count', 'findDistinct'])
    wrap(name, (original, args) => {
      note(readDeps(model, args.collection, args.where))
      return original(args)
    })
  for (const name of ['queryDrafts', 'findVersions', 'countVersions'])
    wrap(name, (original, args) => {
      note([`${args.collection}~v`, ...readDeps(model, args.collection, args.where)])
      return original(args)
    })
  for (const name of ['findGlobal', 'findGlobalVersions', 'countGlobalVersions'])
    wrap(name, (original, args) => {
      note([`global:${args.slug ?? args.global}`, `global:${args.slug ?? args.global}~v`])
      return original(args)
    })

  const tenantOfData = (collection: string, data: unknown): string | undefined =>
    model.scoped.has(collection) ? idOf((data as Args | undefined)?.tenant) : undefined
  /** The municipalities of the rows an updateOne/deleteOne will touch (read in its transaction). */
  const tenantsBefore = async (args: Args): Promise<(string | undefined)[]> => {
    if (!model.scoped.has(args.collection)) return [undefined]
    const where = args.id !== undefined ? { id: { equals: args.id } } : args.where
    try {
      const fill = fills.getStore()
      const row = await fills.exit(() =>
        db.findOne.call(db, { collection: args.collection, where, req: args.req, select: { tenant: true } }),
      )
      if (fill) fill.wrote = true
      return row ? [idOf(row.tenant)] : []
    } catch {
      return [undefined]
    }
  }
  wrap('create', async (original, args) => {
    const result = await original(args)
    await changed(writeKeys(args.collection, [tenantOfData(args.collection, args.data ?? result)]), args.req)
    return result
  })
  for (const name of ['updateOne', 'deleteOne', 'upsert'])
    wrap(name, async (original, args) => {
      const before = await tenantsBefore(args)
      const result = await original(args)
      const after = name === 'deleteOne' ? [] : [tenantOfData(args.collection, result ?? args.data)]
      await changed(writeKeys(args.collection, [...before, ...after]), args.req)
      return result
    })
  for (const name of ['updateMany', 'deleteMany'])
    wrap(name, async (original, args) => {
      const result = await original(args)
      await changed(writeKeys(args.collection, [undefined]), args.req)
      return result
    })
  for (const name of ['createVersion', 'updateVersion', 'deleteVersions'])
    wrap(name, async (original, args) => {
      const result = await original(args)
      await changed([`${args.collection}~v`], args.req)
      return result
    })
  for (const name of ['createGlobal', 'updateGlobal', 'createGlobalVersion', 'updateGlobalVersion'])
    wrap(name, async (original, args) => {
      const result = await original(args)
      const slug = args.slug ?? args.global
      await changed([`global:${slug}`, `global:${slug}~v`], args.req)
      return result
    })
  wrap('updateJobs', async (original, args) => {
    const result = await original(args)
    await changed(writeKeys('payload-jobs', [undefined]), args.req)
    return result
  })
  // The drizzle adapters' own multi-row insert (imports write through it).
  wrap('insert', async (original, args) => {
    const result = await original(args)
    const collection = model.tables.get(String(args.tableName)) ?? String(args.tableName)
    const tenants = [args.values].flat().map((v: unknown) => tenantOfData(collection, v))
    await changed(writeKeys(collection, tenants.length ? tenants : [undefined]), undefined)
    return result
  })
  for (const name of ['commitTransaction', 'rollbackTransaction'])
    wrap(name, async (original, id) => {
      try {
        return await original(id)
      } finally {
        const key = String(await id)
        const keys = pending.get(key)
        if (keys) {
          pending.delete(key)
          await bumpAll(keys)
        }
      }
    })
}
/* eslint-enable @typescript-eslint/no-explicit-any */

let model: Model | undefined

/**
 * afterChange/afterDelete on every collection: writes that do not go through the adapter's methods
 * (documents written together in one batch, see the SDK's createTogether) still move the counters.
 */
export const publicCacheHooks = (config: SanitizedConfig): SanitizedConfig => {
  const afterChange: CollectionAfterChangeHook = async ({ collection: c, doc, previousDoc, req }) => {
    if (model) {
      const scoped = model.scoped.has(c.slug)
      const tenants = scoped ? [idOf(doc?.tenant), ...(previousDoc?.id ? [idOf(previousDoc.tenant)] : [])] : []
      await changed(writeKeys(c.slug, scoped ? tenants : [undefined]), req)
    }
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ collection: c, doc, req }) => {
    if (model) await changed(writeKeys(c.slug, [model.scoped.has(c.slug) ? idOf(doc?.tenant) : undefined]), req)
    return doc
  }
  for (const collection of config.collections) {
    collection.hooks.afterChange = [...(collection.hooks.afterChange ?? []), afterChange]
    collection.hooks.afterDelete = [...(collection.hooks.afterDelete ?? []), afterDelete]
  }
  return config
}

// ---------- the HTTP side -----------------------------------------------------------------------------

export type PublicCache = {
  /** Serves a read from the cache, or computes it with `handle` and keeps it. */
  serve: (req: IncomingMessage, res: ServerResponse, handle: () => unknown, body?: Buffer) => unknown
  /**
   * Answers from the cache when it holds a current entry (true), or does nothing (false); with Redis, once
   * the entry's counters were checked there (a promise).
   */
  hit: (req: IncomingMessage, res: ServerResponse, body?: Buffer) => boolean | Promise<boolean>
  stats: () => typeof stats & { entries: number; bytes: number }
  clear: () => void
}

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(',') : (value ?? ''))
const KEPT_HEADERS = ['content-type', 'content-encoding', 'content-language', 'etag', 'last-modified', 'vary']

export const isAnonymous = (req: IncomingMessage) =>
  !req.headers.authorization && !/(^|;\s*)payload-/.test(header(req.headers.cookie))

export const createPublicCache = (payload: Payload, env: NodeJS.ProcessEnv = process.env): PublicCache | undefined => {
  // On in production; off in development, where Next reloads code (and with it Payload's adapter).
  const setting = env.PUBLIC_CACHE ?? (env.NODE_ENV === 'production' ? 'on' : 'off')
  const off = setting === 'off' || setting === 'false'
  // A process without a cache of its own still moves the shared counters when it writes (with REDIS_URL): the
  // other processes' entries must expire.
  if (off && !redis()) return undefined
  if (!installed) {
    model = modelOf(payload)
    watchAdapter(payload, model)
    shared = sharedCounters()
    installed = true
  }
  if (off) return undefined
  const ttl = Math.max(1, Number(env.PUBLIC_CACHE_TTL_SECONDS || 30)) * 1000
  const maxBytes = Math.max(1, Number(env.PUBLIC_CACHE_MAX_MB || 128)) * 1024 * 1024
  const maxEntry = 1024 * 1024
  const cache = new LRUCache<string, Entry>({
    max: Number(env.PUBLIC_CACHE_MAX_ENTRIES || 20_000),
    maxSize: maxBytes,
    sizeCalculation: (e) => e.body.length + 512,
    ttl,
  })
  /** Moves on whenever the entries are distrusted: a miss computed across that is not stored. */
  let generation = 0
  if (shared) {
    distrust = () => {
      cache.clear()
      generation += 1
    }
    onRedisBack(distrust)
  }

  const keyOf = (req: IncomingMessage, body?: Buffer) => {
    const hash = createHash('sha256')
    for (const part of [
      req.method,
      req.headers.host,
      req.url,
      req.headers['accept-language'],
      req.headers['accept-encoding'],
      req.headers.accept,
    ])
      hash.update(`${part ?? ''}\n`)
    if (body) hash.update(body)
    return hash.digest('base64url')
  }

  const current = (entry: Entry) => {
    for (const [dep, value] of entry.deps) if ((counters.get(dep) ?? 0) !== value) return false
    return true
  }

  /** With Redis: are the entry's counters unchanged there? undefined when Redis failed. */
  const currentShared = async (entry: Entry): Promise<boolean | undefined> => {
    try {
      const deps = [...entry.deps.keys()]
      const { epoch, values } = await timed(shared!.values(deps))
      redisOk()
      return epoch === entry.epoch && deps.every((d, i) => values[i] === entry.deps.get(d))
    } catch (error) {
      // Not answered in time (a busy process reads the answer late, too): this request is answered
      // uncached. The entries stay: nothing was lost, and the next check reads the counters as they are.
      // (A lost connection empties the cache when it is back; a restarted Redis has a new epoch.)
      redisTrouble(error)
      return undefined
    }
  }

  const send = (entry: Entry, res: ServerResponse) => {
    stats.hits += 1
    res.statusCode = entry.status
    for (const [name, value] of Object.entries(entry.headers)) res.setHeader(name, value)
    res.setHeader('X-Cache', 'HIT')
    res.setHeader('Content-Length', entry.body.length)
    res.end(entry.body)
  }

  const answer = (key: string, res: ServerResponse) => {
    const entry = cache.get(key)
    if (!entry) return false
    if (!current(entry)) {
      cache.delete(key)
      return false
    }
    send(entry, res)
    return true
  }

  /** With Redis: true (answered), false (no current entry) or undefined (Redis failed: do not cache). */
  const answerShared = async (key: string, res: ServerResponse): Promise<boolean | undefined> => {
    if (!redisReady()) return undefined
    const entry = cache.get(key)
    if (!entry) return false
    const ok = await currentShared(entry)
    if (ok === undefined) return undefined
    if (!ok) {
      if (cache.get(key) === entry) cache.delete(key)
      return false
    }
    send(entry, res)
    return true
  }

  const hit: PublicCache['hit'] = (req, res, body) =>
    shared ? answerShared(keyOf(req, body), res).then((answered) => answered === true) : answer(keyOf(req, body), res)

  const bypass = (res: ServerResponse, handle: () => unknown) => {
    stats.bypasses += 1
    res.setHeader('X-Cache', 'BYPASS')
    return handle()
  }

  /** Computes a miss with `handle` and keeps its answer when nothing it read moved meanwhile. */
  const compute = (
    key: string,
    res: ServerResponse,
    handle: () => unknown,
    body: Buffer | undefined,
    started: { seq: number; epoch?: string },
  ) => {
    stats.misses += 1
    res.setHeader('X-Cache', 'MISS')
    const fill: Fill = { deps: new Set(), wrote: false }
    const startedGeneration = generation
    const chunks: Buffer[] = []
    let size = 0
    const write = res.write.bind(res) as (...args: unknown[]) => boolean
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > maxEntry) return
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
      size += buffer.length
      chunks.push(buffer)
    }
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0])
      return write(chunk, ...rest)
    }) as typeof res.write
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0])
      const result = end(chunk, ...rest)
      keep()
      return result
    }) as typeof res.end
    const keep = () => {
      const stored = chunks.length ? Buffer.concat(chunks) : Buffer.alloc(0)
      const graphqlErrors = body !== undefined && stored.includes('"errors"')
      if (
        res.statusCode !== 200 ||
        fill.wrote ||
        fill.deps.size === 0 ||
        size > maxEntry ||
        graphqlErrors ||
        res.getHeader('set-cookie') !== undefined
      ) {
        stats.discarded += 1
        return
      }
      const headers: Record<string, string> = {}
      for (const name of KEPT_HEADERS) {
        const value = res.getHeader(name)
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : String(value)
      }
      if (!shared) {
        if ([...fill.deps].some((d) => (counters.get(d) ?? 0) > started.seq)) {
          stats.discarded += 1
          return
        }
        const deps = new Map([...fill.deps].map((d) => [d, counters.get(d) ?? 0]))
        cache.set(key, { status: 200, headers, body: stored, deps })
        stats.stored += 1
        return
      }
      // With Redis: the counters as they are now, none past the sequence read before computing.
      const deps = [...fill.deps]
      timed(shared.values(deps)).then(
        ({ epoch, values }) => {
          redisOk()
          if (generation !== startedGeneration || epoch !== started.epoch || values.some((v) => v > started.seq)) {
            stats.discarded += 1
            return
          }
          const recorded = new Map(deps.map((d, i) => [d, values[i]]))
          cache.set(key, { status: 200, headers, body: stored, deps: recorded, epoch })
          stats.stored += 1
        },
        (error) => {
          stats.discarded += 1
          redisTrouble(error)
        },
      )
    }
    return fills.run(fill, handle)
  }

  const serveShared = async (key: string, res: ServerResponse, handle: () => unknown, body?: Buffer) => {
    const answered = await answerShared(key, res)
    if (answered) return
    if (answered === undefined) return bypass(res, handle)
    let started: { seq: number; epoch: string }
    try {
      started = await timed(shared!.start())
      redisOk()
    } catch (error) {
      redisTrouble(error)
      return bypass(res, handle)
    }
    return compute(key, res, handle, body, started)
  }

  const serve: PublicCache['serve'] = (req, res, handle, body) => {
    const key = keyOf(req, body)
    if (shared) return serveShared(key, res, handle, body)
    if (answer(key, res)) return
    return compute(key, res, handle, body, { seq: sequence })
  }

  return {
    serve,
    hit,
    stats: () => ({ ...stats, entries: cache.size, bytes: cache.calculatedSize ?? 0 }),
    clear: () => cache.clear(),
  }
}

/** Is this a read the cache may answer (before looking at a GraphQL body)? */
export const cacheableRead = (req: IncomingMessage) =>
  req.method === 'GET' && isAnonymous(req) && !/^\/api\/[^/]+\/file\//.test(req.url ?? '')
