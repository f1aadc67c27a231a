/**
 * MuniServi on the portal, end to end in Chromium against a real CMS and a real SMTP server: a citizen
 * signs up, verifies by the emailed link, logs in and sends a request with a file through the form
 * generated from the service's definition — checking the answers first, changing one, the file kept — then
 * finds it under "my requests" and on the tracking page
 * (also through the emailed link); the server checks the form again when the browser does not (no
 * JavaScript, no native checks) and shows the CMS's own refusals by their fields, creating nothing; without
 * JavaScript the answers are checked, changed and sent with the file kept between the steps;
 * axe finds nothing on every MuniServi route template in es and pt, nor where the content lacks the
 * language asked for (shown in the municipality's, marked lang); screenshots of a form per municipality.
 */
import type { Page } from 'playwright-core'

import { simplePdf } from '@e-muni/sdk'
import { guideShot, linkIn } from '@e-muni/sdk/testing'

import {
  answersShown,
  attachmentBytes,
  email,
  NOVA,
  password,
  PDF,
  requestsFrom,
  seeText,
  setUp,
  stack,
  tearDown,
  VILLA,
  withoutNativeChecks,
} from './portal.context'
import { largeFileCases, requesterCases } from './portal.requester'
import { contentLanguageCases } from './cases/portalLanguages'

/** The citizen's signed-in page (test 1), and their request's tracking code. */
let citizen: Page
let code = ''

beforeAll(setUp, 600_000)
afterAll(tearDown)

describe('a citizen’s request, from sign-up to tracking', () => {
  it('signs up, verifies, logs in, sends a request with a file, and finds it under “my requests” and on the tracking page', async () => {
    const page = await stack.newPage()
    await page.goto(`${VILLA}/account/signup`)
    await page.getByLabel('Nombre y apellido').fill('Vecina Trámites')
    await page.getByLabel('Correo electrónico').fill(email)
    await page.getByLabel(/^Contraseña/).fill(password)
    await page.getByLabel('Repita la contraseña').fill(password)
    await page.getByLabel(/Acepto las condiciones/).check()
    await page.getByRole('button', { name: 'Crear cuenta' }).click()
    await seeText(page, `Le enviamos un correo a ${email}`)
    const welcome = await stack.smtp.waitForMail(email, (m) => m.subject === 'Confirme su correo')
    await page.goto(linkIn(welcome.html as string, '/account/verify/'))
    await page.getByRole('button', { name: 'Confirmar mi correo' }).click()
    await seeText(page, 'Su correo quedó confirmado')

    // From the catalogue to the service's form; the form's log-in link comes back to it.
    await page.goto(`${VILLA}/services`)
    await page.getByRole('link', { name: 'Constancia de residencia' }).click()
    await page.waitForURL(/\/services\/res$/)
    await page.getByRole('link', { name: 'Iniciar la solicitud en línea' }).click()
    await page.waitForURL(/\/services\/res\/request$/)
    await page.getByRole('link', { name: /Inicie sesión/ }).click()
    await page.waitForURL(/\/account\/login\?next=/)
    await page.getByLabel('Correo electrónico').fill(email)
    await page.getByLabel(/^Contraseña/).fill(password)
    await page.getByRole('button', { name: 'Entrar' }).click()
    await page.waitForURL(/\/services\/res\/request$/)
    await seeText(page, `Enviará la solicitud como Vecina Trámites (${email})`)

    await page.getByLabel('Cédula de identidad').fill('1234567')
    await page.getByLabel('Dirección', { exact: true }).fill('Calle Durazno 1234')
    await page.getByLabel('Para presentar ante').selectOption('banco')
    await page.getByLabel('Factura de servicio').setInputFiles({
      name: 'factura.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    })
    await guideShot(page, 'es/ciudadania-tramite-formulario')
    // "Continue" shows the answers to check (focused), each with "Change"; nothing is sent yet.
    await page.getByRole('button', { name: 'Continuar' }).click()
    const check = page.getByRole('heading', { name: 'Revise sus respuestas antes de enviar' })
    await check.waitFor()
    await guideShot(page, 'es/ciudadania-tramite-revision')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Revise sus respuestas antes de enviar',
    )
    await expect(answersShown(page)).resolves.toMatchObject({
      'Cédula de identidad': '1234567',
      'Para presentar ante': expect.stringMatching(/banco/i),
      'Factura de servicio': 'factura.pdf (1 KB)',
    })
    await stack.expectAccessible(page, 'check your answers (es)')
    expect(await requestsFrom('villa-esperanza', email)).toHaveLength(0)
    // "Change" goes back to the form with every answer, the file kept ("already attached"), the answer focused.
    await page.getByRole('button', { name: 'Cambiar Cédula de identidad' }).click()
    const cedula = page.getByLabel('Cédula de identidad')
    await expect(cedula.inputValue()).resolves.toBe('1234567')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('f-answers-cedula')
    await expect(page.getByLabel('Dirección', { exact: true }).inputValue()).resolves.toBe('Calle Durazno 1234')
    await expect(page.getByLabel('Para presentar ante').inputValue()).resolves.toBe('banco')
    await expect(page.locator('[data-kept-file]').allTextContents()).resolves.toEqual([
      'Ya adjuntado: factura.pdf (1 KB)',
    ])
    await stack.expectAccessible(page, 'service form after “Change”, a file kept (es)')
    await cedula.fill('7654321')
    await page.getByRole('button', { name: 'Continuar' }).click()
    await check.waitFor()
    await expect(answersShown(page)).resolves.toMatchObject({
      'Cédula de identidad': '7654321',
      'Factura de servicio': 'factura.pdf (1 KB)',
    })
    await page.getByRole('button', { name: 'Enviar la solicitud' }).click()
    await page.getByRole('heading', { name: 'Solicitud recibida' }).waitFor()
    // The receipt says what happens next, and by when.
    await expect(page.locator('[data-next-steps]').textContent()).resolves.toMatch(
      /^Qué sigue: la municipalidad revisa su solicitud y le responde a más tardar el \S.+\. Le escribiremos/,
    )
    code = (await page.locator('[data-tracking-code]').textContent()) ?? ''
    expect(code).toMatch(/^RES-\d{4}-\d{6}$/)
    const varying = ['[data-tracking-code]', '[data-tracking-token]', '[data-due]', '[data-next-steps]']
    await guideShot(page, 'es/ciudadania-tramite-enviado', { mask: varying.map((v) => page.locator(v)) })
    // The receipt shows the tracking key, the requester's capability (issue 21).
    const key = (await page.locator('[data-tracking-token]').textContent()) ?? ''
    expect(key).toMatch(/^[A-Za-z0-9_-]{32}$/)

    // In the CMS: one request, the person's, with the file and the answers.
    const [stored, ...others] = await requestsFrom('villa-esperanza', email)
    expect(others).toHaveLength(0)
    expect(stored).toMatchObject({ trackingCode: code })
    expect(stored!.requester).toBeTruthy()
    expect(stored!.attachments).toHaveLength(1)
    expect(stored!.answers).toMatchObject({
      cedula: '7654321',
      finalidad: 'banco',
      domicilio: { address: 'Calle Durazno 1234' },
    })
    expect(stored!.answers.factura[0].name).toBe('factura.pdf')
    await expect(attachmentBytes('villa-esperanza', stored!.attachments[0])).resolves.toEqual(PDF)

    // "My requests" lists it; its code leads to the tracking page.
    await page.goto(`${VILLA}/account/requests`)
    const row = page.getByRole('row', { name: new RegExp(code) })
    await expect(row.textContent()).resolves.toMatch(/Constancia de residencia.*Recibida/)
    await row.getByRole('link', { name: code }).click()
    await page.getByRole('heading', { name: `Solicitud ${code}` }).waitFor()
    await expect(page.locator('dl').textContent()).resolves.toContain('Recibida')
    citizen = page

    // The acknowledgement's link carries the tracking key: it opens the request on the portal, signed out.
    const ack = await stack.smtp.waitForMail(email, (m) => m.subject === `Recibimos su solicitud ${code}`)
    expect(ack.text).toContain(key)
    const link = linkIn(ack.html as string, '/services/track')
    expect(link).toBe(`${stack.portalUrl}${VILLA}/services/track?code=${code}&token=${key}`)
    const anonymous = await stack.newPage()
    await anonymous.goto(link)
    await anonymous.getByRole('heading', { name: `Solicitud ${code}` }).waitFor()
    // By hand: the code, then the key posted by the form (kept out of the address).
    const byHand = await stack.newPage()
    await byHand.goto(`${VILLA}/services/track?code=${code}`)
    await expect(byHand.getByLabel('Código de seguimiento').inputValue()).resolves.toBe(code)
    await byHand.getByLabel('Clave de seguimiento').fill(key)
    await byHand.getByRole('button', { name: 'Consultar' }).click()
    await byHand.getByRole('heading', { name: `Solicitud ${code}` }).waitFor()
    await byHand.getByRole('table', { name: `Cambios de estado de la solicitud ${code}` }).waitFor()
    expect(byHand.url()).toBe(`${stack.portalUrl}${VILLA}/services/track?code=${code}`)
    // Someone with the code and the requester's email, or a wrong key, sees a clear message, not the request.
    for (const guess of [`email=${email}`, `token=${'A'.repeat(32)}`]) {
      const stranger = await stack.newPage()
      await stranger.goto(`${VILLA}/services/track?code=${code}&${guess}`)
      await seeText(stranger, `No encontramos la solicitud ${code} con esos datos.`)
      await expect(stranger.getByRole('heading', { name: `Solicitud ${code}` }).count()).resolves.toBe(0)
    }
  })
})

describe('server-side checks', () => {
  it('without JavaScript or the browser’s checks, a missing required field shows its error by the field and nothing is created; the CMS’s refusal of a file shows by its field too', async () => {
    const requester = `sin-js.${Date.now()}@example.org`
    const page = await stack.newPage({ javaScript: false })
    await page.goto(`${VILLA}/services/pod/request`)
    await withoutNativeChecks(page)
    await page.getByLabel('Nombre y apellido').fill('Sin JavaScript')
    await page.getByLabel('Correo electrónico').fill(requester)
    await page.getByLabel('Dirección', { exact: true }).fill('Av. Rivera 1450')
    await page.getByLabel('Detalle').fill('Ramas sobre la vereda')
    await page.getByRole('button', { name: 'Continuar' }).click()
    await page.locator('#f-answers-motivo-error').waitFor()
    await expect(page.locator('#f-answers-motivo-error').textContent()).resolves.toBe('Complete este campo.')
    const motivo = page.getByLabel('Motivo')
    await expect(motivo.getAttribute('aria-invalid')).resolves.toBe('true')
    await expect(motivo.getAttribute('aria-describedby')).resolves.toContain('f-answers-motivo-error')
    await expect(
      page
        .getByRole('alert')
        .getByRole('link', { name: /Motivo/ })
        .count(),
    ).resolves.toBe(1)
    // What was typed is still there.
    await expect(page.getByLabel('Dirección', { exact: true }).inputValue()).resolves.toBe('Av. Rivera 1450')
    await expect(page.getByLabel('Detalle').inputValue()).resolves.toBe('Ramas sobre la vereda')
    expect(await requestsFrom('villa-esperanza', requester)).toHaveLength(0)

    // A "photo" that is not an image passes the portal's checks; the CMS refuses it, by its field.
    await withoutNativeChecks(page)
    await page.getByLabel('Motivo').selectOption('seco')
    await page.getByLabel('Foto (opcional)').setInputFiles({
      name: 'foto.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('this is not a photo'),
    })
    await page.getByRole('button', { name: 'Continuar' }).click()
    await page.locator('#f-answers-foto-error').waitFor()
    await expect(page.locator('#f-answers-foto-error').textContent()).resolves.toContain('foto.jpg')
    await expect(page.locator('#f-answers-motivo-error').count()).resolves.toBe(0)
    expect(await requestsFrom('villa-esperanza', requester)).toHaveLength(0)
  })

  it('without JavaScript, “Continue” shows the answers with the file kept, “Change” brings them back (a kept file replaced), “Send” sends them with the same bytes', async () => {
    const requester = `revisar.${Date.now()}@example.org`
    const page = await stack.newPage({ javaScript: false })
    await page.goto(`${VILLA}/services/pod/request`)
    await page.getByLabel('Nombre y apellido').fill('Sin JavaScript')
    await page.getByLabel('Correo electrónico').fill(requester)
    await page.getByLabel('Motivo').selectOption('seco')
    await page.getByLabel('Dirección', { exact: true }).fill('Av. Rivera 1450')
    await page.getByLabel('Detalle').fill('Ramas sobre la vereda')
    await page
      .getByLabel('Foto (opcional)')
      .setInputFiles({ name: 'rama.pdf', mimeType: 'application/pdf', buffer: PDF })
    await page.getByRole('button', { name: 'Continuar' }).click()
    await page.getByRole('heading', { name: 'Revise sus respuestas antes de enviar' }).waitFor()
    await expect(answersShown(page)).resolves.toMatchObject({
      Detalle: 'Ramas sobre la vereda',
      'Foto (opcional)': 'rama.pdf (1 KB)',
      'Nombre y apellido': 'Sin JavaScript',
      'Correo electrónico': requester,
    })
    expect(await requestsFrom('villa-esperanza', requester)).toHaveLength(0)
    await page.getByRole('button', { name: 'Cambiar Detalle' }).click()
    await expect(page.getByLabel('Detalle').inputValue()).resolves.toBe('Ramas sobre la vereda')
    await expect(page.getByLabel('Motivo').inputValue()).resolves.toBe('seco')
    await expect(page.getByLabel('Correo electrónico').inputValue()).resolves.toBe(requester)
    await expect(page.locator('[data-kept-file]').allTextContents()).resolves.toEqual(['Ya adjuntado: rama.pdf (1 KB)'])
    await page.getByLabel('Detalle').fill('Ramas caídas sobre la vereda')
    await page.getByRole('button', { name: 'Continuar' }).click()
    await page.getByRole('heading', { name: 'Revise sus respuestas antes de enviar' }).waitFor()
    await expect(answersShown(page)).resolves.toMatchObject({
      Detalle: 'Ramas caídas sobre la vereda',
      'Foto (opcional)': 'rama.pdf (1 KB)',
    })
    // The file replaced: the kept one removed, another chosen.
    await page.getByRole('button', { name: 'Cambiar Foto (opcional)' }).click()
    await page.getByLabel('Quitar «rama.pdf»').check()
    const other = simplePdf(['Otra foto', 'Av. Rivera 1450'])
    await page
      .getByLabel('Foto (opcional)')
      .setInputFiles({ name: 'otra.pdf', mimeType: 'application/pdf', buffer: other })
    await page.getByRole('button', { name: 'Continuar' }).click()
    await page.getByRole('heading', { name: 'Revise sus respuestas antes de enviar' }).waitFor()
    await expect(answersShown(page)).resolves.toMatchObject({ 'Foto (opcional)': 'otra.pdf (1 KB)' })
    await page.getByRole('button', { name: 'Enviar la solicitud' }).click()
    await page.getByRole('heading', { name: 'Solicitud recibida' }).waitFor()
    const [stored, ...others] = await requestsFrom('villa-esperanza', requester)
    expect(others).toHaveLength(0)
    expect(stored!.answers).toMatchObject({ motivo: 'seco', detalle: 'Ramas caídas sobre la vereda' })
    expect(stored!.answers.foto).toMatchObject([{ name: 'otra.pdf' }])
    expect(stored!.attachments).toHaveLength(1)
    await expect(attachmentBytes('villa-esperanza', stored!.attachments[0])).resolves.toEqual(other)
  })

  it('refuses a request where the signed-in person left a required field empty (JavaScript on), leaving “my requests” as it was', async () => {
    await citizen.goto(`${VILLA}/account/requests`)
    const before = await citizen.locator('tbody tr').count()
    await citizen.goto(`${VILLA}/services/lib/request`)
    await withoutNativeChecks(citizen)
    await citizen.getByLabel('Tipo de bien').selectOption('inmueble')
    await citizen.getByRole('button', { name: 'Continuar' }).click()
    const summary = citizen.getByRole('alert')
    await summary.getByText('Revise los siguientes datos').waitFor()
    await expect(citizen.locator('#f-answers-identificador-error').textContent()).resolves.toBe('Complete este campo.')
    // The summary takes focus, so that a screen reader reads it first.
    await expect(citizen.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('alert')
    await stack.expectAccessible(citizen, 'service form with errors (es)')
    await citizen.goto(`${VILLA}/account/requests`)
    await expect(citizen.locator('tbody tr').count()).resolves.toBe(before)
  })
})

describe('accessibility (axe: WCAG 2.0–2.2 A and AA) and the pages’ content', () => {
  it('catalogue, search, service page with JSON-LD, form, tracking and my requests in Spanish (Villa Esperanza)', async () => {
    const page = await stack.newPage()
    await page.goto(VILLA)
    await page.getByRole('heading', { level: 2, name: 'Trámites en línea' }).waitFor()

    await page.goto(`${VILLA}/services`)
    await page.getByRole('heading', { level: 2, name: 'Espacio público' }).waitFor()
    await stack.expectAccessible(page, 'catalogue (es)')
    await page.getByLabel('Buscar un servicio por nombre').fill('poda')
    await page.getByRole('button', { name: 'Buscar' }).click()
    await page.waitForURL(/\/services\?q=poda$/)
    await page.getByRole('link', { name: 'Poda o extracción de árbol en vía pública' }).waitFor()
    await expect(page.getByRole('link', { name: 'Reporte de bache' }).count()).resolves.toBe(0)
    await stack.expectAccessible(page, 'catalogue search (es)')

    await page.goto(`${VILLA}/services/hab`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Habilitación comercial')
    await seeText(page, '15 días hábiles')
    await seeText(page, 'Dirección de Promoción Económica')
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
    expect(jsonLd).toMatchObject({ '@type': 'GovernmentService', identifier: 'HAB', name: 'Habilitación comercial' })
    const online = jsonLd.availableChannel.find((c: { name: string }) => c.name === 'online')
    expect(online.serviceUrl).toBe(`${stack.portalUrl}${VILLA}/services/hab`)
    // The municipality's sitemap lists each service's page in the four languages (the portal part's `sitemap`).
    const sitemap = await (await fetch(`${stack.portalUrl}/m/villa-esperanza/sitemap.xml`)).text()
    for (const lang of ['es', 'pt', 'en', 'fr'])
      expect(sitemap).toContain(`<loc>${stack.portalUrl}/m/villa-esperanza/${lang}/services/hab</loc>`)
    await stack.expectAccessible(page, 'service page (es)')

    await page.goto(`${VILLA}/services/hab/request`)
    await stack.expectAccessible(page, 'service form, every field type but two (es)')
    expect((await page.goto(`${VILLA}/services/nope`))?.status()).toBe(404)
    await page.goto(`${VILLA}/services/luz/request`)
    await stack.expectAccessible(page, 'service form with multiple choice (es)')

    await page.goto(`${VILLA}/services/track?code=XYZ-2026-000999&email=nadie@example.org`)
    await seeText(page, 'No encontramos la solicitud XYZ-2026-000999 con esos datos.')
    await stack.expectAccessible(page, 'tracking, unknown code (es)')
    await citizen.goto(`${VILLA}/services/track?code=${code}`)
    await citizen.getByRole('heading', { name: `Solicitud ${code}` }).waitFor()
    await stack.expectAccessible(citizen, 'tracking, a request (es)')
    await citizen.goto(`${VILLA}/account/requests`)
    await stack.expectAccessible(citizen, 'my requests (es)')

    // "My requests" needs a person: to the log-in page, coming back after.
    await page.goto(`${VILLA}/account/requests`)
    await page.waitForURL(/\/account\/login\?next=/)
  })

  it('the same in Portuguese (Nova Esperança), with a request sent there by the same person', async () => {
    const page = await stack.newPage()
    await page.goto(`${NOVA}/services`)
    await page.getByRole('heading', { level: 2, name: 'Zeladoria urbana' }).waitFor()
    await stack.expectAccessible(page, 'catalogue (pt)')
    await page.goto(`${NOVA}/services?q=inexistente`)
    await seeText(page, 'Nenhum serviço corresponde a “inexistente”.')
    await stack.expectAccessible(page, 'catalogue, no results (pt)')
    await page.goto(`${NOVA}/services/alv`)
    await seeText(page, 'Considera-se aprovado')
    await stack.expectAccessible(page, 'service page (pt)')
    await page.goto(`${NOVA}/services/vol/request`)
    await stack.expectAccessible(page, 'service form, number, date and choices (pt)')
    await withoutNativeChecks(page)
    await page.getByRole('button', { name: 'Continuar' }).click()
    await page.getByRole('alert').getByText('Verifique os seguintes dados').waitFor()
    await expect(page.locator('#f-answers-itens-error').textContent()).resolves.toBe('Preencha este campo.')
    await expect(page.locator('#f-email-error').textContent()).resolves.toBe('Preencha este campo.')
    await stack.expectAccessible(page, 'service form with errors (pt)')
    await page.goto(`${NOVA}/services/track?code=ABC-2026-000001&email=ninguem@example.org`)
    await seeText(page, 'Não encontramos a solicitação ABC-2026-000001 com esses dados.')
    await stack.expectAccessible(page, 'tracking, unknown code (pt)')

    // The person signed in on Villa Esperanza is signed in here too: a request without a file.
    await citizen.goto(`${NOVA}/services/cnd/request`)
    await citizen.getByLabel('Em nome de').selectOption('imovel')
    await citizen.getByLabel('CPF, CNPJ ou inscrição imobiliária').fill('55012')
    await guideShot(citizen, 'pt/cidadaos-tramite-formulario')
    await citizen.getByRole('button', { name: 'Continuar' }).click()
    await citizen.getByRole('heading', { name: 'Confira suas respostas antes de enviar' }).waitFor()
    await stack.expectAccessible(citizen, 'check your answers (pt)')
    await guideShot(citizen, 'pt/cidadaos-tramite-revisao')
    await citizen.getByRole('button', { name: 'Enviar a solicitação' }).click()
    await citizen.getByRole('heading', { name: 'Solicitação recebida' }).waitFor()
    const novaCode = (await citizen.locator('[data-tracking-code]').textContent()) ?? ''
    expect(novaCode).toMatch(/^CND-\d{4}-\d{6}$/)
    await guideShot(citizen, 'pt/cidadaos-tramite-enviado', {
      mask: ['[data-tracking-code]', '[data-tracking-token]', '[data-due]', '[data-next-steps]'].map((v) =>
        citizen.locator(v),
      ),
    })
    await citizen.getByRole('link', { name: 'Ver a situação da solicitação' }).click()
    await citizen.getByRole('heading', { name: `Solicitação ${novaCode}` }).waitFor()
    await stack.expectAccessible(citizen, 'tracking, a request (pt)')
    await citizen.goto(`${NOVA}/account/requests`)
    const rows = citizen.locator('tbody tr')
    await expect(rows.count()).resolves.toBe(1)
    await expect(rows.first().textContent()).resolves.toMatch(new RegExp(`${novaCode}.*Certidão negativa.*Recebida`))
    await stack.expectAccessible(citizen, 'my requests (pt)')
  })
})

requesterCases(() => ({ page: citizen, code, email }))
largeFileCases()
contentLanguageCases()

describe('screenshots', () => {
  it('writes a service form of each municipality', async () => {
    const page = await stack.newPage()
    for (const [slug, path] of [
      ['villa-esperanza', `${VILLA}/services/hab/request`],
      ['nova-esperanca', `${NOVA}/services/alv/request`],
    ]) {
      await page.goto(path!)
      await page.getByRole('button').last().waitFor()
      const file = await stack.screenshot(page, `service-form-${slug}`)
      const { size } = await import('node:fs').then((fs) => fs.statSync(file))
      expect(size).toBeGreaterThan(10_000)
    }
  })
})
