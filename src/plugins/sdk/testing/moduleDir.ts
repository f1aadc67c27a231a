/** Where an installed module's package is, found by its `"e-muni": { "slug" }` entry. */
import fs from 'node:fs'
import path from 'node:path'

import { ROOT } from './server'

const slugOf = (dir: string): string | undefined => {
  try {
    return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { 'e-muni'?: { slug?: string } })[
      'e-muni'
    ]?.slug
  } catch {
    return undefined
  }
}

/** The module's folder, or undefined where no package of that slug is installed. */
const findModuleDir = (slug: string): string | undefined => {
  const workspace = path.join(ROOT, 'src/plugins', slug)
  if (fs.existsSync(path.join(workspace, 'package.json'))) return workspace
  const modules = path.join(ROOT, 'node_modules')
  return fs
    .readdirSync(modules)
    .flatMap((name) =>
      name.startsWith('@')
        ? fs.readdirSync(path.join(modules, name)).map((sub) => path.join(modules, name, sub))
        : [path.join(modules, name)],
    )
    .find((dir) => slugOf(dir) === slug)
}

/**
 * Where a module's package is: its workspace folder `src/plugins/<slug>`, or — installed with `npm install` —
 * the package in node_modules whose package.json says `"e-muni": { "slug": <slug> }`.
 */
export const moduleDir = (slug: string): string => {
  const found = findModuleDir(slug)
  if (!found) throw new Error(`Module "${slug}": no src/plugins/${slug} and no installed package for it.`)
  return found
}

/** Whether a package of the module is installed here. */
export const moduleInstalled = (slug: string): boolean => findModuleDir(slug) !== undefined
