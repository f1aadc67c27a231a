/** MuniCompra on the portal: the public tender pages (list, an open tender, an awarded one, the home's list). */
import { guideShot, rowCells } from '@e-muni/sdk/testing'

import { AWARDED, CLOSED, open, OPEN, stack, VILLA, VILLA_EN } from '../portal.context'

export const publicTenderCases = () => {
  describe('public tender pages', () => {
    it('list with filters as a plain GET form (without JavaScript), paginated', async () => {
      const page = await open({ javaScript: false })
      await page.goto(`${VILLA}/tenders`)
      for (const ref of [OPEN, CLOSED, AWARDED]) await page.getByRole('cell', { name: ref }).waitFor()
      await expect(page.getByText('LP-2026-001').count()).resolves.toBe(0) // the draft
      await page.getByLabel('Estado').selectOption('awarded')
      await page.getByRole('button', { name: 'Filtrar' }).click()
      await page.waitForURL(/status=awarded/)
      await expect(page.locator('tbody tr').count()).resolves.toBe(1)
      await page.getByRole('cell', { name: AWARDED }).waitFor()
      await page.goto(`${VILLA}/tenders?q=uniformes`)
      await expect(page.locator('tbody tr').allTextContents()).resolves.toEqual([expect.stringContaining(CLOSED)])
      // axe runs scripts in the page: with JavaScript on.
      const js = await open()
      await js.goto(`${VILLA}/tenders`)
      await stack.expectAccessible(js, 'tender list (es)')
      // For the citizens' guide (docs/guides/): the list, its deadlines (relative to today) masked.
      await guideShot(js, 'es/ciudadania-licitaciones', {
        mask: [js.locator('tbody td[data-label="Cierre de ofertas"]')],
      })
      await js.goto(`${VILLA_EN}/tenders?category=goods`)
      await js.getByRole('heading', { level: 1, name: 'Procurement and tenders' }).waitFor()
      await stack.expectAccessible(js, 'tender list filtered (en)')
      // A 390 px phone: each tender is a card, its status and deadline within the screen, under their names.
      await js.setViewportSize({ width: 390, height: 844 })
      await js.goto(`${VILLA}/tenders`)
      const row = js.locator('tbody tr', { has: js.getByRole('cell', { name: OPEN }) })
      const cells = await rowCells(row)
      expect(cells.filter((c) => c.visible && !c.inViewport)).toEqual([])
      expect(cells.find((c) => c.label === 'Estado')).toMatchObject({
        text: 'Abierta',
        visible: true,
        inViewport: true,
      })
      expect(cells.find((c) => c.label === 'Cierre de ofertas')).toMatchObject({
        text: expect.stringMatching(/\d/),
        visible: true,
        inViewport: true,
      })
    })

    it('an open tender: dates in the municipality’s zone, documents, actions, OCDS record', async () => {
      const page = await open()
      await page.goto(`${VILLA}/tenders/${OPEN}`)
      await page.getByRole('heading', { level: 1, name: 'Mantenimiento de plazas y parques' }).waitFor()
      await page.getByText('Horas de America/Montevideo.').waitFor()
      const doc = page.getByRole('link', { name: 'Pliego de condiciones' })
      expect((await fetch((await doc.getAttribute('href'))!)).status).toBe(200)
      await page.getByRole('link', { name: 'Hacer una consulta' }).waitFor()
      await page.getByRole('link', { name: 'Presentar o ver mi oferta' }).waitFor()
      const ocds = await page.getByRole('link', { name: /OCDS/ }).getAttribute('href')
      expect(ocds).toBe(`${stack.cms.url}/api/ocds/villa-esperanza/records/ocds-emuni0-villa-esperanza-${OPEN}.json`)
      const record = await (await fetch(ocds!)).json()
      expect(record.records[0].ocid).toBe(`ocds-emuni0-villa-esperanza-${OPEN}`)
      await stack.expectAccessible(page, 'open tender (es)')
      await page.goto(`${VILLA_EN}/tenders/${OPEN}`)
      await page.getByRole('heading', { name: 'Questions and answers' }).waitFor()
      await stack.expectAccessible(page, 'open tender (en)')
    })

    it('an awarded tender: opening record, award and contract; no actions', async () => {
      const page = await open()
      await page.goto(`${VILLA}/tenders/${AWARDED}`)
      await page.getByRole('heading', { name: 'Acta de apertura' }).waitFor()
      await page.getByRole('rowheader', { name: 'Constructora del Sur S.R.L.' }).waitFor()
      await page.getByRole('heading', { name: 'Adjudicación' }).waitFor()
      await page.getByText('Oferta de menor precio que cumple las especificaciones técnicas.').waitFor()
      await page.getByRole('heading', { name: 'Contrato: Contrato de suministro de luminarias LED' }).waitFor()
      await page.getByRole('rowheader', { name: 'Primer pago' }).waitFor()
      await expect(page.getByRole('link', { name: 'Presentar o ver mi oferta' }).count()).resolves.toBe(0)
      await stack.expectAccessible(page, 'awarded tender (es)')
      await page.goto(`${VILLA_EN}/tenders/${AWARDED}`)
      await page.getByRole('heading', { name: 'Bid opening record' }).waitFor()
      await stack.expectAccessible(page, 'awarded tender (en)')
    })

    it('the home shows the open tenders', async () => {
      const page = await open()
      await page.goto(VILLA)
      const section = page.locator('section', {
        has: page.getByRole('heading', { level: 2, name: 'Licitaciones abiertas' }),
      })
      await section.getByRole('link', { name: 'Mantenimiento de plazas y parques' }).click()
      await page.waitForURL(new RegExp(`/tenders/${OPEN}$`))
    })
  })
}
