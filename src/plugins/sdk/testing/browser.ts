/** Debian's Chromium, driven by playwright-core (no browser download). */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

import { chromium, type Browser, type Locator, type Page } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/**
 * Chromium for a test file. `args` adds command-line switches, e.g. `offlineExcept(url)`.
 * (Playwright's request routing would also do that, but it turns off the HTTP cache: every page load then
 * fetches and compiles the whole admin bundle again, which cost more CPU than the server in the staff suite.)
 */
export const launchChromium = async (args: string[] = []): Promise<Browser> => {
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
      ...args,
    ],
  })
}

/** A switch that leaves every host but the test server's unreachable (its name resolves nowhere). */
export const offlineExcept = (url: string): string =>
  `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${new URL(url).hostname}`

/**
 * Waits until React has hydrated the element `selector` names (hydrated elements carry React's props).
 * A click before that is lost, or undone by hydration: seen in CI on a loaded machine.
 */
export const hydrated = async (page: Page, selector: string): Promise<void> => {
  await page.waitForFunction((sel) => {
    const element = document.querySelector(sel)
    return !!element && Object.keys(element).some((key) => key.startsWith('__reactProps'))
  }, selector)
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
  // A click before hydration submits the form natively, and the admin is never reached (seen in CI).
  await hydrated(page, 'button[type=submit]')
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

/** What Chromium's processes are doing (CPU %, type), for a message about a close that hangs. */
const chromiumProcesses = (): string => {
  try {
    return execFileSync('ps', ['-eo', 'pid,pcpu,etimes,args'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => /chrom/.test(line))
      .map((line) => line.replace(/ --(?!type=)\S+/g, '').slice(0, 160))
      .join('\n')
  } catch {
    return '(ps unavailable)'
  }
}

const settles = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms).unref())])

/**
 * Closes a page's browser context, waiting at most `ms`. Closing a context of the admin once waited
 * for minutes in CI on PostgreSQL after every assertion had passed; a close is not what a test checks,
 * so it is bounded, and what Chromium was doing is printed for the next diagnosis.
 */
export const closeContext = async (page: Page, ms = 20_000): Promise<void> => {
  if (await settles(page.context().close(), ms)) return
  process.stdout.write(
    `[e-Muni tests] a browser context did not close in ${ms} ms; Chromium:\n${chromiumProcesses()}\n`,
  )
}

/**
 * Closes the browser, waiting at most `ms`, then ends the Chromium this process started (its children
 * only: another test file's browser, in a lane beside this one, is left alone) so that jest can exit.
 */
export const closeBrowser = async (browser: Browser | undefined, ms = 30_000): Promise<void> => {
  if (!browser || (await settles(browser.close(), ms))) return
  process.stdout.write(`[e-Muni tests] Chromium did not close in ${ms} ms; ending it:\n${chromiumProcesses()}\n`)
  try {
    execFileSync('pkill', ['-KILL', '-P', String(process.pid), '-f', 'playwright_chromiumdev_profile'])
  } catch {
    // none left
  }
}

/** What sticks out sideways at a width: the page's scroll width and the elements wider than the viewport. */
export type Overflow = { width: number; scrollWidth: number; wider: string[] }

/**
 * Reflow (WCAG 1.4.10): resizes `page` to `viewport` (320 × 640 CSS px by default: 1280 px at 400 % zoom), reads
 * whether the page scrolls sideways and which visible elements reach past the viewport's right edge, and puts the
 * page back to its size. Elements inside a container that scrolls or clips on its own (a wide `<pre>`) do not
 * widen the page and are not counted; nor are off-screen ones (a skip link waiting at the left).
 */
export const horizontalOverflow = async (
  page: Page,
  viewport: { width: number; height: number } = { width: 320, height: 640 },
): Promise<Overflow> => {
  const before = page.viewportSize()
  await page.setViewportSize(viewport)
  try {
    return await page.evaluate(() => {
      const width = document.documentElement.clientWidth
      const clipped = (element: Element) => {
        for (let e = element.parentElement; e && e !== document.body; e = e.parentElement)
          if (getComputedStyle(e).overflowX !== 'visible') return true
        return false
      }
      const name = (e: Element) =>
        `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${[...e.classList].map((c) => `.${c}`).join('')}`
      const wider = [...document.body.querySelectorAll('*')]
        .filter((e) => {
          const box = e.getBoundingClientRect()
          return box.width > 1 && box.height > 1 && box.right > width + 1 && !clipped(e)
        })
        .map(
          (e) =>
            `${name(e.parentElement!)} > ${name(e)} (right edge ${Math.round(e.getBoundingClientRect().right)} px): ` +
            `${(e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}`,
        )
      return { width, scrollWidth: document.documentElement.scrollWidth, wider }
    })
  } finally {
    if (before) await page.setViewportSize(before)
  }
}

/** Fails, naming what sticks out, when `page` scrolls sideways at 320 CSS px (see `horizontalOverflow`). */
export const expectReflow = async (page: Page, label: string): Promise<void> => {
  const { width, scrollWidth, wider } = await horizontalOverflow(page)
  if (scrollWidth > width || wider.length)
    throw new Error(
      `${label} (${page.url()}) scrolls sideways at ${width} px (scroll width ${scrollWidth} px); wider than the ` +
        `viewport:\n  ${wider.slice(0, 8).join('\n  ')}`,
    )
}

/**
 * The cells of a table row as a small screen shows them: each cell's text, the column name shown with it (the
 * `::before` label of a stacked table, '' when none) and whether it lies within the viewport, left to right.
 */
export const rowCells = (row: Locator) =>
  row.locator('td, th').evaluateAll((cells) =>
    cells.map((cell) => {
      const box = cell.getBoundingClientRect()
      const label = getComputedStyle(cell, '::before').content
      return {
        label: label === 'none' || label === 'normal' ? '' : label.replace(/^"|"$/g, ''),
        text: (cell.textContent ?? '').trim(),
        visible: box.width > 1 && box.height > 1,
        inViewport: box.left >= 0 && box.right <= document.documentElement.clientWidth,
      }
    }),
  )
