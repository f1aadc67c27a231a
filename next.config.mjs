import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm run typecheck` (tsc --noEmit) checks types in CI; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // The express server in src/server.ts sets the security headers (helmet).
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
