/**
 * Staff at work in the admin, end to end, for the app's and the modules' browser suites: a seeded CMS
 * production server (fresh SQLite file, or PostgreSQL with TEST_DB=postgres) and Debian's Chromium, which
 * reaches this server only — every other address is refused: the admin must need nothing from elsewhere.
 * Pages signed in as the demo accounts, in Spanish (Villa Esperanza, Uruguay) or Portuguese (Nova Esperança,
 * Brazil); the saves a click sends and the server's answers; the home page's counts; axe on whole pages.
 * Each test's page is photographed after it (test-results/), and the server's log is kept beside them.
 */
import fs from 'node:fs'
import path from 'node:path'

import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'

import { account, api, auth, login, municipalityId } from './api'
import { closeBrowser, closeContext, hydrated, launchChromium, offlineExcept } from './browser'
import { AXE_TAGS } from './portal'
import { ROOT, startServer, type StartOptions, type TestServer, usingPostgres } from './server'

export type AdminLang = 'es' | 'pt'
/** Where each language's staff work: the demo's municipality in that language, and the browser's locale. */
export const ADMIN_PLACES: Record<AdminLang, { slug: string; locale: string }> = {
  es: { slug: 'villa-esperanza', locale: 'es-UY' },
  pt: { slug: 'nova-esperanca', locale: 'pt-BR' },
}

/** The body of an API answer, which must have `status`: else an error with what the server said. */
export const expectStatus = (res: { status: number; body: unknown }, status: number): Record<string, any> => {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`)
  return res.body as Record<string, any>
}

export type Saved = { status: number; body: Record<string, any> }

/** The save's status, with the server's message when it is not the one expected. */
export const expectSaved = (saved: Saved, status: number) =>
  expect({ status: saved.status, errors: saved.status === status ? undefined : saved.body.errors }).toEqual({
    status,
    errors: undefined,
  })

/** A date `days` from now, as the admin's date picker reads it typed (dd/MM/yyyy HH:mm). */
export const pickerDate = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} 10:00`
}

/** Picks `option` in the relationship or select field `path`. */
export const pick = async (page: Page, path: string, option: string) => {
  await page.locator(`#field-${path} .rs__control`).click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

/**
 * One page of an axe plan: the role that works there, its admin path, what shows that it is that page (not an
 * error or a login page), and the tab to open first, if any.
 */
export type AxePage = [role: string, path: string, shown: string, tab?: string]

export type AdminStack = {
  server: TestServer
  browser: Browser
  /** A page signed in as `role` of `slug` whose browser speaks `lang`, on the admin's home page. */
  staffPage: (role: string, slug: string, lang: AdminLang) => Promise<Page>
  /** Opens the edit view at `/admin/{path}` and waits until its save button works. */
  open: (page: Page, path: string) => Promise<void>
  /** Does `act` (a click) send a save of `collection` — and what did the server answer? */
  saving: (page: Page, collection: string, act: () => Promise<unknown>) => Promise<Saved>
  /** Clicks the save button, and returns the save it sent. */
  save: (page: Page, collection: string) => Promise<Saved>
  /** One session per account for the whole file. */
  tokenOf: (role: string, slug: string) => Promise<string>
  /** GET `path` as `role` of `slug`: the body of a 200. */
  read: (role: string, slug: string, path: string) => Promise<Record<string, any>>
  /** The id of the document of `collection` that `role` reads and was last updated. */
  latestId: (role: string, slug: string, collection: string) => Promise<number | string>
  /** The rows of `table` in a municipality, as the database has them. */
  rows: (table: string, columns: string, tenant: number | string) => Promise<Record<string, unknown>[]>
  /** The home page as `role` sees it, and its counts by widget (`data-widget`). */
  home: (role: string, slug: string, lang: AdminLang) => Promise<{ page: Page; shown: Record<string, number> }>
  /** Each count of the home page links to its list, which shows as many documents. */
  expectCountsLinkToLists: (role: string, slug: string, page: Page, shown: Record<string, number>) => Promise<void>
  /**
   * The modules whose group of cards the home page has (a module's collections are grouped under its name),
   * among those on in the municipality: read from the running configuration, not named by the test.
   */
  moduleGroups: (page: Page, role: string, slug: string) => Promise<string[]>
  /** Closes a page's context before the test ends (a test that goes through several roles). */
  release: (page: Page) => Promise<void>
  /** axe (WCAG 2.2 AA) on each page of `plan` in `slug`, in Spanish: the violations found, one line each. */
  axeViolations: (plan: AxePage[], slug?: string) => Promise<string[]>
  /** For `afterEach`: photographs the test's page (test-results/{name}-{test}.png) and closes its context. */
  afterTest: () => Promise<void>
  stop: () => Promise<void>
}

/** `name` names the screenshots and the server's log in test-results/ (`admin-staff`). */
export const startAdminStack = async (options: { name: string } & Pick<StartOptions, 'env'>): Promise<AdminStack> => {
  const results = path.join(ROOT, 'test-results')
  fs.mkdirSync(results, { recursive: true })
  const server = await startServer({ env: options.env })
  // Every address but this server's is unreachable: the admin must need nothing from elsewhere.
  const browser = await launchChromium([offlineExcept(server.url)]).catch(async (error: Error) => {
    await server.stop()
    throw error
  })

  /** The test's page, photographed after the test, for the next reader of a failure. */
  let current: Page | undefined
  const tokens = new Map<string, Promise<string>>()
  const tokenOf = (role: string, slug: string): Promise<string> => {
    const key = `${role}@${slug}`
    if (!tokens.has(key)) tokens.set(key, login(server, account(role, slug)))
    return tokens.get(key)!
  }
  const read = async (role: string, slug: string, path: string) =>
    expectStatus(
      await api(server)
        .get(path)
        .set(auth(await tokenOf(role, slug))),
      200,
    )

  /** A logged-in page whose browser reaches only this server: every other address is refused. */
  const staffPage = async (role: string, slug: string, lang: AdminLang): Promise<Page> => {
    // Signed in through the API (`adminLogin` drives the login form): the session cookie the form would set.
    const context = await browser.newContext({
      viewport: { width: 1600, height: 1000 },
      locale: ADMIN_PLACES[lang].locale,
    })
    await context.addCookies([{ name: 'payload-token', value: await tokenOf(role, slug), url: server.url }])
    const page = await context.newPage()
    page.setDefaultTimeout(120_000)
    current = page
    page.on('dialog', (dialog) => void dialog.accept())
    // The home page first, as after signing in: the admin picks the user's municipality there (the tenant
    // cookie that a new document's municipality comes from).
    await page.goto(`${server.url}/admin`, { timeout: 180_000 })
    await page.waitForFunction(() => document.cookie.includes('payload-tenant='), null, { timeout: 60_000 })
    return page
  }

  const saving = async (page: Page, collection: string, act: () => Promise<unknown>): Promise<Saved> => {
    // The document's own address: `/api/{collection}` (create) or `/api/{collection}/17` (update) — not the
    // admin's access checks (`POST /api/{collection}/access/17`), which answer in the meantime.
    const own = new RegExp(`^/api/${collection}(/(?!access$)[^/]+)?$`)
    const isSave = (r: { url: () => string; request: () => { method: () => string } }) =>
      own.test(new URL(r.url()).pathname) && ['POST', 'PATCH'].includes(r.request().method())
    const response = page.waitForResponse(isSave, { timeout: 60_000 })
    await act()
    const res = await response
    return { status: res.status(), body: (await res.json().catch(() => ({}))) as Saved['body'] }
  }

  /** Settled: no DOM mutation for half a second (at most ten seconds of waiting) — the page a person reads. */
  const settled = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<void>((done) => {
          let quiet: ReturnType<typeof setTimeout>
          const observer = new MutationObserver(() => {
            clearTimeout(quiet)
            quiet = setTimeout(finish, 500)
          })
          const finish = () => {
            observer.disconnect()
            clearTimeout(cap)
            done()
          }
          const cap = setTimeout(finish, 10_000)
          observer.observe(document.body, { childList: true, subtree: true, attributes: true })
          quiet = setTimeout(finish, 500)
        }),
    )

  return {
    server,
    browser,
    staffPage,
    open: async (page, path) => {
      await page.goto(`${server.url}/admin/${path}`, { timeout: 180_000 })
      await page.locator('#action-save').waitFor()
      await hydrated(page, '#action-save')
    },
    saving,
    save: (page, collection) =>
      saving(page, collection, async () => {
        await page.locator('#action-save:not([disabled])').waitFor()
        await page.locator('#action-save').click()
      }),
    tokenOf,
    read,
    latestId: async (role, slug, collection) =>
      (await read(role, slug, `/api/${collection}?limit=1&depth=0&sort=-updatedAt`)).docs[0].id as number | string,
    rows: (table, columns, tenant) =>
      server.sql(`SELECT ${columns} FROM ${table} WHERE tenant_id = ${usingPostgres ? '$1' : '?'}`, [tenant]),
    home: async (role, slug, lang) => {
      const page = await staffPage(role, slug, lang)
      await page.goto(`${server.url}/admin`, { timeout: 180_000 })
      await page.locator('nav').first().waitFor()
      const shown = Object.fromEntries(
        await page
          .locator('[data-widget]')
          .evaluateAll((cards) =>
            cards.map((c) => [
              c.getAttribute('data-widget'),
              Number(c.querySelector('[data-count]')?.getAttribute('data-count')),
            ]),
          ),
      ) as Record<string, number>
      return { page, shown }
    },
    expectCountsLinkToLists: async (role, slug, page, shown) => {
      for (const [widget, count] of Object.entries(shown)) {
        const href = await page.locator(`[data-widget="${widget}"] a`).getAttribute('href')
        const list = await read(role, slug, `/api${href!.replace('/admin/collections', '')}&limit=1&depth=0`)
        expect({ widget, count: list.totalDocs }).toEqual({ widget, count })
      }
    },
    moduleGroups: async (page, role, slug) => {
      const municipality = await read(role, slug, `/api/municipalities/${await municipalityId(server, slug)}?depth=0`)
      const groups = await page
        .locator('.collections__group .collections__label')
        .evaluateAll((labels) => labels.map((l) => l.textContent?.trim() ?? ''))
      return (municipality.enabledModules as { slug: string; label: string }[])
        .filter((m) => groups.includes(m.label))
        .map((m) => m.slug)
        .sort()
    },
    release: async (page) => {
      await closeContext(page)
      if (current === page) current = undefined
    },
    axeViolations: async (plan, slug = ADMIN_PLACES.es.slug) => {
      const found: string[] = []
      let page: Page | undefined
      let who = ''
      for (const [role, path, shown, tab] of plan) {
        if (role !== who) {
          if (page) await closeContext(page)
          page = await staffPage(role, slug, 'es')
          who = role
        }
        await page!.goto(`${server.url}/admin/${path}`, { timeout: 180_000 })
        // A list may move to its default filter once loaded (an inbox: open work): analyse the page it settles on.
        await page!.waitForLoadState('load')
        // Payload reopens a document on the tab its user last chose (a preference): the municipal admin's own
        // test may leave the municipality on "Módulos" (seen once on SQLite). The tab named in the plan is opened
        // first, so that every run analyses the same view.
        if (tab) {
          await hydrated(page!, '.tabs-field__tab-button')
          await page!.locator('.tabs-field__tab-button', { hasText: tab }).click()
        }
        await page!.locator(shown).first().waitFor()
        await hydrated(page!, 'nav')
        // Settled: the edit view's form state has come back and been rendered, and the page has stopped
        // changing — the page a person reads, not one caught between two renders.
        await page!.waitForLoadState('networkidle')
        await settled(page!)
        const analyze = () =>
          new AxeBuilder({ page: page! })
            // Details of violations only (the passes' nodes are not read; options first: they replace the tags).
            .options({ resultTypes: ['violations'] })
            .withTags(AXE_TAGS)
            .analyze()
        const { violations } = await analyze().catch(async (error: Error) => {
          if (!/context was destroyed/.test(error.message)) throw error
          await page!.waitForLoadState('load')
          await page!.locator(shown).first().waitFor()
          return analyze()
        })
        for (const v of violations)
          found.push(
            `${role} /admin/${path}: ${v.id} (${v.impact}): ${v.help}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 4)
              .join(' | ')}`,
          )
      }
      current = page
      return found
    },
    afterTest: async () => {
      const name = (expect.getState().currentTestName ?? 'test').replace(/[^\w]+/g, '-').slice(0, 80)
      if (!current) return
      const file = path.join(results, `${options.name}-${name}.png`)
      await current.screenshot({ path: file, fullPage: true }).catch(() => undefined)
      await closeContext(current)
      current = undefined
    },
    stop: async () => {
      await closeBrowser(browser)
      // The server's log beside the screenshots, for the reader of a failure.
      fs.writeFileSync(path.join(results, `${options.name}-server.log`), server.logs.join(''))
      await server.stop()
    },
  }
}
