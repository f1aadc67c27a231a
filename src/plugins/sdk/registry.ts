/**
 * What the SDK knows of an installed module, and the SDK's own lookup of them by slug, filled by
 * `emuniModules` (compose.ts) and read by `moduleText`, which has a request's language but not its Payload.
 * The core never reads this lookup: it asks the composition (`installedModules(payload)`).
 */
import type { Field, Payload, Where } from 'payload'

import type { Localized } from './language'
import type { ID } from './roles'

export type ModuleRole = { slug: string; label: Localized }

/**
 * A count on the admin's home page: the documents of `collection` that match `where`, in the
 * municipalities where the module is on and the user holds one of `roles`, as the user may read them.
 * The count links to the same list in the admin.
 */
export type DashboardWidget = {
  /** unique in the module; the widget is `{module}-{key}` */
  key: string
  label: Localized
  collection: string
  /** tenant roles that see it ('platform-admin' for platform administrators) */
  roles: string[]
  where: (args: { userId: ID; now: Date }) => Where
}

export type RegisteredModule = {
  slug: string
  label: Localized
  description?: Localized
  version: string
  roles?: ModuleRole[]
  /** slugs of the tenant-scoped collections the module adds */
  collectionSlugs?: string[]
  /** the module's own messages, in the four languages (read with `moduleText`) */
  translations?: Record<string, Localized>
  /** per-municipality settings, edited on the municipality (read with `moduleSettings`; see settings.ts) */
  settings?: Field[]
  /** counts of work waiting, on the admin's home page, per role */
  dashboard?: DashboardWidget[]
  /** demo content for one municipality where the module is on (must be idempotent) */
  seed?: (payload: Payload, municipality: { id: ID; slug: string }) => Promise<void>
  /**
   * Undoes what a crash left half-written (on SQLite, where a document's rows are not written in one
   * transaction): run when the server starts and every hour, for documents created before `before`
   * only (later ones may still be being written). Returns what it removed, for the log.
   */
  recover?: (payload: Payload, before: Date) => Promise<string[]>
}

const registry = new Map<string, RegisteredModule>()

export const registerModule = (mod: RegisteredModule): void => {
  if (!/^[a-z][a-z0-9-]*$/.test(mod.slug)) {
    throw new Error(`Module slug "${mod.slug}" must be lowercase letters, digits and hyphens.`)
  }
  const existing = registry.get(mod.slug)
  if (existing && existing !== mod) throw new Error(`Module "${mod.slug}" is registered twice.`)
  registry.set(mod.slug, mod)
}

export const getModule = (slug: string): RegisteredModule | undefined => registry.get(slug)
