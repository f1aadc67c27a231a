/**
 * `emuniModules`: the installed modules reach the core through their composition, not a global list. Two
 * compositions side by side give two different sets of switches and roles, the plugin keeps its composition in
 * the config it builds, and no core file reads the SDK's lookup of modules.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionConfig, Config, Field } from 'payload'

import { tenantRoleOptions } from '../../src/access/roles'
import { municipalities } from '../../src/collections/Municipalities'
import { emuniModules, installedModules, moduleOptions } from '../../src/plugins/sdk/compose'
import { sdkTestModule as testModule } from '../../src/plugins/sdk/testing/testModule'
import { defineModule } from '../../src/plugins/sdk/defineModule'
import { l } from '../../src/plugins/sdk/language'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** A top-level field of a collection, looking inside its tabs. */
const fieldNamed = (fields: Field[], name: string): Field | undefined => {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    const nested =
      field.type === 'tabs'
        ? fieldNamed(
            field.tabs.flatMap((tab) => tab.fields),
            name,
          )
        : undefined
    if (nested) return nested
  }
  return undefined
}

/** The answer of the municipality's `modules` validation to `value`, in English. */
const validateModules = (collection: CollectionConfig, value: string[]) => {
  const field = fieldNamed(collection.fields, 'modules') as { validate: (value: unknown, options: unknown) => unknown }
  return field.validate(value, { req: { i18n: { language: 'en' }, headers: new Headers() } })
}

describe('emuniModules (the installed modules, composed)', () => {
  const withModule = emuniModules({ modules: [testModule()] })
  const without = emuniModules({ modules: [] })

  it('gives the core the switches, roles and collections of the modules it composes, and only those', () => {
    expect(withModule.slugs).toEqual(['sdk-test'])
    expect(withModule.collectionSlugs).toEqual(testModule.manifest.collectionSlugs)
    expect(withModule.collectionSlugs.length).toBeGreaterThan(0)
    expect(validateModules(municipalities(withModule), ['sdk-test'])).toBe(true)
    expect(validateModules(municipalities(without), ['sdk-test'])).toBe(
      'Unknown module "sdk-test". Installed modules: none.',
    )
    const moduleRoles = testModule.manifest.roles!.map((r) => r.slug)
    expect(tenantRoleOptions(withModule.roles).map((r) => r.value)).toEqual(expect.arrayContaining(moduleRoles))
    expect(tenantRoleOptions(without.roles).map((r) => r.value)).toEqual(['municipal-admin', 'editor'])
  })

  it('adds the modules through its plugin and keeps itself in the config it builds', async () => {
    const base: Config = { collections: [], secret: 'x', db: undefined as never }
    const built = await withModule.plugin(base)
    expect((built.collections ?? []).map((c) => c.slug)).toEqual(withModule.collectionSlugs)
    expect(installedModules({ config: built as never })).toBe(withModule)
    expect(installedModules({ config: base as never }).modules).toEqual([])
  })

  it('gives each module the install options the app passed, checked and with their defaults', async () => {
    type Options = { greeting: string; limit: number }
    const greeter = defineModule(
      {
        slug: 'greeter',
        label: l('Saludo', 'Saudação', 'Greeting', 'Salut'),
        description: l('', '', '', ''),
        version: '1.0.0',
      },
      {
        resolve: (given: Partial<Options>): Options => {
          const limit = given.limit ?? 10
          if (!Number.isInteger(limit) || limit < 1)
            throw new Error(`greeter: limit must be a whole number ≥ 1 (got ${limit}).`)
          return { greeting: given.greeting ?? 'hola', limit }
        },
      },
    )
    const composed = emuniModules({ modules: [greeter({ limit: 3 })] })
    const built = await composed.plugin({ collections: [], secret: 'x', db: undefined as never })
    expect(moduleOptions<Options>({ config: built as never }, 'greeter')).toEqual({ greeting: 'hola', limit: 3 })
    expect(Object.isFrozen(moduleOptions({ config: built as never }, 'greeter'))).toBe(true)
    expect(() => greeter({ limit: 0 })).toThrow('greeter: limit must be a whole number ≥ 1 (got 0).')
    expect(() => moduleOptions({ config: built as never }, 'sdk-test')).toThrow(
      'Module "sdk-test" is not installed in this configuration.',
    )
    // A module without options is given none.
    expect(testModule().options).toEqual({})
  })

  it('refuses a module listed twice', () => {
    expect(() => emuniModules({ modules: [testModule(), testModule()] })).toThrow(
      'Module "sdk-test" is installed twice.',
    )
  })

  it('is the only way the core reaches the modules: no core file imports a value from the SDK registry', () => {
    const files = ['payload.config.ts', ...['src', 'admin'].flatMap((dir) => walk(path.join(root, dir)))]
    const readers = files.filter((file) => {
      const text = fs.readFileSync(path.resolve(root, file), 'utf8')
      return /^import (?!type )[^']*from '[./]*(src\/)?plugins\/sdk\/registry'/m.test(text)
    })
    expect(files.length).toBeGreaterThan(50)
    expect(readers).toEqual([])
  })
})

/** The app's own source files (not the module packages under src/plugins). */
const walk = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return full.endsWith(path.join('src', 'plugins')) ? [] : walk(full)
    return /\.tsx?$/.test(entry.name) ? [path.relative(root, full)] : []
  })

describe('namespaced collection slugs', () => {
  const collection = (slug: string): CollectionConfig => ({ slug, fields: [{ name: 'title', type: 'text' }] })
  const moduleWith = (slug: string, slugs: string[], namespace?: string) =>
    defineModule({
      slug,
      namespace,
      label: l('A', 'A', 'A', 'A'),
      description: l('A', 'A', 'A', 'A'),
      version: '1.0.0',
      collections: slugs.map(collection),
    })

  it('takes collections named `<namespace>-<name>`, the namespace defaulting to the module slug', () => {
    expect(moduleWith('muni-notes', ['muni-notes-items']).manifest.namespace).toBe('muni-notes')
    expect(moduleWith('muni-notes', ['notes-items'], 'notes').manifest.namespace).toBe('notes')
  })

  it('refuses a collection outside the namespace, naming the module, the slug and the rule', () => {
    expect(() => moduleWith('muni-notes', ['comments'])).toThrow(
      'Module "muni-notes": collection "comments" must be named "muni-notes-<name>"',
    )
    expect(() => moduleWith('muni-notes', ['notes-items', 'notes-'], 'notes')).toThrow('collection "notes-"')
    expect(() => moduleWith('muni-notes', ['Notes-items'], 'Notes')).toThrow('namespace "Notes"')
    expect(() => moduleWith('muni-notes', ['payload-notes'], 'payload')).toThrow(
      'namespace "payload" is Payload\'s own',
    )
  })

  it('refuses two modules whose namespaces overlap, and a namespace the core already uses', () => {
    const a = moduleWith('muni-a', ['agenda-things'], 'agenda')
    const b = moduleWith('muni-b', ['agenda-x-things'], 'agenda-x')
    expect(() => emuniModules({ modules: [a(), b()] })).toThrow(
      'Modules "muni-a" and "muni-b" cannot be installed together: their collection namespaces "agenda" and "agenda-x" overlap.',
    )
    const sdk = moduleWith('muni-sdk', ['sdk-things'], 'sdk')
    expect(() => emuniModules({ modules: [sdk(), testModule()] })).toThrow('overlap')
    const audit = moduleWith('muni-audit', ['audit-trails'], 'audit')
    const composed = emuniModules({ modules: [audit()] })
    expect(() => composed.plugin({ collections: [collection('audit-log')] } as Config)).toThrow(
      'Module "muni-audit": its namespace "audit" is taken by the core\'s collection "audit-log".',
    )
  })

  it('holds for every installed module', async () => {
    const { INSTALLED_MODULES } = await import('../../src/modules')
    for (const { manifest } of INSTALLED_MODULES.installed)
      for (const slug of manifest.collectionSlugs ?? []) expect(slug.startsWith(`${manifest.namespace}-`)).toBe(true)
    const namespaces = INSTALLED_MODULES.installed.map((m) => m.manifest.namespace)
    expect(namespaces.every((n) => typeof n === 'string' && n.length > 0)).toBe(true)
    expect(new Set(namespaces).size).toBe(namespaces.length)
  })
})
