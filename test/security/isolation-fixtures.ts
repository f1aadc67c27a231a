/**
 * People and data for the isolation matrix: the actors of municipality A (a staff account for every
 * per-municipality role, a citizen and a supplier active there), and documents of municipality B in the
 * collections its demo leaves empty, made the way the platform makes them (the platform admin over REST,
 * or a resident of B through the modules' public mutations).
 */
import sharp from 'sharp'

import { api, auth, createPerson, gql } from '../../src/plugins/sdk/testing/api'
import { usingPostgres, type TestServer } from '../../src/plugins/sdk/testing/server'
import { simplePdf } from '../../src/seed/assets'

type ID = number | string
type Doc = Record<string, any>

export type Actor = { name: string; kind: 'staff' | 'citizen' | 'supplier' | 'anonymous'; token?: string }

export const PDF = simplePdf(['Prueba de aislamiento', 'e-Muni'])
export const png = (): Promise<Buffer> =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#2a7' } })
    .png()
    .toBuffer()

const STAFF_PASSWORD = 'Aislamiento-Clave-2026'

/** Runs SQL written with `?` placeholders on either database. */
export const sqlOn =
  (server: TestServer) =>
  (statement: string, params: unknown[] = []) => {
    let n = 0
    return server.sql(usingPostgres ? statement.replace(/\?/g, () => `$${++n}`) : statement, params)
  }

const docsOf = async (server: TestServer, token: string, collection: string, where: object, extra: object = {}) => {
  const res = await api(server)
    .get(`/api/${collection}`)
    .query({ where, depth: 0, draft: 'true', pagination: 'false', ...extra })
    .set(auth(token))
  if (res.status !== 200) throw new Error(`listing ${collection}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.docs as Doc[]
}

const ok = (what: string, res: { errors?: unknown[]; data?: Record<string, any> }) => {
  if (res.errors?.length) throw new Error(`${what}: ${JSON.stringify(res.errors)}`)
  return res.data!
}

/**
 * The actors of municipality A: one staff account per role (created by the platform admin), a citizen
 * who follows one of A's processes, a supplier registered (and verified) in A, and anonymous.
 */
export const actorsOfA = async (
  server: TestServer,
  platform: string,
  a: { id: ID; slug: string },
  roles: string[],
): Promise<Actor[]> => {
  const staff = await Promise.all(
    roles.map(async (role): Promise<Actor> => {
      const email = `aislamiento.${role}@${a.slug}.test`
      const created = await api(server)
        .post('/api/users')
        .set(auth(platform))
        .send({
          email,
          name: `Aislamiento ${role}`,
          password: STAFF_PASSWORD,
          tenants: [{ tenant: a.id, roles: [role] }],
        })
      if (created.status !== 201)
        throw new Error(`creating ${email}: ${created.status} ${JSON.stringify(created.body)}`)
      const login = await api(server).post('/api/users/login').send({ email, password: STAFF_PASSWORD })
      if (login.status !== 200) throw new Error(`login ${email}: ${login.status}`)
      return { name: role, kind: 'staff', token: login.body.token as string }
    }),
  )

  const citizen = await createPerson(server, platform, { email: `ciudadana@${a.slug}.test`, name: 'Ciudadana de A' })
  const process = (
    await docsOf(server, platform, 'participa-processes', { tenant: { equals: a.id }, published: { equals: true } })
  )[0]
  if (!process) throw new Error(`municipality ${a.slug} has no published process to follow`)
  ok(
    'following a process of A',
    await gql(
      server,
      'mutation F($m: String!, $p: String!) { followProcess(municipality: $m, process: $p) { __typename } }',
      { m: a.slug, p: String(process.id) },
      citizen.token,
    ),
  )

  const supplier = await createPerson(server, platform, { email: `proveedora@${a.slug}.test`, name: 'Proveedora de A' })
  const registration = ok(
    'registering a supplier in A',
    await gql(
      server,
      `mutation R($m: String!) { registerSupplier(municipality: $m, legalName: "Proveedora de A Ltda.", country: "BR",
        taxId: "ISOA0001", categories: ["goods", "services"]) { id status } }`,
      { m: a.slug },
      supplier.token,
    ),
  )
  const verified = await api(server)
    .patch(`/api/compra-suppliers/${registration.registerSupplier.id}`)
    .set(auth(platform))
    .send({ status: 'verified' })
  if (verified.status !== 200) throw new Error(`verifying the supplier of A: ${verified.status}`)

  return [
    ...staff,
    { name: 'citizen', kind: 'citizen', token: citizen.token },
    { name: 'supplier', kind: 'supplier', token: supplier.token },
    { name: 'anonymous', kind: 'anonymous' },
  ]
}

type Filler = { name: string; fills: string[]; run: () => Promise<void> }

/**
 * Documents of B in the collections where it has none, each made by the path the platform offers for
 * it. Returns what could not be made (filler name and error), for the report.
 */
export const fillEmptyCollections = async (
  server: TestServer,
  platform: string,
  b: { id: ID; slug: string },
  empty: Set<string>,
): Promise<string[]> => {
  const sql = sqlOn(server)
  const M = b.slug
  const resident = await createPerson(server, platform, { email: `residente@${b.slug}.test`, name: 'Residente de B' })
  const asResident = (what: string, query: string, variables: Record<string, unknown> = {}) =>
    gql(server, query, { m: M, ...variables }, resident.token).then((res) => ok(what, res))
  const rest = async (method: 'post' | 'patch', path: string, body: object, expected: number) => {
    const res = await api(server)[method](path).set(auth(platform)).send(body)
    if (res.status !== expected) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body
  }
  const now = Date.now()

  const fillers: Filler[] = [
    {
      name: 'a service request with an attachment',
      fills: ['servi-requests', 'servi-attachments'],
      run: async () => {
        await rest(
          'post',
          '/api/servi-services',
          {
            tenant: b.id,
            code: 'ISO',
            name: 'Trámite de prueba',
            summary: 'Para la matriz de aislamiento.',
            maxBusinessDays: 10,
            silence: 'none',
            audience: ['people'],
            active: true,
            form: [{ key: 'plano', type: 'file', label: 'Plano' }],
          },
          201,
        )
        await asResident(
          'submitting a service request in B',
          `mutation S($m: String!, $a: [ServiceRequestAttachmentInput!]) { submitServiceRequest(municipality: $m,
            service: "ISO", answers: {}, description: "Privada", attachments: $a) { trackingCode } }`,
          { a: [{ field: 'plano', filename: 'plano.pdf', base64: PDF.toString('base64') }] },
        )
      },
    },
    {
      name: 'participation: a proposal with an image, a comment, a report, a follower, a support',
      fills: [
        'participa-proposals',
        'participa-proposal-images',
        'participa-comments',
        'participa-reports',
        'participa-followers',
        'participa-supports',
      ],
      run: async () => {
        const process = (await docsOf(server, platform, 'participa-processes', { tenant: { equals: b.id } })).find(
          (p) => p.published,
        )
        if (!process) throw new Error('no published process in B')
        const image = (await png()).toString('base64')
        await asResident(
          'submitting a proposal in B',
          `mutation P($m: String!, $p: String!, $i: [ProposalImageInput!]) { submitProposal(municipality: $m, process: $p,
            title: "Propuesta de prueba", body: "Una propuesta para la matriz de aislamiento.", images: $i) { id } }`,
          { p: String(process.id), i: [{ filename: 'foto.png', base64: image }] },
        )
        const published = (
          await docsOf(server, platform, 'participa-proposals', {
            tenant: { equals: b.id },
            status: { equals: 'published' },
          })
        )[0]
        if (!published) throw new Error('no published proposal in B')
        const p = String(published.id)
        await asResident(
          'commenting in B',
          'mutation C($m: String!, $p: String!) { comment(municipality: $m, proposal: $p, body: "Comentario de prueba") { __typename } }',
          { p },
        )
        await asResident(
          'reporting in B',
          'mutation R($m: String!, $p: String!) { report(municipality: $m, collection: "proposals", id: $p, reason: "prueba") { __typename } }',
          { p },
        )
        await asResident(
          'following a process of B',
          'mutation F($m: String!, $p: String!) { followProcess(municipality: $m, process: $p) { __typename } }',
          { p: String(process.id) },
        )
        // Supports are taken only in the supports phase: open it for a moment, then put the phases back.
        const phases = process.phases as Doc[]
        const hour = 3_600_000
        await rest(
          'patch',
          `/api/participa-processes/${process.id}`,
          {
            phases: [
              {
                phase: 'supports',
                startsAt: new Date(now - hour).toISOString(),
                endsAt: new Date(now + hour).toISOString(),
              },
            ],
          },
          200,
        )
        try {
          await asResident(
            'supporting in B',
            'mutation S($m: String!, $p: String!) { supportProposal(municipality: $m, proposal: $p) { __typename } }',
            { p },
          )
        } finally {
          await rest('patch', `/api/participa-processes/${process.id}`, { phases }, 200)
        }
      },
    },
    {
      name: 'a poll ballot',
      fills: ['participa-poll-voters', 'participa-poll-ballots'],
      run: async () => {
        const poll = (await docsOf(server, platform, 'participa-polls', { tenant: { equals: b.id } })).find(
          (p) => p.published && Date.parse(p.opensAt) < now && now < Date.parse(p.closesAt),
        )
        if (!poll) throw new Error('no open poll in B')
        await asResident(
          'voting in a poll of B',
          'mutation V($m: String!, $p: String!, $a: [[Int!]!]!) { castPollBallot(municipality: $m, poll: $p, answers: $a) { __typename } }',
          { p: String(poll.id), a: (poll.questions as unknown[]).map(() => [0]) },
        )
      },
    },
    {
      name: 'a budget ballot',
      fills: ['participa-budget-voters', 'participa-budget-ballots'],
      run: async () => {
        const budget = (await docsOf(server, platform, 'participa-budgets', { tenant: { equals: b.id } })).find(
          (p) => p.published && Date.parse(p.opensAt) < now && now < Date.parse(p.closesAt),
        )
        if (!budget) throw new Error('no open budget in B')
        const projects = await docsOf(server, platform, 'participa-budget-projects', { budget: { equals: budget.id } })
        const cheapest = [...projects].sort((x, y) => Number(x.cost) - Number(y.cost))[0]
        if (!cheapest) throw new Error('the open budget of B has no project')
        await asResident(
          'voting in a budget of B',
          'mutation V($m: String!, $b: String!, $p: [String!]!) { castBudgetBallot(municipality: $m, budget: $b, projects: $p) { __typename } }',
          { b: String(budget.id), p: [String(cheapest.id)] },
        )
      },
    },
    {
      name: 'a census entry and a residence verification',
      fills: ['participa-census', 'participa-residence-checks'],
      run: async () => {
        const res = await api(server)
          .post(`/api/m/${M}/muniparticipa/census`)
          .set(auth(platform))
          .set('Content-Type', 'text/csv')
          .send('documento,nacimiento\nISO90001,1980-01-02\nISO90002,1981-03-04\n')
        if (res.status !== 200) throw new Error(`census import: ${res.status} ${JSON.stringify(res.body)}`)
        await asResident(
          'verifying residence in B',
          'mutation V($m: String!) { verifyResidence(municipality: $m, document: "ISO90001", birthDate: "1980-01-02") { verified } }',
        )
      },
    },
    {
      name: 'an appointment',
      fills: ['agenda-bookings'],
      run: async () => {
        const slot = (
          await docsOf(server, platform, 'agenda-slots', { tenant: { equals: b.id } }, { sort: 'startsAt' })
        ).find((s) => Date.parse(s.startsAt) > now + 3_600_000 && Number(s.remaining) > 0)
        if (!slot) throw new Error('no free slot in B')
        await asResident(
          'booking in B',
          'mutation B($m: String!, $s: String!) { bookAppointment(municipality: $m, slot: $s) { __typename } }',
          { s: String(slot.id) },
        )
      },
    },
    {
      name: 'an Open311 key',
      fills: ['servi-open311-keys'],
      run: async () => {
        await rest('post', '/api/servi-open311-keys', { tenant: b.id, name: 'Clave de la matriz' }, 201)
      },
    },
    {
      name: 'an accountability result',
      fills: ['participa-results'],
      run: async () => {
        await rest(
          'post',
          '/api/participa-results',
          { tenant: b.id, title: 'Resultado de prueba', status: 'planned', progress: 10 },
          201,
        )
      },
    },
    {
      name: 'an opened bid with a document',
      fills: ['compra-bid-documents'],
      run: async () => {
        const tender = (await docsOf(server, platform, 'compra-tenders', { tenant: { equals: b.id } })).find(
          (t) =>
            t.status === 'published' &&
            t.method === 'open' &&
            Date.parse(t.submissionDeadline) > now &&
            Date.parse(t.enquiryDeadline ?? t.submissionDeadline) > now,
        )
        if (!tender) throw new Error('no tender of B takes bids')
        const reg = await asResident(
          'registering a supplier in B',
          `mutation R($m: String!) { registerSupplier(municipality: $m, legalName: "Residente de B S.A.", country: "UY",
            taxId: "ISOB0001", categories: ["goods", "works", "services"]) { id } }`,
        )
        await rest('patch', `/api/compra-suppliers/${reg.registerSupplier.id}`, { status: 'verified' }, 200)
        await asResident(
          'bidding in B',
          `mutation B($m: String!, $t: String!, $d: [BidDocumentInput!]) { submitBid(municipality: $m, tender: $t,
            amount: 1000, documents: $d) { bidId } }`,
          { t: String(tender.reference), d: [{ filename: 'oferta.pdf', base64: PDF.toString('base64') }] },
        )
        // Its deadlines moved into the past, the opening job closes the tender and opens the bids.
        const past = new Date(now - 60_000).toISOString()
        await sql('UPDATE compra_tenders SET submission_deadline = ?, opening_at = ? WHERE id = ?', [
          past,
          past,
          tender.id,
        ])
        for (let i = 0; i < 2; i++) {
          await rest('post', '/api/payload-jobs', { taskSlug: 'municompra-open', input: {}, queue: 'default' }, 201)
          const run = await api(server).get('/api/payload-jobs/run').query({ queue: 'default' }).set(auth(platform))
          if (run.status !== 200) throw new Error(`running the opening job: ${run.status}`)
        }
      },
    },
  ]

  const problems: string[] = []
  for (const filler of fillers) {
    if (!filler.fills.some((slug) => empty.has(slug))) continue
    try {
      await filler.run()
    } catch (error) {
      problems.push(`${filler.name}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return problems
}
