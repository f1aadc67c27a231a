/**
 * The portal's end-to-end stack, all real: a seeded CMS production server (fresh SQLite file, or
 * PostgreSQL with TEST_DB=postgres), an SMTP server on loopback that catches its mail, the portal
 * (`frontend/`, production build by default, built when its sources changed; `EMUNI_PORTAL_DEV=true`
 * runs `next dev` instead) and Debian's Chromium. The CMS calls the portal's revalidation endpoint with a
 * shared secret, as in production.
 */
import fs from 'node:fs'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { expectReflow, launchChromium } from './browser'
import { dev, ensurePortalBuild, portalCmsEnv, startPortal, type PortalInstance } from './portalInstance'
import { freePort, ROOT, startServer, type TestServer } from './server'
import { startSmtp } from './smtp'

export { ensurePortalBuild, FRONTEND, portalCmsEnv, startPortal, type PortalInstance } from './portalInstance'

export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots')
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

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
      ...portalCmsEnv(portalUrl),
      // The demo as shipped: Nova Esperança has MuniServi only.
      SEED_DEMO_MODULES: 'demo',
      ...options.cmsEnv,
    },
  })
  let portal: PortalInstance
  try {
    portal = await startPortal({ cms, port: portalPort })
  } catch (error) {
    await cms.stop()
    await smtp.stop()
    throw error
  }
  const { logs: portalLogs } = portal
  let browser: Browser
  try {
    browser = await launchChromium()
  } catch (error) {
    await portal.stop()
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
      await portal.stop()
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
