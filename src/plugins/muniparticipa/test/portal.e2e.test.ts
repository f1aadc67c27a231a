/**
 * MuniParticipa on the portal, end to end in Chromium against a real CMS: a person (email verified) logs
 * in, is refused a support until verified, verifies residence against the imported census through the
 * portal's form, supports a proposal (the count goes up by one), comments; a budget ballot over the total
 * is warned on the page, refused by the CMS and records nothing, then a valid ballot is cast. axe (WCAG 2.2
 * AA) on every participation route template in es and en; the module answers 404 where it is off.
 */
import type { Page } from 'playwright-core'

import { account, api, auth, createPerson, gql, login, type PortalStack, startPortalStack } from '@e-muni/sdk/testing'

const M = 'villa-esperanza'
const VILLA = `/m/${M}/es`
const EN = `/m/${M}/en`
const HOUR = 3_600_000
const DAY = 24 * HOUR
const PASSWORD = 'Clave-de-prueba-2026'
const RESIDENT = {
  email: 'residente@participa.test',
  name: 'Rosa Residente',
  document: '4.123.456-7',
  birth: '1985-04-12',
}
const AUTHOR = { email: 'autora@participa.test', name: 'Ana Autora' }

let stack: PortalStack
const tokens: Record<string, string> = {}
const ids: Record<string, string> = {}
/** Per test: `next dev` compiles each route on its first visit. */
const SLOW = 400_000
const at = (offset: number) => new Date(Date.now() + offset).toISOString()

const post = async (path: string, body: unknown, token = tokens.admin) => {
  const res = await api(stack.cms)
    .post(path)
    .set(auth(token))
    .send(body as object)
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`)
  return String(res.body.doc.id)
}
const patch = async (path: string, body: unknown, token = tokens.admin) => {
  const res = await api(stack.cms)
    .patch(path)
    .set(auth(token))
    .send(body as object)
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`)
}
/** Ballots the seeded budget has recorded (who took part: managers may count it). */
const participations = async () =>
  (await api(stack.cms).get(`/api/participa-budget-voters?where[budget][equals]=${ids.budget}`).set(auth(tokens.admin)))
    .body.totalDocs as number

/** A fresh page; patient with `next dev`, which compiles each route on its first visit. */
const newPage = async () => {
  const page = await stack.newPage()
  page.setDefaultTimeout(90_000)
  return page
}

const signIn = (page: Page, base: string, email: string, next: string) =>
  stack.signIn(page, { base, email, password: PASSWORD, next })

beforeAll(async () => {
  stack = await startPortalStack()
  const cms = stack.cms
  tokens.platform = await login(cms, account('platform-admin', null))
  tokens.admin = await login(cms, account('municipal-admin', M))
  tokens.moderator = await login(cms, account('moderator', M))
  const municipality = (await api(cms).get(`/api/municipalities?where[slug][equals]=${M}`)).body.docs[0].id

  // The census (imported by the municipal admin) holds the resident's document and birth date.
  const census = await api(cms)
    .post(`/api/m/${M}/muniparticipa/census`)
    .set(auth(tokens.admin))
    .set('Content-Type', 'text/csv')
    .send(`documento,nacimiento\n41234567,12/04/1985\n39876543,1990-01-01\n`)
  expect(census.body).toMatchObject({ added: 2 })

  await createPerson(cms, tokens.platform, { ...RESIDENT, password: PASSWORD, language: 'es' })
  tokens.author = (await createPerson(cms, tokens.platform, { ...AUTHOR, password: PASSWORD, language: 'es' })).token
  const verified = await gql(
    cms,
    `mutation { verifyResidence(municipality: "${M}", document: "39876543", birthDate: "1990-01-01") { verified } }`,
    {},
    tokens.author,
  )
  expect(verified.errors).toBeUndefined()

  // A process for verified residents: a proposal is made and published, then the supports phase begins.
  ids.process = await post('/api/participa-processes', {
    tenant: municipality,
    slug: 'barrio-verde',
    title: 'Barrio verde',
    description: 'Ideas para más árboles y sombra.',
    published: true,
    requireVerification: true,
    supportsPerPerson: 3,
    supportThreshold: 20,
    phases: [{ phase: 'proposals', startsAt: at(-HOUR), endsAt: at(HOUR) }],
  })
  const proposal = await gql(
    cms,
    `mutation { submitProposal(municipality: "${M}", process: "barrio-verde", title: "Árboles en la calle Rivera", body: "Plantar jacarandás en toda la calle.") { id } }`,
    {},
    tokens.author,
  )
  expect(proposal.errors).toBeUndefined()
  ids.proposal = proposal.data!.submitProposal.id
  await patch(`/api/participa-proposals/${ids.proposal}`, { status: 'published' }, tokens.moderator)
  await patch(`/api/participa-processes/${ids.process}`, {
    phases: [
      { phase: 'proposals', startsAt: at(-2 * DAY), endsAt: at(-DAY) },
      { phase: 'supports', startsAt: at(-DAY), endsAt: at(10 * DAY) },
      { phase: 'voting', startsAt: at(10 * DAY), endsAt: at(20 * DAY) },
    ],
  })
  // A poll voted on and then closed, and a closed budget: the results page has results to show.
  ids.poll = await post('/api/participa-polls', {
    tenant: municipality,
    process: Number(ids.process),
    title: '¿Qué árbol prefiere?',
    published: true,
    opensAt: at(-HOUR),
    closesAt: at(HOUR),
    questions: [{ text: 'Especie', multiple: false, options: [{ label: 'Jacarandá' }, { label: 'Lapacho' }] }],
  })
  const vote = await gql(
    cms,
    `mutation { castPollBallot(municipality: "${M}", poll: "${ids.poll}", answers: [[1]]) { counted } }`,
    {},
    tokens.author,
  )
  expect(vote.errors).toBeUndefined()
  await patch(`/api/participa-polls/${ids.poll}`, { closesAt: at(-1000) })
  const closedBudget = await post('/api/participa-budgets', {
    tenant: municipality,
    process: Number(ids.process),
    title: 'Fondo verde 2026',
    published: true,
    total: 1_000_000,
    rule: 'approval',
    minProjects: 1,
    maxProjects: 1,
    opensAt: at(-2 * DAY),
    closesAt: at(-DAY),
  })
  await post('/api/participa-budget-projects', {
    tenant: municipality,
    budget: Number(closedBudget),
    title: 'Vivero municipal',
    cost: 600_000,
  })

  // The seeded participatory budget (knapsack, 10 000 000; projects of 4 000 000, 6 500 000, 2 500 000, 1 200 000).
  const budgets = await api(cms).get(
    `/api/participa-budgets?where[tenant][equals]=${municipality}&where[rule][equals]=knapsack`,
  )
  ids.budget = String(budgets.body.docs[0].id)
  const polls = await api(cms).get(
    `/api/participa-polls?where[tenant][equals]=${municipality}&where[process][not_equals]=${ids.process}`,
  )
  ids.seededPoll = String(polls.body.docs[0].id)
}, 600_000)

afterAll(async () => {
  await stack?.stop()
})

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
      await check('/participation', 'processes')
      await check('/participation/barrio-verde', 'process page')
      await check(`/participation/barrio-verde/proposals/${ids.proposal}`, 'proposal page')
      await check(`/participation/presupuesto-2027/polls/${ids.seededPoll}`, 'poll (open)')
      await check(`/participation/barrio-verde/polls/${ids.poll}`, 'poll (closed, results)')
      await expect(page.getByRole('row').filter({ hasText: 'Lapacho' }).textContent()).resolves.toContain('1')
      await check('/participation/barrio-verde/results', 'results')
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
