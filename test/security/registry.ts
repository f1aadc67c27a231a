/**
 * The collection registry of the running configuration (core + installed modules + the multi-tenant
 * plugin), read in a child process by test/fixtures/describe-collections.ts: the security suite
 * generates its cases from it instead of listing collections by hand.
 */
import { execFileSync } from 'node:child_process'

import { ROOT } from '../../src/plugins/sdk/testing/server'

export type FieldInfo = { name: string; type: string; hidden: boolean; readProtected: boolean; localized: boolean }
export type CollectionInfo = {
  slug: string
  tenantScoped: boolean
  versions: boolean
  drafts: boolean
  upload: boolean
  auth: boolean
  /** null when the collection is left out of GraphQL; names are derived from schema.graphql when null */
  graphQL: { singular: string | null; plural: string | null } | null
  fields: FieldInfo[]
}

/** Per collection, the fields of other documents that keep one of its documents from being deleted. */
export type DeleteGuards = Record<string, { collection: string; path: string }[]>
type Described = { collections: CollectionInfo[]; roles: string[]; deleteGuards: DeleteGuards }

let cached: Described | undefined

const describe = (): Described => {
  if (cached) return cached
  const out = execFileSync(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'test/fixtures/describe-collections.ts'],
    { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 16 * 1024 * 1024 },
  ).toString()
  const line = (prefix: string) => {
    const found = out.split('\n').find((l) => l.startsWith(prefix))
    if (!found) throw new Error(`describe-collections printed no ${prefix}line:\n${out}`)
    return JSON.parse(found.slice(prefix.length)) as unknown
  }
  cached = {
    collections: line('COLLECTIONS ') as CollectionInfo[],
    roles: line('ROLES ') as string[],
    deleteGuards: line('DELETE_GUARDS ') as DeleteGuards,
  }
  return cached
}

export const collectionRegistry = (): CollectionInfo[] => describe().collections
/** The per-municipality staff roles (core and every installed module's). */
export const tenantRoles = (): string[] => describe().roles

/** What keeps a document of each collection from being deleted (src/hooks/deleteGuard.ts). */
export const deleteGuards = (): DeleteGuards => describe().deleteGuards

export const tenantScopedCollections = (): CollectionInfo[] => collectionRegistry().filter((c) => c.tenantScoped)
export const uploadCollections = (): CollectionInfo[] => collectionRegistry().filter((c) => c.upload)
