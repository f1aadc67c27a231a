/** The e-Muni portal: a separate Next.js app that reads the CMS only through GraphQL. */
import { fileURLToPath } from 'node:url'

import { PHASE_PRODUCTION_SERVER } from 'next/constants.js'

import { portalPackages, writePortalModules } from './scripts/portal-modules.mjs'

// The installed module packages' portal parts (src/modules.ts), current before every dev server and build.
try {
  writePortalModules()
} catch (error) {
  // A read-only deployment (`next start`) runs the bundle built with the file as it was.
  if (error.code !== 'EROFS' && error.code !== 'EACCES') throw error
}

const uploadFormMegabytes = Math.ceil((5 * Number(process.env.UPLOAD_MAX_BYTES || 10 * 1024 * 1024)) / 1048576) + 2

// Several instances share one cache on Redis when REDIS_URL is set (cache-handler.mjs, docs/deploy/portal.md):
// entries and tag revalidations live there, so a revalidation reaching one instance expires the page on all.
// This file is read again at every start (server.mjs), so REDIS_URL is a run-time setting: a build made without
// it serves a shared cache when started with it. Without it, and for `next build` and `next dev`, Next's own cache
// (memory and disk, per instance).
const sharedCache = (phase) =>
  phase === PHASE_PRODUCTION_SERVER && process.env.REDIS_URL
    ? {
        cacheHandler: fileURLToPath(new URL('./cache-handler.mjs', import.meta.url)),
        // No copy in each instance's memory: every read goes to the shared store.
        cacheMaxMemorySize: 0,
      }
    : {}

const nextConfig = (phase) => ({
  ...sharedCache(phase),
  // The deployment's identity (set the same value when building and running; the build id when unset): a
  // browser with pages of another build reloads rather than navigates, and cache entries are kept per build.
  ...(process.env.PORTAL_DEPLOYMENT_ID ? { deploymentId: process.env.PORTAL_DEPLOYMENT_ID } : {}),
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
})

export default nextConfig
