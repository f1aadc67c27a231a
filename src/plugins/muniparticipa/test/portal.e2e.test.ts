/**
 * MuniParticipa on the portal, end to end in Chromium against a real CMS: a person (email verified) logs
 * in, is refused a support until verified, verifies residence against the imported census through the
 * portal's form, supports a proposal (the count goes up by one), comments; a budget ballot over the total
 * is warned on the page, refused by the CMS and records nothing, then a valid ballot is cast. axe (WCAG 2.2
 * AA) on every participation route template in es and en (in en, the Spanish-only titles marked lang="es"); the
 * module answers 404 where it is off.
 */
import { guideShot } from '@e-muni/sdk/testing'

import {
  AUTHOR,
  EN,
  ids,
  newPage,
  participations,
  RESIDENT,
  setUp,
  signIn,
  SLOW,
  stack,
  tearDown,
  VILLA,
} from './portal.context'

beforeAll(setUp, 600_000)
afterAll(tearDown)

describe('a verified resident takes part', () => {
  it(
    'verifies residence through the portal when the CMS asks, then supports a proposal: the count goes up by one',
    async () => {
      const page = await newPage()
      const proposalPath = `${VILLA}/participation/barrio-verde/proposals/${ids.proposal}`
      await signIn(page, VILLA, RESIDENT.email, proposalPath)
      await expect(page.locator('#support-count').textContent()).resolves.toMatch(/^Apoyos: 0/)

      // Not yet verified: the CMS refuses, the page says why and links to the verification form.
      await page.getByRole('button', { name: 'Apoyar esta propuesta' }).click()
      const refusal = page.locator('main [role=alert]')
      await refusal.waitFor()
      await expect(refusal.textContent()).resolves.toContain('solo para residentes verificados de Villa Esperanza')
      await page.getByRole('link', { name: 'Verificar mi residencia' }).first().click()
      await page.waitForURL(/\/participation\/residence/)
      await stack.expectAccessible(page, 'verify residence (es)')
      await guideShot(page, 'es/ciudadania-participacion-residencia')
      await page.getByLabel('Número de documento').fill(RESIDENT.document)
      await page.getByLabel('Fecha de nacimiento').fill(RESIDENT.birth)
      await page.getByRole('button', { name: 'Verificar' }).click()
      await expect(page.getByRole('status').filter({ hasText: 'verificada' }).textContent()).resolves.toBe(
        'Su residencia en Villa Esperanza está verificada.',
      )
      await page.getByRole('link', { name: 'Volver a donde estaba' }).click()
      await page.waitForURL((url) => url.pathname === proposalPath)

      await page.getByRole('button', { name: 'Apoyar esta propuesta' }).click()
      await expect(page.getByRole('status').filter({ hasText: 'Gracias' }).textContent()).resolves.toBe(
        'Gracias: su apoyo fue registrado. Apoyos de la propuesta: 1.',
      )
      await page.reload()
      await expect(page.locator('#support-count').textContent()).resolves.toMatch(/^Apoyos: 1/)
      // For the citizens' guide (docs/guides/): the proposal with the support counted.
      await guideShot(page, 'es/ciudadania-participacion-propuesta', { mask: [page.getByText(/^Presentada el /)] })
      // The process page lists it with its count too.
      await page.goto(`${VILLA}/participation/barrio-verde`)
      await expect(
        page.getByRole('listitem').filter({ hasText: 'Árboles en la calle Rivera' }).textContent(),
      ).resolves.toContain('Apoyos: 1')

      // A comment, then a reply to it: a thread.
      await page.goto(proposalPath)
      await page.getByRole('textbox', { name: 'Comentario' }).fill('¡Muy buena idea para el verano!')
      await page.getByRole('button', { name: 'Publicar comentario' }).click()
      await page.getByRole('status').filter({ hasText: 'Su comentario fue publicado.' }).waitFor()
      await page.reload()
      await page.locator('summary', { hasText: 'Responder' }).first().click()
      await page.getByRole('textbox', { name: 'Su respuesta' }).fill('Y da sombra a la parada del ómnibus.')
      await page.getByRole('button', { name: 'Publicar respuesta' }).click()
      await page.getByRole('status').filter({ hasText: 'Su comentario fue publicado.' }).waitFor()
      await page.reload()
      await expect(page.getByRole('heading', { name: 'Comentarios (2)' }).count()).resolves.toBe(1)
      await expect(page.locator('ul ul').getByText('Y da sombra a la parada del ómnibus.').count()).resolves.toBe(1)
      await stack.screenshot(page, 'participation-proposal')
    },
    SLOW,
  )

  it(
    'casts a budget ballot: the running total warns when over budget, the CMS refuses it and records nothing; a valid one succeeds',
    async () => {
      const page = await newPage()
      const budgetPath = `${VILLA}/participation/presupuesto-2027/budgets/${ids.budget}`
      await signIn(page, VILLA, RESIDENT.email, budgetPath)
      const tally = page.locator('[aria-live="polite"][aria-atomic="true"]')
      await page.getByLabel(/Iluminación LED en la plaza Artigas/).check()
      await expect(tally.textContent()).resolves.toMatch(
        /Seleccionado: .*4\.000\.000.* de .*10\.000\.000.*Quedan .*6\.000\.000/,
      )
      await page.getByLabel(/Bicisenda de la avenida principal/).check()
      await expect(tally.textContent()).resolves.toMatch(/supera el monto disponible en .*500\.000/)
      await stack.expectAccessible(page, 'budget ballot over budget, client warning (es)')

      await page.getByRole('button', { name: 'Votar' }).click()
      const refusal = page.locator('main [role=alert]')
      await refusal.waitFor()
      await expect(refusal.textContent()).resolves.toContain(
        'Los proyectos elegidos suman 10500000, más que el monto disponible (10000000).',
      )
      await stack.expectAccessible(page, 'budget ballot refused by the CMS (es)')
      await stack.screenshot(page, 'participation-budget-refused')
      expect(await participations()).toBe(0)

      await page.getByLabel(/Bicisenda de la avenida principal/).uncheck()
      await page.getByLabel(/Juegos para niños en La Aguada/).check()
      await expect(tally.textContent()).resolves.toMatch(/Seleccionado: .*6\.500\.000/)
      await page.getByRole('button', { name: 'Votar' }).click()
      const done = page.getByRole('status').filter({ hasText: 'Su voto fue registrado' })
      await done.waitFor()
      await expect(done.textContent()).resolves.toMatch(/Su código de voto es [A-Za-z0-9_-]{12}/)
      expect(await participations()).toBe(1)
    },
    SLOW,
  )
})

describe('accessibility (axe, WCAG 2.2 AA) of every participation route, in es and en', () => {
  it.each([
    ['es', VILLA],
    ['en', EN],
  ])(
    '%s',
    async (lang, base) => {
      const page = await newPage()
      const check = async (path: string, label: string) => {
        const res = await page.goto(`${base}${path}`)
        expect([path, res?.status()]).toEqual([path, 200])
        await stack.expectAccessible(page, `${label} (${lang})`)
      }
      // In English the processes' Spanish titles show, marked lang="es" (WCAG 3.1.2); in Spanish, unmarked.
      const marked = lang === 'en' ? 'es' : null
      await check('/participation', 'processes')
      const cards = await page
        .locator('main .card h2')
        .evaluateAll((hs) => hs.map((h) => [h.getAttribute('lang'), Boolean(h.textContent?.trim())]))
      expect(cards.length).toBeGreaterThan(0)
      for (const card of cards) expect(card).toEqual([marked, true])
      await check('/participation/barrio-verde', 'process page')
      // For the citizens' guide (docs/guides/), the phases' dates (relative to the seed's time) masked.
      if (lang === 'es')
        await guideShot(page, 'es/ciudadania-participacion-proceso', {
          mask: [page.locator('main table tbody td:nth-child(2), main table tbody td:nth-child(3)')],
        })
      await expect(page.locator('h1').getAttribute('lang')).resolves.toBe(marked)
      await check(`/participation/barrio-verde/proposals/${ids.proposal}`, 'proposal page')
      await check(`/participation/presupuesto-2027/polls/${ids.seededPoll}`, 'poll (open)')
      await check(`/participation/barrio-verde/polls/${ids.poll}`, 'poll (closed, results)')
      await expect(page.locator('nav.breadcrumbs li').nth(1).getAttribute('lang')).resolves.toBe(marked)
      await expect(page.getByRole('row').filter({ hasText: 'Lapacho' }).textContent()).resolves.toContain('1')
      await check('/participation/barrio-verde/results', 'results')
      // The heading is a translated sentence around the title: the title alone carries its language.
      const heading = page.locator('h1')
      await expect(heading.getAttribute('lang')).resolves.toBeNull()
      await expect(
        heading.locator('span[lang]').evaluateAll((s) => s.map((e) => e.getAttribute('lang'))),
      ).resolves.toEqual(marked ? [marked] : [])
      await check(`/participation/presupuesto-2027/budgets/${ids.budget}`, 'budget ballot')

      // Signed in: the proposal form, my proposals, and the ballot in its error state.
      await signIn(page, base, AUTHOR.email, `${base}/account/proposals`)
      await stack.expectAccessible(page, `my proposals (${lang})`)
      await expect(page.getByRole('table').textContent()).resolves.toContain('Árboles en la calle Rivera')
      await check('/participation/presupuesto-2027/proposals/new', 'proposal form')
      await page.locator('input[name=title]').fill('x'.repeat(10))
      await page.locator('textarea[name=body]').fill(' ')
      await page.locator('input[name=lat]').fill('120')
      await page.locator('form.form').evaluate((f) => ((f as HTMLFormElement).noValidate = true))
      await page.locator('main form button[type=submit]').click()
      await page.locator('main [role=alert]').waitFor()
      await stack.expectAccessible(page, `proposal form with errors (${lang})`)
      await check(`/participation/presupuesto-2027/budgets/${ids.budget}`, 'budget ballot (signed in)')
      for (const project of ['Bicisenda', 'Iluminación']) await page.getByLabel(new RegExp(project)).check()
      await page.locator('main form button[type=submit]').click()
      await page.locator('main [role=alert]').waitFor()
      await stack.expectAccessible(page, `budget ballot refused (${lang})`)
    },
    SLOW,
  )
})

describe('where MuniParticipa is off', () => {
  it('nova-esperanca answers 404 for the participation pages', async () => {
    for (const path of ['/participation', '/participation/presupuesto-2027', '/account/proposals'])
      expect([path, (await fetch(`${stack.portalUrl}/m/nova-esperanca/pt${path}`)).status]).toEqual([path, 404])
  })
})
