/**
 * Keeps the portal's cache true: after any change to a municipality's content (tenant-scoped documents of
 * the core and of every module, and the municipality itself), the CMS asks the portal to expire that
 * municipality's cached reads (`POST {PORTAL_REVALIDATE_URL} { tags: ["m:<slug>"] }` with the shared
 * secret). The call is awaited, so the portal's next read after a publish returns is fresh; it is repeated
 * a second later because the hook runs before the database transaction commits. A portal that does not
 * answer costs the write nothing but a warning in the log.
 *
 * A collection whose documents no portal page shows says so with `custom: { portalShows: false }`
 * (MuniParticipa's participations and secret ballots): its writes call nobody — a vote surge expired
 * the whole municipality's portal cache twice per ballot.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, PayloadRequest, Plugin } from 'payload'

import { logger } from '../lib/logger'
import { publish, subscribe } from '../lib/redis'
import { portalBaseUrl } from '../plugins/sdk/index'

const DEV_SECRET = 'e-muni-development-revalidation-secret'
const SKIP = new Set([
  'audit-log',
  'payload-jobs',
  'payload-locked-documents',
  'payload-preferences',
  'payload-migrations',
  'payload-kv',
])

/** The shared secret: `PORTAL_REVALIDATE_SECRET`, or a fixed one in development so `npm run dev` just works. */
export const revalidateSecret = () =>
  process.env.PORTAL_REVALIDATE_SECRET || (process.env.NODE_ENV === 'production' ? undefined : DEV_SECRET)

export const revalidateUrl = () => process.env.PORTAL_REVALIDATE_URL || `${portalBaseUrl()}/api/revalidate`

const send = async (tags: string[]) => {
  const secret = revalidateSecret()
  if (!secret || process.env.PORTAL_REVALIDATE === 'false') return
  try {
    const res = await fetch(revalidateUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(3000),
    })
    if (!res.ok) logger.warn({ status: res.status, tags }, 'the portal refused to revalidate')
  } catch (error) {
    logger.debug({ err: (error as Error).message, tags }, 'the portal did not answer the revalidation call')
  }
}

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id?: unknown }).id : (value as number | string | undefined)

/**
 * Municipality id → slug, so that a write costs no extra read (kept current by the municipality hooks: this
 * process's, and with REDIS_URL the other processes' through their messages on `emuni:municipalities`).
 */
const slugs = new Map<string, string>()
let listening = false
const listen = () => {
  if (listening) return
  listening = true
  subscribe(
    'municipalities',
    (message) => {
      const m = message as { kind?: unknown; id?: unknown; slug?: unknown; deleted?: unknown }
      if (m.kind !== 'slug' || (typeof m.id !== 'string' && typeof m.id !== 'number')) return
      if (!m.deleted && typeof m.slug === 'string') slugs.set(String(m.id), m.slug)
      else slugs.delete(String(m.id))
    },
    // (Re)subscribed: what was published meanwhile is lost, read the slugs again when needed.
    () => slugs.clear(),
  )
}

const slugOf = async (req: PayloadRequest, tenant: unknown): Promise<string | undefined> => {
  listen()
  if (tenant && typeof tenant === 'object' && 'slug' in tenant) return String((tenant as { slug: unknown }).slug)
  const id = idOf(tenant)
  if (id === undefined || id === null) return undefined
  const known = slugs.get(String(id))
  if (known) return known
  const doc = await req.payload
    .findByID({
      collection: 'municipalities',
      id: id as never,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null)
  const slug = (doc as { slug?: string } | null)?.slug
  if (slug) slugs.set(String(id), slug)
  return slug
}

const revalidate = async (req: PayloadRequest, tags: string[]) => {
  if (!tags.length) return
  await send(tags)
  setTimeout(() => void send(tags), 1000).unref()
}

const tenantChanged: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const slugs = new Set([await slugOf(req, doc.tenant), await slugOf(req, previousDoc?.tenant)])
  await revalidate(
    req,
    [...slugs].filter(Boolean).map((s) => `m:${s}`),
  )
  return doc
}
const tenantDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const slug = await slugOf(req, doc.tenant)
  if (slug) await revalidate(req, [`m:${slug}`])
  return doc
}
const municipalityChanged: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  listen()
  slugs.set(String(doc.id), doc.slug)
  await publish('municipalities', { kind: 'slug', id: doc.id, slug: doc.slug })
  const tags = new Set([doc.slug, previousDoc?.slug].filter(Boolean).map((s) => `m:${s}`))
  await revalidate(req, ['municipalities', ...tags])
  return doc
}
const municipalityDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  slugs.delete(String(doc.id))
  await publish('municipalities', { kind: 'slug', id: doc.id, deleted: true })
  await revalidate(req, ['municipalities', `m:${doc.slug}`])
  return doc
}

/** Installs the hooks on the municipalities and on every tenant-scoped collection (after the multi-tenant plugin). */
export const revalidatePortalPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (SKIP.has(collection.slug) || collection.custom?.portalShows === false) return collection
      const municipalities = collection.slug === 'municipalities'
      const scoped = collection.fields.some((f) => 'name' in f && f.name === 'tenant')
      if (!municipalities && !scoped) return collection
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), municipalities ? municipalityChanged : tenantChanged],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), municipalities ? municipalityDeleted : tenantDeleted],
        },
      }
    }),
  })
