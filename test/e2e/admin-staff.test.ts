/**
 * Staff at work in the admin (production bundle, real Chromium), in Spanish and in Portuguese: each role
 * saves its everyday edits from the admin's edit views, and the test reads them back through the API:
 * - service agent: assigns a request to themself, writes to the citizen, adds an internal note, then
 *   starts the review with the workflow button while a second note is still unsaved (the action saves it);
 *   the citizen's answers and attached photo are readable with every address but this server unreachable;
 * - service supervisor: reassigns a request;
 * - procurement officer: creates a draft tender through the form, edits it, publishes it (confirmed);
 * - evaluator: scores an opened bid of a tender in evaluation;
 * - moderator: hides a published proposal with a comment;
 * - editor: edits a page and a news item;
 * - municipal administrator: edits the municipality's settings and switches a module.
 * Spanish in Villa Esperanza (Uruguay), Portuguese in Nova Esperança (Brazil); the evaluator and the
 * moderator (demo accounts of Villa Esperanza only) work there with a Portuguese browser.
 */
import fs from 'node:fs'

import AxeBuilder from '@axe-core/playwright'
import sharp from 'sharp'
import type { Browser, Page } from 'playwright-core'

import {
  account,
  api,
  auth,
  closeBrowser,
  closeContext,
  hydrated,
  launchChromium,
  login,
  municipalityId,
  offlineExcept,
  startServer,
  type TestServer,
  usingPostgres,
} from '../../src/plugins/sdk/testing'

let server: TestServer
let browser: Browser

type Lang = 'es' | 'pt'
const PLACES: Record<Lang, { slug: string; locale: string }> = {
  es: { slug: 'villa-esperanza', locale: 'es-UY' },
  pt: { slug: 'nova-esperanca', locale: 'pt-BR' },
}
/** The evaluator and the moderator are demo accounts of Villa Esperanza only. */
const VILLA = PLACES.es.slug
const ids: Record<string, number | string> = {}
const requests: Record<Lang, { agent: number | string; supervisor: number | string; code: string }> = {} as never

const FORM = [
  {
    key: 'tipo',
    type: 'select',
    required: true,
    label: 'Tipo de arreglo',
    options: [
      { value: 'vereda', label: 'Vereda rota' },
      { value: 'arbol', label: 'Árbol caído' },
    ],
  },
  { key: 'urgente', type: 'checkbox', label: '¿Es urgente?' },
  { key: 'fecha', type: 'date', label: 'Desde cuándo' },
  { key: 'foto', type: 'file', label: 'Foto del lugar' },
]

const json = (res: { status: number; body: unknown }, status: number) => {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`)
  return res.body as Record<string, any>
}

beforeAll(async () => {
  server = await startServer()
  // Every address but this server's is unreachable: the admin must need nothing from elsewhere.
  browser = await launchChromium([offlineExcept(server.url)])
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c0392b' } })
    .png()
    .toBuffer()
  for (const lang of ['es', 'pt'] as const) {
    const slug = PLACES[lang].slug
    const tenant = await municipalityId(server, slug)
    ids[`tenant-${lang}`] = tenant
    const admin = await login(server, account('municipal-admin', slug))
    json(
      await api(server)
        .post('/api/servi-services')
        .set(auth(admin))
        .send({
          tenant,
          code: 'ADM',
          name: 'Arreglos',
          summary: 'Pedidos de arreglo.',
          maxBusinessDays: 5,
          audience: ['people'],
          active: true,
          form: FORM,
        }),
      201,
    )
    const codes: string[] = []
    for (const name of ['Ana Pérez', 'Beto Gómez']) {
      const res = await api(server)
        .post(`/api/m/${slug}/muniservi/requests`)
        .field(
          'data',
          JSON.stringify({
            service: 'ADM',
            answers: { tipo: 'arbol', urgente: true, fecha: '2026-11-30' },
            name,
            email: `${name.split(' ')[0].toLowerCase()}@correo.test`,
          }),
        )
        .attach('answers.foto', photo, { filename: 'lugar.png', contentType: 'image/png' })
      codes.push(json(res, 201).trackingCode)
    }
    const agent = await login(server, account('service-agent', slug))
    const find = async (code: string) =>
      json(
        await api(server)
          .get('/api/servi-requests')
          .query({ where: { trackingCode: { equals: code }, tenant: { equals: tenant } }, depth: 0 })
          .set(auth(agent)),
        200,
      ).docs[0]
    const [first, second] = [await find(codes[0]), await find(codes[1])]
    const agentId = json(await api(server).get('/api/users/me').set(auth(agent)), 200).user.id
    ids[`agent-${lang}`] = agentId
    // The supervisor's request: assigned to the agent, to be reassigned.
    json(await api(server).patch(`/api/servi-requests/${second.id}`).set(auth(agent)).send({ assignee: agentId }), 200)
    requests[lang] = { agent: first.id, supervisor: second.id, code: codes[0] }
  }
}, 300_000)
afterAll(async () => {
  await closeBrowser(browser)
  // The server's log beside the screenshots, for the reader of a failure.
  if (server) fs.writeFileSync('test-results/admin-staff-server.log', server.logs.join(''))
  await server?.stop()
})

/** The test's page, photographed after the test (test-results/), for the next reader of a failure. */
let current: Page | undefined
afterEach(async () => {
  const name = (expect.getState().currentTestName ?? 'test').replace(/[^\w]+/g, '-').slice(0, 80)
  if (!current) return
  await current.screenshot({ path: `test-results/admin-staff-${name}.png`, fullPage: true }).catch(() => undefined)
  await closeContext(current)
  current = undefined
})

/** A logged-in page whose browser reaches only this server: every other address is refused. */
const staffPage = async (role: string, slug: string, lang: Lang): Promise<Page> => {
  // Signed in through the API (the login form is driven in admin-modules and admin-tenants): the
  // session cookie the login form would set.
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    locale: PLACES[lang].locale,
  })
  await context.addCookies([{ name: 'payload-token', value: await tokenOf(role, slug), url: server.url }])
  const page = await context.newPage()
  page.setDefaultTimeout(120_000)
  current = page
  page.on('dialog', (dialog) => void dialog.accept())
  // The home page first, as after signing in: the admin picks the user's municipality there (the tenant
  // cookie that a new document's municipality comes from).
  await page.goto(`${server.url}/admin`, { timeout: 180_000 })
  await page.waitForFunction(() => document.cookie.includes('payload-tenant='), null, { timeout: 60_000 })
  return page
}

const open = async (page: Page, path: string) => {
  await page.goto(`${server.url}/admin/${path}`, { timeout: 180_000 })
  await page.locator('#action-save').waitFor()
  await hydrated(page, '#action-save')
}

type Saved = { status: number; body: Record<string, any> }

/** Does `act` (a click) send a save of `collection` — and what did the server answer? */
const saving = async (page: Page, collection: string, act: () => Promise<unknown>): Promise<Saved> => {
  // The document's own address: `/api/compra-tenders` (create) or `/api/compra-tenders/17` (update) — not the admin's
  // access checks (`POST /api/compra-tenders/access/17`), which answer in the meantime.
  const own = new RegExp(`^/api/${collection}(/(?!access$)[^/]+)?$`)
  const isSave = (r: { url: () => string; request: () => { method: () => string } }) =>
    own.test(new URL(r.url()).pathname) && ['POST', 'PATCH'].includes(r.request().method())
  const response = page.waitForResponse(isSave, { timeout: 60_000 })
  await act()
  const res = await response
  return { status: res.status(), body: (await res.json().catch(() => ({}))) as Saved['body'] }
}

/** The save's status, with the server's message when it is not the one expected. */
const expectSaved = (saved: Saved, status: number) =>
  expect({ status: saved.status, errors: saved.status === status ? undefined : saved.body.errors }).toEqual({
    status,
    errors: undefined,
  })

const save = (page: Page, collection: string) =>
  saving(page, collection, async () => {
    await page.locator('#action-save:not([disabled])').waitFor()
    await page.locator('#action-save').click()
  })

/** Picks `option` in the relationship or select field `path`. */
const pick = async (page: Page, path: string, option: string) => {
  await page.locator(`#field-${path} .rs__control`).click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

/** One session per account for the whole file. */
const tokens = new Map<string, Promise<string>>()
const tokenOf = (role: string, slug: string): Promise<string> => {
  const key = `${role}@${slug}`
  if (!tokens.has(key)) tokens.set(key, login(server, account(role, slug)))
  return tokens.get(key)!
}

const read = async (role: string, slug: string, path: string) =>
  json(
    await api(server)
      .get(path)
      .set(auth(await tokenOf(role, slug))),
    200,
  )

/** A date `days` from now, as the picker reads it (dd/MM/yyyy HH:mm). */
const typed = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000)
  const p = (n: number) => String(n).padStart(2, '0')
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} 10:00`
}

describe.each(['es', 'pt'] as const)('staff at work in the admin (%s)', (lang) => {
  const slug = PLACES[lang].slug
  const t = (es: string, pt: string) => (lang === 'es' ? es : pt)

  it('agent: reads the answers offline, assigns, writes to the citizen, notes, and starts the review', async () => {
    const page = await staffPage('service-agent', slug, lang)
    await open(page, `collections/servi-requests/${requests[lang].agent}`)
    // The answers under the form's labels, the option by its label, yes/no, the date day first, and
    // the photo loaded from this server (its pixels decoded), with every other address refused.
    const answers = page.locator('.request-answers')
    await answers.waitFor()
    const text = await answers.innerText()
    for (const expected of ['Tipo de arreglo', 'Árbol caído', t('Sí', 'Sim'), '30/11/2026', 'Foto del lugar'])
      expect(text).toContain(expected)
    const img = answers.locator('img')
    await img.waitFor()
    await page.waitForFunction(
      () => (document.querySelector('.request-answers img') as HTMLImageElement | null)?.naturalWidth === 64,
    )
    // Other addresses are unreachable from this browser indeed: even this server under another name. (A page
    // of its own: the admin's Content-Security-Policy would refuse a fetch from the admin page anyway.)
    const probe = await page.context().newPage()
    const reached = await probe.goto(`http://localhost:${server.port}/readyz`).then(
      (res) => `answered ${res?.status()}`,
      (error: Error) => error.message.split('\n')[0],
    )
    await probe.close()
    expect(reached).toMatch(/net::ERR_NAME_NOT_RESOLVED/)
    // The citizen's data is read-only for staff.
    expect(await page.locator('#field-requesterName').isDisabled()).toBe(true)

    await pick(page, 'assignee', account('service-agent', slug).email)
    await page.locator('#field-newMessage').fill(t('Mañana vamos a verlo.', 'Amanhã vamos ver.'))
    await page.locator('#field-newNote').fill('Llamar a la cuadrilla.')
    const saved = await save(page, 'servi-requests')
    expectSaved(saved, 200)
    const doc = await read('service-agent', slug, `/api/servi-requests/${requests[lang].agent}?depth=0`)
    expect(doc.assignee).toBe(ids[`agent-${lang}`])
    expect(doc.messages.map((m: { body: string }) => m.body)).toEqual([t('Mañana vamos a verlo.', 'Amanhã vamos ver.')])
    expect(doc.internalNotes[0]).toMatchObject({
      body: 'Llamar a la cuadrilla.',
      author: account('service-agent', slug).email,
    })

    // An unsaved note, then the workflow action: both are saved, in one request.
    // The boxes are empty again after the save; the saved message and note are in the lists.
    await page.locator('#field-internalNotes .row-label-note').first().waitFor()
    expect(await page.locator('#field-newNote').inputValue()).toBe('')
    await page.locator('#field-newNote').fill('Cuadrilla avisada.')
    const button = page.locator('#workflow-to-in-review')
    expect(await button.innerText()).toBe(t('Comenzar revisión', 'Iniciar análise'))
    // Buttons only for what the role may do: the requester's cancel is the requester's… and staff's;
    // approving needs the review first.
    expect(await page.locator('#workflow-to-approved').count()).toBe(0)
    const moved = await saving(page, 'servi-requests', () => button.click())
    expectSaved(moved, 200)
    const after = await read('service-agent', slug, `/api/servi-requests/${requests[lang].agent}?depth=0`)
    expect(after.status).toBe('in-review')
    expect(after.internalNotes.map((n: { body: string }) => n.body)).toEqual([
      'Llamar a la cuadrilla.',
      'Cuadrilla avisada.',
    ])
    expect(after.history.map((h: { to: string }) => h.to)).toEqual(['in-review'])
    await page.locator('#workflow-current', { hasText: t('En revisión', 'Em análise') }).waitFor()
    // The conversation and the history read as such: who, when, what — not "Mensaje 01".
    const stamp = String.raw`\d{2}/\d{2}/\d{4} \d{2}:\d{2}`
    const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    expect(await page.locator('#field-messages .row-label-message').first().innerText()).toMatch(
      new RegExp(
        `^${t('Municipio', 'Município')} · ${stamp} — ${esc(t('Mañana vamos a verlo.', 'Amanhã vamos ver.'))}$`,
      ),
    )
    expect(await page.locator('#field-internalNotes .row-label-note').first().innerText()).toMatch(
      new RegExp(`^${esc(account('service-agent', slug).email)} · ${stamp} — Llamar a la cuadrilla\\.$`),
    )
    expect(await page.locator('#field-history .row-label-history').first().innerText()).toMatch(
      new RegExp(`^${stamp} · ${t('Recibida → En revisión', 'Recebida → Em análise')} · `),
    )

    // A transition that needs a comment says so, names the action, and sends nothing without one.
    await page.locator('#workflow-to-needs-information').click()
    expect(await page.locator('#workflow-error').innerText()).toContain(
      t('Pedir información al vecino', 'Pedir informações ao cidadão'),
    )
    expect(await page.locator('label[for="workflow-comment"]').innerText()).toContain(
      t('visible al vecino', 'visível ao cidadão'),
    )
  }, 300_000)

  it('supervisor: reassigns a request', async () => {
    const page = await staffPage('service-supervisor', slug, lang)
    await open(page, `collections/servi-requests/${requests[lang].supervisor}`)
    await pick(page, 'assignee', account('service-supervisor', slug).email)
    expectSaved(await save(page, 'servi-requests'), 200)
    const supervisor = await read('service-supervisor', slug, '/api/users/me')
    const doc = await read('service-supervisor', slug, `/api/servi-requests/${requests[lang].supervisor}?depth=0`)
    expect(doc.assignee).toBe(supervisor.user.id)
  }, 300_000)

  it('officer: creates a draft tender through the form in steps, edits it and publishes it', async () => {
    const page = await staffPage('procurement-officer', slug, lang)
    const tab = (es: string, pt: string) => page.locator('.tabs-field__tab-button', { hasText: t(es, pt) })
    const step = (key: string) => page.locator(`.tender-steps [data-step="${key}"]`)
    await open(page, 'collections/compra-tenders/create')
    // Nothing to fill after publication yet; the reference is suggested.
    expect(await tab('Después de publicar', 'Após a publicação').isVisible()).toBe(false)
    const reference = await page.locator('#field-reference').inputValue()
    expect(reference).toMatch(new RegExp(`^LIC-${new Date().getFullYear()}-\\d{4}$`))
    expect(await step('data').getAttribute('data-complete')).toBe('false')

    // The list row first, before any other field: a new row waits for the server's form state, which a
    // change of another field still in flight can leave pending (seen on a loaded machine, on PostgreSQL).
    await tab('Ítems y valor', 'Itens e valor').click()
    await page.locator('#field-items .array-field__add-row').click()
    const description = page.locator('#field-items__0__description')
    await description.waitFor({ timeout: 30_000 }).catch(async () => {
      // As a person whose click showed nothing would, once: click again if no row came.
      if ((await page.locator('#field-items .array-field__row').count()) === 0) {
        process.stdout.write('[admin-staff] the first click on «add item» showed no row: clicking again\n')
        await page.locator('#field-items .array-field__add-row').click()
      }
    })
    await description.fill(t('Banco de hormigón', 'Banco de concreto'))
    await page.locator('#field-items__0__quantity').fill('12')
    // The currency is the municipality's.
    const currency = (await read('procurement-officer', slug, `/api/municipalities/${ids[`tenant-${lang}`]}?depth=0`))
      .currency as string
    expect(await page.locator('#field-value__currency').inputValue()).toBe(currency)
    await page.locator('.tender-steps [data-step="items"][data-complete="true"]').waitFor()

    await tab('Datos', 'Dados').click()
    await page.locator('#field-title').fill(t('Bancos para la plaza', 'Bancos para a praça'))
    await pick(page, 'category', t('Bienes', 'Bens'))
    await page.locator('.tender-steps [data-step="data"][data-complete="true"]').waitFor()

    await tab('Plazos', 'Prazos').click()
    await page.locator('#field-enquiryDeadline input').fill(typed(10))
    await page.locator('#field-submissionDeadline input').fill(typed(20))
    await page.locator('#field-openingAt input').fill(typed(21))
    // A deadline says the time zone it is read in, and the municipality's when that differs.
    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)
    const note = await page.locator('#field-submissionDeadline .time-zone-note').innerText()
    expect(note).toContain(t(`Hora de ${zone}`, `Horário de ${zone}`))
    const municipal = (await read('procurement-officer', slug, `/api/municipalities/${ids[`tenant-${lang}`]}?depth=0`))
      .timezone as string
    const offset = (z: string) =>
      new Intl.DateTimeFormat('en', { timeZone: z, timeZoneName: 'shortOffset' }).formatToParts(new Date()).at(-1)!
        .value
    if (offset(municipal) !== offset(zone)) expect(note).toContain(municipal)
    await page.locator('.tender-steps [data-step="deadlines"][data-complete="true"]').waitFor()

    // The review: what citizens will read, and nothing missing before publishing.
    await tab('Revisar y publicar', 'Revisar e publicar').click()
    const review = page.locator('.tender-review')
    await review.locator('[data-ready="true"]').waitFor()
    const preview = await review.innerText()
    for (const expected of [
      t('Bancos para la plaza', 'Bancos para a praça'),
      reference,
      t('Banco de hormigón', 'Banco de concreto'),
    ])
      expect(preview).toContain(expected)

    const created = await save(page, 'compra-tenders')
    expectSaved(created, 201)
    const id = created.body.doc.id
    let doc = await read('procurement-officer', slug, `/api/compra-tenders/${id}?depth=0&locale=${lang}`)
    expect(doc).toMatchObject({ reference, status: 'draft', title: t('Bancos para la plaza', 'Bancos para a praça') })
    expect(doc.items[0]).toMatchObject({ quantity: 12 })
    expect(doc.value.currency).toBe(currency)
    // The picker read the dates day first, in the browser's time zone.
    expect(new Date(doc.enquiryDeadline).getTime()).toBeGreaterThan(Date.now() + 9 * 86_400_000)

    await page.waitForURL(new RegExp(`/collections/compra-tenders/${id}`))
    await page.locator('#action-save').waitFor()
    await hydrated(page, '#action-save')
    await tab('Datos', 'Dados').click()
    await page.locator('#field-title').fill(t('Bancos y mesas para la plaza', 'Bancos e mesas para a praça'))
    expectSaved(await save(page, 'compra-tenders'), 200)
    doc = await read('procurement-officer', slug, `/api/compra-tenders/${id}?depth=0&locale=${lang}`)
    expect(doc.title).toBe(t('Bancos y mesas para la plaza', 'Bancos e mesas para a praça'))

    const publish = page.locator('#workflow-to-published')
    expect(await publish.innerText()).toBe(t('Publicar licitación', 'Publicar licitação'))
    const published = await saving(page, 'compra-tenders', () => publish.click())
    expectSaved(published, 200)
    doc = await read('procurement-officer', slug, `/api/compra-tenders/${id}?depth=0`)
    expect(doc.status).toBe('published')
    expect(doc.ocid).toContain(reference)
  }, 300_000)

  it('editor: edits a page and a news item', async () => {
    const page = await staffPage('editor', slug, lang)
    const tenant = ids[`tenant-${lang}`]
    for (const collection of ['pages', 'news']) {
      const list = await read('editor', slug, `/api/${collection}?where[tenant][equals]=${tenant}&limit=1&depth=0`)
      const target = list.docs[0]
      await open(page, `collections/${collection}/${target.id}`)
      const title = `${target.title} (${t('revisado', 'revisado')} ${collection})`
      await page.locator('#field-title').fill(title)
      expectSaved(await save(page, collection), 200)
      const doc = await read('editor', slug, `/api/${collection}/${target.id}?depth=0&locale=${lang}`)
      expect(doc.title).toBe(title)
    }
  }, 300_000)

  it('municipal admin: edits the settings and switches a module', async () => {
    const page = await staffPage('municipal-admin', slug, lang)
    const tenant = ids[`tenant-${lang}`]
    await open(page, `collections/municipalities/${tenant}`)
    const phone = lang === 'es' ? '+598 4000 1234' : '+55 51 3000 1234'
    await page.locator('#field-contact__phone').fill(phone)
    const before = await read('municipal-admin', slug, `/api/municipalities/${tenant}?depth=0`)
    const wasOn = (before.modules as string[]).includes('muniagenda')
    // The modules have a tab of their own.
    await page.locator('.tabs-field__tab-button', { hasText: t('Módulos', 'Módulos') }).click()
    await hydrated(page, '#module-switch-muniagenda')
    await page.locator('#module-switch-muniagenda').setChecked(!wasOn)
    // MuniCompra's settings for this municipality, on the same tab under the module's name.
    const notice = page.locator('#field-moduleSettings__municompra__amendmentMinDays')
    expect(await page.locator('label[for="field-moduleSettings__municompra__amendmentMinDays"]').innerText()).toContain(
      t('Días mínimos de aviso tras una enmienda', 'Dias mínimos de aviso após uma alteração'),
    )
    const days = lang === 'es' ? 7 : 5
    await notice.fill(String(days))
    expectSaved(await save(page, 'municipalities'), 200)
    const doc = await read('municipal-admin', slug, `/api/municipalities/${tenant}?depth=0`)
    expect(doc.contact.phone).toBe(phone)
    expect((doc.modules as string[]).includes('muniagenda')).toBe(!wasOn)
    expect(doc.moduleSettings.municompra.amendmentMinDays).toBe(days)
    // The home page shows the module's cards where it is on, and not where it is off.
    await page.goto(`${server.url}/admin`, { timeout: 180_000 })
    await page.locator('#card-servi-requests').waitFor()
    await page.locator('#card-agenda-offices').waitFor({ state: wasOn ? 'hidden' : 'visible' })
  }, 300_000)

  it('municipal admin: imports the census through the admin, all or nothing', async () => {
    const page = await staffPage('municipal-admin', slug, lang)
    const tenant = ids[`tenant-${lang}`]
    const count = async () =>
      Number(
        (
          await server.sql(
            `SELECT COUNT(*) AS n FROM participa_census WHERE tenant_id = ${usingPostgres ? '$1' : '?'}`,
            [tenant],
          )
        )[0].n,
      )
    const before = await count()
    await page.goto(`${server.url}/admin/collections/participa-census`, { timeout: 180_000 })
    await hydrated(page, '#census-file')
    const doc = (i: number) => `${lang.toUpperCase()}ADM${i}`
    const file = (body: string) => ({ name: 'padron.csv', mimeType: 'text/csv', buffer: Buffer.from(body) })
    // A wrong line: named, in the staff's language, and nothing imported.
    await page
      .locator('#census-file')
      .setInputFiles(file(`documento;nacimiento\n${doc(1)};12/04/1985\n${doc(2)};31/02/1990\n`))
    await page.locator('#census-review').click()
    await page.locator('#census-errors [data-line="3"]').waitFor()
    expect(await page.locator('#census-errors [data-line="3"]').innerText()).toContain(
      t('Línea 3: fecha de nacimiento «31/02/1990» no válida', 'Linha 3: data de nascimento «31/02/1990» inválida'),
    )
    expect(await page.locator('#census-import').isDisabled()).toBe(true)
    expect(await count()).toBe(before)
    // Corrected: reviewed (counted, not written), then imported.
    await page
      .locator('#census-file')
      .setInputFiles(file(`documento;nacimiento\n${doc(1)};12/04/1985\n${doc(2)};28/02/1990\n`))
    await page.locator('#census-review').click()
    await page.locator('#census-message[data-phase="reviewed"]').waitFor()
    expect(await page.locator('#census-message').innerText()).toContain(
      t('2 líneas correctas: se añadirían 2', '2 linhas corretas: seriam adicionadas 2'),
    )
    expect(await count()).toBe(before)
    await page.locator('#census-import').click()
    await page.locator('#census-message[data-phase="done"]').waitFor()
    expect(await page.locator('#census-message').innerText()).toContain(
      t('Padrón importado: 2 líneas añadidas', 'Cadastro importado: 2 linhas adicionadas'),
    )
    expect(await count()).toBe(before + 2)
  }, 300_000)

  it('evaluator: scores an opened bid of a tender in evaluation', async () => {
    const page = await staffPage('evaluator', VILLA, lang)
    const asEvaluator = (path: string) => read('evaluator', VILLA, path)
    const tenders = await asEvaluator(
      `/api/compra-tenders?where[status][equals]=evaluation&where[tenant][equals]=${ids['tenant-es']}&depth=0`,
    )
    const bids = await asEvaluator(
      `/api/compra-bids?where[tender][equals]=${tenders.docs[0].id}&sort=supplierName&depth=0`,
    )
    const bid = bids.docs[lang === 'es' ? 0 : 1]
    await open(page, 'collections/compra-bid-evaluations/create')
    await pick(page, 'bid', bid.supplierName)
    await page.locator('#field-score').fill(lang === 'es' ? '87' : '74')
    await page.locator('#field-justification').fill(t('Cumple y es la más barata.', 'Atende e é a mais barata.'))
    const saved = await save(page, 'compra-bid-evaluations')
    expectSaved(saved, 201)
    const doc = await asEvaluator(`/api/compra-bid-evaluations/${saved.body.doc.id}?depth=0`)
    const me = await asEvaluator('/api/users/me')
    expect(doc).toMatchObject({ bid: bid.id, score: lang === 'es' ? 87 : 74, evaluator: me.user.id })
  }, 300_000)

  it('moderator: hides a published proposal, with the reason for its author', async () => {
    const page = await staffPage('moderator', VILLA, lang)
    const proposals = await read(
      'moderator',
      VILLA,
      `/api/participa-proposals?where[status][equals]=published&where[tenant][equals]=${ids['tenant-es']}&sort=id&depth=0`,
    )
    const proposal = proposals.docs[0]
    // The list: quick filters by state, each with the count the API gives the moderator.
    await page.goto(`${server.url}/admin/collections/participa-proposals`, { timeout: 180_000 })
    const pending = page.locator('[data-status-filters="participa-proposals"] [data-status="pending"] .status-count')
    await pending.waitFor()
    const pendingCount = (
      await read('moderator', VILLA, `/api/participa-proposals?where[status][equals]=pending&limit=1&depth=0`)
    ).totalDocs
    expect(Number(await pending.getAttribute('data-count'))).toBe(pendingCount)
    await open(page, `collections/participa-proposals/${proposal.id}`)
    // The author by name (staff cannot read people: not "Sin título - ID: 6").
    const [author] = await server.sql(`SELECT name FROM people WHERE id = ${usingPostgres ? '$1' : '?'}`, [
      proposal.author,
    ])
    expect(await page.locator('#field-authorName').inputValue()).toBe(author.name)
    await page.locator('#workflow-comment').fill(t('Contiene datos personales.', 'Contém dados pessoais.'))
    const hidden = await saving(page, 'participa-proposals', () => page.locator('#workflow-to-hidden').click())
    expectSaved(hidden, 200)
    const doc = await read('moderator', VILLA, `/api/participa-proposals/${proposal.id}?depth=0`)
    expect(doc.status).toBe('hidden')
    expect(doc.history.at(-1)).toMatchObject({
      to: 'hidden',
      comment: t('Contiene datos personales.', 'Contém dados pessoais.'),
    })
    // Shown again, for the next language's run.
    const shown = await saving(page, 'participa-proposals', () => page.locator('#workflow-to-published').click())
    expectSaved(shown, 200)
  }, 300_000)

  it('dashboard: each role sees the counts of its work, equal to the rows', async () => {
    /** The rows of `table` in a municipality, as the database has them. */
    const rows = async (table: string, columns: string, tenant: number | string) =>
      server.sql(`SELECT ${columns} FROM ${table} WHERE tenant_id = ${usingPostgres ? '$1' : '?'}`, [tenant])
    const OPEN = ['submitted', 'in-review', 'needs-information']
    const now = Date.now()
    const expected = async (role: string, slug: string): Promise<Record<string, number>> => {
      const tenant = await municipalityId(server, slug)
      const me = (await read(role, slug, '/api/users/me')).user.id
      const requests = (await rows('servi_requests', 'status, assignee_id, overdue', tenant)).filter((r) =>
        OPEN.includes(String(r.status)),
      )
      const tenders = await rows('compra_tenders', 'status, submission_deadline', tenant)
      const questions = await rows('compra_clarifications', 'answered_at', tenant)
      const proposals = await rows('participa_proposals', 'status, report_count', tenant)
      const services = {
        'muniservi-unassigned': requests.filter((r) => r.assignee_id === null).length,
        'muniservi-overdue': requests.filter((r) => r.overdue === true || r.overdue === 1).length,
      }
      const mine = { 'muniservi-mine': requests.filter((r) => String(r.assignee_id) === String(me)).length }
      const evaluation = { 'municompra-evaluation': tenders.filter((t) => t.status === 'evaluation').length }
      const procurement = {
        'municompra-closing': tenders.filter((t) => {
          const at = new Date(String(t.submission_deadline)).getTime()
          return t.status === 'published' && at > now && at <= now + 7 * 86_400_000
        }).length,
        'municompra-questions': questions.filter((q) => q.answered_at === null).length,
      }
      const participation = {
        'muniparticipa-pending': proposals.filter((p) => p.status === 'pending').length,
        'muniparticipa-reported': proposals.filter((p) => p.status === 'published' && Number(p.report_count) > 0)
          .length,
      }
      return {
        'service-agent': { ...services, ...mine },
        'service-supervisor': { ...services, ...mine },
        'procurement-officer': { ...procurement, ...evaluation },
        evaluator: evaluation,
        moderator: participation,
        editor: {},
      }[role]!
    }
    for (const [role, where] of [
      ['service-agent', slug],
      ['service-supervisor', slug],
      ['procurement-officer', slug],
      ['editor', slug],
      ['evaluator', VILLA],
      ['moderator', VILLA],
    ] as const) {
      const page = await staffPage(role, where, lang)
      await page.goto(`${server.url}/admin`, { timeout: 180_000 })
      await page.locator('nav').first().waitFor()
      const shown = Object.fromEntries(
        await page
          .locator('[data-widget]')
          .evaluateAll((cards) =>
            cards.map((c) => [
              c.getAttribute('data-widget'),
              Number(c.querySelector('[data-count]')?.getAttribute('data-count')),
            ]),
          ),
      )
      expect({ role, shown }).toEqual({ role, shown: await expected(role, where) })
      // The modules' cards and menu entries are those of the modules the role works in.
      const modulesShown = await page
        .locator('#card-servi-requests, #card-compra-tenders, #card-participa-proposals')
        .evaluateAll((cards) => cards.map((c) => c.id.replace('card-', '')).sort())
      expect({ role, modulesShown }).toEqual({
        role,
        modulesShown: {
          'service-agent': ['servi-requests'],
          'service-supervisor': ['servi-requests'],
          'procurement-officer': ['compra-tenders'],
          editor: [],
          evaluator: ['compra-tenders'],
          moderator: ['participa-proposals'],
        }[role],
      })
      // Each count links to its list, which shows as many documents.
      for (const [widget, count] of Object.entries(shown)) {
        const href = await page.locator(`[data-widget="${widget}"] a`).getAttribute('href')
        const list = await read(role, where, `/api${href!.replace('/admin/collections', '')}&limit=1&depth=0`)
        expect({ widget, count: list.totalDocs }).toEqual({ widget, count })
      }
      await closeContext(page)
      current = undefined
    }
  }, 300_000)
})

/**
 * axe (WCAG 2.2 AA) on whole pages — Payload's own markup with e-Muni's parts — of the dashboard, the
 * lists and the edit views staff work in, each as the role that works there (Villa Esperanza, Spanish:
 * the markup is the same in every language). Payload's own gaps are repaired by admin/A11yRepairs.tsx
 * and src/app/(payload)/custom.scss.
 */
describe('axe in the admin', () => {
  it('finds no WCAG 2.2 AA violation on the pages staff work in', async () => {
    const slug = PLACES.es.slug
    const first = async (role: string, collection: string) =>
      (await read(role, slug, `/api/${collection}?limit=1&depth=0&sort=-updatedAt`)).docs[0].id as number | string
    // Each page, what shows it is that page (not an error or a login page), and the tab to open, if any.
    const plan: [role: string, path: string, shown: string, tab?: string][] = [
      ['service-agent', '', '.emuni-dashboard'],
      ['service-agent', 'collections/servi-requests', 'nav[data-inbox-filters] ~ * table, table'],
      ['service-agent', `collections/servi-requests/${requests.es.agent}`, '.request-answers'],
      ['procurement-officer', 'collections/compra-tenders', '[data-status-filters="compra-tenders"]'],
      ['procurement-officer', 'collections/compra-tenders/create', '#field-title'],
      [
        'procurement-officer',
        `collections/compra-tenders/${await first('procurement-officer', 'compra-tenders')}`,
        '.workflow-actions',
      ],
      ['moderator', 'collections/participa-proposals', '[data-status-filters="participa-proposals"]'],
      [
        'moderator',
        `collections/participa-proposals/${await first('moderator', 'participa-proposals')}`,
        '#field-authorName',
      ],
      ['moderator', 'collections/participa-comments', '[data-status-filters="participa-comments"]'],
      ['editor', `collections/pages/${await first('editor', 'pages')}`, '#field-title'],
      ['editor', `collections/news/${await first('editor', 'news')}`, '#field-title'],
      ['municipal-admin', `collections/municipalities/${ids['tenant-es']}`, '#field-name', 'Datos del municipio'],
      ['municipal-admin', 'collections/participa-census', '#census-file'],
      ['evaluator', 'collections/compra-bid-evaluations', 'table, .collection-list__no-results'],
    ]
    const found: string[] = []
    let page: Page | undefined
    let who = ''
    for (const [role, path, shown, tab] of plan) {
      if (role !== who) {
        if (page) await closeContext(page)
        page = await staffPage(role, slug, 'es')
        who = role
      }
      await page!.goto(`${server.url}/admin/${path}`, { timeout: 180_000 })
      // The inbox list moves to its default (open work) once loaded: analyse the page it settles on.
      await page!.waitForLoadState('load')
      // Payload reopens a document on the tab its user last chose (a preference): the municipal admin's own
      // test may leave the municipality on "Módulos" (seen once on SQLite). The tab named in the plan is opened
      // first, so that every run analyses the same view.
      if (tab) {
        await hydrated(page!, '.tabs-field__tab-button')
        await page!.locator('.tabs-field__tab-button', { hasText: tab }).click()
      }
      await page!.locator(shown).first().waitFor()
      await hydrated(page!, 'nav')
      // Settled: the edit view's form state has come back and been rendered, and the page has stopped
      // changing (no DOM mutation for half a second, at most ten seconds of waiting) — the page a person
      // reads, not one caught between two renders.
      await page!.waitForLoadState('networkidle')
      await page!.evaluate(
        () =>
          new Promise<void>((done) => {
            let quiet: ReturnType<typeof setTimeout>
            const observer = new MutationObserver(() => {
              clearTimeout(quiet)
              quiet = setTimeout(finish, 500)
            })
            const finish = () => {
              observer.disconnect()
              clearTimeout(cap)
              done()
            }
            const cap = setTimeout(finish, 10_000)
            observer.observe(document.body, { childList: true, subtree: true, attributes: true })
            quiet = setTimeout(finish, 500)
          }),
      )
      const analyze = () =>
        new AxeBuilder({ page: page! })
          // Details of violations only (the passes' nodes are not read; options first: they replace the tags).
          .options({ resultTypes: ['violations'] })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze()
      const { violations } = await analyze().catch(async (error: Error) => {
        if (!/context was destroyed/.test(error.message)) throw error
        await page!.waitForLoadState('load')
        await page!.locator(shown).first().waitFor()
        return analyze()
      })
      for (const v of violations)
        found.push(
          `${role} /admin/${path}: ${v.id} (${v.impact}): ${v.help}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 4)
            .join(' | ')}`,
        )
    }
    current = page
    expect(found).toEqual([])
  }, 420_000)
})
