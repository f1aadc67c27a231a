/** The e-Muni portal: a separate Next.js app that reads the CMS only through GraphQL. */
import { portalPackages, writePortalModules } from './scripts/portal-modules.mjs'

// The installed module packages' portal parts (src/modules.ts), current before every dev server and build.
try {
  writePortalModules()
} catch (error) {
  // A read-only deployment (`next start`) runs the bundle built with the file as it was.
  if (error.code !== 'EROFS' && error.code !== 'EACCES') throw error
}

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
  experimental: { serverActions: { bodySizeLimit: '12mb' }, globalNotFound: true },
  // A portal built inside the monorepo: the root lockfile is the workspace root.
  turbopack: { root: new URL('..', import.meta.url).pathname },
  outputFileTracingRoot: new URL('..', import.meta.url).pathname,
}

export default nextConfig
