/** Debian's Chromium, driven by playwright-core (no browser download). */
import fs from 'node:fs'

import { chromium, type Browser, type Page } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const launchChromium = async (): Promise<Browser> => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`,
    )
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
}

/** A new browser context logged into the admin as `who`. */
export const adminLogin = async (
  browser: Browser,
  server: { url: string },
  who: { email: string; password: string },
  locale = 'en-US',
): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale })
  const page = await context.newPage()
  page.setDefaultTimeout(120_000)
  await page.goto(`${server.url}/admin/login`, { waitUntil: 'networkidle' })
  await page.fill('#field-email', who.email)
  await page.fill('#field-password', who.password)
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin\/?$/)
  return page
}

/** Picks a municipality in the multi-tenant plugin's selector (opening the navigation drawer if closed). */
export const selectTenant = async (page: Page, name: string): Promise<void> => {
  if ((await page.locator('aside.nav[inert]').count()) > 0)
    await page.locator('.template-default__nav-toggler').first().click()
  await page.locator('.tenant-selector .rs__control').click()
  await page.locator('.rs__option', { hasText: name }).click()
}
