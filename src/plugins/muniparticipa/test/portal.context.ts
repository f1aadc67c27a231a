/** The shared state and helpers of portal.e2e.test.ts: the portal stack, the demo's budget and poll, REST as staff. */
import type { Page } from 'playwright-core'

import { account, api, auth, createPerson, gql, login, type PortalStack, startPortalStack } from '@e-muni/sdk/testing'

export const M = 'villa-esperanza'
export const VILLA = `/m/${M}/es`
export const EN = `/m/${M}/en`
export const HOUR = 3_600_000
export const DAY = 24 * HOUR
export const PASSWORD = 'Clave-de-prueba-2026'
export const RESIDENT = {
  email: 'residente@participa.test',
  name: 'Rosa Residente',
  document: '4.123.456-7',
  birth: '1985-04-12',
}
export const AUTHOR = { email: 'autora@participa.test', name: 'Ana Autora' }

export let stack: PortalStack
export const tokens: Record<string, string> = {}
export const ids: Record<string, string> = {}
/** Per test: `next dev` compiles each route on its first visit. */
export const SLOW = 400_000
export const at = (offset: number) => new Date(Date.now() + offset).toISOString()

export const post = async (path: string, body: unknown, token = tokens.admin) => {
  const res = await api(stack.cms)
    .post(path)
    .set(auth(token))
    .send(body as object)
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`)
  return String(res.body.doc.id)
}
export const patch = async (path: string, body: unknown, token = tokens.admin) => {
  const res = await api(stack.cms)
    .patch(path)
    .set(auth(token))
    .send(body as object)
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`)
}
/** Ballots the seeded budget has recorded (who took part: managers may count it). */
export const participations = async () =>
  (await api(stack.cms).get(`/api/participa-budget-voters?where[budget][equals]=${ids.budget}`).set(auth(tokens.admin)))
    .body.totalDocs as number

/** A fresh page; patient with `next dev`, which compiles each route on its first visit. */
export const newPage = async () => {
  const page = await stack.newPage()
  page.setDefaultTimeout(90_000)
  return page
}

export const signIn = (page: Page, base: string, email: string, next: string) =>
  stack.signIn(page, { base, email, password: PASSWORD, next })

export const setUp = async () => {
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
}

export const tearDown = async () => {
  await stack?.stop()
}
