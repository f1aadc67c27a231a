import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { modulePackages } from './scripts/e-muni-packages.mjs'

const root = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // e-Muni's packages ship TypeScript sources (scripts/e-muni-packages.mjs).
  transpilePackages: modulePackages(root),
  // `npm run typecheck` (tsc --noEmit) checks types in CI; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // Development only: let the admin's hot reload connect when opened as 127.0.0.1 or a demo host
  // (villa-esperanza.localhost …), not just as localhost.
  allowedDevOrigins: ['127.0.0.1', 'localhost', '*.localhost'],
  // The express server in src/server.ts sets the security headers (helmet).
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
