/**
 * What the requester does on the tracking page after sending (part of portal.e2e.test.ts): answers the
 * municipality's question, which sends the request back to review, and rates it once it is closed; then the
 * public page of resolution times and satisfaction shows the same figures as the CMS. And a photo larger than a
 * GraphQL body could carry goes with the request, while a file over the limit is refused as it is chosen.
 */
import { randomBytes } from 'node:crypto'

import type { Page } from 'playwright-core'
import sharp from 'sharp'

import { account, api, auth, gql, guideShot, login } from '@e-muni/sdk/testing'

import { requestsFrom, seeText, stack, VILLA } from './portal.context'

const move = async (agent: string, id: unknown, status: string, transitionComment?: string) => {
  const res = await api(stack.cms)
    .patch(`/api/servi-requests/${id}`)
    .set(auth(agent))
    .send({ status, ...(transitionComment ? { transitionComment } : {}) })
  expect(res.status).toBe(200)
}

/** A real JPEG of about 2 MB (noise does not compress): far more than a GraphQL body could carry as base64. */
const largePhoto = () =>
  sharp(randomBytes(900 * 800 * 3), { raw: { width: 900, height: 800, channels: 3 } })
    .jpeg({ quality: 100, chromaSubsampling: '4:4:4' })
    .toBuffer()

export const largeFileCases = () => {
  describe('attachments up to the upload limit', () => {
    it('sends a 2 MB photo with the request; a file over the limit is refused as soon as it is chosen', async () => {
      const requester = `foto.${Date.now()}@example.org`
      const page = await stack.newPage()
      await page.goto(`${VILLA}/services/pod/request`)
      await page.getByLabel('Nombre y apellido').fill('Vecino con foto')
      await page.getByLabel('Correo electrónico').fill(requester)
      await page.getByLabel('Dirección', { exact: true }).fill('Av. Rivera 1450')
      await page.getByLabel('Detalle').fill('Rama caída sobre la vereda')
      await page.getByLabel('Motivo').selectOption('seco')
      const photo = page.getByLabel('Foto (opcional)')
      // Over the field's limit (5 MB, within the upload limit): said by the field at once, and the browser will not
      // send the form.
      await photo.setInputFiles({ name: 'enorme.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(11 * 1024 * 1024) })
      await expect(page.locator('#f-answers-foto-error').textContent()).resolves.toBe(
        '«enorme.jpg» pesa 11 MB; el máximo es 5 MB por archivo.',
      )
      await expect(photo.evaluate((input) => (input as HTMLInputElement).validity.valid)).resolves.toBe(false)
      const bytes = await largePhoto()
      expect(bytes.length).toBeGreaterThan(1024 * 1024)
      await photo.setInputFiles({ name: 'rama.jpg', mimeType: 'image/jpeg', buffer: bytes })
      await expect(page.locator('#f-answers-foto-error').count()).resolves.toBe(0)
      await page.getByRole('button', { name: 'Continuar' }).click()
      await page.getByRole('button', { name: 'Enviar la solicitud' }).click()
      await page.getByRole('heading', { name: 'Solicitud recibida' }).waitFor()
      const [stored] = (await requestsFrom('villa-esperanza', requester)) as unknown as { attachments: number[] }[]
      expect(stored!.attachments).toHaveLength(1)
      const agent = await login(stack.cms, account('service-agent', 'villa-esperanza'))
      const file = await api(stack.cms).get(`/api/servi-attachments/${stored!.attachments[0]}`).set(auth(agent))
      expect(file.status).toBe(200)
      expect(file.body.filesize).toBeGreaterThan(1024 * 1024)
    })
  })
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
      // For the citizens' guide (docs/guides/): the tracking page with the question, its dates masked.
      const dates = () => [
        page.locator(
          'main dl dd:nth-of-type(n+3), main table td:first-child, section[aria-labelledby="track-result"] > ul > li',
        ),
      ]
      await guideShot(page, 'es/ciudadania-seguimiento-responder', {
        mask: dates(),
        show: page.getByRole('heading', { name: 'Responder a la municipalidad' }),
      })
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
      await guideShot(page, 'es/ciudadania-seguimiento-calificar', {
        mask: dates(),
        show: page.getByRole('heading', { name: '¿Cómo fue el trámite?' }),
      })
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
