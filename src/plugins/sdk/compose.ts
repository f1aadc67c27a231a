/**
 * `emuniModules({ modules: [muniServi(), muniCompra(), …] })`: the installed modules, composed once in the
 * app's configuration. What the core needs of them comes from this value — the Payload plugin that adds
 * them, their per-municipality roles, their tenant-scoped collections, their slugs and labels — and, at run
 * time, from the configuration itself (`installedModules(payload)`). The core reads no global list, so
 * nothing depends on the order in which files are imported.
 */
import type { Config, Payload, Plugin } from 'payload'

import type { InstalledModule } from './defineModule'
import { registerModule, type ModuleRole } from './registry'

type Manifest = InstalledModule['manifest']

export type EmuniModules = {
  /** the installed modules, in the order the app lists them */
  installed: InstalledModule[]
  /** their manifests */
  modules: Manifest[]
  slugs: string[]
  /** the per-municipality roles they contribute (offered in staff users' municipality rows) */
  roles: ModuleRole[]
  /** their tenant-scoped collections (for the multi-tenant plugin) */
  collectionSlugs: string[]
  get: (slug: string) => Manifest | undefined
  /** adds every module (collections, endpoints, GraphQL, jobs) and keeps this composition in the config */
  plugin: Plugin
}

/** Where the composition is kept: the root config's `custom`, which Payload never sends to the browser. */
const KEY = 'emuniModules'

const compose = (modules: InstalledModule[]): EmuniModules => {
  const manifests = modules.map((m) => m.manifest)
  const composed: EmuniModules = {
    installed: modules,
    modules: manifests,
    slugs: manifests.map((m) => m.slug),
    roles: manifests.flatMap((m) => m.roles ?? []),
    collectionSlugs: manifests.flatMap((m) => m.collectionSlugs ?? []),
    get: (slug) => manifests.find((m) => m.slug === slug),
    plugin: (config: Config): Config => {
      const core = (config.collections ?? []).map((c) => c.slug)
      for (const { manifest } of modules) {
        const namespace = manifest.namespace ?? manifest.slug
        const taken = core.find((slug) => slug.startsWith(`${namespace}-`))
        if (taken)
          throw new Error(
            `Module "${manifest.slug}": its namespace "${namespace}" is taken by the core's collection "${taken}".`,
          )
      }
      const added = modules.reduce<Config>((next, module) => module(next), config)
      return { ...added, custom: { ...added.custom, [KEY]: composed } }
    },
  }
  return composed
}

export const emuniModules = ({ modules }: { modules: InstalledModule[] }): EmuniModules => {
  const slugs = modules.map((m) => m.manifest.slug)
  const twice = slugs.find((slug, i) => slugs.indexOf(slug) !== i)
  if (twice) throw new Error(`Module "${twice}" is installed twice.`)
  // Namespaces must not overlap: with `agenda` and `agenda-x` installed, `agenda-x-offices` would be ambiguous.
  const namespaces = modules.map((m) => ({ slug: m.manifest.slug, namespace: m.manifest.namespace ?? m.manifest.slug }))
  for (const a of namespaces)
    for (const b of namespaces)
      if (a !== b && (a.namespace === b.namespace || b.namespace.startsWith(`${a.namespace}-`)))
        throw new Error(
          `Modules "${a.slug}" and "${b.slug}" cannot be installed together: their collection namespaces "${a.namespace}" and "${b.namespace}" overlap.`,
        )
  // Each module's messages, for `moduleText` (which knows a request's language, not its Payload).
  for (const module of modules) registerModule(module.manifest)
  return compose(modules)
}

const NONE = compose([])

/** The installed modules of a running Payload (none when its config has no `emuniModules` plugin). */
export const installedModules = (payload: Pick<Payload, 'config'>): EmuniModules =>
  (payload.config.custom?.[KEY] as EmuniModules | undefined) ?? NONE

/**
 * The install options module `slug` was given in this Payload's configuration, checked and with their defaults
 * (see `InstallOptions`). `Options` is the module's own type of them.
 */
export const moduleOptions = <Options extends object>(payload: Pick<Payload, 'config'>, slug: string): Options => {
  const module = installedModules(payload).installed.find((m) => m.manifest.slug === slug)
  if (!module) throw new Error(`Module "${slug}" is not installed in this configuration.`)
  return module.options as Options
}
