/**
 * What the requester does on the tracking page after sending (part of portal.e2e.test.ts): answers the
 * municipality's question, which sends the request back to review, and rates it once it is closed; then the
 * public page of resolution times and satisfaction shows the same figures as the CMS.
 */
import type { Page } from 'playwright-core'

import { account, api, auth, gql, login } from '@e-muni/sdk/testing'

import { requestsFrom, seeText, stack, VILLA } from './portal.context'

const move = async (agent: string, id: unknown, status: string, transitionComment?: string) => {
  const res = await api(stack.cms)
    .patch(`/api/servi-requests/${id}`)
    .set(auth(agent))
    .send({ status, ...(transitionComment ? { transitionComment } : {}) })
  expect(res.status).toBe(200)
}

export const requesterCases = (requester: () => { page: Page; code: string; email: string }) => {
  describe('the requester answers and rates on the tracking page', () => {
    it('answers the municipality’s question, then rates the closed request; each is kept in the CMS', async () => {
      const { page, code, email } = requester()
      const [stored] = (await requestsFrom('villa-esperanza', email)) as unknown as {
        id: number
        trackingCode: string
      }[]
      expect(stored!.trackingCode).toBe(code)
      const agent = await login(stack.cms, account('service-agent', 'villa-esperanza'))
      await move(agent, stored!.id, 'in-review')
      await move(agent, stored!.id, 'needs-information', '¿La factura está a su nombre?')

      const track = `${VILLA}/services/track?code=${code}`
      await page.goto(track)
      await page.getByRole('heading', { name: 'Responder a la municipalidad' }).waitFor()
      await stack.expectAccessible(page, 'tracking, answering the municipality (es)')
      // An empty answer is refused by the server, next to the field (the browser's own check skipped).
      await page
        .locator('form[aria-labelledby="answer-title"]')
        .evaluate((f) => ((f as HTMLFormElement).noValidate = true))
      await page.getByRole('button', { name: 'Enviar la respuesta' }).click()
      await expect(page.locator('#f-message-error').textContent()).resolves.toBe('Complete este campo.')
      await page.getByLabel(/^Su respuesta/).fill('Sí, está a mi nombre desde 2019.')
      await page.getByRole('button', { name: 'Enviar la respuesta' }).click()
      await seeText(page, 'Recibimos su respuesta: la solicitud volvió a revisión.')
      await expect(page.locator('dl').textContent()).resolves.toContain('En revisión')
      await expect(page.getByRole('heading', { name: 'Responder a la municipalidad' }).count()).resolves.toBe(0)
      const [answered] = (await requestsFrom('villa-esperanza', email)) as unknown as {
        status: string
        messages: { from: string; body: string }[]
      }[]
      expect(answered!.status).toBe('in-review')
      expect(answered!.messages.at(-1)).toMatchObject({ from: 'requester', body: 'Sí, está a mi nombre desde 2019.' })

      await move(agent, stored!.id, 'approved', 'Constancia emitida.')
      await move(agent, stored!.id, 'closed')
      await page.goto(track)
      await page.getByRole('heading', { name: '¿Cómo fue el trámite?' }).waitFor()
      await stack.expectAccessible(page, 'tracking, rating a closed request (es)')
      await page.getByLabel('4 · Bien').check()
      await page.getByLabel(/^Comentario/).fill('Rápido y claro.')
      await page.getByRole('button', { name: 'Enviar la calificación' }).click()
      await seeText(page, 'Gracias: calificó este trámite con 4 de 5.')
      await expect(page.getByRole('heading', { name: '¿Cómo fue el trámite?' }).count()).resolves.toBe(0)
      const [rated] = (await requestsFrom('villa-esperanza', email)) as unknown as {
        rating: { score: number; comment: string }
      }[]
      expect(rated!.rating).toMatchObject({ score: 4, comment: 'Rápido y claro.' })
    })

    it('shows each service’s resolution times and satisfaction as the CMS counts them', async () => {
      const page = await stack.newPage()
      await page.goto(`${VILLA}/services`)
      await page.getByRole('link', { name: 'Tiempos de respuesta y satisfacción' }).click()
      await page.waitForURL(/\/services\/statistics$/)
      const table = page.getByRole('table', { name: /Solicitudes, plazos y calificaciones por trámite/ })
      await table.waitFor()
      await stack.expectAccessible(page, 'service statistics (es)')
      const figures = await gql(
        stack.cms,
        `query { serviceStatistics(municipality: "villa-esperanza", service: "RES") {
          name requestsLast12Months resolvedLast12Months ratings averageRating } }`,
      )
      const [res] = figures.data!.serviceStatistics
      expect(res.ratings).toBeGreaterThanOrEqual(1)
      const row = table.getByRole('row', { name: new RegExp(`^${res.name}`) })
      const cells = await row.locator('td').allTextContents()
      expect(cells[1]).toBe(String(res.requestsLast12Months))
      expect(cells[2]).toBe(String(res.resolvedLast12Months))
      const mean = new Intl.NumberFormat('es', { maximumFractionDigits: 1 }).format(res.averageRating)
      expect(cells[5]).toBe(`${mean} de 5 (${res.ratings} calificaciones)`)
    })
  })
}
