/**
 * MuniCompra on the portal, end to end (real CMS, real Chromium): a new person logs in, registers as a
 * supplier of Villa Esperanza through the portal form (field errors, the CMS's 409 for a taken tax id), is
 * verified by the procurement officer (GraphQL), submits a sealed bid before the deadline and sees the
 * receipt — the same SHA-256 that myBids returns —, replaces and withdraws it; a late POST shows the CMS's
 * 409. Public tender pages (filters without JavaScript, clarifications without the asker, opening record,
 * award, contract, OCDS record). axe on every route template in es and en; in a language the content lacks,
 * the titles in Spanish marked lang="es"; screenshots; a municipality
 * without MuniCompra has no tender pages and no link to them.
 */
import { jest } from '@jest/globals'

import { account, api, auth, createPerson, gql, guideShot, login } from '@e-muni/sdk/testing'
import { simplePdf } from '@e-muni/sdk'

import { publicTenderCases } from './cases/portalTenders'
import { CLOSED, open, OPEN, setUp, stack, tearDown, VILLA, VILLA_EN } from './portal.context'

// `next dev` compiles each route on its first visit: minutes on a busy machine.
jest.setTimeout(600_000)

const password = 'Clave-proveedor-2026'
const email = `proveedora.${Date.now()}@example.org`
let personToken: string

const MY_BIDS = `query { myBids(municipality: "villa-esperanza") { bidId tender status version sha256 } }`
const pdf = () => ({
  name: 'oferta.pdf',
  mimeType: 'application/pdf',
  // A whole PDF (a page, its cross-reference table): bids are inspected, and a broken PDF is refused.
  buffer: simplePdf(['Oferta', 'Proveedor de prueba']),
})

/** Logs the test's supplier in through the portal's form, landing on `next`. */
const logIn = (page: Awaited<ReturnType<typeof open>>, next: string) =>
  stack.signIn(page, { base: VILLA, email, password, next })

beforeAll(async () => {
  await setUp()
  const platform = await login(stack.cms, account('platform-admin', null))
  personToken = (await createPerson(stack.cms, platform, { email, name: 'Ana Proveedora', password, language: 'es' }))
    .token
}, 600_000)
afterAll(tearDown)

describe('a supplier on the portal', () => {
  it('registers, is verified, bids before the deadline and sees the receipt that myBids returns', async () => {
    const page = await open()
    // Signed out, the registration page asks for the log-in and comes back.
    await page.goto(`${VILLA}/tenders/register`)
    await page.waitForURL(/\/account\/login\?next=/)
    await page.getByLabel('Correo electrónico').fill(email)
    await page.getByLabel('Contraseña').fill(password)
    await page.getByRole('button', { name: 'Entrar' }).click()
    await page.waitForURL((url) => url.pathname === `${VILLA}/tenders/register`)

    await page.goto(`${VILLA_EN}/tenders/register`)
    await page.getByRole('heading', { level: 1, name: 'Supplier registration' }).waitFor()
    await stack.expectAccessible(page, 'registration form (en)')
    await page.goto(`${VILLA}/tenders/register`)
    await stack.expectAccessible(page, 'registration form (es)')
    await expect(page.getByLabel('País').inputValue()).resolves.toBe('UY')
    await page.getByLabel('Razón social').fill('Ana Proveedora S.R.L.')
    await page.getByLabel('Servicios').check()
    // A malformed tax id: the CMS's field error, next to the field.
    await page.getByLabel('Número de identificación tributaria').fill('!!')
    await page.getByRole('button', { name: 'Enviar el registro' }).click()
    await page.locator('#f-taxId-error').waitFor()
    const taxId = page.getByLabel('Número de identificación tributaria')
    await expect(taxId.getAttribute('aria-invalid')).resolves.toBe('true')
    await expect(page.locator('#f-taxId-error').textContent()).resolves.toContain('de 4 a 20 letras o números')
    await stack.expectAccessible(page, 'registration form with errors (es)')
    // The demo supplier's tax id: the CMS's 409, as it says it.
    await taxId.fill('21.999.999-0019')
    await page.getByRole('button', { name: 'Enviar el registro' }).click()
    await page
      .locator('.notice-error')
      .getByText('El identificador tributario 219999990019 ya está registrado en Villa Esperanza.')
      .waitFor()
    await taxId.fill('21.777.777-0017')
    await page.getByRole('button', { name: 'Enviar el registro' }).click()
    await page.waitForURL(/\/tenders\/register\?done=1$/)
    await page.getByText('Registro recibido.').waitFor()
    await page.getByText('Estado: Pendiente de verificación').waitFor()

    // Pending: no bid form yet.
    await page.goto(`${VILLA}/tenders/${OPEN}/bid`)
    await page.getByText('Su registro como proveedor aún no está verificado').waitFor()
    await expect(page.getByLabel(/Monto total/).count()).resolves.toBe(0)

    // The procurement officer verifies the registration (GraphQL).
    const mine = await gql(
      stack.cms,
      `query { mySupplierRegistration(municipality: "villa-esperanza") { id status } }`,
      {},
      personToken,
    )
    expect(mine.data!.mySupplierRegistration).toMatchObject({ status: 'pending' })
    const officer = await login(stack.cms, account('procurement-officer', 'villa-esperanza'))
    const verified = await gql(
      stack.cms,
      `mutation($id: Int!) { updateSupplier(id: $id, data: { status: verified }) { status } }`,
      { id: Number(mine.data!.mySupplierRegistration.id) },
      officer,
    )
    expect(verified.errors).toBeUndefined()
    expect(verified.data!.updateSupplier.status).toBe('verified')

    // From the tender page to the bid form.
    await page.goto(`${VILLA}/tenders/${OPEN}`)
    await page.getByRole('link', { name: 'Presentar o ver mi oferta' }).click()
    await page.waitForURL(new RegExp(`/tenders/${OPEN}/bid$`))
    await page.goto(`${VILLA_EN}/tenders/${OPEN}/bid`)
    await page.getByLabel(/Total amount/).waitFor()
    await stack.expectAccessible(page, 'bid form (en)')
    await page.goto(`${VILLA}/tenders/${OPEN}/bid`)
    await stack.expectAccessible(page, 'bid form (es)')
    await page.getByLabel(/Monto total/).fill('3400000,50')
    await page.getByLabel('Documentos (opcional)').setInputFiles(pdf())
    await page.getByRole('button', { name: 'Presentar la oferta' }).click()
    await page.waitForURL(/\/bid\?sent=/)
    await page.getByText('Oferta recibida. Guarde este comprobante').waitFor()

    const shown = {
      bidId: (await page.locator('[data-receipt="bidId"]').textContent())!.trim(),
      sha256: (await page.locator('[data-receipt="sha256"]').textContent())!.trim(),
    }
    expect(shown.sha256).toMatch(/^[0-9a-f]{64}$/)
    const bids = await gql(stack.cms, MY_BIDS, {}, personToken)
    const receipt = bids.data!.myBids.find((b: { tender: string }) => b.tender === OPEN)
    expect(receipt).toMatchObject({ bidId: shown.bidId, sha256: shown.sha256, status: 'submitted', version: 1 })
    await expect(page.locator('[data-receipt="submittedAt"]').textContent()).resolves.toMatch(/\d{4}-\d\d-\d\dT/)
    await stack.expectAccessible(page, 'receipt (es)')
    await page.goto(`${VILLA_EN}/tenders/${OPEN}/bid`)
    await page.getByRole('heading', { name: 'Bid receipt' }).waitFor()
    await stack.expectAccessible(page, 'receipt (en)')

    // Replaced before the deadline: a new version and a new hash; then withdrawn.
    await page.goto(`${VILLA}/tenders/${OPEN}/bid`)
    await page.getByLabel(/Monto total/).fill('3390000')
    await page.getByRole('button', { name: 'Reemplazar la oferta' }).click()
    await page.waitForURL(/\/bid\?sent=/)
    await page.locator('[data-receipt="version"]', { hasText: '2' }).waitFor()
    const replaced = (await page.locator('[data-receipt="sha256"]').textContent())!.trim()
    expect(replaced).not.toBe(shown.sha256)
    await page.getByRole('button', { name: 'Retirar la oferta' }).click()
    await page.waitForURL(/\/bid\?withdrawn=1$/)
    await page.getByText('Oferta retirada.').waitFor()
    await page.locator('[data-receipt="status"]', { hasText: 'Retirada' }).waitFor()
    // And submitted again, so that "my bids" shows a standing bid.
    await page.getByLabel(/Monto total/).fill('3380000')
    await page.getByRole('button', { name: 'Presentar la oferta' }).click()
    await page.waitForURL(/\/bid\?sent=/)
    const final = (await page.locator('[data-receipt="sha256"]').textContent())!.trim()

    // My bids: the receipts, the same hash.
    await page.goto(`${VILLA}/account/bids`)
    await page.getByRole('heading', { level: 1, name: 'Mis ofertas' }).waitFor()
    const row = page.locator('tr', { hasText: OPEN })
    await expect(row.locator('[data-receipt="sha256"]').textContent()).resolves.toBe(final)
    await stack.expectAccessible(page, 'my bids (es)')
    await page.goto(`${VILLA_EN}/account/bids`)
    await page.getByRole('heading', { level: 1, name: 'My bids' }).waitFor()
    await stack.expectAccessible(page, 'my bids (en)')
  })

  it('after the deadline: no form is offered, and a direct POST shows the CMS’s 409 message', async () => {
    const page = await open()
    await logIn(page, `${VILLA}/tenders/${CLOSED}/bid`)
    await page.getByText('Ya no se reciben ofertas para esta licitación.').waitFor()
    await expect(page.getByLabel(/Monto total/).count()).resolves.toBe(0)
    // The form of an open tender, posted for the closed one.
    await page.goto(`${VILLA}/tenders/${OPEN}/bid`)
    await page
      .locator('form.form input[name="tender"]')
      .evaluate((input, reference) => ((input as HTMLInputElement).value = reference), CLOSED)
    await page.getByLabel(/Monto total/).fill('1000000')
    await page.getByRole('button', { name: 'Reemplazar la oferta' }).click()
    await page
      .locator('.notice-error')
      .getByText(/La recepción de ofertas cerró el .+ \(\d{4}-\d\d-\d\dT.+Z\)\./)
      .waitFor()
  })

  it('asks a question in the enquiry period; once answered it is public, without who asked', async () => {
    const page = await open()
    await logIn(page, `${VILLA}/tenders/${OPEN}/ask`)
    await page.goto(`${VILLA_EN}/tenders/${OPEN}/ask`)
    await page.getByLabel('Your question').waitFor()
    await stack.expectAccessible(page, 'question form (en)')
    await page.goto(`${VILLA}/tenders/${OPEN}/ask`)
    await stack.expectAccessible(page, 'question form (es)')
    // For the citizens' guide (docs/guides/): the question form, empty.
    await guideShot(page, 'es/ciudadania-licitacion-consulta')
    const question = `¿Se aceptan visitas previas a las plazas? (${Date.now()})`
    await page.getByLabel('Su pregunta').fill(question)
    await page.getByRole('button', { name: 'Enviar la consulta' }).click()
    await page.getByText('Consulta enviada.').waitFor()

    const officer = await login(stack.cms, account('procurement-officer', 'villa-esperanza'))
    const found = await gql(
      stack.cms,
      `query($q: String!) { Clarifications(where: { question: { equals: $q } }) { docs { id } } }`,
      { q: question },
      officer,
    )
    const answer = 'Sí, coordinando con la Dirección de Espacios Verdes.'
    const answered = await gql(
      stack.cms,
      `mutation($id: Int!, $a: String!) { updateClarification(id: $id, data: { answer: $a }) { answeredAt } }`,
      { id: found.data!.Clarifications.docs[0].id, a: answer },
      officer,
    )
    expect(answered.data!.updateClarification.answeredAt).toBeTruthy()
    const visitor = await open()
    await visitor.goto(`${VILLA}/tenders/${OPEN}`)
    await visitor.getByText(question).waitFor()
    await visitor.getByText(answer).waitFor()
    // The tender's page with its questions and answers (the guide): its dates and this run's question masked.
    await guideShot(visitor, 'es/ciudadania-licitacion', {
      mask: [visitor.locator('section[aria-labelledby="tender-dates"] dd'), visitor.getByText(question)],
    })
    const html = await visitor.content()
    expect(html).not.toContain('Ana Proveedora')
    expect(html).not.toContain(email)
  })
})

publicTenderCases()

describe('in a language the content lacks (WCAG 3.1.2)', () => {
  it('shows Villa Esperanza’s Spanish-only tenders in en and fr in Spanish, marked lang="es"', async () => {
    const page = await open()
    for (const base of [VILLA_EN, '/m/villa-esperanza/fr']) {
      await page.goto(`${base}/tenders`)
      const links = await page
        .locator('tbody tr a')
        .evaluateAll((as) => as.map((a) => [a.getAttribute('lang'), a.textContent?.trim() ?? '']))
      expect(links.length).toBeGreaterThan(0)
      for (const [lang, text] of links) expect([lang, !!text]).toEqual(['es', true])
      await stack.expectAccessible(page, `tenders (${base}, content in es)`)
      await page.goto(`${base}/tenders/${OPEN}`)
      await expect(page.locator('h1').getAttribute('lang')).resolves.toBe('es')
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(base.slice(-2))
      await stack.expectAccessible(page, `tender (${base}, content in es)`)
    }
    await page.goto(`${VILLA}/tenders/${OPEN}`)
    await expect(page.locator('h1').getAttribute('lang')).resolves.toBeNull()
  })
})

describe('municipalities', () => {
  it('screenshots a tender page where MuniCompra is on; where it is off, no tender pages and no link', async () => {
    const page = await open()
    const { body } = await api(stack.cms).get('/api/municipalities?limit=10&depth=0')
    const on = body.docs.filter((m: { modules?: string[] }) => m.modules?.includes('municompra'))
    for (const m of on) {
      const base = `/m/${m.slug}/${m.defaultLocale}`
      await page.goto(`${base}/tenders?status=awarded`)
      await page.locator('tbody tr a').first().click()
      await page.getByRole('heading', { level: 2 }).first().waitFor()
      await stack.screenshot(page, `tender-${m.slug}`)
    }
    // Nova Esperança without MuniCompra (switched off by its admin if the seed has it on).
    const nova = body.docs.find((m: { slug: string }) => m.slug === 'nova-esperanca')
    if (nova.modules.includes('municompra')) {
      const admin = await login(stack.cms, account('municipal-admin', 'nova-esperanca'))
      const res = await api(stack.cms)
        .patch(`/api/municipalities/${nova.id}`)
        .set(auth(admin))
        .send({ modules: nova.modules.filter((s: string) => s !== 'municompra') })
      expect(res.status).toBe(200)
    }
    for (const path of ['tenders', `tenders/PE-2026-002`, 'tenders/register', 'account/bids'])
      expect([path, (await page.goto(`/m/nova-esperanca/pt/${path}`))?.status()]).toEqual([path, 404])
    // What a visitor of Nova Esperança gets at a tender address: the portal's 404, in Portuguese.
    await page.getByRole('heading', { level: 1, name: 'Página não encontrada' }).waitFor()
    await stack.screenshot(page, 'tender-nova-esperanca-module-off')
    await page.goto('/m/nova-esperanca/pt')
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
    expect(hrefs.filter((h) => /\/tenders(\/|$|\?)/.test(h))).toEqual([])
    await expect(page.getByRole('heading', { name: 'Licitações abertas' }).count()).resolves.toBe(0)
  })
})
