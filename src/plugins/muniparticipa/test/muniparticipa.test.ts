/**
 * MuniParticipa (first part) against the real server and a real SMTP server on loopback: census import
 * as keyed hashes and residence verification; phases by server time; proposals moderated with emails
 * in the author's language; 200 verified people supporting one proposal at once (plus 50 duplicates)
 * → exactly 200; the per-person limit; three reports hide a proposal; the module switch.
 */
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import {
  account,
  api,
  auth,
  createPerson,
  gql,
  login,
  municipalityId,
  startServer,
  startSmtp,
  type TestServer,
  usingPostgres,
} from '@e-muni/sdk/testing'

let server: TestServer
let smtp: Awaited<ReturnType<typeof startSmtp>>
let villa: number | string
let nova: number | string
const tokens: Record<string, string> = {}
const ids: Record<string, string> = {}
const HOUR = 3_600_000
let crowd: { id: number | string; token: string }[] = []

const M = 'villa-esperanza'
const VERIFY = `mutation V($d: String!, $b: String!) { verifyResidence(municipality: "${M}", document: $d, birthDate: $b) { verified already } }`
const PROPOSE = `mutation P($p: String!, $t: String!, $b: String!, $c: String) {
  submitProposal(municipality: "${M}", process: $p, title: $t, body: $b, category: $c) { id status title }
}`
const SUPPORT = `mutation S($p: String!) { supportProposal(municipality: "${M}", proposal: $p) { proposal supportCount qualified } }`
const REPORT = `mutation R($id: String!) { report(municipality: "${M}", collection: "proposals", id: $id, reason: "spam") { reports hidden } }`

/** Census line n: a document number and a birth date. */
const citizen = (n: number) => ({
  d: `V${String(n).padStart(5, '0')}`,
  b: `19${String(50 + (n % 40)).padStart(2, '0')}-0${1 + (n % 9)}-1${n % 10}`,
})

const setPhases = async (phases: { phase: string; from: number; to: number }[]) => {
  const now = Date.now()
  const res = await api(server)
    .patch(`/api/processes/${ids.process}`)
    .set(auth(tokens.villaAdmin))
    .send({
      phases: phases.map((p) => ({
        phase: p.phase,
        startsAt: new Date(now + p.from).toISOString(),
        endsAt: new Date(now + p.to).toISOString(),
      })),
    })
  expect(res.status).toBe(200)
}

const moderate = (id: string, data: Record<string, unknown>, token = tokens.moderator) =>
  api(server).patch(`/api/proposals/${id}`).set(auth(token)).send(data)

/** Verified people: created, logged in and verified against the census (`first` … `first + n - 1`). */
const verifiedPeople = async (first: number, n: number, language = 'es') => {
  const made: { id: number | string; token: string }[] = []
  for (let k = 0; k < n; k += 20) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(20, n - k) }, async (_, j) => {
        const i = first + k + j
        const person = await createPerson(server, tokens.platform, {
          email: `vecino${i}@participa.test`,
          name: `Vecino ${i}`,
          language,
        })
        const c = citizen(i)
        const res = await gql(server, VERIFY, { d: c.d, b: c.b }, person.token)
        expect(res.errors).toBeUndefined()
        return person
      }),
    )
    made.push(...batch)
  }
  return made
}

beforeAll(async () => {
  smtp = await startSmtp()
  server = await startServer({
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      EMAIL_FROM: 'participa@e-muni.test',
      SUBMIT_RATE_LIMIT: '100000',
      LOGIN_RATE_LIMIT: '100000',
    },
  })
  villa = await municipalityId(server, M)
  nova = await municipalityId(server, 'nova-esperanca')
  tokens.platform = await login(server, account('platform-admin', null))
  tokens.villaAdmin = await login(server, account('municipal-admin', M))
  tokens.moderator = await login(server, account('moderator', M))
  tokens.editor = await login(server, account('editor', M))
  tokens.novaAdmin = await login(server, account('municipal-admin', 'nova-esperanca'))
  const created = await api(server)
    .post('/api/processes')
    .set(auth(tokens.villaAdmin))
    .send({
      tenant: villa,
      slug: 'plaza-2027',
      title: 'Ideas para la plaza',
      published: true,
      requireVerification: true,
      supportsPerPerson: 2,
      supportThreshold: 150,
      reportsToHide: 3,
      categories: [{ name: 'Espacios públicos' }],
      phases: [
        {
          phase: 'proposals',
          startsAt: new Date(Date.now() - HOUR).toISOString(),
          endsAt: new Date(Date.now() + HOUR).toISOString(),
        },
      ],
    })
  expect(created.status).toBe(201)
  ids.process = String(created.body.doc.id)
}, 300_000)

afterAll(async () => {
  await server?.stop()
  await smtp?.stop()
})

describe('census and residence verification', () => {
  it('imports a census CSV as keyed hashes only; only the municipal admin may', async () => {
    const lines = [
      'documento,nacimiento',
      ...Array.from({ length: 260 }, (_, i) => `${citizen(i).d},${citizen(i).b}`),
      'X,31/02/1990',
    ]
    const csv = lines.join('\n')
    const path = `/api/m/${M}/muniparticipa/census`
    expect((await api(server).post(path).set('Content-Type', 'text/csv').send(csv)).status).toBe(401)
    const byEditor = await api(server).post(path).set(auth(tokens.editor)).set('Content-Type', 'text/csv').send(csv)
    expect(byEditor.status).toBe(403)
    const byNova = await api(server).post(path).set(auth(tokens.novaAdmin)).set('Content-Type', 'text/csv').send(csv)
    expect(byNova.status).toBe(403)
    // Another municipality's admin edits nothing of this one's processes or polls.
    const foreignEdit = await api(server)
      .patch(`/api/processes/${ids.process}`)
      .set(auth(tokens.novaAdmin))
      .send({ published: false })
    expect([403, 404]).toContain(foreignEdit.status)
    const foreignPoll = await api(server)
      .post('/api/polls')
      .set(auth(tokens.novaAdmin))
      .send({
        tenant: villa,
        title: 'Ajena',
        published: true,
        opensAt: new Date().toISOString(),
        closesAt: new Date(Date.now() + HOUR).toISOString(),
        questions: [],
      })
    expect(foreignPoll.status).toBe(403)
    const wrongType = await api(server).post(path).set(auth(tokens.villaAdmin)).send({ csv })
    expect(wrongType.status).toBe(400)
    // One wrong line: nothing is imported, and every wrong line is named, in the caller's language.
    const wrong = await api(server)
      .post(path)
      .set(auth(tokens.villaAdmin))
      .set('Content-Type', 'text/csv')
      .set('Accept-Language', 'pt')
      .send(csv)
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0].message).toMatch(/1 linhas com erros: nada foi importado/)
    expect(wrong.body.errors[0].data.lines).toEqual([
      {
        line: 262,
        field: 'document',
        value: 'X',
        message: 'Linha 262: documento «X» inválido (de 3 a 20 letras ou números).',
      },
    ])
    expect(await server.sql('SELECT id FROM census_entries')).toHaveLength(0)
    const good = lines.slice(0, -1).join('\n')
    // The preview counts what an import would add, and writes nothing.
    const preview = await api(server)
      .post(`${path}?dryRun=true`)
      .set(auth(tokens.villaAdmin))
      .set('Content-Type', 'text/csv')
      .send(good)
    expect(preview.body).toEqual({ lines: 260, added: 260, existing: 0, dryRun: true })
    expect(await server.sql('SELECT id FROM census_entries')).toHaveLength(0)
    const res = await api(server).post(path).set(auth(tokens.villaAdmin)).set('Content-Type', 'text/csv').send(good)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ lines: 260, added: 260, existing: 0, dryRun: false })
    const again = await api(server).post(path).set(auth(tokens.villaAdmin)).set('Content-Type', 'text/csv').send(good)
    expect(again.body).toMatchObject({ added: 0, existing: 260 })
    const empty = await api(server)
      .post(path)
      .set(auth(tokens.villaAdmin))
      .set('Content-Type', 'text/csv')
      .send('documento,nacimiento\n')
    expect(empty.status).toBe(400)
    // What the database holds: hashes, never a document number or a birth date.
    const rows = await server.sql('SELECT key_hash FROM census_entries')
    expect(rows).toHaveLength(260)
    for (const row of rows) expect(String(row.key_hash)).toMatch(/^[0-9a-f]{64}$/)
    const dump = JSON.stringify(await server.sql('SELECT * FROM census_entries'))
    expect(dump).not.toContain(citizen(7).d)
    expect(dump).not.toContain(citizen(7).b)
    // The hashes are not public.
    expect(
      (await api(server).get('/api/census-entries')).status === 200
        ? (await api(server).get('/api/census-entries')).body.totalDocs
        : 0,
    ).toBe(0)
  })

  it('verifies a person who enters the same data, once per census entry', async () => {
    const a = await createPerson(server, tokens.platform, { email: 'ana@participa.test', name: 'Ana' })
    tokens.ana = a.token
    const wrong = await gql(server, VERIFY, { d: citizen(250).d, b: '1999-01-01' }, a.token)
    expect(wrong.errors?.[0].extensions?.statusCode).toBe(404)
    const bad = await gql(server, VERIFY, { d: '?', b: '31/02/1990' }, a.token)
    expect(bad.errors?.[0].extensions?.statusCode).toBe(400)
    expect(bad.errors?.[0].message).toMatch(/document.*birthDate/)
    const ok = await gql(server, VERIFY, { d: citizen(250).d.toLowerCase(), b: citizen(250).b }, a.token)
    expect(ok.data?.verifyResidence).toEqual({ verified: true, already: false })
    const other = await createPerson(server, tokens.platform, { email: 'impostor@participa.test', name: 'Impostor' })
    const taken = await gql(server, VERIFY, { d: citizen(250).d, b: citizen(250).b }, other.token)
    expect(taken.errors?.[0].extensions?.statusCode).toBe(409)
    tokens.unverified = other.token
    const mine = await gql(server, `{ myResidence(municipality: "${M}") { verified } }`, {}, a.token)
    expect(mine.data?.myResidence.verified).toBe(true)
  })
})

describe('proposals, phases and moderation', () => {
  it('takes proposals only in their phase and only from verified residents, naming bad fields', async () => {
    const unverified = await gql(server, PROPOSE, { p: 'plaza-2027', t: 'Idea', b: 'Texto' }, tokens.unverified)
    expect(unverified.errors?.[0].extensions?.statusCode).toBe(403)
    const bad = await gql(server, PROPOSE, { p: 'plaza-2027', t: ' ', b: '', c: 'Otra' }, tokens.ana)
    expect(bad.errors?.[0].extensions?.statusCode).toBe(400)
    expect(bad.errors?.[0].message).toMatch(/title.*body.*category/)
    for (const [key, title] of [
      ['p1', 'Bancos y sombra'],
      ['p2', 'Juegos para niños'],
      ['p3', 'Bebederos'],
      ['spam', 'Compre ya'],
    ]) {
      const res = await gql(
        server,
        PROPOSE,
        { p: 'plaza-2027', t: title, b: `Propuesta: ${title}.`, c: 'Espacios públicos' },
        tokens.ana,
      )
      expect(res.data?.submitProposal).toMatchObject({ status: 'pending', title })
      ids[key] = res.data!.submitProposal.id
    }
    // Images are judged by their bytes: HTML named .png is refused and leaves nothing behind.
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#2a7' } })
      .png()
      .toBuffer()
    const withImage = await gql(
      server,
      `mutation P($i: [ProposalImageInput!]) { submitProposal(municipality: "${M}", process: "plaza-2027", title: "Con foto", body: "Así está hoy.", images: $i) { id } }`,
      { i: [{ filename: 'plaza.png', base64: png.toString('base64') }] },
      tokens.ana,
    )
    expect(withImage.errors).toBeUndefined()
    const stored = (
      await api(server).get(`/api/proposals/${withImage.data!.submitProposal.id}`).set(auth(tokens.moderator))
    ).body
    expect(stored.images).toHaveLength(1)
    expect(stored.images[0].mimeType).toBe('image/png')
    const before = await server.sql('SELECT COUNT(*) AS n FROM proposals')
    const disguised = await gql(
      server,
      `mutation P($i: [ProposalImageInput!]) { submitProposal(municipality: "${M}", process: "plaza-2027", title: "Falsa", body: "x", images: $i) { id } }`,
      {
        i: [
          { filename: 'plaza.png', base64: png.toString('base64') },
          { filename: 'x.png', base64: Buffer.from('<html><script>alert(1)</script></html>').toString('base64') },
        ],
      },
      tokens.ana,
    )
    expect(disguised.errors?.[0].extensions?.statusCode).toBe(415)
    expect(await server.sql('SELECT COUNT(*) AS n FROM proposals')).toEqual(before)
    expect(Number((await server.sql('SELECT COUNT(*) AS n FROM proposal_images'))[0].n)).toBe(1)
    expect(fs.readdirSync(path.join(server.mediaDir, 'proposal-images'))).toHaveLength(1)
    // Pending proposals are not public; supports wait for their phase.
    expect((await api(server).get(`/api/proposals/${ids.p1}`)).status).toBe(404)
    const early = await gql(server, SUPPORT, { p: ids.p1 }, tokens.ana)
    expect(early.errors?.[0].extensions?.statusCode).toBe(404)
  })

  it('is moderated by moderators only; the author is emailed in their language', async () => {
    const pt = await createPerson(server, tokens.platform, { email: 'rui@participa.test', name: 'Rui', language: 'pt' })
    const c = citizen(251)
    await gql(server, VERIFY, { d: c.d, b: c.b }, pt.token)
    const res = await gql(server, PROPOSE, { p: 'plaza-2027', t: 'Estacionamento', b: 'Mais vagas.' }, pt.token)
    ids.pt = res.data!.submitProposal.id

    expect([403, 404]).toContain((await moderate(ids.p1, { status: 'published' }, tokens.editor)).status)
    expect([403, 404]).toContain((await moderate(ids.p1, { status: 'published' }, tokens.novaAdmin)).status)
    expect((await moderate(ids.p1, { title: 'Otro título' }, tokens.ana)).status).toBeGreaterThanOrEqual(403)
    for (const key of ['p1', 'p2', 'p3', 'spam'])
      expect((await moderate(ids[key], { status: 'published' })).status).toBe(200)
    await smtp.waitForMail('ana@participa.test', (m) => m.subject === 'Su propuesta fue publicada')
    expect((await moderate(ids.pt, { status: 'rejected' })).status).toBe(400)
    const rejected = await moderate(ids.pt, { status: 'rejected', transitionComment: 'Fuera del alcance del proceso.' })
    expect(rejected.status).toBe(200)
    const mail = await smtp.waitForMail('rui@participa.test', (m) => m.subject === 'Sua proposta não foi publicada')
    expect(mail.text).toContain('Motivo: Fuera del alcance del proceso.')
    // The public sees published proposals with their counts, and no moderation history.
    const list = await api(server)
      .get('/api/proposals')
      .query({ where: { process: { equals: ids.process } } })
    expect(list.body.docs.map((d: { id: unknown }) => String(d.id)).sort()).toEqual(
      [ids.p1, ids.p2, ids.p3, ids.spam].sort(),
    )
    expect(list.body.docs[0]).toMatchObject({ supportCount: 0, qualified: false })
    expect(list.body.docs[0].history ?? []).toEqual([])
    // The author's name is for the municipality's moderators and administrators; nobody else reads it, by
    // REST or GraphQL: not the public, not the author, not an editor there, not another municipality's admin.
    const authorName = async (token?: string) => {
      const rest = await api(server).get(`/api/proposals/${ids.p1}`).set(auth(token))
      const graph = await gql(
        server,
        'query Q($id: Int!) { Proposal(id: $id) { authorName } }',
        { id: Number(ids.p1) },
        token,
      )
      return [rest.body.authorName ?? null, graph.data?.Proposal?.authorName ?? null]
    }
    expect(await authorName(tokens.moderator)).toEqual(['Ana', 'Ana'])
    expect(await authorName(tokens.villaAdmin)).toEqual(['Ana', 'Ana'])
    for (const token of [undefined, tokens.ana, tokens.editor, tokens.novaAdmin])
      expect(await authorName(token)).toEqual([null, null])
  })

  it('hides a proposal at the third report, once per person, and tells the author', async () => {
    const people = await verifiedPeople(200, 3)
    const first = await gql(server, REPORT, { id: ids.spam }, people[0].token)
    expect(first.data?.report).toEqual({ reports: 1, hidden: false })
    const twice = await gql(server, REPORT, { id: ids.spam }, people[0].token)
    expect(twice.errors?.[0].extensions?.statusCode).toBe(409)
    expect((await gql(server, REPORT, { id: ids.spam }, people[1].token)).data?.report).toEqual({
      reports: 2,
      hidden: false,
    })
    expect((await api(server).get(`/api/proposals/${ids.spam}`)).status).toBe(200)
    expect((await gql(server, REPORT, { id: ids.spam }, people[2].token)).data?.report).toEqual({
      reports: 3,
      hidden: true,
    })
    expect((await api(server).get(`/api/proposals/${ids.spam}`)).status).toBe(404)
    const hidden = (await api(server).get(`/api/proposals/${ids.spam}`).set(auth(tokens.moderator))).body
    expect(hidden).toMatchObject({ status: 'hidden', reportCount: 3 })
    expect(hidden.history.at(-1)).toMatchObject({ to: 'hidden', actor: 'system' })
    await smtp.waitForMail('ana@participa.test', (m) => m.subject === 'Su propuesta fue ocultada')
  })

  it('takes threaded comments while the process debates', async () => {
    const top = await gql(
      server,
      `mutation { comment(municipality: "${M}", proposal: "${ids.p1}", body: "Muy buena idea") { id parent status } }`,
      {},
      tokens.ana,
    )
    expect(top.data?.comment).toMatchObject({ parent: null, status: 'published' })
    const reply = await gql(
      server,
      `mutation { comment(municipality: "${M}", proposal: "${ids.p1}", parent: "${top.data!.comment.id}", body: "De acuerdo") { id parent } }`,
      {},
      tokens.ana,
    )
    expect(reply.data?.comment.parent).toBe(top.data!.comment.id)
    const wrongParent = await gql(
      server,
      `mutation { comment(municipality: "${M}", proposal: "${ids.p2}", parent: "${top.data!.comment.id}", body: "x") { id } }`,
      {},
      tokens.ana,
    )
    expect(wrongParent.errors?.[0].extensions?.statusCode).toBe(400)
    const comments = await api(server)
      .get('/api/comments')
      .query({ where: { proposal: { equals: ids.p1 } } })
    expect(comments.body.totalDocs).toBe(2)
  })
})

describe('supports', () => {
  it('counts exactly 200 when 200 verified people support one proposal at once, with 50 duplicates refused', async () => {
    await setPhases([
      { phase: 'proposals', from: -2 * HOUR, to: -HOUR },
      { phase: 'supports', from: -HOUR, to: HOUR },
    ])
    const people = await verifiedPeople(0, 200)
    crowd = people
    const attempts = [...people, ...people.slice(0, 50)].map((p) => gql(server, SUPPORT, { p: ids.p1 }, p.token))
    const results = await Promise.all(attempts)
    const ok = results.filter((r) => r.data?.supportProposal)
    const refused = results.filter((r) => r.errors)
    expect(ok).toHaveLength(200)
    expect(refused).toHaveLength(50)
    for (const r of refused) {
      expect(r.errors![0].extensions?.statusCode).toBe(409)
      expect(r.errors![0].message).toBe('Ya apoyó esta propuesta.')
    }
    const proposal = (await api(server).get(`/api/proposals/${ids.p1}`)).body
    expect(proposal).toMatchObject({ supportCount: 200, qualified: true })
    const rows = await server.sql(
      usingPostgres
        ? 'SELECT COUNT(*) AS n FROM supports WHERE proposal_id = $1'
        : 'SELECT COUNT(*) AS n FROM supports WHERE proposal_id = ?',
      [Number(ids.p1)],
    )
    expect(Number(rows[0].n)).toBe(200)
    ids.someone = String(people[0].id)
    tokens.someone = people[0].token
  }, 600_000)

  it('holds the per-person limit, and refuses outside the phase', async () => {
    // people[0] supports p1 already; the limit is 2.
    expect((await gql(server, SUPPORT, { p: ids.p2 }, tokens.someone)).data?.supportProposal.supportCount).toBe(1)
    const third = await gql(server, SUPPORT, { p: ids.p3 }, tokens.someone)
    expect(third.errors?.[0].extensions?.statusCode).toBe(409)
    expect(third.errors?.[0].message).toBe('Alcanzó el máximo de 2 apoyos en este proceso.')
    const hidden = await gql(server, SUPPORT, { p: ids.spam }, tokens.ana)
    expect(hidden.errors?.[0].extensions?.statusCode).toBe(404)
    const late = await gql(server, PROPOSE, { p: 'plaza-2027', t: 'Tarde', b: 'Fuera de fase' }, tokens.ana)
    expect(late.errors?.[0].extensions?.statusCode).toBe(409)
    expect(late.errors?.[0].message).toContain('Propuestas')
    await setPhases([{ phase: 'supports', from: -2 * HOUR, to: -HOUR }])
    const closed = await gql(server, SUPPORT, { p: ids.p3 }, tokens.ana)
    expect(closed.errors?.[0].extensions?.statusCode).toBe(409)
    // A person's supports are theirs to read; others see only counts.
    const own = await api(server).get('/api/supports').set(auth(tokens.someone))
    expect(
      own.body.docs.map((s: { person: unknown }) =>
        String(typeof s.person === 'object' ? (s.person as { id: unknown }).id : s.person),
      ),
    ).toEqual([ids.someone, ids.someone])
    expect((await api(server).get('/api/supports')).body.docs ?? []).toEqual([])
  })
})

describe('secret ballots: polls and participatory budgets', () => {
  const POLL = `mutation B($p: String!, $a: [[Int!]!]!) { castPollBallot(municipality: "${M}", poll: $p, answers: $a) { poll counted } }`
  const BUDGET = `mutation B($b: String!, $p: [String!]!, $c: String) {
    castBudgetBallot(municipality: "${M}", budget: $b, projects: $p, code: $c) { budget code changed total }
  }`
  const admin = (method: 'post' | 'patch', url: string, data: Record<string, unknown>) =>
    api(server)[method](url).set(auth(tokens.villaAdmin)).send(data)
  const rows = async (table: string) => Number((await server.sql(`SELECT COUNT(*) AS n FROM ${table}`))[0].n)
  const project: Record<string, string> = {}

  beforeAll(async () => {
    const window = {
      opensAt: new Date(Date.now() - HOUR).toISOString(),
      closesAt: new Date(Date.now() + HOUR).toISOString(),
    }
    const poll = await admin('post', '/api/polls', {
      tenant: villa,
      title: 'Horario de la feria',
      published: true,
      requireVerification: true,
      ...window,
      questions: [
        {
          text: '¿Qué día?',
          multiple: false,
          options: [{ label: 'Sábado' }, { label: 'Domingo' }, { label: 'Lunes' }],
        },
        {
          text: '¿Qué puestos?',
          multiple: true,
          options: [{ label: 'Frutas' }, { label: 'Ropa' }, { label: 'Libros' }],
        },
      ],
    })
    expect(poll.status).toBe(201)
    ids.poll = String(poll.body.doc.id)
    const knapsack = await admin('post', '/api/budgets', {
      tenant: villa,
      title: 'Presupuesto 2027',
      published: true,
      total: 100,
      rule: 'knapsack',
      ...window,
    })
    expect(knapsack.status).toBe(201)
    ids.knapsack = String(knapsack.body.doc.id)
    for (const [key, cost] of [
      ['A', 60],
      ['B', 50],
      ['C', 40],
      ['D', 30],
    ] as const) {
      const res = await admin('post', '/api/budget-projects', {
        tenant: villa,
        budget: Number(ids.knapsack),
        title: `Proyecto ${key}`,
        cost,
      })
      expect(res.status).toBe(201)
      project[key] = String(res.body.doc.id)
    }
    const approval = await admin('post', '/api/budgets', {
      tenant: villa,
      title: 'Obras chicas',
      published: true,
      total: 1000,
      rule: 'approval',
      minProjects: 2,
      maxProjects: 3,
      ...window,
    })
    ids.approval = String(approval.body.doc.id)
    for (const key of ['W', 'X', 'Y', 'Z']) {
      const res = await admin('post', '/api/budget-projects', {
        tenant: villa,
        budget: Number(ids.approval),
        title: `Obra ${key}`,
        cost: 100,
      })
      project[key] = String(res.body.doc.id)
    }
  })

  it('refuses malformed ballots, over-budget choices and wrong project counts with clear messages, storing nothing', async () => {
    const voter = crowd[0].token
    const cases: [string, Record<string, unknown>, string | undefined, RegExp][] = [
      [POLL, { p: ids.poll, a: [[0]] }, voter, /2 preguntas/],
      [POLL, { p: ids.poll, a: [[0, 1], [0]] }, voter, /una sola opción/],
      [POLL, { p: ids.poll, a: [[7], [0]] }, voter, /opción inexistente/],
      [POLL, { p: ids.poll, a: [[0], []] }, voter, /al menos una opción/],
      [BUDGET, { b: ids.knapsack, p: [project.A, project.B] }, voter, /suman 110, más que el monto disponible \(100\)/],
      [BUDGET, { b: ids.knapsack, p: [project.A, project.W] }, voter, /no son de este presupuesto/],
      [BUDGET, { b: ids.approval, p: [project.W] }, voter, /Elija entre 2 y 3 proyectos \(eligió 1\)/],
      [BUDGET, { b: ids.approval, p: [project.W, project.X, project.Y, project.Z] }, voter, /eligió 4/],
    ]
    for (const [query, variables, token, message] of cases) {
      const res = await gql(server, query, variables, token)
      expect({ variables, status: res.errors?.[0].extensions?.statusCode }).toEqual({ variables, status: 400 })
      expect(res.errors?.[0].message).toMatch(message)
    }
    const unverified = await gql(server, POLL, { p: ids.poll, a: [[0], [0]] }, tokens.unverified)
    expect(unverified.errors?.[0].extensions?.statusCode).toBe(403)
    for (const table of ['poll_ballots', 'poll_participations', 'budget_ballots', 'budget_participations'])
      expect(await rows(table)).toBe(0)
  })

  it('counts exactly 200 poll ballots and 200 budget ballots cast at once, refusing 50 second ballots each', async () => {
    const pollResults = await Promise.all(
      [...crowd, ...crowd.slice(0, 50)].map((p, k) => {
        const i = k % 200
        return gql(server, POLL, { p: ids.poll, a: [[i % 3], [i % 3, (i + 1) % 3]] }, p.token)
      }),
    )
    expect(pollResults.filter((r) => r.data?.castPollBallot?.counted)).toHaveLength(200)
    const refused = pollResults.filter((r) => r.errors)
    expect(refused).toHaveLength(50)
    for (const r of refused)
      expect([r.errors![0].extensions?.statusCode, r.errors![0].message]).toEqual([409, 'Ya votó.'])
    expect([await rows('poll_ballots'), await rows('poll_participations')]).toEqual([200, 200])

    const budgetResults = await Promise.all(
      [...crowd, ...crowd.slice(0, 50)].map((p, k) =>
        gql(server, BUDGET, { b: ids.knapsack, p: k % 2 ? [project.A, project.D] : [project.B, project.C] }, p.token),
      ),
    )
    const cast = budgetResults.filter((r) => r.data?.castBudgetBallot)
    expect(cast).toHaveLength(200)
    const second = budgetResults.filter((r) => r.errors)
    expect(second).toHaveLength(50)
    for (const r of second) expect(r.errors![0].extensions?.statusCode).toBe(409)
    expect([await rows('budget_ballots'), await rows('budget_participations')]).toEqual([200, 200])
    // A ballot is changed with its code only (crowd[0] chose B and C).
    const code = [budgetResults[0], budgetResults[200]].find((r) => r.data?.castBudgetBallot)!.data!.castBudgetBallot
      .code
    expect(code).toMatch(/^[\w-]{12}$/)
    const wrong = await gql(server, BUDGET, { b: ids.knapsack, p: [project.A, project.D], c: 'nope' }, crowd[0].token)
    expect(wrong.errors?.[0].extensions?.statusCode).toBe(403)
    const changed = await gql(server, BUDGET, { b: ids.knapsack, p: [project.A, project.D], c: code }, crowd[0].token)
    expect(changed.data?.castBudgetBallot).toMatchObject({ changed: true, total: 90 })
    expect(await rows('budget_ballots')).toBe(200)
  }, 300_000)

  it('keeps ballots secret: no API reads them and no row ties a person to a choice', async () => {
    for (const token of [undefined, tokens.ana, tokens.moderator, tokens.villaAdmin, tokens.platform]) {
      for (const collection of ['poll-ballots', 'budget-ballots']) {
        const res = await api(server).get(`/api/${collection}`).set(auth(token))
        expect(res.status === 200 ? res.body.totalDocs : 0).toBe(0)
      }
      const graph = await gql(
        server,
        '{ PollBallots { docs { id choices } } BudgetBallots { docs { id projects } } }',
        {},
        token,
      )
      expect(graph.data?.PollBallots?.docs ?? []).toEqual([])
      expect(graph.data?.BudgetBallots?.docs ?? []).toEqual([])
    }
    // Who took part is known to managers; what they chose is not there.
    const turnout = await api(server).get('/api/poll-participations').query({ limit: 1 }).set(auth(tokens.moderator))
    expect(turnout.body.totalDocs).toBe(200)
    expect(Object.keys(turnout.body.docs[0]).sort()).toEqual([
      'createdAt',
      'id',
      'person',
      'poll',
      'tenant',
      'uniqueKey',
      'updatedAt',
    ])
    // The ballot tables hold no person, no time and no sequence.
    const columns = async (table: string) =>
      usingPostgres
        ? (
            await server.sql('SELECT column_name AS name FROM information_schema.columns WHERE table_name = $1', [
              table,
            ])
          )
            .map((c) => String(c.name))
            .sort()
        : (await server.sql(`PRAGMA table_info(${table})`)).map((c) => String(c.name)).sort()
    expect(await columns('poll_ballots')).toEqual(['choices', 'id', 'poll_id', 'tenant_id'])
    expect(await columns('budget_ballots')).toEqual(['budget_id', 'code_hash', 'id', 'projects', 'tenant_id'])
    const ballotIds = (await server.sql('SELECT id FROM poll_ballots')).map((r) => String(r.id))
    for (const id of ballotIds.slice(0, 5)) expect(id).toMatch(/^[0-9a-f-]{36}$/)
    const audit = await server.sql(
      "SELECT COUNT(*) AS n FROM audit_log WHERE collection IN ('poll-ballots', 'budget-ballots')",
    )
    expect(Number(audit[0].n)).toBe(0)
  })

  it('shows poll and budget results to nobody before closing, and the exact counts after', async () => {
    const read = (collection: string, id: string, token?: string) =>
      api(server).get(`/api/${collection}/${id}`).set(auth(token))
    for (const token of [undefined, tokens.ana, tokens.moderator, tokens.villaAdmin]) {
      expect((await read('polls', ids.poll, token)).body.results).toBeNull()
      expect((await read('budgets', ids.knapsack, token)).body.results).toBeNull()
      const graph = await gql(server, `{ Poll(id: ${ids.poll}) { results } }`, {}, token)
      expect(graph.data?.Poll.results).toBeNull()
    }
    const past = new Date(Date.now() - 1000).toISOString()
    expect((await admin('patch', `/api/polls/${ids.poll}`, { closesAt: past })).status).toBe(200)
    expect((await admin('patch', `/api/budgets/${ids.knapsack}`, { closesAt: past })).status).toBe(200)
    const late = await gql(server, POLL, { p: ids.poll, a: [[0], [0]] }, tokens.ana)
    expect(late.errors?.[0].extensions?.statusCode).toBe(409)
    expect(late.errors?.[0].message).toMatch(/^La votación cerró el/)

    const expected = [
      [0, 1, 2].map((o) => Array.from({ length: 200 }, (_, i) => i % 3).filter((x) => x === o).length),
      [0, 1, 2].map(
        (o) => Array.from({ length: 200 }, (_, i) => [i % 3, (i + 1) % 3]).filter((c) => c.includes(o)).length,
      ),
    ]
    const poll = (await read('polls', ids.poll)).body.results
    expect(poll.ballots).toBe(200)
    expect(poll.questions.map((q: { options: { votes: number }[] }) => q.options.map((o) => o.votes))).toEqual(expected)
    // 100 chose A+D and 100 B+C; one moved from B+C to A+D: A and D 101, B and C 99.
    // Rule: most votes first (ties: cheaper first) while it fits: D (30), A (60) → 10 left; C and B no longer fit.
    const budget = (await read('budgets', ids.knapsack)).body.results
    expect(budget.ballots).toBe(200)
    expect(
      budget.projects.map((p: { title: string; votes: number; selected: boolean }) => [p.title, p.votes, p.selected]),
    ).toEqual([
      ['Proyecto D', 101, true],
      ['Proyecto A', 101, true],
      ['Proyecto C', 99, false],
      ['Proyecto B', 99, false],
    ])
    expect(budget.remaining).toBe(10)
  })

  it('refuses to delete a budget that has projects and votes, or a person who voted: 409 naming them, nothing lost', async () => {
    const before = await Promise.all(
      ['budgets', 'budget_projects', 'budget_participations', 'budget_ballots'].map(rows),
    )
    const rest = await api(server).delete(`/api/budgets/${ids.knapsack}`).set(auth(tokens.villaAdmin))
    expect(rest.status).toBe(409)
    expect(rest.body.errors[0].message).toBe(
      'No se puede eliminar: otros documentos aún dependen de este (Proyectos del presupuesto (4), ' +
        'Participación en presupuestos (200), Votos de presupuestos (200)). Elimínelos o cámbielos primero.',
    )
    const english = await api(server)
      .delete(`/api/budgets/${ids.knapsack}`)
      .set(auth(tokens.villaAdmin))
      .set('Accept-Language', 'en')
    expect(english.status).toBe(409)
    expect(english.body.errors[0].message).toMatch(
      /^Cannot delete: other documents still depend on this one \(Budget projects \(4\)/,
    )
    const graph = await gql(server, `mutation { deleteBudget(id: ${ids.knapsack}) { id } }`, {}, tokens.platform)
    expect(graph.errors?.[0].extensions?.statusCode).toBe(409)
    const bulk = await api(server)
      .delete('/api/budgets')
      .query({ where: { id: { equals: ids.knapsack } } })
      .set(auth(tokens.platform))
    expect(bulk.status).toBe(400)
    expect(bulk.body.errors[0].message).toMatch(/Votos de presupuestos \(200\)/)
    const self = await api(server).delete(`/api/people/${crowd[0].id}`).set(auth(crowd[0].token))
    expect(self.status).toBe(409)
    expect(self.body.errors[0].message).toMatch(/Participación en presupuestos \(1\)/)
    expect(
      await Promise.all(['budgets', 'budget_projects', 'budget_participations', 'budget_ballots'].map(rows)),
    ).toEqual(before)
    const still = await api(server).get(`/api/budgets/${ids.knapsack}`).set(auth(tokens.villaAdmin))
    expect(still.body.results.ballots).toBe(200)

    // Once nothing depends on it, it goes.
    const spare = await admin('post', '/api/budgets', {
      tenant: villa,
      title: 'Borrador',
      total: 10,
      rule: 'knapsack',
      opensAt: new Date(Date.now() + HOUR).toISOString(),
      closesAt: new Date(Date.now() + 2 * HOUR).toISOString(),
    })
    expect(spare.status).toBe(201)
    const item = await admin('post', '/api/budget-projects', {
      tenant: villa,
      budget: spare.body.doc.id,
      title: 'Uno',
      cost: 5,
    })
    expect(item.status).toBe(201)
    const blocked = await api(server).delete(`/api/budgets/${spare.body.doc.id}`).set(auth(tokens.villaAdmin))
    expect(blocked.status).toBe(409)
    const gone = await api(server).delete(`/api/budget-projects/${item.body.doc.id}`).set(auth(tokens.villaAdmin))
    expect(gone.status).toBe(200)
    expect((await api(server).delete(`/api/budgets/${spare.body.doc.id}`).set(auth(tokens.villaAdmin))).status).toBe(
      200,
    )
  })
})

describe('accountability and followers', () => {
  const runJob = async (task: string) => {
    const queued = await api(server)
      .post('/api/payload-jobs')
      .set(auth(tokens.platform))
      .send({ taskSlug: task, input: {}, queue: 'default' })
    expect(queued.status).toBe(201)
    expect(
      (await api(server).get('/api/payload-jobs/run').query({ queue: 'default' }).set(auth(tokens.platform))).status,
    ).toBe(200)
  }

  it('emails the followers of a process once when its phase changes', async () => {
    const follow = await gql(
      server,
      `mutation { followProcess(municipality: "${M}", process: "plaza-2027") { following } }`,
      {},
      tokens.ana,
    )
    expect(follow.data?.followProcess.following).toBe(true)
    await setPhases([{ phase: 'voting', from: -HOUR, to: HOUR }])
    await runJob('muniparticipa-phases')
    await smtp.waitForMail('ana@participa.test', (m) => m.subject === 'Ideas para la plaza: fase de Votación')
    await runJob('muniparticipa-phases')
    expect((await smtp.mailsTo('ana@participa.test')).filter((m) => m.subject.includes('fase de'))).toHaveLength(1)
    expect((await smtp.mailsTo('rui@participa.test')).filter((m) => m.subject.includes('fase de'))).toHaveLength(0)
  })

  it('turns an accepted proposal and the winning budget projects into public results', async () => {
    expect((await moderate(ids.p2, { answer: { status: 'rejected' } })).status).toBe(400)
    const accepted = await moderate(ids.p1, {
      answer: { status: 'accepted', text: 'Se incluye en el plan de obras 2027.' },
    })
    expect(accepted.status).toBe(200)
    await smtp.waitForMail('ana@participa.test', (m) => m.subject === 'Respuesta a su propuesta: Aceptada')
    await runJob('muniparticipa-results')
    await runJob('muniparticipa-results')
    const results = await api(server)
      .get('/api/accountability-results')
      .query({ where: { tenant: { equals: villa } }, sort: 'title', depth: 0 })
    expect(results.body.docs.map((r: { title: string; status: string }) => [r.title, r.status])).toEqual([
      ['Bancos y sombra', 'planned'],
      ['Proyecto A', 'planned'],
      ['Proyecto D', 'planned'],
    ])
    const one = results.body.docs[0]
    expect(String(one.proposal)).toBe(ids.p1)
    const progress = await api(server)
      .patch(`/api/accountability-results/${one.id}`)
      .set(auth(tokens.moderator))
      .send({ status: 'in-progress', progress: 40 })
    expect(progress.status).toBe(200)
    expect([403, 404]).toContain(
      (await api(server).patch(`/api/accountability-results/${one.id}`).set(auth(tokens.editor)).send({ progress: 90 }))
        .status,
    )
    expect((await api(server).get(`/api/accountability-results/${one.id}`)).body).toMatchObject({
      status: 'in-progress',
      progress: 40,
    })
  })
})

describe('MuniParticipa switched off for a municipality', () => {
  it('refuses its mutations and its queries return nothing there', async () => {
    const modules = (await api(server).get(`/api/municipalities/${villa}`)).body.modules as string[]
    const off = await api(server)
      .patch(`/api/municipalities/${villa}`)
      .set(auth(tokens.platform))
      .send({ modules: modules.filter((m) => m !== 'muniparticipa') })
    expect(off.status).toBe(200)
    try {
      const res = await gql(server, PROPOSE, { p: 'plaza-2027', t: 'x', b: 'y' }, tokens.ana)
      expect(res.errors?.[0].extensions?.statusCode).toBe(403)
      expect((await gql(server, SUPPORT, { p: ids.p2 }, tokens.ana)).errors?.[0].extensions?.statusCode).toBe(403)
      for (const [query, variables] of [
        [`mutation { castPollBallot(municipality: "${M}", poll: "${ids.poll}", answers: [[0], [0]]) { counted } }`, {}],
        [`mutation { castBudgetBallot(municipality: "${M}", budget: "${ids.approval}", projects: []) { code } }`, {}],
        [VERIFY, { d: citizen(252).d, b: citizen(252).b }],
        [`mutation { followProcess(municipality: "${M}", process: "plaza-2027") { following } }`, {}],
      ] as [string, Record<string, unknown>][])
        expect((await gql(server, query, variables, tokens.ana)).errors?.[0].extensions?.statusCode).toBe(403)
      const census = await api(server)
        .post(`/api/m/${M}/muniparticipa/census`)
        .set(auth(tokens.villaAdmin))
        .set('Content-Type', 'text/csv')
        .send('X123,1990-01-01')
      expect(census.status).toBe(403)
      expect(
        (
          await api(server)
            .get('/api/polls')
            .query({ where: { tenant: { equals: villa } } })
        ).body.totalDocs,
      ).toBe(0)
      expect(
        (
          await api(server)
            .get('/api/proposals')
            .query({ where: { tenant: { equals: villa } } })
        ).body.totalDocs,
      ).toBe(0)
      expect(
        (
          await api(server)
            .get('/api/processes')
            .query({ where: { tenant: { equals: villa } } })
        ).body.totalDocs,
      ).toBe(0)
      const graph = await gql(
        server,
        `{ Proposals(where: { tenant: { equals: ${JSON.stringify(villa)} } }) { totalDocs } }`,
      )
      expect(graph.data?.Proposals.totalDocs).toBe(0)
      // Nova Esperança still has it.
      expect(
        (
          await api(server)
            .get('/api/processes')
            .query({ where: { tenant: { equals: nova } } })
        ).body.totalDocs,
      ).toBe(1)
    } finally {
      await api(server).patch(`/api/municipalities/${villa}`).set(auth(tokens.platform)).send({ modules })
    }
    expect(
      (
        await api(server)
          .get('/api/proposals')
          .query({ where: { tenant: { equals: villa } } })
      ).body.totalDocs,
    ).toBeGreaterThan(0)
  })
})
