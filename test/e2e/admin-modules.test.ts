/**
 * Module switches in the admin (development mode, with the SDK's test module installed): a platform
 * admin turns a module on in the municipality's edit view, and the navigation shows the module's
 * collections only for municipalities that have it on.
 */
import type { Browser, Page } from 'playwright-core'

import {
  account,
  api,
  auth,
  launchChromium,
  login,
  municipalityId,
  startServer,
  type TestServer,
} from '../../src/plugins/sdk/testing'

let server: TestServer
let browser: Browser

beforeAll(async () => {
  server = await startServer({ mode: 'development', env: { EMUNI_TEST_MODULES: 'true' } })
  browser = await launchChromium()
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const logIn = async (): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'en-US' })
  const page = await context.newPage()
  page.setDefaultTimeout(120_000)
  const who = account('platform-admin', null)
  await page.goto(`${server.url}/admin/login`, { waitUntil: 'networkidle' })
  await page.fill('#field-email', who.email)
  await page.fill('#field-password', who.password)
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin\/?$/)
  return page
}

const selectTenant = async (page: Page, name: string) => {
  if ((await page.locator('aside.nav[inert]').count()) > 0)
    await page.locator('.template-default__nav-toggler').first().click()
  await page.locator('.tenant-selector .rs__control').click()
  await page.locator('.rs__option', { hasText: name }).click()
}

describe('module switches in the admin', () => {
  it('switches a module on in the municipality edit view', async () => {
    const villa = await municipalityId(server, 'villa-esperanza')
    const page = await logIn()
    await page.goto(`${server.url}/admin/collections/municipalities/${villa}`, { waitUntil: 'networkidle' })
    const toggle = page.locator('#module-switch-sdk-test')
    await toggle.waitFor()
    expect(await page.locator('label[for="module-switch-sdk-test"]').innerText()).toContain('Test module')
    expect(await toggle.isChecked()).toBe(false)
    await toggle.check()
    await page.locator('#action-save').click()
    await page.waitForFunction(
      async (url) => (await (await fetch(url)).json()).modules?.includes('sdk-test'),
      `${server.url}/api/municipalities/${villa}`,
      { polling: 500, timeout: 60_000 },
    )
    const res = await api(server).get(`/api/municipalities/${villa}`)
    expect(res.body.modules).toEqual(['sdk-test'])
    await page.context().close()
  }, 240_000)

  it("shows a module's collections in the navigation only for municipalities that have it on", async () => {
    const token = await login(server, account('platform-admin', null))
    const nova = await municipalityId(server, 'nova-esperanca')
    expect((await api(server).patch(`/api/municipalities/${nova}`).set(auth(token)).send({ modules: [] })).status).toBe(
      200,
    )
    const page = await logIn()
    await page.goto(`${server.url}/admin/collections/pages`, { waitUntil: 'networkidle' })
    const link = page.locator('#nav-sdk-test-notes')

    await selectTenant(page, 'Nova Esperança do Vale')
    await link.waitFor({ state: 'hidden', timeout: 30_000 })
    expect(await link.isVisible()).toBe(false)
    await page.screenshot({ path: 'test-results/admin-modules-nova-off.png' })

    await selectTenant(page, 'Villa Esperanza')
    await link.waitFor({ state: 'visible', timeout: 30_000 })
    expect(await link.isVisible()).toBe(true)
    await page.context().close()
  }, 240_000)
})
