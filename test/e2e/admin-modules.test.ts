/**
 * Module switches in the admin (production bundle, with the SDK's test module installed): a platform
 * admin turns a module on in the municipality's edit view, and the navigation shows the module's
 * collections only for municipalities that have it on.
 */
import type { Browser } from 'playwright-core'

import {
  account,
  adminLogin,
  api,
  auth,
  hydrated,
  launchChromium,
  login,
  municipalityId,
  selectTenant,
  startServer,
  type TestServer,
} from '../../src/plugins/sdk/testing'
import { demoModules } from '../fixtures/modules'

let server: TestServer
let browser: Browser

beforeAll(async () => {
  server = await startServer({ env: { EMUNI_TEST_MODULES: 'true' } })
  browser = await launchChromium()
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('module switches in the admin', () => {
  it('switches a module on in the municipality edit view', async () => {
    const villa = await municipalityId(server, 'villa-esperanza')
    const page = await adminLogin(browser, server, account('platform-admin', null))
    // The municipality selected, as it is after a platform admin's first choice. With none, the multi-tenant
    // plugin refreshes the page's server data once after it loads, and on a loaded machine that refresh can land
    // after the first click and put the form back (CI run 26 saved 200 without the switch).
    await page.context().addCookies([{ name: 'payload-tenant', value: String(villa), url: server.url }])
    await page.goto(`${server.url}/admin/collections/municipalities/${villa}`, { waitUntil: 'networkidle' })
    // The module switches have a tab of their own.
    await page.locator('.tabs-field__tab-button', { hasText: 'Modules' }).click()
    const toggle = page.locator('#module-switch-sdk-test')
    await toggle.waitFor()
    expect(await page.locator('label[for="module-switch-sdk-test"]').innerText()).toContain('Test module')
    expect(await toggle.isChecked()).toBe(false)
    // The switch is disabled while the form initialises or saves; a click before hydration would be lost.
    await hydrated(page, '#module-switch-sdk-test')
    await toggle.check()
    expect(await toggle.isChecked()).toBe(true)
    // The save the page sends, and the server's answer to it. (Twice on a loaded machine the click on
    // Save sent nothing; a person whose click does nothing clicks again: so does this test, once, and
    // says so in the log.)
    const isSave = (r: { url: () => string; request: () => { method: () => string } }) =>
      r.url().includes(`/api/municipalities/${villa}`) && r.request().method() !== 'GET'
    let saved = page.waitForResponse(isSave, { timeout: 20_000 })
    await page.locator('#action-save').click()
    const response = await saved.catch(async () => {
      process.stdout.write('[admin-modules] the first click on Save sent no request: clicking again\n')
      saved = page.waitForResponse(isSave, { timeout: 60_000 })
      await page.locator('#action-save').click()
      return saved
    })
    expect(response.status()).toBe(200)
    // What the page sent: the switch it showed as on (if not, the form lost it before the save, not the server).
    expect(response.request().postData() ?? '').toContain('sdk-test')
    // The save is done when the server has it (polled from here, not from the page).
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline) {
      const { body } = await api(server).get(`/api/municipalities/${villa}`)
      if (body.modules?.includes('sdk-test')) break
      await new Promise((r) => setTimeout(r, 500))
    }
    const res = await api(server).get(`/api/municipalities/${villa}`)
    expect(res.body.modules).toEqual([...demoModules(), 'sdk-test'])
    await page.context().close()
  }, 240_000)

  it("shows a module's collections in the navigation only for municipalities that have it on", async () => {
    const token = await login(server, account('platform-admin', null))
    const nova = await municipalityId(server, 'nova-esperanca')
    expect((await api(server).patch(`/api/municipalities/${nova}`).set(auth(token)).send({ modules: [] })).status).toBe(
      200,
    )
    const page = await adminLogin(browser, server, account('platform-admin', null))
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

  it('moves a document through its workflow with the transition buttons, not a free status field', async () => {
    const token = await login(server, account('platform-admin', null))
    const villa = await municipalityId(server, 'villa-esperanza')
    await api(server)
      .patch(`/api/municipalities/${villa}`)
      .set(auth(token))
      .send({ modules: ['sdk-test'] })
    const created = await api(server)
      .post('/api/sdk-test-notes')
      .set(auth(token))
      .send({ title: 'Nota con botones', tenant: villa })
    expect(created.status).toBe(201)
    const id = created.body.doc.id

    const page = await adminLogin(browser, server, account('platform-admin', null))
    await page.goto(`${server.url}/admin/collections/sdk-test-notes/${id}`, { waitUntil: 'networkidle' })
    await page.locator('#workflow-current').waitFor()
    expect(await page.locator('#workflow-current').innerText()).toContain('Draft')
    expect(await page.locator('#workflow-to-approved').count()).toBe(0)
    await page.locator('#workflow-comment').fill('Lista')
    await page.locator('#workflow-to-submitted').click()
    await page.waitForFunction(
      () => document.querySelector('#workflow-current')?.textContent?.includes('Submitted'),
      null,
      {
        timeout: 60_000,
      },
    )
    const after = await api(server).get(`/api/sdk-test-notes/${id}`).set(auth(token))
    expect(after.body.status).toBe('submitted')
    expect(after.body.history.at(-1)).toMatchObject({ from: 'draft', to: 'submitted', comment: 'Lista' })
    await page.screenshot({ path: 'test-results/admin-workflow-submitted.png' })
    await page.context().close()
  }, 240_000)
})
