/**
 * Writes `src/modules.ts`: the portal parts of the installed e-Muni module packages (whose package.json has
 * an "e-muni" entry and exports `./portal`), which the portal mounts. next.config.mjs runs it before every
 * `next dev` and `next build`, so installing or removing a module package is all the portal needs; a unit
 * test checks that the committed file is current. `node frontend/scripts/portal-modules.mjs [--check]`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { modulePackages } from '../../scripts/e-muni-packages.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const target = path.join(root, 'frontend/src/modules.ts')

/** The packages with a portal part, sorted by name. */
export const portalPackages = () =>
  modulePackages(root).filter((name) => {
    try {
      const manifest = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'))
      return Boolean(manifest['e-muni'] && manifest.exports?.['./portal'])
    } catch {
      return false
    }
  })

export const portalModulesSource = () => {
  const names = portalPackages()
  return [
    '/**',
    ' * The portal parts of the installed e-Muni module packages, mounted by the portal (written by',
    ' * `frontend/scripts/portal-modules.mjs` before every `next dev` and `next build`: do not edit).',
    ' */',
    "import 'server-only'",
    '',
    "import type { PortalModule } from '@e-muni/sdk/portal'",
    ...(names.length ? [''] : []),
    ...names.map((name, i) => `import portal${i} from '${name}/portal'`),
    '',
    `export const portalModules: readonly PortalModule[] = [${names.map((_, i) => `portal${i}`).join(', ')}]`,
    '',
  ].join('\n')
}

/** Writes the file when it changed; true when it did. */
export const writePortalModules = () => {
  const source = portalModulesSource()
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined
  if (current === source) return false
  fs.writeFileSync(target, source)
  return true
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : ''
    if (current !== portalModulesSource()) {
      console.error('frontend/src/modules.ts is not current: run node frontend/scripts/portal-modules.mjs')
      process.exit(1)
    }
  } else if (writePortalModules()) console.log('frontend/src/modules.ts written')
}
