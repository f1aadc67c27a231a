/**
 * The portal's end-to-end stack, all real: a seeded CMS production server (fresh SQLite file, or
 * PostgreSQL with TEST_DB=postgres), an SMTP server on loopback that catches its mail, the portal
 * (`frontend/`, production build by default, built when its sources changed; `EMUNI_PORTAL_DEV=true`
 * runs `next dev` instead) and Debian's Chromium. The CMS calls the portal's revalidation endpoint with a
 * shared secret, as in production.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { expectReflow, launchChromium } from './browser'
import { freePort, ROOT, startServer, type TestServer } from './server'
import { startSmtp } from './smtp'

export const FRONTEND = path.join(ROOT, 'frontend')
const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next')
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots')
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const SECRET = 'portal-test-revalidation-secret-0123456789'
/** The portal's secret towards the CMS: it alone may state a visitor's address (issue 21). */
const CLIENT_SECRET = 'portal-test-client-secret-0123456789'
const dev = process.env.EMUNI_PORTAL_DEV === 'true'

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

const waitFor = async (url: string, child: ChildProcess, logs: string[], ms = 180_000) => {
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

export type PortalStack = {
  cms: TestServer
  portalUrl: string
  portalLogs: string[]
  smtp: Awaited<ReturnType<typeof startSmtp>>
  browser: Browser
  /** A fresh browser context (its own cookies) and page. */
  newPage: (options?: { javaScript?: boolean }) => Promise<Page>
  /**
   * axe with the WCAG 2.0–2.2 A/AA tags: fails with the list of violations if there is any; then reflow (WCAG
   * 1.4.10, which axe does not check): fails if the page scrolls sideways at 320 CSS px (`expectReflow`).
   */
  expectAccessible: (page: Page, label: string) => Promise<void>
  /**
   * Signs a person in through the portal's login form at `base` (`/m/{slug}/{lang}`, Spanish or English labels)
   * and waits until the portal has sent them on to `next`.
   */
  signIn: (page: Page, sign: { base: string; email: string; password: string; next: string }) => Promise<void>
  screenshot: (page: Page, name: string) => Promise<string>
  stop: () => Promise<void>
}

export const startPortalStack = async (options: { cmsEnv?: Record<string, string> } = {}): Promise<PortalStack> => {
  if (!dev) ensurePortalBuild()
  const smtp = await startSmtp()
  const portalPort = await freePort()
  const portalUrl = `http://127.0.0.1:${portalPort}`
  const cms = await startServer({
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      PORTAL_URL: portalUrl,
      PORTAL_REVALIDATE_SECRET: SECRET,
      // The portal states each visitor's address with this secret; rate limits count per visitor. (TRUST_PROXY
      // as documented before issue 21: the portal no longer passes a visitor's X-Forwarded-For through.)
      PORTAL_CLIENT_SECRET: CLIENT_SECRET,
      TRUST_PROXY: 'loopback',
      // The demo as shipped: Nova Esperança has MuniServi only.
      SEED_DEMO_MODULES: 'demo',
      ...options.cmsEnv,
    },
  })
  const portalLogs: string[] = []
  // Each stack's portal gets its own build directory: `next dev` allows one server per directory, and a
  // production portal writes its page cache there (two test files side by side must not share it).
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
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  )
  portal.stdout!.on('data', (c: Buffer) => portalLogs.push(c.toString()))
  portal.stderr!.on('data', (c: Buffer) => portalLogs.push(c.toString()))
  const stopPortal = async () => {
    if (portal.exitCode === null) {
      const exited = new Promise((r) => portal.on('exit', r))
      process.kill(-portal.pid!, 'SIGTERM')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
    }
    fs.rmSync(path.join(FRONTEND, distDir), { recursive: true, force: true })
    restoreTsconfig()
  }
  let browser: Browser
  try {
    await waitFor(`${portalUrl}/api/health`, portal, portalLogs)
    restoreTsconfig()
    browser = await launchChromium()
  } catch (error) {
    await stopPortal()
    await cms.stop()
    await smtp.stop()
    throw error
  }
  const contexts: BrowserContext[] = []
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  return {
    cms,
    portalUrl,
    portalLogs,
    smtp,
    browser,
    newPage: async ({ javaScript = true } = {}) => {
      const context = await browser.newContext({ baseURL: portalUrl, javaScriptEnabled: javaScript })
      contexts.push(context)
      return context.newPage()
    },
    expectAccessible: async (page, label) => {
      await page.waitForLoadState('load')
      // After a client-side navigation (a Server Action's redirect) the URL changes before the new page's head is
      // committed: wait a bounded time for the title, so axe reads the page the user lands on. A page that never
      // gets a title still fails below (document-title).
      await page.waitForFunction(() => document.title.trim() !== '', null, { timeout: 10_000 }).catch(() => undefined)
      // Details of violations only (the passes' nodes are never read; options first: they replace the tags).
      const analyze = () =>
        new AxeBuilder({ page })
          .options({ resultTypes: ['violations'] })
          .withTags(AXE_TAGS)
          .analyze()
      // `next dev` may reload a page once after compiling it: analyse again if that happened.
      const { violations } = await analyze().catch(async (error: Error) => {
        if (!/context was destroyed/.test(error.message)) throw error
        await page.waitForLoadState('load')
        return analyze()
      })
      const report = violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 5)
            .join('\n    ')}`,
      )
      if (report.length)
        throw new Error(
          `axe found ${report.length} violation(s) on ${label} (${page.url()}):\n  ${report.join('\n  ')}`,
        )
      await expectReflow(page, label)
    },
    signIn: async (page, { base, email, password, next }) => {
      const en = base.endsWith('/en')
      await page.goto(`${base}/account/login?next=${encodeURIComponent(next)}`)
      await page.getByLabel(en ? 'Email' : 'Correo electrónico').fill(email)
      await page.getByLabel(en ? 'Password' : 'Contraseña').fill(password)
      await page.locator('main form button[type=submit]').click()
      await page.waitForURL((url) => url.pathname === next.split('?')[0])
    },
    screenshot: async (page, name) => {
      const file = path.join(SCREENSHOTS, `${name}.png`)
      await page.screenshot({ path: file, fullPage: true })
      return file
    },
    stop: async () => {
      for (const context of contexts) await context.close().catch(() => undefined)
      await browser.close().catch(() => undefined)
      await stopPortal()
      await cms.stop()
      await smtp.stop()
    },
  }
}

/** The link in a mail's HTML whose address contains `part`. */
export const linkIn = (html: string, part: string) => {
  const match = [...html.matchAll(/href="([^"]+)"/g)]
    .map((m) => m[1]!.replace(/&amp;/g, '&'))
    .find((h) => h.includes(part))
  if (!match) throw new Error(`no link containing ${part} in:\n${html}`)
  return match
}
