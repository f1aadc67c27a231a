/**
 * The integration and e2e suites drive the real server over the Next production bundle. This builds
 * it when it is missing or older than the sources (a hash of the files the bundle is made from).
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildServer, SERVER_BUNDLE } from '../scripts/build-server.mjs'

const root = path.resolve(import.meta.dirname, '..')
const inputs = [
  'src',
  'admin',
  'payload.config.ts',
  'next.config.mjs',
  'package-lock.json',
  'tsconfig.json',
  'scripts/build-server.mjs',
  'scripts/e-muni-packages.mjs',
]

// Test code that the bundle never imports (tests, the SDK's test kit, the modules' fixtures for the app's
// suites in src/plugins/<module>/testing/): editing it does not rebuild the bundle.
const testOnly = (p) =>
  /(^|\/)test(\/|$)/.test(p) ||
  /^src\/plugins\/(?!sdk\/)[^/]+\/testing(\/|$)/.test(p) ||
  (/^src\/plugins\/sdk\/testing\/.+\.ts$/.test(p) && !p.endsWith('/testModule.ts'))

const walk = (p) => {
  const full = path.join(root, p)
  if (!fs.existsSync(full) || testOnly(p)) return []
  if (fs.statSync(full).isFile()) return [p]
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => walk(path.join(p, name)))
}

export default async function globalSetup() {
  // Seed once, clone per file: this run's seeded templates live here (removed by globalTeardown.mjs).
  // Set before jest starts its workers, so every test file of the run shares them.
  // A jest started by a test (the create-module test's copy of the project) inherits its parent's
  // environment: it makes templates of its own, from its own sources, and leaves the parent's alone.
  if (!process.env.EMUNI_TEST_TEMPLATES || process.env.EMUNI_TEST_TEMPLATES_OWNER !== String(process.pid)) {
    process.env.EMUNI_TEST_TEMPLATES = fs.mkdtempSync(path.join(os.tmpdir(), 'e-muni-templates-'))
    process.env.EMUNI_TEST_TEMPLATES_OWNER = String(process.pid)
  }
  // For suites that only start development servers (the create-module test's scaffolded copy).
  if (process.env.EMUNI_TEST_NO_BUILD === 'true') return
  await ensureCmsBuild()
}

/**
 * Builds the CMS's production bundles — Next's and the express server's (scripts/build-server.mjs) —
 * unless the ones in .next were built from the same sources.
 */
export async function ensureCmsBuild() {
  const hash = createHash('sha256')
  for (const file of inputs.flatMap(walk)) hash.update(file).update(fs.readFileSync(path.join(root, file)))
  const digest = hash.digest('hex')
  const marker = path.join(root, '.next', 'e-muni-build-hash')
  const current = () =>
    fs.existsSync(path.join(root, '.next', 'BUILD_ID')) &&
    fs.existsSync(path.join(root, SERVER_BUNDLE)) &&
    fs.existsSync(marker) &&
    fs.readFileSync(marker, 'utf8') === digest
  // Another suite (another jest on this checkout) may be building: wait for it, then look again.
  for (let attempt = 0; ; attempt++) {
    if (current()) return
    process.stdout.write('\n[e-Muni tests] building the Next production bundle (about a minute)…\n')
    const result = spawnSync(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '' },
    })
    const output = (result.stdout?.toString() ?? '') + (result.stderr?.toString() ?? '')
    process.stdout.write(output)
    if (result.status === 0) {
      await buildServer(root)
      fs.writeFileSync(marker, digest)
      return
    }
    if (!/Another next build process is already running/.test(output) || attempt >= 20)
      throw new Error(`next build failed (exit ${result.status})`)
    await new Promise((resolve) => setTimeout(resolve, 15_000))
  }
}
