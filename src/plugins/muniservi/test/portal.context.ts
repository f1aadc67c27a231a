/** The shared state and helpers of portal.e2e.test.ts: the portal stack, the citizen's account, reading the CMS. */
import type { Page } from 'playwright-core'

import { account, api, auth, login, type PortalStack, startPortalStack } from '@e-muni/sdk/testing'
import { simplePdf } from '@e-muni/sdk'

export let stack: PortalStack
export const VILLA = '/m/villa-esperanza/es'
export const NOVA = '/m/nova-esperanca/pt'
export const PDF = simplePdf(['Factura de agua', 'Calle Durazno 1234'])
export const email = `tramites.${Date.now()}@example.org`
export const password = 'Clave-segura-2026'

export const setUp = async () => {
  stack = await startPortalStack()
}

export const tearDown = async () => {
  await stack?.stop()
}

/** The requests from `requester` as the municipality's service agent sees them in the CMS. */
export const requestsFrom = async (slug: string, requester: string) => {
  const agent = await login(stack.cms, account('service-agent', slug))
  const res = await api(stack.cms)
    .get('/api/servi-requests')
    .query({ where: { requesterEmail: { equals: requester } }, depth: 0 })
    .set(auth(agent))
  expect(res.status).toBe(200)
  return res.body.docs as { trackingCode: string; requester: unknown; attachments: unknown[]; answers: any }[]
}

/** The bytes of a request's attachment, as the municipality's service agent downloads them from the CMS. */
export const attachmentBytes = async (slug: string, id: unknown) => {
  const agent = await login(stack.cms, account('service-agent', slug))
  const doc = await api(stack.cms).get(`/api/servi-attachments/${id}`).set(auth(agent))
  expect(doc.status).toBe(200)
  const file = await api(stack.cms).get(new URL(doc.body.url, stack.cms.url).pathname).set(auth(agent)).buffer(true)
  expect(file.status).toBe(200)
  return Buffer.from(file.body)
}

/** "Check your answers": each question (`dt`) with its answer (the `dd` after it), as shown. */
export const answersShown = (page: Page) =>
  page
    .locator('dl dt')
    .evaluateAll((terms) =>
      Object.fromEntries(terms.map((dt) => [dt.textContent ?? '', (dt.nextElementSibling as HTMLElement).innerText])),
    )

/** Skips the browser's own checks (required, patterns), to see the server's answer. */
export const withoutNativeChecks = (page: Page) =>
  page.locator('form.form').evaluate((f) => ((f as HTMLFormElement).noValidate = true))

/** Waits for `text` on the page; if it never shows, the error says what the page showed instead. */
export const seeText = (page: Page, text: string) =>
  page
    .getByText(text)
    .first()
    .waitFor()
    .catch(async (error: Error) => {
      const shown = await page
        .locator('main')
        .innerText()
        .catch(() => '(no main)')
      const logs = stack.portalLogs.join('').slice(-3000)
      throw new Error(`${error.message}\n--- ${page.url()} showed:\n${shown}\n--- portal logs:\n${logs}`)
    })
