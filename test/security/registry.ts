/**
 * The collection registry of the running configuration (core + installed modules + the multi-tenant
 * plugin), read in a child process by test/fixtures/describe-collections.ts: the security suite
 * generates its cases from it instead of listing collections by hand.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { PersonalField } from '../../src/plugins/sdk/privacy'
import { ROOT } from '../../src/plugins/sdk/testing/server'

export type FieldInfo = { name: string; type: string; hidden: boolean; readProtected: boolean; localized: boolean }
export type CollectionInfo = {
  slug: string
  tenantScoped: boolean
  versions: boolean
  drafts: boolean
  upload: boolean
  /** the folder under the media root its files go to (null: not an upload collection) */
  uploadFolder: string | null
  auth: boolean
  /** null when the collection is left out of GraphQL; names are derived from schema.graphql when null */
  graphQL: { singular: string | null; plural: string | null } | null
  fields: FieldInfo[]
}

/** Per collection, the fields of other documents that keep one of its documents from being deleted. */
export type DeleteGuards = Record<string, { collection: string; path: string }[]>
/** Per collection, the fields declared personal or public under a condition (src/plugins/sdk/privacy.ts). */
export type PersonalFields = Record<string, PersonalField[]>
type Described = {
  collections: CollectionInfo[]
  roles: string[]
  deleteGuards: DeleteGuards
  personal: PersonalFields
  municipalGets: string[]
}

let cached: Described | undefined

/**
 * Read once per test run: kept in the run's templates folder (test/globalSetup.mjs), under the modules
 * the tests install, so that the suites after the first do not load the whole configuration again.
 */
const runCache = () =>
  process.env.EMUNI_TEST_TEMPLATES
    ? path.join(
        process.env.EMUNI_TEST_TEMPLATES,
        `collections.${(process.env.EMUNI_TEST_MODULES || 'none').replace(/[^a-z0-9-]+/gi, '_')}.txt`,
      )
    : undefined

const describe = (): Described => {
  if (cached) return cached
  const file = runCache()
  const out =
    file && fs.existsSync(file)
      ? fs.readFileSync(file, 'utf8')
      : execFileSync(
          process.execPath,
          ['--conditions=production', '--import', 'tsx', 'test/fixtures/describe-collections.ts'],
          { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 16 * 1024 * 1024 },
        ).toString()
  if (file && !fs.existsSync(file)) {
    fs.writeFileSync(`${file}.${process.pid}`, out)
    fs.renameSync(`${file}.${process.pid}`, file)
  }
  const line = (prefix: string) => {
    const found = out.split('\n').find((l) => l.startsWith(prefix))
    if (!found) throw new Error(`describe-collections printed no ${prefix}line:\n${out}`)
    return JSON.parse(found.slice(prefix.length)) as unknown
  }
  cached = {
    collections: line('COLLECTIONS ') as CollectionInfo[],
    roles: line('ROLES ') as string[],
    deleteGuards: line('DELETE_GUARDS ') as DeleteGuards,
    personal: line('PERSONAL ') as PersonalFields,
    municipalGets: line('MUNICIPAL_GETS ') as string[],
  }
  return cached
}

export const collectionRegistry = (): CollectionInfo[] => describe().collections
/** The per-municipality staff roles (core and every installed module's). */
export const tenantRoles = (): string[] => describe().roles

/** What keeps a document of each collection from being deleted (src/hooks/deleteGuard.ts). */
export const deleteGuards = (): DeleteGuards => describe().deleteGuards

/** The fields declared personal (or public under a condition), per collection. */
export const personalFields = (): PersonalFields => describe().personal

/** The GET endpoints served per municipality (`/open311/v2/:municipality/:resource`): the modules' own. */
export const municipalGets = (): string[] => describe().municipalGets

export const tenantScopedCollections = (): CollectionInfo[] => collectionRegistry().filter((c) => c.tenantScoped)
export const uploadCollections = (): CollectionInfo[] => collectionRegistry().filter((c) => c.upload)

/**
 * Part `k` of `n` of a list of collections (`ISOLATION_SHARD=k/n`; the whole list without it): every n-th
 * collection in the order of their slugs, starting with the k-th. CI's two lanes run one part each, on their two
 * databases, so that each collection is tested once per run and both databases see every kind of operation;
 * `npm test` and `npm run test:security` run them all.
 */
export const shardOf = <T extends { slug: string }>(items: T[], spec = process.env.ISOLATION_SHARD): T[] => {
  if (!spec) return items
  const match = /^(\d+)\/(\d+)$/.exec(spec.trim())
  const [k, n] = match ? [Number(match[1]), Number(match[2])] : [0, 0]
  if (!(n >= 1 && k >= 1 && k <= n)) throw new Error(`ISOLATION_SHARD must be k/n with 1 ≤ k ≤ n, not "${spec}"`)
  return [...items].sort((a, b) => a.slug.localeCompare(b.slug)).filter((_, i) => i % n === k - 1)
}
