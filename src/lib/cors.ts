/**
 * Which browser origins may use the CMS: its own address (PUBLIC_URL), the citizens' portal
 * (PORTAL_URL, see the SDK's `portalBaseUrl`) and the municipalities' own domains (their `domains`
 * field; https, and http too when the CMS itself is served over http).
 * - CORS (`corsMiddleware`, express, in front of /api): an allowed origin gets
 *   Access-Control-Allow-Origin echoing it, with credentials; any other origin gets no CORS header.
 * - CSRF (`csrfAllowlist`, Payload's `csrf`): a request carrying the login cookie from any other origin
 *   is treated as anonymous (Payload's extractJWT checks `csrf.includes(origin)`).
 * The domains are read from the database, kept for CORS_ORIGINS_TTL_MS (60 s), and updated at once
 * when a municipality changes: in this process by its hooks, and with REDIS_URL in every other CMS process
 * too (a message on `emuni:municipalities`, see lib/redis.ts; the TTL stays as a safety net, and a lost
 * subscription makes the next request read the list again). The state lives on globalThis: the server
 * and Next's bundle each load their own copy of this module, in one process.
 */
import type { RequestHandler } from 'express'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Payload } from 'payload'

import { isPlatformAdmin, isStaff } from '../access/roles'
import { portalBaseUrl } from '../plugins/sdk/portalLink'
import { publish, subscribe } from './redis'

type State = {
  domains: Map<string, string[]>
  origins: Set<string>
  loadedAt: number
  version: number
  loading?: Promise<void>
}

/** The channel on which processes tell each other of municipality changes (lib/redis.ts). */
export const CHANNEL = 'municipalities'

const KEY = Symbol.for('e-muni.allowedOrigins')
const state = (): State => {
  const store = globalThis as Record<symbol, State | undefined>
  if (store[KEY]) return store[KEY]
  const s: State = { domains: new Map(), origins: new Set(), loadedAt: 0, version: 0 }
  store[KEY] = s
  // Another process changed a municipality: its domains as they were written there.
  subscribe(
    CHANNEL,
    (message) => {
      const m = message as { kind?: unknown; id?: unknown; domains?: unknown; deleted?: unknown }
      if (m.kind !== 'domains' || (typeof m.id !== 'string' && typeof m.id !== 'number')) return
      if (m.deleted) s.domains.delete(String(m.id))
      else if (Array.isArray(m.domains))
        s.domains.set(
          String(m.id),
          m.domains.filter((d) => typeof d === 'string'),
        )
      else return
      s.version++
      rebuild(s)
    },
    // (Re)subscribed: what was published meanwhile is lost, read the list again.
    () => {
      s.loadedAt = 0
    },
  )
  return s
}

const ttl = () => Number(process.env.CORS_ORIGINS_TTL_MS || 60_000)

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url).origin
  } catch {
    return undefined
  }
}

const publicUrl = () => process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`

/** The CMS's own origin and the portal's: always allowed. */
export const staticOrigins = (): string[] =>
  [originOf(publicUrl()), originOf(portalBaseUrl())].filter((o): o is string => Boolean(o))

const domainsOf = (doc: unknown): string[] =>
  ((doc as { domains?: { domain?: unknown }[] | null })?.domains ?? [])
    .map((row) => (typeof row?.domain === 'string' ? row.domain.trim().toLowerCase() : ''))
    .filter(Boolean)

const rebuild = (s: State) => {
  const schemes = originOf(publicUrl())?.startsWith('https:') ? ['https'] : ['https', 'http']
  s.origins = new Set([...s.domains.values()].flat().flatMap((domain) => schemes.map((sc) => `${sc}://${domain}`)))
}

export const isAllowedOrigin = (origin: string): boolean =>
  staticOrigins().includes(origin) || state().origins.has(origin)

/** Reads the municipalities' domains when the list is older than the TTL (or `force`). */
export const refreshOrigins = async (payload: Payload, force = false): Promise<void> => {
  const s = state()
  if (!force && s.loadedAt && Date.now() - s.loadedAt < ttl()) return
  s.loading ??= (async () => {
    const version = s.version
    try {
      const { docs } = await payload.find({
        collection: 'municipalities',
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { domains: true },
      })
      // A municipality changed while reading: its hook already updated the list; read again next time.
      if (s.version !== version) return
      s.domains = new Map(docs.map((doc) => [String(doc.id), domainsOf(doc)]))
      rebuild(s)
      s.loadedAt = Date.now()
    } catch (error) {
      payload.logger.warn({ err: error }, 'could not read the municipalities’ domains; keeping the previous list')
    } finally {
      s.loading = undefined
    }
  })()
  await s.loading
}

const onChange: CollectionAfterChangeHook = async ({ doc }) => {
  const s = state()
  s.domains.set(String(doc.id), domainsOf(doc))
  s.version++
  rebuild(s)
  await publish(CHANNEL, { kind: 'domains', id: doc.id, domains: domainsOf(doc) })
  return doc
}

const onDelete: CollectionAfterDeleteHook = async ({ id }) => {
  const s = state()
  s.domains.delete(String(id))
  s.version++
  rebuild(s)
  await publish(CHANNEL, { kind: 'domains', id, deleted: true })
}

/** For the municipalities collection: keeps the allowed origins in step with its domains. */
export const trackMunicipalityDomains = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), onChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), onDelete],
  },
})

/** Payload's `csrf` list: the static origins, and (through `includes`) the municipalities' domains. */
class OriginAllowlist extends Array<string> {
  override includes(origin: string, fromIndex?: number): boolean {
    return super.includes(origin, fromIndex) || isAllowedOrigin(origin)
  }
}

export const csrfAllowlist = (): string[] => OriginAllowlist.from(staticOrigins()) as OriginAllowlist

/** The municipality whose domain `origin` is (not the CMS's or the portal's own origins). */
export const municipalityOfOrigin = (origin: string): string | undefined => {
  if (staticOrigins().includes(origin) || !state().origins.has(origin)) return undefined
  let host: string
  try {
    host = new URL(origin).hostname.toLowerCase()
  } catch {
    return undefined
  }
  for (const [id, domains] of state().domains) if (domains.includes(host)) return id
  return undefined
}

const SESSION_COOKIE = /(^|;\s*)payload-token=[^;]*/g

/**
 * Credentials from a municipality's domain (issue 21, finding 1). A municipality's domain is its own, and
 * its admin once chose it: it may vouch for a session cookie of that municipality's staff only — not for
 * the platform admin, other municipalities' staff or people (citizens, suppliers), whom a page on that
 * domain would otherwise act as. For anyone else the cookie is dropped before Payload reads it: the request
 * is anonymous (its CSRF check, `csrfAllowlist`, still lists the domain for the municipality's own staff).
 * The CMS's and the portal's own origins are unaffected; so are bearer tokens (never sent by a browser on
 * its own).
 */
export const credentialsByOrigin =
  (payload: Payload): RequestHandler =>
  async (req, _res, next) => {
    const origin = req.headers.origin
    const cookie = req.headers.cookie
    if (!origin || !cookie || !/(^|;\s*)payload-token=/.test(cookie)) return next()
    if (!staticOrigins().includes(origin)) await refreshOrigins(payload)
    const municipality = municipalityOfOrigin(origin)
    if (municipality === undefined) return next()
    let allowed = false
    try {
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers))
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
      const { user } = await payload.auth({ headers })
      allowed =
        isStaff(user) &&
        !isPlatformAdmin(user) &&
        (user.tenants ?? []).some((row) => {
          const tenant = row.tenant && typeof row.tenant === 'object' ? row.tenant.id : row.tenant
          return tenant !== undefined && tenant !== null && String(tenant) === municipality
        })
    } catch {
      allowed = false
    }
    if (!allowed) {
      const rest = cookie.replace(SESSION_COOKIE, '').replace(/^\s*;\s*/, '')
      if (rest.trim()) req.headers.cookie = rest
      else delete req.headers.cookie
    }
    next()
  }

const ALLOWED_HEADERS = [
  'Accept',
  'Accept-Language',
  'Authorization',
  'Content-Type',
  'X-Requested-With',
  'X-Payload-HTTP-Method-Override',
]

/** Express, on /api: CORS for the allowed origins only; preflights are answered here. */
export const corsMiddleware = (payload: Payload): RequestHandler => {
  // Listening for other processes' municipality changes from the start (with REDIS_URL).
  state()
  return async (req, res, next) => {
    const origin = req.headers.origin
    if (!origin) return next()
    // The answer depends on the origin: caches must know, also after Next sets its own Vary.
    res.vary('Origin')
    const setHeader = res.setHeader.bind(res)
    res.setHeader = (name: string, value: number | string | readonly string[]) => {
      if (name.toLowerCase() !== 'vary') return setHeader(name, value)
      const listed = ([] as (number | string)[]).concat(value as never).join(', ')
      return setHeader(name, /(^|,)\s*origin\s*(,|$)/i.test(listed) ? listed : `${listed}, Origin`)
    }
    if (!staticOrigins().includes(origin)) await refreshOrigins(payload)
    const allowed = isAllowedOrigin(origin)
    if (allowed) {
      res.setHeader('Access-Control-Allow-Origin', origin)
      res.setHeader('Access-Control-Allow-Credentials', 'true')
    }
    if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method']) return next()
    if (allowed) {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, PUT, DELETE, OPTIONS')
      res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS.join(', '))
      res.setHeader('Access-Control-Max-Age', '600')
    }
    res.status(204).end()
  }
}

/**
 * Express, on a module's public standard API (an endpoint declaring `cors: 'public'`, e.g. Open311): any
 * site's browser may read its answers — `Access-Control-Allow-Origin: *`, never with credentials (the
 * CMS's own and allowed origins still get theirs from `corsMiddleware`, after this). Its preflights end
 * here, for the methods the path declares.
 */
export const publicCors =
  (methods: string[]): RequestHandler =>
  (req, res, next) => {
    if (!req.headers.origin) return next()
    const allowed = methods.map((m) => m.toUpperCase())
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      res.setHeader('Access-Control-Allow-Origin', '*')
      res.setHeader('Access-Control-Allow-Methods', [...allowed, 'OPTIONS'].join(', '))
      res.setHeader('Access-Control-Allow-Headers', 'Accept, Accept-Language, Content-Type')
      res.setHeader('Access-Control-Max-Age', '600')
      res.status(204).end()
      return
    }
    if (allowed.includes(req.method) && !isAllowedOrigin(req.headers.origin))
      res.setHeader('Access-Control-Allow-Origin', '*')
    next()
  }
