/**
 * The staff inbox in the admin (production bundle, real Chromium): a service agent sees the quick
 * filters above the request list, "Overdue" and "Assigned to me" narrow the list, and the workflow
 * buttons in a request's sidebar move it to "In review".
 */
import { jest } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import {
  account,
  adminLogin,
  api,
  auth,
  closeBrowser,
  closeContext,
  gql,
  hydrated,
  launchChromium,
  login,
  municipalityId,
  startServer,
  type TestServer,
  usingPostgres,
} from '@e-muni/sdk/testing'

let server: TestServer
let browser: Browser
const codes: string[] = []
const docs: Record<string, { id: number | string }> = {}

const SUBMIT = `mutation($n: String!) { submitServiceRequest(municipality: "villa-esperanza", service: "INB",
  name: $n, email: "inbox@correo.test") { trackingCode } }`

beforeAll(async () => {
  server = await startServer()
  browser = await launchChromium()
  const villa = await municipalityId(server, 'villa-esperanza')
  const admin = await login(server, account('municipal-admin', 'villa-esperanza'))
  const agent = await login(server, account('service-agent', 'villa-esperanza'))
  const service = await api(server)
    .post('/api/servi-services')
    .set(auth(admin))
    .send({ tenant: villa, code: 'INB', name: 'Bandeja', summary: 'Prueba', maxBusinessDays: 5, audience: ['people'] })
  expect(service.status).toBe(201)
  for (const name of ['Primera', 'Segunda', 'Tercera']) {
    const res = await gql(server, SUBMIT, { n: name })
    codes.push(res.data!.submitServiceRequest.trackingCode)
  }
  for (const code of codes) {
    const res = await api(server)
      .get('/api/servi-requests')
      .query({ where: { trackingCode: { equals: code }, tenant: { equals: villa } } })
      .set(auth(agent))
    docs[code] = res.body.docs[0]
  }
  const me = (await api(server).get('/api/users/me').set(auth(agent))).body.user.id
  // The first: assigned to the agent and overdue; the second: assigned; the third: untouched.
  for (const code of codes.slice(0, 2)) {
    const res = await api(server)
      .patch(`/api/servi-requests/${docs[code].id}`)
      .set(auth(agent))
      .send({ status: 'in-review', assignee: me })
    expect(res.status).toBe(200)
  }
  await server.sql(
    usingPostgres
      ? 'UPDATE servi_requests SET overdue = true WHERE id = $1'
      : 'UPDATE servi_requests SET overdue = 1 WHERE id = ?',
    [docs[codes[0]].id],
  )
}, 300_000)
afterAll(async () => {
  await closeBrowser(browser)
  await server?.stop()
})

/** Which of the test's requests the list shows, once it shows `expected` (polled: the list loads after the URL). */
const rowsShown = async (page: Page, expected: string[]) => {
  const deadline = Date.now() + 90_000
  let shown: string[] = []
  while (Date.now() < deadline) {
    const table = page.locator('.table')
    const text = (await table.count()) ? await table.innerText().catch(() => '') : ''
    shown = codes.filter((code) => text.includes(code))
    if (JSON.stringify(shown) === JSON.stringify(expected)) break
    await page.waitForTimeout(500)
  }
  return shown
}

// Twice in CI on PostgreSQL this test used its whole time without an assertion failing, and did not
// fail again in a dozen runs here. Each step's time is logged so that the next such run says which
// step waited; one retry, with the first attempt's error and steps printed.
jest.retryTimes(1, { logErrorsBeforeRetry: true })
const steps: string[] = []
let stepStart = Date.now()
const step = (name: string) => {
  steps.push(`${name} ${Date.now() - stepStart} ms`)
  stepStart = Date.now()
}
afterEach(() => {
  if (steps.length) process.stdout.write(`inbox test steps: ${steps.join(' | ')}\n`)
  steps.length = 0
})

describe('the service-request inbox', () => {
  it('filters by overdue and by assignee, and moves a request with the workflow buttons', async () => {
    stepStart = Date.now()
    const page = await adminLogin(browser, server, account('service-agent', 'villa-esperanza'))
    step('login')
    // The first admin page of a fresh production server can take a while on two cores.
    await page.goto(`${server.url}/admin/collections/servi-requests?limit=100`, { timeout: 180_000 })
    await page.locator('[data-inbox="overdue"]').waitFor()
    // A list with no condition opens on open work, in place (the address gains the "open" query).
    await page.waitForURL((url) => decodeURIComponent(url.search).includes('[status][in][0]=submitted'))
    expect(new URL(page.url()).searchParams.get('limit')).toBe('100')
    step('list')
    expect(await page.locator('nav[aria-label="Inbox"]').innerText()).toContain('Assigned to me')
    expect(await rowsShown(page, codes)).toEqual(codes)
    step('rows')

    // Each quick filter is a link to a list query; staff click it. (Clicked one after another, "assigned to
    // me" once kept showing only the overdue request for 90 s in CI on PostgreSQL: the inbox then moved an
    // unfiltered list with a full page load, which could swallow a click made while the list hydrated.)
    const follow = async (key: string) => {
      const href = await page.locator(`[data-inbox="${key}"]`).getAttribute('href')
      expect(href).toMatch(/^\?/)
      await hydrated(page, `[data-inbox="${key}"]`)
      await page.locator(`[data-inbox="${key}"]`).click()
      await page.waitForURL((url) => url.search === href, { timeout: 120_000 })
      await page.locator('[data-inbox="overdue"]').waitFor()
      step(`follow ${key}`)
    }
    await follow('overdue')
    expect(await rowsShown(page, [codes[0]])).toEqual([codes[0]])

    await follow('mine')
    expect(await rowsShown(page, [codes[0], codes[1]])).toEqual([codes[0], codes[1]])

    await follow('unassigned')
    expect(await rowsShown(page, [codes[2]])).toEqual([codes[2]])
    await page.screenshot({ path: 'test-results/muniservi-inbox.png' })

    await page.goto(`${server.url}/admin/collections/servi-requests/${docs[codes[2]].id}`)
    step('document')
    await page.locator('#workflow-to-in-review').click()
    step('workflow button')
    const deadline = Date.now() + 60_000
    let status = ''
    while (Date.now() < deadline) {
      const token = await login(server, account('service-agent', 'villa-esperanza'))
      status = (await api(server).get(`/api/servi-requests/${docs[codes[2]].id}`).set(auth(token))).body.status
      if (status === 'in-review') break
      await new Promise((r) => setTimeout(r, 500))
    }
    expect(status).toBe('in-review')
    step('status')
    await closeContext(page)
    step('close')
  }, 300_000)
})
