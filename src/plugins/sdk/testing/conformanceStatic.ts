/**
 * The conformance kit's static checks, which need no server: every collection it adds is tenant-scoped,
 * every label shown to people exists in es, pt, en and fr, it imports only what a module may (the SDK's public
 * entries, payload and libraries; its portal part only the portal kit), and every command has its GraphQL
 * mutation. `runModuleConformance` runs them first; `staticConformance` lets a test show them failing.
 */
import fs from 'node:fs'
import path from 'node:path'

import * as graphql from 'graphql'
import type { CollectionConfig, Config, Field } from 'payload'
import ts from 'typescript'

import type { ModulePlugin } from '../defineModule'
import { LANGUAGES } from '../language'
import { undeclaredPersonalFields } from '../privacy'
import { moduleDir } from './moduleDir'
import { ROOT } from './server'

export { moduleDir }

/** A module as the kit checks it: its manifest, and a factory of the plugin that adds it (a `ModulePlugin`). */
export type Checked = Pick<ModulePlugin, 'manifest'> & (() => (config: Config) => Config)

export type Finding = { check: 'tenancy' | 'labels' | 'imports' | 'commands' | 'privacy'; problem: string }

type Doc = Record<string, unknown>

export const BASE_CONFIG = { collections: [], endpoints: [], graphQL: {}, jobs: { tasks: [] } } as unknown as Config

const isLocalized = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  LANGUAGES.every((lang) => typeof (value as Doc)[lang] === 'string' && ((value as Doc)[lang] as string).trim() !== '')

const missingLanguages = (value: unknown): string =>
  typeof value === 'string'
    ? `a plain string ("${value}")`
    : `missing ${LANGUAGES.filter((lang) => typeof (value as Doc | undefined)?.[lang] !== 'string').join(', ')}`

/** Checks a label that people read: absent labels are judged by `required`. */
const checkText = (where: string, value: unknown, required: boolean, out: Finding[]) => {
  if (value === undefined || value === null) {
    if (required) out.push({ check: 'labels', problem: `${where} has no label` })
    return
  }
  if (value === false || typeof value === 'function') return // deliberately none, or computed
  if (!isLocalized(value)) out.push({ check: 'labels', problem: `${where}: ${missingLanguages(value)}` })
}

const checkFields = (owner: string, fields: Field[], out: Finding[]) => {
  for (const field of fields) {
    const f = field as Field & {
      name?: string
      label?: unknown
      hidden?: boolean
      admin?: { hidden?: boolean; description?: unknown; disabled?: boolean }
      options?: unknown[]
      fields?: Field[]
      tabs?: { name?: string; label?: unknown; fields: Field[] }[]
      blocks?: { slug: string; labels?: { singular?: unknown; plural?: unknown }; fields: Field[] }[]
    }
    const where = `${owner}.${f.name ?? `(${f.type})`}`
    const shown = !f.hidden && !f.admin?.hidden && !f.admin?.disabled && f.type !== 'ui' && f.type !== 'join'
    if (f.name && shown) checkText(`field ${where}`, f.label, true, out)
    if (f.type === 'collapsible') checkText(`field ${where}`, f.label, true, out)
    if (typeof f.admin?.description === 'string' || (f.admin?.description && typeof f.admin.description === 'object'))
      checkText(`description of ${where}`, f.admin.description, false, out)
    if (shown && Array.isArray(f.options))
      for (const option of f.options) {
        if (typeof option === 'string')
          out.push({ check: 'labels', problem: `option "${option}" of ${where}: no label` })
        else checkText(`option "${(option as Doc).value}" of ${where}`, (option as Doc).label, true, out)
      }
    if (f.fields) checkFields(f.name ? where : owner, f.fields, out)
    for (const tab of f.tabs ?? []) {
      checkText(`tab ${owner}.${tab.name ?? '(tab)'}`, tab.label, true, out)
      checkFields(tab.name ? `${owner}.${tab.name}` : owner, tab.fields, out)
    }
    for (const block of f.blocks ?? []) {
      checkText(`block ${where}.${block.slug}`, block.labels?.singular, true, out)
      checkFields(`${where}.${block.slug}`, block.fields, out)
    }
  }
}

const labelFindings = (module: Checked): Finding[] => {
  const m = module.manifest
  const out: Finding[] = []
  checkText(`module ${m.slug} label`, m.label, true, out)
  checkText(`module ${m.slug} description`, m.description, true, out)
  for (const role of m.roles ?? []) checkText(`role ${role.slug}`, role.label, true, out)
  for (const [key, text] of Object.entries(m.translations ?? {})) checkText(`message ${key}`, text, true, out)
  checkFields(`${m.slug} settings`, m.settings ?? [], out)
  for (const c of m.collections ?? []) {
    checkText(`collection ${c.slug} singular label`, c.labels?.singular, true, out)
    checkText(`collection ${c.slug} plural label`, c.labels?.plural, true, out)
    checkFields(c.slug, c.fields, out)
  }
  return out
}

const tenancyFindings = (module: Checked): Finding[] => {
  const declared = new Set(module.manifest.collectionSlugs ?? [])
  const added = (module()(structuredClone(BASE_CONFIG)).collections ?? []) as CollectionConfig[]
  const out: Finding[] = []
  for (const c of added) {
    if (!declared.has(c.slug))
      out.push({
        check: 'tenancy',
        problem: `collection ${c.slug} is added outside the manifest's \`collections\`, so it is not tenant-scoped`,
      })
    if (c.fields.some((f) => 'name' in f && f.name === 'tenant'))
      out.push({ check: 'tenancy', problem: `collection ${c.slug} defines its own \`tenant\` field` })
    if (c.auth)
      out.push({ check: 'tenancy', problem: `collection ${c.slug} is an auth collection (accounts are core)` })
  }
  return out
}

/** Every field whose name looks personal says whether it is (`custom: personal(…)`, docs/modules.md "Personal data"). */
const privacyFindings = (module: Checked): Finding[] =>
  ((module()(structuredClone(BASE_CONFIG)).collections ?? []) as CollectionConfig[]).flatMap((c) =>
    undeclaredPersonalFields(c).map((field) => ({
      check: 'privacy' as const,
      problem: `field ${field} looks personal: declare it with custom: personal(), personal(false) or personal('public-when-…')`,
    })),
  )

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full)
    return /\.(c|m)?(t|j)sx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : []
  })

const SDK = '@e-muni/sdk'

const PORTAL_ENTRIES = [`${SDK}/portal`, `${SDK}/portal/client`, `${SDK}/portal/i18n`]

/**
 * A module's imports: its own files, the SDK's public entries, payload and libraries. Its portal part
 * (`portal/`, run by the portal, not the CMS) and the rest of it do not import each other, and the portal part
 * takes only the SDK's portal kit.
 */
const importFindings = (dir: string): Finding[] => {
  const out: Finding[] = []
  const inside = (target: string, folder: string) => !path.relative(folder, target).startsWith('..')
  const portalDir = path.join(dir, 'portal')
  const testDirs = [path.join(dir, 'test'), path.join(dir, 'testing')]
  for (const file of sourceFiles(dir)) {
    // Its tests (test/) and the fixtures it gives the app's suites (testing/, its `./testing` export).
    const isTest = testDirs.some((d) => inside(file, d)) || /\.test\.tsx?$/.test(file)
    const isPortal = inside(file, portalDir)
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
    for (const { fileName: spec } of importedFiles) {
      const where = `${path.relative(ROOT, file)} imports "${spec}"`
      if (spec.startsWith('@payload-config') || spec.startsWith('@/')) {
        out.push({ check: 'imports', problem: `${where}: the core's configuration is not a module's to import` })
        continue
      }
      if (spec.startsWith('.')) {
        // Its own files only: the SDK is a package, imported by name.
        const target = path.resolve(path.dirname(file), spec)
        if (!inside(target, dir))
          out.push({ check: 'imports', problem: `${where}: a relative import leaves the module's package` })
        else if (!isTest && testDirs.some((d) => inside(target, d)))
          out.push({ check: 'imports', problem: `${where}: the module's code does not import its tests or fixtures` })
        else if (isPortal !== inside(target, portalDir))
          out.push({
            check: 'imports',
            problem: `${where}: the portal part (portal/) and the rest of the module do not import each other`,
          })
        continue
      }
      if (spec !== SDK && !spec.startsWith(`${SDK}/`) && !spec.startsWith('@e-muni/')) continue // payload, libraries
      if (isPortal) {
        if (PORTAL_ENTRIES.includes(spec)) continue
        out.push({
          check: 'imports',
          problem: `${where}: a module's portal part imports only the SDK's portal kit (${PORTAL_ENTRIES.join(', ')}) and libraries`,
        })
        continue
      }
      // @e-muni/sdk/admin: the helpers of a module's admin (client) components.
      if (spec === SDK || spec === `${SDK}/admin` || (isTest && spec === `${SDK}/testing`)) continue
      out.push({
        check: 'imports',
        problem: `${where}: a module imports only the SDK's public entries (${SDK}, ${SDK}/admin${isTest ? `, ${SDK}/testing` : ''}), payload and libraries`,
      })
    }
  }
  return out
}

/** Each command is one thing served two ways: its GraphQL mutation must exist, under the same name. */
const commandFindings = (module: Checked): Finding[] => {
  const mutations = new Set(Object.keys(module.manifest.graphQL?.mutations?.(graphql as never, {} as never) ?? {}))
  return (module.manifest.commands ?? [])
    .filter((command) => !mutations.has(command.name))
    .map((command) => ({
      check: 'commands' as const,
      problem: `command ${command.name} has no GraphQL mutation of that name (resolve it with command.resolver)`,
    }))
}

/** The checks that need no server: tenancy of the collections, labels in four languages, imports. */
export const staticConformance = (module: Checked, options: { dir?: string } = {}): Finding[] => [
  ...tenancyFindings(module),
  ...labelFindings(module),
  ...importFindings(options.dir ?? moduleDir(module.manifest.slug)),
  ...commandFindings(module),
  ...privacyFindings(module),
]

// ---------------------------------------------------------------- checks on a running server
