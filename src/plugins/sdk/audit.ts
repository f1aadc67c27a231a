/**
 * Audit hooks: every create, update and delete of an audited collection appends an entry to the
 * audit log, in the same request (and, on PostgreSQL, the same transaction) as the change itself.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, PayloadRequest } from 'payload'

import { idOf, type ID } from './roles'

/** The core's audit-log collection (src/collections/AuditLog.ts), which every audited write appends to. */
export const AUDIT_LOG = 'audit-log'

const IGNORED = new Set(['updatedAt', 'createdAt', 'id', 'sizes', 'url', 'thumbnailURL'])

type Doc = Record<string, unknown> & { id: ID }

/** A value as compared: related documents (populated or not) reduce to their id. */
const comparable = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && 'id' in v && 'createdAt' in v ? (v as { id: unknown }).id : v,
  )

/** Top-level fields whose value differs between two versions of a document. */
export const changedFields = (doc: Doc, previous: Doc | undefined, ignore: Set<string> = new Set()): string[] =>
  Object.keys({ ...(previous ?? {}), ...doc })
    .filter((key) => (!IGNORED.has(key) && !ignore.has(key) && !key.startsWith('_')) || key === '_status')
    .filter((key) => comparable(doc[key]) !== comparable(previous?.[key]))
    .sort()

type Entry = {
  req: PayloadRequest
  collection: string
  doc: Doc
  operation: 'create' | 'update' | 'delete' | 'transition'
  municipality: unknown
  changed?: string[]
  transition?: { from?: string; to?: string; comment?: string }
  /** Who did it, when not the request's user: the account itself (a token it was emailed), or `null` (the system). */
  actor?: { id: string; email?: string | null } | null
  /** A readable account of the change (no secrets), instead of `operation collection/id`. */
  summary?: string
}

export const writeAuditEntry = async ({
  req,
  collection,
  doc,
  operation,
  municipality,
  changed,
  transition,
  actor,
  summary,
}: Entry) => {
  const user = req.user
  const id = idOf(municipality)
  const who =
    actor !== undefined
      ? { actor: actor?.id ?? 'system', actorEmail: actor?.email ?? null }
      : {
          actor: user ? `${user.collection}:${user.id}` : 'system',
          actorEmail: (user as { email?: string } | null)?.email ?? null,
        }
  // Through the database adapter, in the request's transaction: the entry is the server's own, whole and
  // checked here (no input to validate, nothing to read back) — a write every audited change pays.
  const now = new Date().toISOString()
  await req.payload.db.create({
    collection: AUDIT_LOG as never,
    req,
    returning: false,
    data: {
      summary: summary ?? `${operation} ${collection}/${doc.id}`,
      municipality: id === undefined ? null : String(id),
      operation,
      collection,
      documentId: String(doc.id),
      changedFields: changed ?? [],
      ...who,
      transition,
      createdAt: now,
      updatedAt: now,
    },
  })
}

/**
 * A collection may hold a document's entries back while it is sealed: with `custom.auditWhen(doc)`
 * false, its writes leave no entry (MuniCompra's bids before the opening: their entries would be a
 * timeline of submissions and replacements, issue 21). The document's own receipt and the entries
 * written from the opening on are its record.
 */
const heldBack = (collection: { custom?: Record<string, unknown> }, doc: Doc): boolean => {
  const when = collection.custom?.auditWhen
  return typeof when === 'function' && !(when as (doc: Doc) => boolean)(doc)
}

/** Where the municipality of a document of this collection is found. */
type TenantOf = (doc: Doc) => unknown

const afterChange =
  (tenantOf: TenantOf): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, operation, req }) => {
    // Virtual fields are computed on read (the previous version may lack them): not changes.
    const virtual = new Set(
      ((collection as { flattenedFields?: { name?: string; virtual?: unknown }[] }).flattenedFields ?? [])
        .filter((f) => f.virtual && f.name)
        .map((f) => f.name as string),
    )
    if (heldBack(collection, doc)) return doc
    const changed = changedFields(doc, operation === 'create' ? undefined : previousDoc, virtual)
    if (operation === 'update' && changed.length === 0) return doc
    await writeAuditEntry({ req, collection: collection.slug, doc, operation, municipality: tenantOf(doc), changed })
    return doc
  }

const afterDelete =
  (tenantOf: TenantOf): CollectionAfterDeleteHook =>
  async ({ collection, doc, req }) => {
    if (heldBack(collection, doc)) return
    await writeAuditEntry({ req, collection: collection.slug, doc, operation: 'delete', municipality: tenantOf(doc) })
  }

/** Adds the audit hooks to a collection; `tenantOf` defaults to its `tenant` field. */
export const audited = (collection: CollectionConfig, tenantOf: TenantOf = (doc) => doc.tenant): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), afterChange(tenantOf)],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete(tenantOf)],
  },
})
