/**
 * MuniCompra against the real server (production bundle, committed migrations) and a real SMTP server
 * on loopback: suppliers register and are verified; a tender is published, asked about, amended and
 * bid on (one bid replaced, a late one refused); the jobs runner closes it at the deadline and opens
 * the bids at the opening time; evaluation, award and contract follow. Before the opening nobody reads
 * an amount or a document — through REST, GraphQL, the admin's API or the Local API — and the database
 * holds only ciphertext. Every OCDS package validates against the official 1.1.5 schemas. Where
 * MuniCompra is off, its OCDS endpoints answer 404 and its mutations refuse.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'

import {
  account,
  api,
  auth,
  createPerson,
  gql,
  login,
  municipalityId,
  ROOT,
  serverEnv,
  startServer,
  startSmtp,
  TEST_SECRET,
  type TestServer,
  usingPostgres,
} from '@e-muni/sdk/testing'
import { simplePdf } from '@e-muni/sdk'

let server: TestServer
let smtp: Awaited<ReturnType<typeof startSmtp>>
let villa: number | string
let nova: number | string
const tokens: Record<string, string> = {}
const people: Record<string, { id: number | string; token: string; email: string }> = {}
const ids: Record<string, number | string> = {}
const receipts: Record<string, { bidId: string; sha256: string; submittedAt: string; version: number }> = {}

const STANDARD = path.resolve(ROOT, '../shared/standards/ocds-1.1.5')
const readJson = (name: string) => JSON.parse(fs.readFileSync(path.join(STANDARD, name), 'utf8'))
const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)
ajv.addSchema(readJson('release-schema.json'))
ajv.addSchema(readJson('versioned-release-validation-schema.json'))
const validate = {
  releasePackage: ajv.compile(readJson('release-package-schema.json')),
  recordPackage: ajv.compile(readJson('record-package-schema.json')),
}
const valid = (name: keyof typeof validate, body: unknown) => {
  if (!validate[name](body)) throw new Error(`${name}: ${ajv.errorsText(validate[name].errors)}`)
}
/** The values of each codelist the standard publishes (first column of its CSV). */
const codelist = (name: string) => {
  const [header, ...rows] = fs
    .readFileSync(path.join(STANDARD, 'codelists', name), 'utf8')
    .trim()
    .split('\n')
  const column = header.split(',').indexOf('Code')
  return new Set(rows.map((line) => line.split(',')[column].replace(/"/g, '')))
}

const PDF = simplePdf(['Oferta técnica', 'Constructora de prueba'])
const BIDS = `query { myBids(municipality: "villa-esperanza") { bidId tender status version sha256 opened amount } }`
const SUBMIT = `mutation Bid($t: String!, $a: Float!, $docs: [BidDocumentInput!]) {
  submitBid(municipality: "villa-esperanza", tender: $t, amount: $a, documents: $docs) {
    bidId tender status version submittedAt sha256 opened amount
  }
}`
const REGISTER = `mutation Reg($name: String!, $tax: String!, $cats: [String!]!) {
  registerSupplier(municipality: "villa-esperanza", legalName: $name, country: "UY", taxId: $tax, categories: $cats) {
    id legalName taxId status
  }
}`
const ASK = `mutation Ask($m: String!, $t: String!, $q: String!) {
  askClarification(municipality: $m, tender: $t, question: $q) { id tender question }
}`

/** Ids as the database has them (numbers on SQLite and PostgreSQL): receipts carry them as text. */
const asId = (v: string) => (/^\d+$/.test(v) ? Number(v) : v)

const mailsTo = (to: string) => smtp.mailsTo(to)
const waitForMail: typeof smtp.waitForMail = (to, match) => smtp.waitForMail(to, match)

const sql = (sqlite: string, postgres: string, params: unknown[] = []) =>
  server.sql(usingPostgres ? postgres : sqlite, params)
const setDates = async (id: number | string, dates: Record<string, Date>) => {
  for (const [column, value] of Object.entries(dates))
    await sql(`UPDATE tenders SET ${column} = ? WHERE id = ?`, `UPDATE tenders SET ${column} = $1 WHERE id = $2`, [
      value.toISOString(),
      id,
    ])
}

const runJobs = async (task: string) => {
  const queued = await api(server)
    .post('/api/payload-jobs')
    .set(auth(tokens.platform))
    .send({ taskSlug: task, input: {}, queue: 'default' })
  expect(queued.status).toBe(201)
  const run = await api(server).get('/api/payload-jobs/run').query({ queue: 'default' }).set(auth(tokens.platform))
  expect(run.status).toBe(200)
}

const tender = async (id: number | string, token?: string) =>
  (await api(server).get(`/api/tenders/${id}`).query({ depth: 0 }).set(auth(token))).body

/** Reads through the Local API with overrideAccess: false, as each actor, in a separate process on the server's database. */
const localApi = (
  actors: { collection: 'users' | 'people'; id: number | string }[],
  reads: { collection: string; where?: object }[],
) =>
  new Promise<Record<string, Record<string, unknown>>>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--conditions=production',
        '--import',
        'tsx',
        'test/fixtures/local-api-probe.ts',
        JSON.stringify({ actors, reads }),
      ],
      {
        cwd: ROOT,
        env: serverEnv({
          PAYLOAD_SECRET: TEST_SECRET,
          DATABASE_URI: server.dbUri,
          MEDIA_DIR: server.mediaDir,
          JOBS_AUTORUN: 'false',
          BID_SEALING_KEY: undefined,
        }),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let out = ''
    let err = ''
    child.stdout.on('data', (c: Buffer) => (out += c.toString()))
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('PROBE '))
      if (code !== 0 || !line) reject(new Error(`probe exited ${code}: ${err}${out}`))
      else resolve(JSON.parse(line.slice('PROBE '.length)))
    })
  })

const me = async (token: string, collection = 'users') =>
  (await api(server).get(`/api/${collection}/me`).set(auth(token))).body.user

beforeAll(async () => {
  smtp = await startSmtp()
  server = await startServer({
    env: { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, EMAIL_FROM: 'compras@e-muni.test', SUBMIT_RATE_LIMIT: '1000' },
  })
  villa = await municipalityId(server, 'villa-esperanza')
  nova = await municipalityId(server, 'nova-esperanca')
  tokens.platform = await login(server, account('platform-admin', null))
  tokens.villaAdmin = await login(server, account('municipal-admin', 'villa-esperanza'))
  tokens.villaEditor = await login(server, account('editor', 'villa-esperanza'))
  tokens.officer = await login(server, account('procurement-officer', 'villa-esperanza'))
  tokens.evaluator = await login(server, account('evaluator', 'villa-esperanza'))
  tokens.novaOfficer = await login(server, account('procurement-officer', 'nova-esperanca'))
  tokens.novaAdmin = await login(server, account('municipal-admin', 'nova-esperanca'))
  tokens.citizen = await login(server, account('citizen', null))
  for (const [key, name] of [
    ['s1', 'Ana Obras'],
    ['s2', 'Bruno Caminos'],
    ['s3', 'Carla Puentes'],
    ['late', 'Diego Tarde'],
  ]) {
    const email = `${key}@proveedores.test`
    const made = await createPerson(server, tokens.platform, { email, name, language: 'es' })
    people[key] = { ...made, email }
  }
}, 300_000)

afterAll(async () => {
  await server?.stop()
  await smtp?.stop()
})

describe('suppliers', () => {
  it('register through GraphQL with field-named errors, one per tax id, and are verified by an officer', async () => {
    const bad = await gql(server, REGISTER, { name: ' ', tax: '!!', cats: ['food'] }, people.s1.token)
    expect(bad.errors?.[0].extensions?.statusCode).toBe(400)
    for (const field of ['legalName', 'taxId', 'categories']) expect(bad.errors?.[0].message).toContain(field)
    const anonymous = await gql(server, REGISTER, { name: 'X S.A.', tax: '2100001', cats: ['works'] })
    expect(anonymous.errors?.[0].extensions?.statusCode).toBe(401)

    let n = 0
    for (const key of ['s1', 's2', 's3', 'late']) {
      n += 1
      const res = await gql(
        server,
        REGISTER,
        { name: `Constructora ${key.toUpperCase()} S.A.`, tax: `21.000.00${n}-001`, cats: ['works'] },
        people[key].token,
      )
      expect(res.errors).toBeUndefined()
      expect(res.data!.registerSupplier).toMatchObject({ status: 'pending', taxId: `2100000${n}001` })
      ids[`supplier_${key}`] = res.data!.registerSupplier.id
    }
    // The same tax id again (written differently) is refused by the database's unique index.
    const other = await createPerson(server, tokens.platform, { email: 'copia@proveedores.test', name: 'Copia' })
    const dup = await gql(server, REGISTER, { name: 'Copia S.A.', tax: '2100000 1001', cats: ['works'] }, other.token)
    expect(dup.errors?.[0].extensions?.statusCode).toBe(409)

    // Only officers of the municipality verify.
    const byNova = await api(server)
      .patch(`/api/suppliers/${ids.supplier_s1}`)
      .set(auth(tokens.novaOfficer))
      .send({ status: 'verified' })
    expect([403, 404]).toContain(byNova.status)
    const bySelf = await api(server)
      .patch(`/api/suppliers/${ids.supplier_s1}`)
      .set(auth(people.s1.token))
      .send({ status: 'verified' })
    expect([403, 404]).toContain(bySelf.status)
    for (const key of ['s1', 's2', 's3', 'late']) {
      const res = await api(server)
        .patch(`/api/suppliers/${ids[`supplier_${key}`]}`)
        .set(auth(tokens.officer))
        .send({ status: 'verified' })
      expect(res.status).toBe(200)
      expect(res.body.doc.status).toBe('verified')
    }
    await waitForMail(people.s1.email, (m) => m.subject.startsWith('Registro de proveedor: Verificado'))
  })
})

describe('a tender from publication to contract', () => {
  it('is drafted and published by an officer; suppliers of its category are told', async () => {
    const now = Date.now()
    const draft = await api(server)
      .post('/api/tenders')
      .set(auth(tokens.officer))
      .send({
        tenant: villa,
        reference: 'lp-2026-900',
        title: 'Pavimentación de la calle Rivera',
        description: 'Obra de pavimentación de 600 metros.',
        category: 'works',
        method: 'open',
        items: [{ description: 'Pavimento de hormigón', classificationId: '72141100', quantity: 600, unit: 'm' }],
        value: { amount: 1_200_000 },
        enquiryDeadline: new Date(now + 86_400_000).toISOString(),
        submissionDeadline: new Date(now + 2 * 86_400_000).toISOString(),
        openingAt: new Date(now + 2 * 86_400_000 + 3_600_000).toISOString(),
      })
    if (draft.status !== 201) throw new Error(`creating the tender: ${draft.status} ${JSON.stringify(draft.body)}`)
    expect(draft.body.doc).toMatchObject({ reference: 'LP-2026-900', status: 'draft', bidCount: 0 })
    expect(draft.body.doc.ocid).toMatch(/^ocds-[a-z0-9]{6}-villa-esperanza-LP-2026-900$/)
    expect(draft.body.doc.value.currency).toBe('UYU')
    ids.tender = draft.body.doc.id
    const again = await api(server)
      .post('/api/tenders')
      .set(auth(tokens.officer))
      .send({ tenant: villa, reference: 'LP-2026-900 ', title: 'Otra', category: 'goods' })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toBe('Ya hay una licitación con la referencia LP-2026-900 en este municipio.')
    const byOfficer = await api(server)
      .post('/api/suppliers')
      .set(auth(tokens.officer))
      .send({ tenant: villa, legalName: 'Copia', country: 'uy', taxId: '21000001-001', categories: ['works'] })
    expect(byOfficer.status).toBe(409)
    // Drafts are not public; the editor (no procurement role) cannot publish.
    expect((await api(server).get(`/api/tenders/${ids.tender}`)).status).toBe(404)
    const byEditor = await api(server)
      .patch(`/api/tenders/${ids.tender}`)
      .set(auth(tokens.villaEditor))
      .send({ status: 'published' })
    expect([403, 404]).toContain(byEditor.status)
    const byNova = await api(server)
      .patch(`/api/tenders/${ids.tender}`)
      .set(auth(tokens.novaOfficer))
      .send({ status: 'published' })
    expect([403, 404]).toContain(byNova.status)
    // Closing is the deadline job's: nobody closes early.
    const published = await api(server)
      .patch(`/api/tenders/${ids.tender}`)
      .set(auth(tokens.officer))
      .send({ status: 'published' })
    expect(published.status).toBe(200)
    const early = await api(server)
      .patch(`/api/tenders/${ids.tender}`)
      .set(auth(tokens.platform))
      .send({ status: 'closed' })
    expect(early.status).toBe(403)
    const skip = await api(server)
      .patch(`/api/tenders/${ids.tender}`)
      .set(auth(tokens.officer))
      .set('Accept-Language', 'en')
      .send({ status: 'awarded' })
    expect(skip.status).toBe(400)
    expect(JSON.stringify(skip.body)).toContain('Cancelled')
    expect((await api(server).get(`/api/tenders/${ids.tender}`)).body.status).toBe('published')
    for (const key of ['s1', 's2', 's3'])
      await waitForMail(
        people[key].email,
        (m) => m.subject === 'Nueva licitación LP-2026-900: Pavimentación de la calle Rivera',
      )
  })

  it("keeps a draft's deadlines in order, and suggests the next reference of the year in the municipality", async () => {
    const now = Date.now()
    const day = 86_400_000
    const inverted = await api(server)
      .post('/api/tenders')
      .set(auth(tokens.officer))
      .send({
        tenant: villa,
        reference: 'ORD-1',
        title: 'Fechas al revés',
        category: 'goods',
        enquiryDeadline: new Date(now + 5 * day).toISOString(),
        submissionDeadline: new Date(now + 3 * day).toISOString(),
      })
    expect(inverted.status).toBe(400)
    expect(JSON.stringify(inverted.body)).toContain('Las fechas deben seguir este orden')
    expect(await server.sql(`SELECT id FROM tenders WHERE reference = 'ORD-1'`)).toHaveLength(0)
    // Without a reference, from the admin (the municipality in its cookie): LIC-{year}-{next number}.
    const year = new Date().getFullYear()
    const made: string[] = []
    for (const title of ['Primera sugerida', 'Segunda sugerida']) {
      const res = await api(server)
        .post('/api/tenders')
        .set(auth(tokens.officer))
        .set('Cookie', `payload-tenant=${villa}`)
        .send({ tenant: villa, title, category: 'goods' })
      expect(res.status).toBe(201)
      made.push(res.body.doc.reference)
    }
    expect(made[0]).toMatch(new RegExp(`^LIC-${year}-\\d{4}$`))
    expect(Number(made[1].slice(-4))).toBe(Number(made[0].slice(-4)) + 1)
    // Without the cookie, a reference is still required.
    const none = await api(server)
      .post('/api/tenders')
      .set(auth(tokens.officer))
      .send({ tenant: villa, title: 'X', category: 'goods' })
    expect(none.status).toBe(400)
  })

  it('takes questions in the enquiry period; answers are public, the asker is not', async () => {
    const asked = await gql(
      server,
      ASK,
      { m: 'villa-esperanza', t: 'LP-2026-900', q: '¿El hormigón debe ser H-30?' },
      people.s1.token,
    )
    expect(asked.errors).toBeUndefined()
    ids.question = asked.data!.askClarification.id
    expect(
      (await gql(server, ASK, { m: 'villa-esperanza', t: 'LP-2026-900', q: 'x' }, tokens.citizen)).errors?.[0]
        .extensions?.statusCode,
    ).toBe(403)
    const publicBefore = await api(server)
      .get('/api/clarifications')
      .query({ where: { tender: { equals: ids.tender } } })
    expect(publicBefore.body.docs).toHaveLength(0)
    const foreign = await api(server)
      .patch(`/api/clarifications/${ids.question}`)
      .set(auth(tokens.novaOfficer))
      .send({ answer: 'Respuesta ajena' })
    expect([403, 404]).toContain(foreign.status)
    const byEditor = await api(server)
      .patch(`/api/clarifications/${ids.question}`)
      .set(auth(tokens.villaEditor))
      .send({ answer: 'Respuesta sin rol' })
    expect([403, 404]).toContain(byEditor.status)
    const foreignPlan = await api(server)
      .post('/api/procurement-plans')
      .set(auth(tokens.novaOfficer))
      .send({ tenant: villa, title: 'Plan ajeno', year: 2027 })
    expect(foreignPlan.status).toBe(403)
    const answered = await api(server)
      .patch(`/api/clarifications/${ids.question}`)
      .set(auth(tokens.officer))
      .send({ answer: 'Sí, H-30 según el pliego.' })
    expect(answered.status).toBe(200)
    const publicAfter = await api(server)
      .get('/api/clarifications')
      .query({ where: { tender: { equals: ids.tender } } })
    expect(publicAfter.body.docs).toHaveLength(1)
    expect(publicAfter.body.docs[0]).toMatchObject({
      question: '¿El hormigón debe ser H-30?',
      answer: 'Sí, H-30 según el pliego.',
    })
    for (const hidden of ['askedBy', 'supplier', 'answeredBy']) expect(publicAfter.body.docs[0][hidden]).toBeUndefined()
    const asCompetitor = await gql(
      server,
      `{ Clarifications(where: { tender: { equals: ${JSON.stringify(ids.tender)} } }) { docs { question answer askedBy { id } supplier { id } } } }`,
      {},
      people.s2.token,
    )
    expect(asCompetitor.data?.Clarifications.docs[0]).toMatchObject({ askedBy: null, supplier: null })
    await waitForMail(people.s1.email, (m) => m.subject === 'Respuesta a su consulta sobre LP-2026-900')
  })

  it('takes one sealed bid per supplier, replaceable, with a receipt', async () => {
    const bid = async (key: string, amount: number, docs?: unknown[]) => {
      const res = await gql(server, SUBMIT, { t: 'LP-2026-900', a: amount, docs }, people[key].token)
      expect(res.errors).toBeUndefined()
      return res.data!.submitBid
    }
    const invalid = await gql(
      server,
      SUBMIT,
      {
        t: 'LP-2026-900',
        a: -5,
        docs: [{ filename: 'x.html', base64: Buffer.from('<html></html>').toString('base64') }],
      },
      people.s1.token,
    )
    expect(invalid.errors?.[0].extensions?.statusCode).toBe(400)
    expect(invalid.errors?.[0].message).toMatch(/amount.*documents\.0/)
    expect((await gql(server, SUBMIT, { t: 'LP-2026-900', a: 10 })).errors?.[0].extensions?.statusCode).toBe(401)
    // A person who is not a verified supplier of the municipality.
    expect(
      (await gql(server, SUBMIT, { t: 'LP-2026-900', a: 10 }, tokens.citizen)).errors?.[0].extensions?.statusCode,
    ).toBe(403)

    // Issue 21, finding 5: nothing about the bids but the public count may be inferable before the opening.
    const publicBefore = await tender(ids.tender)
    const auditSince = new Date().toISOString()
    receipts.s1 = await bid('s1', 1_000_000)
    const first = await bid('s2', 900_000)
    receipts.s2 = await bid('s2', 850_000)
    receipts.s3 = await bid('s3', 950_000, [{ filename: 'oferta-tecnica.pdf', base64: PDF.toString('base64') }])
    expect(receipts.s2.bidId).toBe(first.bidId)
    expect(receipts.s2.version).toBe(2)
    expect(receipts.s2.sha256).not.toBe(first.sha256)
    for (const r of Object.values(receipts)) {
      expect(r.sha256).toMatch(/^[0-9a-f]{64}$/)
      expect(Date.parse(r.submittedAt)).toBeGreaterThan(Date.now() - 120_000)
      expect(r).toMatchObject({ opened: false, amount: null, status: 'submitted' })
    }
    const mail = await waitForMail(
      people.s2.email,
      (m) => m.subject === 'Comprobante de oferta: LP-2026-900' && m.text.includes('versión 2'),
    )
    expect(mail.text).toContain(receipts.s2.sha256)
    expect((await tender(ids.tender)).bidCount).toBe(3)
    // The tender's public timestamp does not move with the bids (only the documented count does).
    const publicAfter = await tender(ids.tender)
    expect(publicAfter.updatedAt).toBe(publicBefore.updatedAt)
    const graphTender = await gql(server, `{ Tender(id: ${JSON.stringify(ids.tender)}) { updatedAt bidCount } }`)
    expect(graphTender.data?.Tender).toEqual({ updatedAt: publicBefore.updatedAt, bidCount: 3 })
    // The audit log shows no bid and no recount of this tender before the opening, to the municipal admin
    // nor to the platform admin (who cannot read unopened bids either).
    const bidIds = [receipts.s1.bidId, receipts.s2.bidId, receipts.s3.bidId]
    for (const who of ['villaAdmin', 'platform']) {
      const entries = await api(server)
        .get('/api/audit-log')
        .query({ where: { createdAt: { greater_than_equal: auditSince } }, limit: 500, depth: 0 })
        .set(auth(tokens[who]))
      expect(entries.status).toBe(200)
      const telling = (entries.body.docs as Record<string, any>[]).filter(
        (e) =>
          (e.collection === 'bids' && bidIds.includes(String(e.documentId))) ||
          (e.collection === 'tenders' &&
            String(e.documentId) === String(ids.tender) &&
            (e.changedFields ?? []).includes('bidCount')),
      )
      expect({ who, telling: telling.map((e) => `${e.operation} ${e.collection} ${e.changedFields}`) }).toEqual({
        who,
        telling: [],
      })
    }
    const mine = await gql(server, BIDS, {}, people.s3.token)
    expect(mine.data!.myBids).toEqual([
      expect.objectContaining({ bidId: receipts.s3.bidId, opened: false, amount: null }),
    ])
  })

  it("keeps each municipality's amendment notice, a setting its municipal admin edits and only its staff read", async () => {
    const settingsOf = async (id: number | string, token?: string) =>
      (await api(server).get(`/api/municipalities/${id}?depth=0`).set(auth(token))).body.moduleSettings
    const days = (value: unknown) => ({ moduleSettings: { municompra: { amendmentMinDays: value } } })
    // Every municipality starts from the module's default; the public does not see module settings.
    expect(await settingsOf(villa, tokens.villaAdmin)).toEqual({ municompra: { amendmentMinDays: 3 } })
    expect(await settingsOf(nova, tokens.novaAdmin)).toEqual({ municompra: { amendmentMinDays: 3 } })
    expect(await settingsOf(villa)).toBeUndefined()
    expect(await settingsOf(villa, tokens.citizen)).toBeUndefined()
    // Nor does another municipality's staff; the module's own staff of this one do.
    expect(await settingsOf(villa, tokens.novaAdmin)).toBeUndefined()
    expect(await settingsOf(villa, tokens.officer)).toEqual({ municompra: { amendmentMinDays: 3 } })
    // A value out of range: a 400 naming the field, and nothing written.
    const negative = await api(server)
      .patch(`/api/municipalities/${villa}`)
      .set(auth(tokens.villaAdmin))
      .set('Accept-Language', 'en')
      .send(days(-1))
    expect(negative.status).toBe(400)
    expect(JSON.stringify(negative.body)).toContain('moduleSettings.municompra.amendmentMinDays')
    expect(await settingsOf(villa, tokens.villaAdmin)).toEqual({ municompra: { amendmentMinDays: 3 } })
    // Another municipality's admin and the module's own officer may not change it.
    for (const token of [tokens.novaAdmin, tokens.officer]) {
      const refused = await api(server).patch(`/api/municipalities/${villa}`).set(auth(token)).send(days(30))
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(refused.status).toBeLessThan(500)
    }
    const set = await api(server).patch(`/api/municipalities/${villa}`).set(auth(tokens.villaAdmin)).send(days(10))
    expect(set.status).toBe(200)
    expect(await settingsOf(villa, tokens.villaAdmin)).toEqual({ municompra: { amendmentMinDays: 10 } })
    expect(await settingsOf(nova, tokens.novaAdmin)).toEqual({ municompra: { amendmentMinDays: 3 } })
  })

  it('records an amendment with its rationale, extends a deadline that comes too close, and tells every bidder', async () => {
    const without = await api(server)
      .patch(`/api/tenders/${ids.tender}`)
      .set(auth(tokens.officer))
      .send({ title: 'Pavimentación de la calle Rivera (600 m)' })
    expect(without.status).toBe(400)
    expect(JSON.stringify(without.body)).toContain('amendmentRationale')
    const before = await tender(ids.tender)
    const res = await api(server)
      .patch(`/api/tenders/${ids.tender}`)
      .set(auth(tokens.officer))
      .send({ title: 'Pavimentación de la calle Rivera (600 m)', amendmentRationale: 'Se precisa la longitud.' })
    expect(res.status).toBe(200)
    expect(res.body.doc.amendments).toHaveLength(1)
    expect(res.body.doc.amendments[0]).toMatchObject({ fields: 'title', rationale: 'Se precisa la longitud.' })
    // Two days left < the ten this municipality requires (its setting, above): the deadline moves to ten
    // days from now, and the opening with it.
    const moved = Date.parse(res.body.doc.submissionDeadline) - Date.parse(before.submissionDeadline)
    expect(moved).toBeGreaterThan(8 * 86_400_000 - 120_000)
    expect(Date.parse(res.body.doc.submissionDeadline)).toBeGreaterThan(Date.now() + 10 * 86_400_000 - 120_000)
    expect(Date.parse(res.body.doc.openingAt) - Date.parse(before.openingAt)).toBe(moved)
    for (const key of ['s1', 's2', 's3'])
      await waitForMail(people[key].email, (m) => m.subject === 'Enmienda en la licitación LP-2026-900')
    expect((await mailsTo(people.late.email)).filter((m) => m.subject.startsWith('Enmienda'))).toHaveLength(0)
  })

  it('keeps amounts and documents sealed from everyone before the opening — REST, GraphQL, Local API, database', async () => {
    const staff = ['platform', 'villaAdmin', 'officer', 'evaluator', 'villaEditor', 'novaOfficer']
    const everyone: [string, string | undefined][] = [
      ...staff.map((k) => [k, tokens[k]] as [string, string]),
      ['competitor s1', people.s1.token],
      ['bidder s3', people.s3.token],
      ['citizen', tokens.citizen],
      ['anonymous', undefined],
    ]
    const ofTender = (docs: Record<string, any>[] = []) =>
      docs.filter(
        (d) => String(typeof d.tender === 'object' && d.tender ? d.tender.id : d.tender) === String(ids.tender),
      )
    const onTender = { tender: { equals: ids.tender } }
    for (const [who, token] of everyone) {
      const rest = await api(server).get('/api/bids').query({ depth: 2, limit: 200 }).set(auth(token))
      const docs = ofTender(rest.status === 200 ? rest.body.docs : [])
      for (const doc of docs)
        expect({ who, amount: doc.amount ?? null, sealed: doc.sealed, documents: doc.documents ?? [] }).toEqual({
          who,
          amount: null,
          sealed: undefined,
          documents: [],
        })
      // A bidder sees its own receipt; staff (platform admin included) see no bid of this tender before the opening.
      const expected = who === 'bidder s3' ? [receipts.s3.bidId] : who === 'competitor s1' ? [receipts.s1.bidId] : []
      expect({ who, ids: docs.map((d) => String(d.id)) }).toEqual({ who, ids: expected })
      const graph = await gql(
        server,
        `{ Bids(where: { tender: { equals: ${JSON.stringify(ids.tender)} } }) { docs { id amount lines note documents { id url } } } }`,
        {},
        token,
      )
      expect({
        who,
        docs: (graph.data?.Bids?.docs ?? []).map((d: Record<string, unknown>) => [d.amount, d.documents]),
      }).toEqual({
        who,
        docs: expected.map(() => [null, []]),
      })
      // The filter is no oracle: asking for this tender's bids by amount finds nothing before the opening.
      const probe = await api(server)
        .get('/api/bids')
        .query({ where: { and: [onTender, { amount: { greater_than: 0 } }] } })
        .set(auth(token))
      expect({ who, found: probe.status === 200 ? probe.body.totalDocs : 0 }).toEqual({ who, found: 0 })
      const files = await api(server).get('/api/bid-documents').set(auth(token))
      expect({ who, files: files.status === 200 ? files.body.totalDocs : 0 }).toEqual({ who, files: 0 })
    }
    const actors = [
      { collection: 'users' as const, id: (await me(tokens.platform)).id },
      { collection: 'users' as const, id: (await me(tokens.villaAdmin)).id },
      { collection: 'users' as const, id: (await me(tokens.officer)).id },
      { collection: 'users' as const, id: (await me(tokens.evaluator)).id },
      { collection: 'people' as const, id: people.s1.id },
    ]
    const local = await localApi(actors, [{ collection: 'bids', where: onTender }, { collection: 'bid-documents' }])
    expect(Object.keys(local)).toHaveLength(5)
    for (const [who, reads] of Object.entries(local)) {
      const bids = reads.bids as Record<string, unknown>[]
      expect(Array.isArray(bids)).toBe(true)
      expect(bids.filter((b) => b.amount !== null && b.amount !== undefined)).toEqual([])
      expect(bids.filter((b) => b.sealed !== undefined)).toEqual([])
      expect({ who, files: reads['bid-documents'] }).toEqual({ who, files: [] })
    }
    // A dump of the database: ciphertext only.
    const rows = await sql(
      'SELECT sealed, amount, sha256 FROM bids WHERE tender_id = ?',
      'SELECT sealed, amount, sha256 FROM bids WHERE tender_id = $1',
      [ids.tender],
    )
    expect(rows).toHaveLength(3)
    for (const row of rows) {
      expect(row.amount).toBeNull()
      expect(String(row.sealed)).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/)
      for (const plain of ['850000', '950000', '1000000', 'JVBER', '%PDF', 'oferta-tecnica'])
        expect(String(row.sealed)).not.toContain(plain)
    }
    expect(rows.map((r) => r.sha256).sort()).toEqual(
      [receipts.s1.sha256, receipts.s2.sha256, receipts.s3.sha256].sort(),
    )
    expect(
      fs.existsSync(path.join(server.mediaDir, 'bid-documents'))
        ? fs.readdirSync(path.join(server.mediaDir, 'bid-documents'))
        : [],
    ).toEqual([])
  })

  it('refuses a bid after the deadline by server time; the jobs close at the deadline and open at the opening time', async () => {
    const now = Date.now()
    await setDates(ids.tender, {
      enquiry_deadline: new Date(now - 60_000),
      submission_deadline: new Date(now - 1_000),
      opening_at: new Date(now + 3_600_000),
    })
    const late = await gql(server, SUBMIT, { t: 'LP-2026-900', a: 700_000 }, people.late.token)
    expect(late.errors?.[0].extensions?.statusCode).toBe(409)
    expect(late.errors?.[0].message).toMatch(/^La recepción de ofertas cerró el .+\(\d{4}-\d{2}-\d{2}T/)
    const lateQuestion = await gql(
      server,
      ASK,
      { m: 'villa-esperanza', t: 'LP-2026-900', q: '¿Todavía?' },
      people.late.token,
    )
    expect(lateQuestion.errors?.[0].extensions?.statusCode).toBe(409)
    const withdraw = await gql(
      server,
      'mutation { withdrawBid(municipality: "villa-esperanza", tender: "LP-2026-900") { status } }',
      {},
      people.s1.token,
    )
    expect(withdraw.errors?.[0].extensions?.statusCode).toBe(409)

    await runJobs('municompra-open') // too early to open: it only closes
    expect((await tender(ids.tender)).status).toBe('closed')
    expect((await tender(ids.tender)).openingRecord).toEqual([])
    await setDates(ids.tender, { opening_at: new Date(Date.now() - 1_000) })
    await runJobs('municompra-open')
    const opened = await tender(ids.tender)
    expect(opened.status).toBe('opened')
    expect(
      opened.openingRecord.map((r: { supplierName: string; amount: number }) => [r.supplierName, r.amount]).sort(),
    ).toEqual([
      ['Constructora S1 S.A.', 1_000_000],
      ['Constructora S2 S.A.', 850_000],
      ['Constructora S3 S.A.', 950_000],
    ])
    const history = (await tender(ids.tender, tokens.officer)).history
    expect((await tender(ids.tender)).history ?? []).toEqual([])
    expect(history.map((h: { to: string; actor: string }) => [h.to, h.actor]).slice(-2)).toEqual([
      ['closed', 'system'],
      ['opened', 'system'],
    ])
    // Everyone reads the opening record, REST and GraphQL.
    const graph = await gql(
      server,
      `{ Tender(id: ${JSON.stringify(ids.tender)}) { status bidCount openingRecord { supplierName amount } } }`,
    )
    expect(graph.data!.Tender).toMatchObject({ status: 'opened', bidCount: 3 })
    expect(graph.data!.Tender.openingRecord).toHaveLength(3)
    for (const key of ['s1', 's2', 's3'])
      await waitForMail(people[key].email, (m) => m.subject === 'Apertura de ofertas: LP-2026-900')
    // Now staff read amounts and files; the public does not read bids themselves.
    const asOfficer = await api(server)
      .get('/api/bids')
      .query({ where: { tender: { equals: ids.tender } }, depth: 1 })
      .set(auth(tokens.officer))
    expect(asOfficer.body.docs.map((b: { amount: number }) => b.amount).sort()).toEqual(
      [1_000_000, 850_000, 950_000].sort(),
    )
    const withFile = asOfficer.body.docs.find((b: { id: unknown }) => String(b.id) === receipts.s3.bidId)
    expect(withFile.documents).toHaveLength(1)
    const file = await api(server).get(withFile.documents[0].url.replace(server.url, '')).set(auth(tokens.officer))
    expect(file.status).toBe(200)
    expect(Buffer.from(file.body).subarray(0, 4).toString()).toBe('%PDF')
    expect([403, 404]).toContain((await api(server).get(withFile.documents[0].url.replace(server.url, ''))).status)
    expect([403, 404]).toContain(
      (await api(server).get(withFile.documents[0].url.replace(server.url, '')).set(auth(people.s1.token))).status,
    )
    expect(
      (
        await api(server)
          .get('/api/bids')
          .query({ where: { tender: { equals: ids.tender } } })
      ).body.docs ?? [],
    ).toEqual([])
    const theirs = await gql(server, BIDS, {}, people.s2.token)
    expect(theirs.data!.myBids[0]).toMatchObject({ opened: true, amount: 850_000 })
  })

  it('is evaluated with justification, awarded with reasons, and every bidder is told', async () => {
    expect(
      (await api(server).patch(`/api/tenders/${ids.tender}`).set(auth(tokens.officer)).send({ status: 'evaluation' }))
        .status,
    ).toBe(200)
    const noReason = await api(server)
      .post('/api/bid-evaluations')
      .set(auth(tokens.evaluator))
      .send({ bid: asId(receipts.s2.bidId), score: 90 })
    expect(noReason.status).toBe(400)
    expect(JSON.stringify(noReason.body)).toContain('justification')
    const scored = await api(server)
      .post('/api/bid-evaluations')
      .set(auth(tokens.evaluator))
      .send({ bid: asId(receipts.s2.bidId), score: 95, justification: 'Menor precio; cumple el pliego.' })
    if (scored.status !== 201) throw new Error(`scoring: ${scored.status} ${JSON.stringify(scored.body)}`)
    const twice = await api(server)
      .post('/api/bid-evaluations')
      .set(auth(tokens.evaluator))
      .send({ bid: asId(receipts.s2.bidId), score: 10, justification: 'Otra vez' })
    expect(twice.status).toBeGreaterThanOrEqual(400)
    expect(twice.status).toBeLessThan(500)
    const foreign = await api(server)
      .post('/api/bid-evaluations')
      .set(auth(tokens.novaOfficer))
      .send({ bid: asId(receipts.s1.bidId), score: 10, justification: 'No es mío' })
    expect(foreign.status).toBe(403)
    expect((await api(server).get('/api/bid-evaluations').set(auth(people.s2.token))).body.docs ?? []).toEqual([])

    const incomplete = await api(server)
      .patch(`/api/tenders/${ids.tender}`)
      .set(auth(tokens.officer))
      .send({ status: 'awarded' })
    expect(incomplete.status).toBe(400)
    const awarded = await api(server)
      .patch(`/api/tenders/${ids.tender}`)
      .set(auth(tokens.officer))
      .send({
        status: 'awarded',
        award: { bid: asId(receipts.s2.bidId), reasons: 'Oferta de menor precio que cumple el pliego.' },
      })
    expect(awarded.status).toBe(200)
    expect(awarded.body.doc.award).toMatchObject({ supplierName: 'Constructora S2 S.A.', value: 850_000 })
    expect(awarded.body.doc.award.date).toBeTruthy()
    await waitForMail(people.s2.email, (m) => m.subject === 'Adjudicación: LP-2026-900')
    for (const key of ['s1', 's3']) {
      const mail = await waitForMail(people[key].email, (m) => m.subject === 'Resultado de la licitación LP-2026-900')
      expect(mail.text).toContain('Oferta de menor precio')
    }
  })

  it('ends in a public contract with signed documents, amendments, milestones and payments', async () => {
    const upload = await api(server)
      .post('/api/procurement-files')
      .set(auth(tokens.officer))
      .field('_payload', JSON.stringify({ tenant: villa, title: 'Contrato firmado' }))
      .attach('file', simplePdf(['Contrato firmado']), { filename: 'contrato.pdf', contentType: 'application/pdf' })
    expect(upload.status).toBe(201)
    const created = await api(server)
      .post('/api/contracts')
      .set(auth(tokens.officer))
      .send({
        tenant: villa,
        tender: ids.tender,
        title: 'Contrato de pavimentación',
        period: { start: new Date().toISOString(), end: new Date(Date.now() + 90 * 86_400_000).toISOString() },
      })
    if (created.status !== 201) throw new Error(`contract: ${created.status} ${JSON.stringify(created.body)}`)
    expect(created.body.doc).toMatchObject({
      supplierName: 'Constructora S2 S.A.',
      value: 850_000,
      currency: 'UYU',
      status: 'pending',
    })
    ids.contract = created.body.doc.id
    const unsigned = await api(server)
      .patch(`/api/contracts/${ids.contract}`)
      .set(auth(tokens.officer))
      .send({ status: 'active' })
    expect(unsigned.status).toBe(400)
    const active = await api(server)
      .patch(`/api/contracts/${ids.contract}`)
      .set(auth(tokens.officer))
      .send({
        status: 'active',
        signedAt: new Date().toISOString(),
        documents: [{ title: 'Contrato firmado', file: upload.body.doc.id, documentType: 'contractSigned' }],
      })
    expect(active.status).toBe(200)
    const progress = await api(server)
      .patch(`/api/contracts/${ids.contract}`)
      .set(auth(tokens.officer))
      .send({
        amendments: [
          { date: new Date().toISOString(), description: 'Se amplía el plazo 15 días.', rationale: 'Lluvias.' },
        ],
        milestones: [{ title: 'Primera cuadra', type: 'delivery', status: 'met', dateMet: new Date().toISOString() }],
        payments: [{ date: new Date().toISOString(), amount: 200_000, description: 'Anticipo' }],
      })
    expect(progress.status).toBe(200)
    const publicView = await api(server).get(`/api/contracts/${ids.contract}`)
    expect(publicView.status).toBe(200)
    expect(publicView.body.payments).toHaveLength(1)
    const foreign = await api(server)
      .post('/api/contracts')
      .set(auth(tokens.novaOfficer))
      .send({ tenant: nova, tender: ids.tender, title: 'No' })
    expect(foreign.status).toBeGreaterThanOrEqual(400)
    expect(foreign.status).toBeLessThan(500)
  })
})

describe('OCDS 1.1.5', () => {
  const base = '/api/ocds/villa-esperanza'

  const checkCodelists = (release: Record<string, any>) => {
    const lists = {
      releaseTag: codelist('releaseTag.csv'),
      partyRole: codelist('partyRole.csv'),
      documentType: codelist('documentType.csv'),
      awardCriteria: codelist('awardCriteria.csv'),
      submissionMethod: codelist('submissionMethod.csv'),
      milestoneType: codelist('milestoneType.csv'),
      itemClassificationScheme: codelist('itemClassificationScheme.csv'),
    }
    const bad: string[] = []
    const check = (list: keyof typeof lists, value: unknown) => {
      if (value !== undefined && !lists[list].has(String(value))) bad.push(`${list}: ${String(value)}`)
    }
    for (const tag of release.tag) if (tag !== 'compiled') check('releaseTag', tag)
    for (const party of release.parties ?? []) for (const role of party.roles) check('partyRole', role)
    const documents = [
      ...(release.tender?.documents ?? []),
      ...(release.contracts ?? []).flatMap((c: Record<string, any>) => c.documents ?? []),
    ]
    for (const doc of documents) {
      check('documentType', doc.documentType)
      expect(doc.url).toMatch(/^https?:\/\//)
    }
    check('awardCriteria', release.tender?.awardCriteria)
    for (const m of release.tender?.submissionMethod ?? []) check('submissionMethod', m)
    for (const item of release.tender?.items ?? []) check('itemClassificationScheme', item.classification?.scheme)
    for (const c of release.contracts ?? [])
      for (const m of c.implementation?.milestones ?? []) check('milestoneType', m.type)
    expect(bad).toEqual([])
    expect(release.ocid).toMatch(/^ocds-[a-z0-9]{6}-/)
  }

  it('serves release packages that validate, with every state change tagged', async () => {
    const all: Record<string, any>[] = []
    let next: string | undefined = `${base}/releases.json?limit=25`
    let pages = 0
    while (next) {
      const res = await api(server).get(next.replace(server.url, ''))
      expect(res.status).toBe(200)
      expect(res.headers['content-type']).toContain('application/json')
      valid('releasePackage', res.body)
      all.push(...res.body.releases)
      for (const release of res.body.releases) checkCodelists(release)
      next = res.body.links?.next
      pages += 1
    }
    expect(pages).toBeGreaterThan(1)
    const mine = all.filter((r) => r.ocid.endsWith('-villa-esperanza-LP-2026-900'))
    expect(mine.map((r) => r.tag.join('+'))).toEqual([
      'tender',
      'tenderUpdate', // the answered clarification
      'tenderAmendment',
      'tenderUpdate', // closed
      'tenderUpdate', // opened
      'tenderUpdate', // in evaluation
      'award',
      'contract',
      'contractUpdate',
      'contractAmendment+implementation',
    ])
    const last = mine.at(-1)!
    expect(last.parties.map((p: { roles: string[] }) => p.roles.join('+')).sort()).toEqual(
      ['buyer+payer+procuringEntity', 'enquirer+tenderer', 'payee+supplier+tenderer', 'tenderer'].sort(),
    )
    expect(last.awards[0]).toMatchObject({ status: 'active', value: { amount: 850_000, currency: 'UYU' } })
    expect(last.tender).toMatchObject({ status: 'complete', numberOfTenderers: 3, hasEnquiries: true })
    // Before the opening, no release names a bidder.
    const sealedReleases = mine.slice(0, 4)
    for (const release of sealedReleases) expect(JSON.stringify(release)).not.toContain('Constructora S')
    // Drafts publish nothing; other municipalities' releases are not here.
    expect(all.filter((r) => r.ocid.includes('-nova-esperanca-'))).toEqual([])
    expect(all.filter((r) => r.ocid.endsWith('-LP-2026-001'))).toEqual([])

    const since = await api(server).get(`${base}/releases.json`).query({ since: mine[4].date })
    valid('releasePackage', since.body)
    expect(since.body.releases.every((r: { date: string }) => r.date >= mine[4].date)).toBe(true)
    expect((await api(server).get(`${base}/releases.json`).query({ since: '2999-01-01' })).status).toBe(404)
    expect((await api(server).get(`${base}/releases.json`).query({ since: 'ayer' })).status).toBe(400)
    expect((await api(server).get(`${base}/releases.json`).query({ limit: 0 })).status).toBe(400)
  })

  it('serves one process as a release package and as a record package with a compiled release', async () => {
    const ocid = (await tender(ids.tender)).ocid
    const releases = await api(server).get(`${base}/releases/${ocid}.json`)
    expect(releases.status).toBe(200)
    valid('releasePackage', releases.body)
    const record = await api(server).get(`${base}/records/${ocid}.json`)
    expect(record.status).toBe(200)
    valid('recordPackage', record.body)
    const compiled = record.body.records[0].compiledRelease
    checkCodelists(compiled)
    expect(compiled.tag).toEqual(['compiled'])
    expect(compiled.tender.title).toBe('Pavimentación de la calle Rivera (600 m)')
    expect(compiled.contracts[0].implementation.transactions[0].value).toEqual({ amount: 200_000, currency: 'UYU' })
    expect(record.body.records[0].releases).toHaveLength(releases.body.releases.length)
    expect((await api(server).get(`${base}/records/ocds-zzzzzz-villa-esperanza-NONE.json`)).status).toBe(404)
    expect((await api(server).get(`${base}/records/${ocid}`)).status).toBe(404)
    // The seeded processes validate too, as records.
    const seeded = await api(server).get(`${base}/releases.json`).query({ limit: 250 })
    const ocids = [...new Set(seeded.body.releases.map((r: { ocid: string }) => r.ocid))] as string[]
    expect(ocids.filter((id) => id !== ocid).length).toBeGreaterThan(0)
    for (const id of ocids) {
      const rec = await api(server).get(`${base}/records/${id}.json`)
      valid('recordPackage', rec.body)
      checkCodelists(rec.body.records[0].compiledRelease)
    }
  })
})

describe('MuniCompra switched off for a municipality', () => {
  it('answers 404 on its OCDS endpoints and refuses its mutations there, and only there', async () => {
    const novaOcid = (
      await api(server)
        .get('/api/tenders')
        .query({ where: { tenant: { equals: nova }, status: { equals: 'awarded' } } })
    ).body.docs[0].ocid
    expect((await api(server).get(`/api/ocds/nova-esperanca/records/${novaOcid}.json`)).status).toBe(200)
    const modules = (await api(server).get(`/api/municipalities/${nova}`)).body.modules as string[]
    expect(modules).toContain('municompra')
    const off = await api(server)
      .patch(`/api/municipalities/${nova}`)
      .set(auth(tokens.platform))
      .send({ modules: modules.filter((m) => m !== 'municompra') })
    expect(off.status).toBe(200)
    try {
      for (const url of ['releases.json', `releases/${novaOcid}.json`, `records/${novaOcid}.json`])
        expect((await api(server).get(`/api/ocds/nova-esperanca/${url}`)).status).toBe(404)
      const bid = await gql(
        server,
        SUBMIT.replace('villa-esperanza', 'nova-esperanca'),
        { t: 'PE-2026-002', a: 1 },
        people.s1.token,
      )
      expect(bid.errors?.[0].extensions?.statusCode).toBe(403)
      const ask = await gql(server, ASK, { m: 'nova-esperanca', t: 'PE-2026-002', q: '¿?' }, people.s1.token)
      expect(ask.errors?.[0].extensions?.statusCode).toBe(403)
      expect(
        (
          await api(server)
            .get('/api/tenders')
            .query({ where: { tenant: { equals: nova } } })
        ).body.totalDocs,
      ).toBe(0)
      const write = await api(server)
        .post('/api/tenders')
        .set(auth(tokens.novaOfficer))
        .send({ tenant: nova, reference: 'X-1', category: 'goods' })
      expect(write.status).toBe(403)
      // Villa Esperanza still has it.
      expect((await api(server).get('/api/ocds/villa-esperanza/releases.json')).status).toBe(200)
    } finally {
      await api(server).patch(`/api/municipalities/${nova}`).set(auth(tokens.platform)).send({ modules })
    }
    expect((await api(server).get(`/api/ocds/nova-esperanca/records/${novaOcid}.json`)).status).toBe(200)
  })
})
