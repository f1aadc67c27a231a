/**
 * `defineModule` declares a module once and returns its plugin factory, with the manifest attached:
 * `muniServi()` is the Payload plugin that adds the module, and carries the manifest too. The core never
 * names a module: the app composes the installed ones with `emuniModules({ modules: [muniServi(), …] })`
 * (compose.ts), which gives the core their switches, roles, collections and labels. A module's schema is
 * added whether or not any municipality has it on, so migrations stay stable; the run-time switch is
 * enforced by `withModuleSwitch`.
 */
import type { CollectionConfig, Config, Field, GraphQLExtension, Payload, TaskConfig } from 'payload'

import type { Localized } from './language'
import { audited } from './audit'
import { mergeGraphQL, moduleEndpoint, withModuleSwitch, type ModuleEndpointSpec } from './moduleSwitch'
import type { DashboardWidget, ModuleRole, RegisteredModule } from './registry'
import type { ID } from './roles'

export type ModuleManifest = {
  /** lowercase letters, digits and hyphens; what municipalities list in `modules` */
  slug: string
  label: Localized
  description: Localized
  version: string
  /** tenant-scoped collections (the multi-tenant plugin adds their `tenant` field) */
  collections?: CollectionConfig[]
  /** per-municipality roles this module contributes (offered in staff users' municipality rows) */
  roles?: ModuleRole[]
  /**
   * REST endpoints of the module, per municipality: a `path` of '/summary' is served at
   * /api/m/{municipality-slug}/{module-slug}/summary, only where the module is on.
   */
  endpoints?: ModuleEndpoint[]
  /** GraphQL queries and mutations; each takes a `municipality` (slug) argument and refuses where the module is off */
  graphQL?: { queries?: GraphQLExtension; mutations?: GraphQLExtension }
  /** Payload job tasks (deadlines, reminders) */
  jobs?: TaskConfig[]
  /**
   * Per-municipality settings: Payload fields with a default, validation and labels in es, pt, en and fr,
   * edited on the municipality's Modules tab while the module is on there; read with `moduleSettings`.
   */
  settings?: Field[]
  /** the module's own messages in es, pt, en and fr; `{{name}}` placeholders; read with `moduleText` */
  translations?: Record<string, Localized>
  /** counts of waiting work on the admin's home page, each for the roles that do it (see DashboardWidget) */
  dashboard?: DashboardWidget[]
  /** demo content for one municipality, run by the seed when the module is on there */
  seed?: (payload: Payload, municipality: { id: ID; slug: string }) => Promise<void>
  /**
   * Undoes what a crash left half-written, for documents created before `before` (see RegisteredModule);
   * run by the server at start and every hour, before the sweep of orphaned uploads.
   */
  recover?: (payload: Payload, before: Date) => Promise<string[]>
}

export type ModuleEndpoint = ModuleEndpointSpec

/** A module as the app installs it: its Payload plugin, with its manifest. */
export type InstalledModule = ((config: Config) => Config) & { manifest: ModuleManifest & RegisteredModule }

export type ModulePlugin = ((options?: Record<string, never>) => InstalledModule) & {
  manifest: ModuleManifest & RegisteredModule
}

export const defineModule = (manifest: ModuleManifest): ModulePlugin => {
  const registered: ModuleManifest & RegisteredModule = {
    ...manifest,
    collectionSlugs: (manifest.collections ?? []).map((c) => c.slug),
  }
  const apply = (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []),
      // `custom: { audit: false }` keeps a collection out of the audit log (secret ballots: an entry
      // next to the voter's would tie them together).
      ...(manifest.collections ?? []).map((c) => {
        const switched = withModuleSwitch(registered, c)
        return c.custom?.audit === false ? switched : audited(switched)
      }),
    ],
    endpoints: [...(config.endpoints ?? []), ...(manifest.endpoints ?? []).map((e) => moduleEndpoint(registered, e))],
    graphQL: {
      ...config.graphQL,
      queries: mergeGraphQL(config.graphQL?.queries, manifest.graphQL?.queries, registered),
      mutations: mergeGraphQL(config.graphQL?.mutations, manifest.graphQL?.mutations, registered),
    },
    jobs: {
      ...config.jobs,
      tasks: [...((config.jobs?.tasks as TaskConfig[] | undefined) ?? []), ...(manifest.jobs ?? [])],
    },
  })
  const plugin = (): InstalledModule => Object.assign((config: Config) => apply(config), { manifest: registered })
  return Object.assign(plugin, { manifest: registered })
}
