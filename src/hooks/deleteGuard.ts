/**
 * A document other documents still need is not deleted: the delete is refused with 409 and a message
 * naming what still refers to it and how many, in the reader's language.
 *
 * Payload's SQL adapters declare every relationship column `ON DELETE SET NULL`, also where the field is
 * required and the column therefore NOT NULL: deleting a budget that has projects, a service that has
 * requests, a person who supported a proposal failed inside the database (PostgreSQL: "null value in
 * column violates not-null constraint", answered 500). Where the column may be null (a municipality's
 * documents' `tenant`), the database nulled it, leaving the documents of a deleted municipality
 * without one — which also defeated the multi-tenant plugin's clean-up, which looks them up by it.
 *
 * So, before every delete (REST, GraphQL, the Local API, bulk deletes, the admin), the documents that
 * refer to this one through a required relationship — or through the municipality (tenant) field — are
 * counted, and any found refuse the delete: delete or move them first. Votes, requests and their history
 * are never lost to a delete of what they belong to. Optional relationships are left to Payload: the
 * reference is emptied (an image removed from a news item, say).
 */
import type {
  CollectionBeforeDeleteHook,
  Field,
  PayloadRequest,
  SanitizedCollectionConfig,
  SanitizedConfig,
} from 'payload'
import { APIError } from 'payload'

import { requestLanguage, tr } from '../i18n/index'

/** A field of `collection`, at `path` (dots through groups, named tabs and arrays), that refers to a document. */
export type Reference = { collection: string; path: string }

const TENANT_FIELD = 'tenant'

const referencesIn = (
  fields: Field[],
  prefix: string,
  tenantsSlug: string,
  add: (target: string, path: string) => void,
): void => {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs)
        referencesIn(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix, tenantsSlug, add)
      continue
    }
    if (field.type === 'blocks') {
      for (const block of field.blocks) referencesIn(block.fields, `${prefix}${field.name}.`, tenantsSlug, add)
      continue
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      const named = 'name' in field && field.name
      referencesIn(field.fields as Field[], named ? `${prefix}${field.name}.` : prefix, tenantsSlug, add)
      continue
    }
    if (field.type !== 'relationship' && field.type !== 'upload') continue
    if (typeof field.relationTo !== 'string' || field.hasMany) continue
    const path = `${prefix}${field.name}`
    const tenant = path === TENANT_FIELD && field.relationTo === tenantsSlug
    if (field.required || tenant) add(field.relationTo, path)
  }
}

/** For each collection, the fields of other documents that keep one of its documents from being deleted. */
export const protectedReferences = (
  collections: Pick<SanitizedCollectionConfig, 'slug' | 'fields'>[],
  tenantsSlug = 'municipalities',
): Record<string, Reference[]> => {
  const out: Record<string, Reference[]> = {}
  for (const collection of collections)
    referencesIn(collection.fields, '', tenantsSlug, (target, path) => {
      ;(out[target] ??= []).push({ collection: collection.slug, path })
    })
  return out
}

const labelOf = (config: SanitizedConfig, slug: string, req: PayloadRequest): string => {
  const labels = config.collections.find((c) => c.slug === slug)?.labels
  const plural = labels?.plural as unknown
  if (typeof plural === 'string') return plural
  if (plural && typeof plural === 'object') {
    const byLanguage = plural as Record<string, string>
    return byLanguage[requestLanguage(req)] ?? byLanguage.es ?? slug
  }
  return slug
}

const refuseWhileReferenced =
  (references: Reference[]): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const found: string[] = []
    for (const { collection, path } of references) {
      const { totalDocs } = await req.payload.count({
        collection: collection as never,
        where: { [path]: { equals: id } },
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) found.push(`${labelOf(req.payload.config, collection, req)} (${totalDocs})`)
    }
    if (found.length) throw new APIError(tr(req, 'stillReferenced', { what: found.join(', ') }), 409, undefined, true)
  }

/** Installs the refusal last on every collection other documents require (after access and module checks). */
export const guardDeletes = (config: SanitizedConfig, tenantsSlug = 'municipalities'): SanitizedConfig => {
  const references = protectedReferences(config.collections, tenantsSlug)
  for (const collection of config.collections) {
    const refs = references[collection.slug]
    if (!refs?.length) continue
    collection.hooks.beforeDelete = [...(collection.hooks.beforeDelete ?? []), refuseWhileReferenced(refs)]
  }
  return config
}
