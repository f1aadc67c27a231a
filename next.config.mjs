import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const root = path.dirname(fileURLToPath(import.meta.url))
const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

/**
 * e-Muni's module packages ship TypeScript sources, which Next compiles only for the packages it is told
 * of: the workspaces under src/plugins (the SDK and the first-party modules) and every dependency whose
 * package.json has an "e-muni" entry (a module installed with `npm install`, see docs/modules.md).
 */
const modulePackages = () => {
  const names = new Set()
  for (const dir of fs.readdirSync(path.join(root, 'src/plugins'))) {
    const name = readJson(path.join(root, 'src/plugins', dir, 'package.json'))?.name
    if (name) names.add(name)
  }
  for (const name of Object.keys(readJson(path.join(root, 'package.json'))?.dependencies ?? {}))
    if (readJson(path.join(root, 'node_modules', name, 'package.json'))?.['e-muni']) names.add(name)
  return [...names].sort()
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  transpilePackages: modulePackages(),
  // `npm run typecheck` (tsc --noEmit) checks types in CI; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // Development only: let the admin's hot reload connect when opened as 127.0.0.1 or a demo host
  // (villa-esperanza.localhost …), not just as localhost.
  allowedDevOrigins: ['127.0.0.1', 'localhost', '*.localhost'],
  // The express server in src/server.ts sets the security headers (helmet).
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
