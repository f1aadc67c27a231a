/**
 * e-Muni's packages that ship TypeScript sources, which the bundlers compile (Next for the admin and the
 * API routes, esbuild for the express server): the workspaces under src/plugins (the SDK and the
 * first-party modules) and every dependency whose package.json has an "e-muni" entry (a module installed
 * with `npm install`, see docs/modules.md).
 */
import fs from 'node:fs'
import path from 'node:path'

const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

/** @param {string} root the project folder @returns {string[]} package names, sorted */
export const modulePackages = (root) => {
  const names = new Set()
  for (const dir of fs.readdirSync(path.join(root, 'src/plugins'))) {
    const name = readJson(path.join(root, 'src/plugins', dir, 'package.json'))?.name
    if (name) names.add(name)
  }
  for (const name of Object.keys(readJson(path.join(root, 'package.json'))?.dependencies ?? {}))
    if (readJson(path.join(root, 'node_modules', name, 'package.json'))?.['e-muni']) names.add(name)
  return [...names].sort()
}
