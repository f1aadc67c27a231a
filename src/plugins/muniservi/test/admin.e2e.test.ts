/**
 * MuniServi's staff at work in the admin (production bundle, real Chromium), in Spanish and in Portuguese:
 * each role saves its everyday edits from the admin's edit views, and the test reads them back through the API:
 * - service agent: assigns a request to themself, writes to the citizen, adds an internal note, then
 *   starts the review with the workflow button while a second note is still unsaved (the action saves it);
 *   the citizen's answers and attached photo are readable with every address but this server unreachable;
 * - service supervisor: reassigns a request;
 * - both: the home page's counts of their work, equal to the rows; axe on the pages they work in.
 * Spanish in Villa Esperanza (Uruguay), Portuguese in Nova Esperança (Brazil).
 */
import sharp from 'sharp'

import {
  account,
  ADMIN_PLACES,
  type AdminLang,
  type AdminStack,
  api,
  auth,
  expectSaved,
  expectStatus,
  GUIDE_ADMIN,
  guideShot,
  login,
  municipalityId,
  pick,
  startAdminStack,
} from '@e-muni/sdk/testing'

let stack: AdminStack
const ids: Record<string, number | string> = {}
const requests = {} as Record<AdminLang, { agent: number | string; supervisor: number | string; code: string }>

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

beforeAll(async () => {
  stack = await startAdminStack({ name: 'muniservi-admin' })
  const { server } = stack
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c0392b' } })
    .png()
    .toBuffer()
  for (const lang of ['es', 'pt'] as const) {
    const slug = ADMIN_PLACES[lang].slug
    const tenant = await municipalityId(server, slug)
    ids[`tenant-${lang}`] = tenant
    const admin = await login(server, account('municipal-admin', slug))
    expectStatus(
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
      codes.push(expectStatus(res, 201).trackingCode)
    }
    const agent = await login(server, account('service-agent', slug))
    const find = async (code: string) =>
      expectStatus(
        await api(server)
          .get('/api/servi-requests')
          .query({ where: { trackingCode: { equals: code }, tenant: { equals: tenant } }, depth: 0 })
          .set(auth(agent)),
        200,
      ).docs[0]
    const [first, second] = [await find(codes[0]), await find(codes[1])]
    const agentId = expectStatus(await api(server).get('/api/users/me').set(auth(agent)), 200).user.id
    ids[`agent-${lang}`] = agentId
    // The supervisor's request: assigned to the agent, to be reassigned.
    expectStatus(
      await api(server).patch(`/api/servi-requests/${second.id}`).set(auth(agent)).send({ assignee: agentId }),
      200,
    )
    requests[lang] = { agent: first.id, supervisor: second.id, code: codes[0] }
  }
}, 300_000)
afterEach(() => stack?.afterTest())
afterAll(() => stack?.stop())

describe.each(['es', 'pt'] as const)('MuniServi staff at work in the admin (%s)', (lang) => {
  const slug = ADMIN_PLACES[lang].slug
  const t = (es: string, pt: string) => (lang === 'es' ? es : pt)

  it('agent: reads the answers offline, assigns, writes to the citizen, notes, and starts the review', async () => {
    const { server } = stack
    const page = await stack.staffPage('service-agent', slug, lang)
    await stack.open(page, `collections/servi-requests/${requests[lang].agent}`)
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
    // For the staff guides (docs/guides/): the request assigned, a message to the citizen written. What changes
    // from run to run (the dates of the request, the stored file's name) is masked.
    const changing = () => [
      page.locator('.doc-controls__meta'),
      page.locator('.row-label-message, .row-label-note, .row-label-history'),
      page.locator('#field-dueAt, #field-attachments'),
    ]
    await guideShot(page, t('es/personal-solicitud-asignar', 'pt/equipe-solicitacao-atribuir'), {
      viewport: GUIDE_ADMIN,
      mask: changing(),
      show: page.locator('#field-newMessage'),
    })
    const saved = await stack.save(page, 'servi-requests')
    expectSaved(saved, 200)
    const doc = await stack.read('service-agent', slug, `/api/servi-requests/${requests[lang].agent}?depth=0`)
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
    const moved = await stack.saving(page, 'servi-requests', () => button.click())
    expectSaved(moved, 200)
    const after = await stack.read('service-agent', slug, `/api/servi-requests/${requests[lang].agent}?depth=0`)
    expect(after.status).toBe('in-review')
    expect(after.internalNotes.map((n: { body: string }) => n.body)).toEqual([
      'Llamar a la cuadrilla.',
      'Cuadrilla avisada.',
    ])
    expect(after.history.map((h: { to: string }) => h.to)).toEqual(['in-review'])
    await page.locator('#workflow-current', { hasText: t('En revisión', 'Em análise') }).waitFor()
    await guideShot(page, t('es/personal-solicitud-estado', 'pt/equipe-solicitacao-situacao'), {
      viewport: GUIDE_ADMIN,
      mask: changing(),
      show: page.locator('#workflow-current'),
    })
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
    await guideShot(page, t('es/personal-solicitud-pedir-informacion', 'pt/equipe-solicitacao-pedir-informacoes'), {
      viewport: GUIDE_ADMIN,
      mask: changing(),
      show: page.locator('#workflow-comment'),
    })
  }, 300_000)

  it('supervisor: reassigns a request', async () => {
    const page = await stack.staffPage('service-supervisor', slug, lang)
    await stack.open(page, `collections/servi-requests/${requests[lang].supervisor}`)
    await pick(page, 'assignee', account('service-supervisor', slug).email)
    expectSaved(await stack.save(page, 'servi-requests'), 200)
    const supervisor = await stack.read('service-supervisor', slug, '/api/users/me')
    const doc = await stack.read('service-supervisor', slug, `/api/servi-requests/${requests[lang].supervisor}?depth=0`)
    expect(doc.assignee).toBe(supervisor.user.id)
  }, 300_000)

  it('dashboard: each role sees the counts of its work, equal to the rows', async () => {
    const OPEN = ['submitted', 'in-review', 'needs-information']
    const expected = async (role: string): Promise<Record<string, number>> => {
      const tenant = await municipalityId(stack.server, slug)
      const me = (await stack.read(role, slug, '/api/users/me')).user.id
      const requests = (await stack.rows('servi_requests', 'status, assignee_id, overdue', tenant)).filter((r) =>
        OPEN.includes(String(r.status)),
      )
      return {
        'muniservi-unassigned': requests.filter((r) => r.assignee_id === null).length,
        'muniservi-overdue': requests.filter((r) => r.overdue === true || r.overdue === 1).length,
        'muniservi-mine': requests.filter((r) => String(r.assignee_id) === String(me)).length,
      }
    }
    for (const role of ['service-agent', 'service-supervisor']) {
      const { page, shown } = await stack.home(role, slug, lang)
      expect({ role, shown }).toEqual({ role, shown: await expected(role) })
      if (role === 'service-agent')
        await guideShot(page, t('es/personal-solicitudes-inicio', 'pt/equipe-solicitacoes-inicio'), {
          viewport: GUIDE_ADMIN,
        })
      // The module's cards and menu entries are those of the modules the role works in: MuniServi's only.
      const modulesShown = await page
        .locator('#card-servi-requests')
        .evaluateAll((cards) => cards.map((c) => c.id.replace('card-', '')))
      expect({ role, modulesShown }).toEqual({ role, modulesShown: ['servi-requests'] })
      expect({ role, modules: await stack.moduleGroups(page, role, slug) }).toEqual({ role, modules: ['muniservi'] })
      // Each count links to its list, which shows as many documents.
      await stack.expectCountsLinkToLists(role, slug, page, shown)
      await stack.release(page)
    }
  }, 300_000)
})

/**
 * axe (WCAG 2.2 AA) on whole pages — Payload's own markup with e-Muni's and MuniServi's parts — of the home
 * page with the counts of work, the inbox and a request, as the service agent (Villa Esperanza, Spanish: the
 * markup is the same in every language).
 */
describe('axe in the admin', () => {
  it('finds no WCAG 2.2 AA violation on the pages MuniServi staff work in', async () => {
    const found = await stack.axeViolations([
      ['service-agent', '', '.emuni-dashboard'],
      ['service-agent', 'collections/servi-requests', 'nav[data-inbox-filters] ~ * table, table'],
      ['service-agent', `collections/servi-requests/${requests.es.agent}`, '.request-answers'],
    ])
    expect(found).toEqual([])
  }, 420_000)
})
