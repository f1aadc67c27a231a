/**
 * A portal process (`frontend/`) for the test stacks: its production build (built when its sources changed), and
 * one instance of it started against a test CMS (`startPortal`: call it again for a second instance of the same
 * build, as behind a load balancer). `startPortalStack` (portal.ts) adds SMTP, the CMS and Chromium around it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { freePort, ROOT, type TestServer } from './server'

export const FRONTEND = path.join(ROOT, 'frontend')
const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next')
export const SECRET = 'portal-test-revalidation-secret-0123456789'
/** The portal's secret towards the CMS: it alone may state a visitor's address (issue 21). */
export const CLIENT_SECRET = 'portal-test-client-secret-0123456789'
export const dev = process.env.EMUNI_PORTAL_DEV === 'true'

const walk = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))

/** Builds the portal's production bundle when its sources changed since the last build. */
export const ensurePortalBuild = () => {
  const hash = createHash('sha256')
  // The portal's sources and the portal parts of the SDK and the modules (src/plugins/*/portal).
  const plugins = path.join(ROOT, 'src/plugins')
  const inputs = [
    ...walk(path.join(FRONTEND, 'src')),
    ...fs
      .readdirSync(plugins)
      .sort()
      .map((dir) => path.join(plugins, dir, 'portal'))
      .filter((dir) => fs.existsSync(dir))
      .flatMap(walk),
    ...['next.config.mjs', 'package.json', 'tsconfig.json'].map((f) => path.join(FRONTEND, f)),
  ]
  for (const file of inputs) hash.update(path.relative(FRONTEND, file)).update(fs.readFileSync(file))
  const digest = hash.digest('hex')
  const marker = path.join(FRONTEND, '.next', 'e-muni-build-hash')
  // Another suite on this checkout may be building it: wait for that build, then look again.
  for (let attempt = 0; ; attempt++) {
    if (
      fs.existsSync(path.join(FRONTEND, '.next', 'BUILD_ID')) &&
      fs.existsSync(marker) &&
      fs.readFileSync(marker, 'utf8') === digest
    )
      return
    process.stdout.write('\n[e-Muni tests] building the portal (frontend/) production bundle…\n')
    const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
      cwd: FRONTEND,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '', NEXT_TELEMETRY_DISABLED: '1' },
    })
    const output = `${result.stdout?.toString() ?? ''}${result.stderr?.toString() ?? ''}`
    process.stdout.write(output)
    if (result.status === 0) break
    if (!/Another next build process is already running/.test(output) || attempt >= 20)
      throw new Error(`portal build failed (exit ${result.status})`)
    spawnSync('sleep', ['15'])
  }
  fs.writeFileSync(marker, digest)
}

export const waitFor = async (url: string, child: ChildProcess, logs: string[], ms = 180_000) => {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`portal exited with ${child.exitCode}:\n${logs.join('')}`)
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`portal did not answer ${url} in ${ms / 1000} s:\n${logs.join('')}`)
}

export type PortalInstance = {
  url: string
  port: number
  logs: string[]
  /** SIGTERM, then its build directory removed. */
  stop: () => Promise<void>
}

/**
 * One portal process reading `cms` (its production server, `frontend/server.mjs`, on both loopbacks; `next dev`
 * with EMUNI_PORTAL_DEV=true), with the test secrets. Each instance gets its own copy of the build directory: a
 * production portal writes its page cache there, and two instances must not share it. `env` is added to the
 * portal's (e.g. `REDIS_URL` for the shared cache). Several instances of one build: call it again.
 */
export const startPortal = async ({
  cms,
  port,
  env = {},
}: {
  cms: TestServer
  port?: number
  env?: Record<string, string>
}): Promise<PortalInstance> => {
  if (!dev) ensurePortalBuild()
  const portalPort = port ?? (await freePort())
  const portalUrl = `http://127.0.0.1:${portalPort}`
  const portalLogs: string[] = []
  // `next dev` allows one server per directory; a production portal writes its page cache in its own.
  const distDir = `.next-${dev ? 'dev' : 'run'}-${process.pid}-${portalPort}`
  if (!dev)
    fs.cpSync(path.join(FRONTEND, '.next'), path.join(FRONTEND, distDir), {
      recursive: true,
      filter: (source) => !source.startsWith(path.join(FRONTEND, '.next', 'cache')),
    })
  // `next dev` adds its build directory to tsconfig.json: put the file back as it was.
  const tsconfig = path.join(FRONTEND, 'tsconfig.json')
  const tsconfigText = fs.readFileSync(tsconfig, 'utf8')
  const restoreTsconfig = () => {
    if (dev && fs.readFileSync(tsconfig, 'utf8') !== tsconfigText) fs.writeFileSync(tsconfig, tsconfigText)
  }
  // Production: the portal's own server (frontend/server.mjs), on both loopbacks (127.0.0.1 and ::1: two
  // visitors' addresses for the rate-limit tests).
  const portal = spawn(
    process.execPath,
    dev
      ? [NEXT_BIN, 'dev', '--port', String(portalPort), '--hostname', '127.0.0.1']
      : [path.join(FRONTEND, 'server.mjs'), '--port', String(portalPort), '--hostname', '::'],
    {
      cwd: FRONTEND,
      env: {
        ...process.env,
        NODE_OPTIONS: '',
        NODE_ENV: dev ? 'development' : 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        CMS_URL: cms.url,
        // The platform's own address: canonical and hreflang addresses off a municipality's domain.
        PORTAL_URL: portalUrl,
        EMUNI_PORTAL_DIST_DIR: distDir,
        PORTAL_REVALIDATE_SECRET: SECRET,
        PORTAL_CLIENT_SECRET: CLIENT_SECRET,
        COOKIE_SECURE: 'false',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  )
  portal.stdout!.on('data', (c: Buffer) => portalLogs.push(c.toString()))
  portal.stderr!.on('data', (c: Buffer) => portalLogs.push(c.toString()))
  const stop = async () => {
    if (portal.exitCode === null) {
      const exited = new Promise((r) => portal.on('exit', r))
      process.kill(-portal.pid!, 'SIGTERM')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
    }
    fs.rmSync(path.join(FRONTEND, distDir), { recursive: true, force: true })
    restoreTsconfig()
  }
  try {
    await waitFor(`${portalUrl}/api/health`, portal, portalLogs)
    restoreTsconfig()
  } catch (error) {
    await stop()
    throw error
  }
  return { url: portalUrl, port: portalPort, logs: portalLogs, stop }
}

/** What the CMS needs to talk to a test portal at `portalUrl`: its address, the revalidation and client secrets. */
export const portalCmsEnv = (portalUrl: string): Record<string, string> => ({
  PORTAL_URL: portalUrl,
  PORTAL_REVALIDATE_SECRET: SECRET,
  // The portal states each visitor's address with this secret; rate limits count per visitor. (TRUST_PROXY
  // as documented before issue 21: the portal no longer passes a visitor's X-Forwarded-For through.)
  PORTAL_CLIENT_SECRET: CLIENT_SECRET,
  TRUST_PROXY: 'loopback',
})
