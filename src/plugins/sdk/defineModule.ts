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
import { commandResponse, readCommandBody, type ModuleCommand } from './command'
import { mergeGraphQL, moduleEndpoint, withModuleSwitch, type ModuleEndpointSpec } from './moduleSwitch'
import type { DashboardWidget, ModuleRole, RegisteredModule } from './registry'
import type { ID } from './roles'

export type ModuleManifest = {
  /** lowercase letters, digits and hyphens; what municipalities list in `modules` */
  slug: string
  /**
   * The prefix of every collection slug the module adds: `<namespace>-…` (`agenda-offices`). Defaults to the
   * module slug; lowercase letters and digits; no two installed modules share one (see `collectionNamespace`).
   */
  namespace?: string
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
  /**
   * What people do, each a `defineCommand`: served as REST at POST /api/m/{municipality}/{module-slug}/{name}
   * (JSON in, JSON out); the module's GraphQL mutation of the same name resolves with `command.resolver`.
   */
  commands?: ModuleCommand[]
  /** GraphQL queries and mutations; each takes a `municipality` (slug) argument and refuses where the module is off */
  graphQL?: { queries?: GraphQLExtension; mutations?: GraphQLExtension }
  /**
   * The GraphQL operations and commands that reach someone's document by a capability (a code and its secret
   * token, for people without an account): the core limits their attempts per client address (TRACK_RATE_LIMIT),
   * over GraphQL and REST alike, so that codes cannot be guessed.
   */
  capabilityOperations?: string[]
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

/**
 * The manifest's namespace, checked with its collection slugs: every slug is `<namespace>-<name>`, so two
 * modules (or a module and the core) can never add the same collection, REST path or table. Throws an Error
 * that names the module and the slug.
 */
export const collectionNamespace = (manifest: Pick<ModuleManifest, 'slug' | 'namespace' | 'collections'>) => {
  const namespace = manifest.namespace ?? manifest.slug
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(namespace))
    throw new Error(
      `Module "${manifest.slug}": namespace "${namespace}" must be lowercase letters and digits (single hyphens between).`,
    )
  // Payload's own collections (`payload-jobs`, `payload-preferences`, …) are added after the app's config is built.
  if (namespace === 'payload' || namespace.startsWith('payload-'))
    throw new Error(`Module "${manifest.slug}": namespace "${namespace}" is Payload's own.`)
  for (const { slug } of manifest.collections ?? []) {
    const name = slug.slice(namespace.length + 1)
    if (!slug.startsWith(`${namespace}-`) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name))
      throw new Error(
        `Module "${manifest.slug}": collection "${slug}" must be named "${namespace}-<name>" (its module's namespace, a hyphen, lowercase words).`,
      )
  }
  return namespace
}

/** A module as the app installs it: its Payload plugin, with its manifest and the options it was given. */
export type InstalledModule<Options extends object = object> = ((config: Config) => Config) & {
  manifest: ModuleManifest & RegisteredModule
  /** the install options, checked and with their defaults (read at run time with `moduleOptions`) */
  options: Readonly<Options>
}

/**
 * A module's factory: `muniCompra({ ocdsPrefix: 'ocds-abc123' })` in the app's `emuniModules` list. `Given` is
 * what the app may pass (typed, so a wrong name or type fails `tsc`); `Options` what the module reads.
 */
export type ModulePlugin<Given extends object = Record<string, never>, Options extends object = Given> = ((
  options?: Given,
) => InstalledModule<Options>) & {
  manifest: ModuleManifest & RegisteredModule
}

/**
 * Install options are the installation's choices, the same for every municipality (an OCDS publisher prefix, a
 * service's URL). A municipality's own choices are `settings`, edited on the municipality. Secrets stay in the
 * environment.
 */
export type InstallOptions<Given extends object, Options extends object> = {
  /** checks what the app passed and fills the defaults; throws an Error that names the option when it is wrong */
  resolve: (given: Given) => Options
}

export function defineModule(manifest: ModuleManifest): ModulePlugin
export function defineModule<Given extends object, Options extends object>(
  manifest: ModuleManifest,
  install: InstallOptions<Given, Options>,
): ModulePlugin<Given, Options>
export function defineModule<Given extends object, Options extends object>(
  manifest: ModuleManifest,
  install?: InstallOptions<Given, Options>,
): ModulePlugin<Given, Options> {
  const registered: ModuleManifest & RegisteredModule = {
    ...manifest,
    namespace: collectionNamespace(manifest),
    collectionSlugs: (manifest.collections ?? []).map((c) => c.slug),
  }
  const commandEndpoints: ModuleEndpoint[] = (manifest.commands ?? []).map((command) => ({
    path: `/${command.name}`,
    method: 'post',
    handler: (req, { municipality }) =>
      commandResponse(command, { req, municipality }, () => readCommandBody(req, command)),
  }))
  const taken = new Set((manifest.endpoints ?? []).filter((e) => !e.root).map((e) => e.path.replace(/^\/?/, '/')))
  const clash = commandEndpoints.find((e) => taken.has(e.path))
  if (clash) throw new Error(`Module "${manifest.slug}": command ${clash.path} has the path of one of its endpoints.`)
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
    endpoints: [
      ...(config.endpoints ?? []),
      ...[...(manifest.endpoints ?? []), ...commandEndpoints].map((e) => moduleEndpoint(registered, e)),
    ],
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
  const plugin = (given?: Given): InstalledModule<Options> => {
    // Checked when the app's configuration is built: a wrong option stops the server before it listens.
    const options = Object.freeze(install ? install.resolve(given ?? ({} as Given)) : ({} as Options))
    return Object.assign((config: Config) => apply(config), { manifest: registered, options })
  }
  return Object.assign(plugin, { manifest: registered })
}
