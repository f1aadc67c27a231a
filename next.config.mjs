import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The express server in src/server.ts sets the security headers (helmet).
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
