/** The e-Muni portal: a separate Next.js app that reads the CMS only through GraphQL. */
import { portalPackages, writePortalModules } from './scripts/portal-modules.mjs'

// The installed module packages' portal parts (src/modules.ts), current before every dev server and build.
try {
  writePortalModules()
} catch (error) {
  // A read-only deployment (`next start`) runs the bundle built with the file as it was.
  if (error.code !== 'EROFS' && error.code !== 'EACCES') throw error
}

const uploadFormMegabytes = Math.ceil((5 * Number(process.env.UPLOAD_MAX_BYTES || 10 * 1024 * 1024)) / 1048576) + 2

const nextConfig = {
  // The SDK's portal kit and the modules' portal parts are TypeScript sources in their packages.
  transpilePackages: ['@e-muni/sdk', ...portalPackages()],
  reactStrictMode: true,
  // Tests that run several portals side by side give each its own build directory.
  distDir: process.env.EMUNI_PORTAL_DIST_DIR || '.next',
  poweredByHeader: false,
  // `npm run typecheck` checks the portal (tsc -p frontend) once, in CI and before commits; the build need not.
  typescript: { ignoreBuildErrors: true },
  // The CMS answers at CMS_URL; nothing of it is bundled here.
  serverExternalPackages: [],
  // A form's files pass through its Server Action to the CMS: up to five of UPLOAD_MAX_BYTES (the CMS's limit,
  // read from the same variable; 10 MiB by default), with room for the rest of the form.
  // The proxy (src/proxy.ts) sees the same bodies: without its own limit Next would cut them at 10 MB.
  experimental: {
    serverActions: { bodySizeLimit: `${uploadFormMegabytes}mb` },
    proxyClientMaxBodySize: `${uploadFormMegabytes}mb`,
    globalNotFound: true,
  },
  // A portal built inside the monorepo: the root lockfile is the workspace root.
  turbopack: { root: new URL('..', import.meta.url).pathname },
  outputFileTracingRoot: new URL('..', import.meta.url).pathname,
}

export default nextConfig
