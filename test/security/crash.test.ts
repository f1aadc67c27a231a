/**
 * Crash consistency (issue 10, item 6). Under a concurrent write load — service requests with an
 * attachment (MuniServi), sealed bids with a document (MuniCompra), participatory-budget ballots
 * (MuniParticipa) — the server is killed with SIGKILL while writes are in flight, then restarted on the
 * same database and upload folder. Every write the server acknowledged must be there (by tracking
 * code, bid receipt hash, ballot code), and nothing may be half-written: each request has its tracking
 * code, status and attachment (row and file), each bid its sealed payload whose hash is its receipt's
 * (and which opens, with its document), each budget participation exactly one ballot; no attachment
 * row without its request or file, no stray file left in the upload folder. Two kills per run.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { account, api, auth, createPerson, gql, login, municipalityId } from '../../src/plugins/sdk/testing/api'
import { startServer, usingPostgres, type TestServer } from '../../src/plugins/sdk/testing/server'
import { simplePdf } from '../../src/seed/assets'
import { filesUnder, killHard, restartServer } from './crash-server'
import { recordFigures } from './report'

const M = 'villa-esperanza'
const HOUR = 3_600_000
const ROUNDS = Number(process.env.CRASH_ROUNDS || 2)
const LOAD_MS = 3_500
/** Acknowledged writes each round has before the kill (the test needs more than 20 in all). */
const MIN_ACKNOWLEDGED = 15
const WORKERS = 10
const SUPPLIERS = 8
const RESIDENTS = 80
const LIMITS = { SUBMIT_RATE_LIMIT: '1000000', LOGIN_RATE_LIMIT: '1000000' }
/** On restart, files the crash left without a row are swept at once (no other instance is uploading). */
const RESTART = { ...LIMITS, UPLOAD_ORPHAN_GRACE_SECONDS: '0' }
/** Waits for the restarted server's sweep of what the crash left; returns what it removed. */
const swept = async (s: TestServer): Promise<string[]> => {
  const line = () =>
    s.logs
      .join('')
      .split('\n')
      .find((l) => l.includes('upload sweep done'))
  for (let i = 0; i < 300 && !line(); i += 1) await new Promise((r) => setTimeout(r, 100))
  expect(line()).toBeDefined()
  return (JSON.parse(line()!) as { files: string[] }).files
}

const PDF = simplePdf(['Oferta', 'Villa Esperanza'])
const hash = (value: string | Buffer) =>
  createHash('sha256')
    .update(typeof value === 'string' ? Buffer.from(value, 'latin1') : value)
    .digest('hex')
const ph = (n: number) => (usingPostgres ? `$${n}` : '?')
const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v)

let first: TestServer
let server: TestServer
const tokens: Record<string, string> = {}
const ids: Record<string, number | string> = {}
const suppliers: { token: string; supplierId: string }[] = []
const residents: { token: string; code?: string; tried?: boolean }[] = []
const projects: string[] = []

const SUBMIT_REQUEST = `mutation R($b: String!, $n: String!) {
  submitServiceRequest(municipality: "${M}", service: "CRS", name: $n, email: "vecino@crash.test",
    answers: { motivo: "Luminaria apagada" }, attachments: [{ field: "plano", filename: "plano.pdf", base64: $b }]) { trackingCode }
}`
const SUBMIT_BID = `mutation B($a: Float!, $b: String!) {
  submitBid(municipality: "${M}", tender: "CRASH-1", amount: $a, documents: [{ filename: "oferta.pdf", base64: $b }]) { bidId version sha256 }
}`
const BALLOT = `mutation V($b: String!, $p: [String!]!, $c: String) {
  castBudgetBallot(municipality: "${M}", budget: $b, projects: $p, code: $c) { code changed }
}`

/**
 * What the server acknowledged (a 2xx with its receipt). Per bidding supplier and per voter, the last
 * acknowledged state (it supersedes the earlier ones, which count as found when it is), and whether a
 * later write was in flight when the server died (which may or may not have been kept).
 */
type Ledger = {
  /** tracking code → SHA-256 of the file sent with it */
  requests: Map<string, string>
  bids: Map<number, { bidId: string; version: number; sha256: string; later: boolean; acks: number }>
  ballots: Map<number, { code: string; projects: string[]; later: boolean; acks: number }>
  acknowledged: number
  /** answers that were errors while the server was up: none is expected */
  errors: string[]
}
const ledger: Ledger = { requests: new Map(), bids: new Map(), ballots: new Map(), acknowledged: 0, errors: [] }

let serverUp = false
const post = (query: string, variables: Record<string, unknown>, token?: string) =>
  api(server)
    .post('/api/graphql')
    .set(auth(token))
    .timeout({ response: 30_000 })
    .send({ query, variables })
    .then(
      (res) => {
        if (res.status === 200 && !res.body.errors) return res.body.data as Record<string, any>
        if (serverUp) ledger.errors.push(`${res.status} ${JSON.stringify(res.body.errors ?? res.body).slice(0, 300)}`)
        return null
      },
      () => null,
    )

/** Runs the write load until `stop()`: each worker picks a write no other worker is doing for the same actor. */
const writeLoad = () => {
  let running = true
  serverUp = true
  const busySuppliers = new Set<number>()
  const busyResidents = new Set<number>()
  let nextResident = residents.findIndex((r) => !r.tried)
  const counts = { requests: 0, bids: 0, ballots: 0 }
  const worker = async (w: number) => {
    for (let turn = 0; running; turn += 1) {
      const kind = (w + turn) % 3
      if (kind === 0) {
        counts.requests += 1
        // Each request its own file: a request must keep its own, not another's written to the same path.
        const name = `Vecino ${w}-${turn}-${Math.random().toString(36).slice(2)}`
        const pdf = simplePdf(['Plano', name])
        const data = await post(SUBMIT_REQUEST, { b: pdf.toString('base64'), n: name })
        if (data && running) {
          ledger.requests.set(data.submitServiceRequest.trackingCode, hash(pdf))
          ledger.acknowledged += 1
        }
      } else if (kind === 1) {
        const s = [...suppliers.keys()].find((k) => !busySuppliers.has(k))
        if (s === undefined) continue
        busySuppliers.add(s)
        counts.bids += 1
        const before = ledger.bids.get(s)
        if (before) before.later = true
        const amount = 10_000 + Math.floor(Math.random() * 90_000)
        const data = await post(SUBMIT_BID, { a: amount, b: PDF.toString('base64') }, suppliers[s].token)
        if (data && running) {
          const r = data.submitBid
          const acks = (before?.acks ?? 0) + 1
          ledger.bids.set(s, {
            bidId: String(r.bidId),
            version: Number(r.version),
            sha256: r.sha256,
            later: false,
            acks,
          })
          ledger.acknowledged += 1
        }
        busySuppliers.delete(s)
      } else {
        // Half the time a first ballot (a resident who never tried), else a change of a cast one, with its code.
        const fresh = turn % 2 === 0 && nextResident >= 0 && nextResident < residents.length
        const r = fresh ? nextResident++ : residents.findIndex((x, k) => x.code && !busyResidents.has(k))
        if (r < 0 || busyResidents.has(r)) continue
        busyResidents.add(r)
        residents[r].tried = true
        counts.ballots += 1
        const choice = Math.random() < 0.5 ? [projects[0], projects[1]] : [projects[2]]
        const before = ledger.ballots.get(r)
        if (before) before.later = true
        const data = await post(
          BALLOT,
          { b: String(ids.budget), p: choice, c: residents[r].code ?? null },
          residents[r].token,
        )
        if (data && running) {
          residents[r].code = data.castBudgetBallot.code
          const acks = (before?.acks ?? 0) + 1
          ledger.ballots.set(r, { code: data.castBudgetBallot.code, projects: choice, later: false, acks })
          ledger.acknowledged += 1
        }
        busyResidents.delete(r)
      }
    }
  }
  const done = Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)))
  return {
    counts,
    /** The server is gone: what fails now is not an error of the server's. */
    killed: () => {
      serverUp = false
    },
    stop: async () => {
      running = false
      await done
    },
  }
}

/** Every acknowledged write found, and every half-written record, on the restarted server. */
const audit = async () => {
  const problems: string[] = []
  let found = 0
  // Service requests: acknowledged tracking codes, and every request whole.
  const requests = await server.sql(
    `SELECT id, tracking_code, status, due_at FROM servi_requests WHERE code_prefix = 'CRS'`,
  )
  const codes = new Set(requests.map((r) => String(r.tracking_code)))
  for (const code of ledger.requests.keys()) if (codes.has(code)) found += 1
  const missing = [...ledger.requests.keys()].filter((c) => !codes.has(c))
  if (missing.length) problems.push(`acknowledged requests missing: ${missing.join(', ')}`)
  const rels = await server.sql(
    `SELECT parent_id, servi_attachments_id FROM servi_requests_rels WHERE path = 'attachments'`,
  )
  const attachments = await server.sql(`SELECT id, filename FROM servi_attachments WHERE field = 'plano'`)
  const attachmentById = new Map(attachments.map((a) => [String(a.id), String(a.filename)]))
  const dir = path.join(server.mediaDir, 'service-attachments')
  for (const r of requests) {
    if (!r.tracking_code || !r.status || !r.due_at) problems.push(`request ${r.id} lacks its code, status or due date`)
    const mine = rels.filter((x) => String(x.parent_id) === String(r.id))
    if (mine.length !== 1) problems.push(`request ${r.tracking_code} has ${mine.length} attachments, not 1`)
    for (const x of mine) {
      const file = attachmentById.get(String(x.servi_attachments_id))
      const sent = ledger.requests.get(String(r.tracking_code))
      if (!file) problems.push(`request ${r.tracking_code}: attachment ${x.servi_attachments_id} has no row`)
      else if (!fs.existsSync(path.join(dir, file))) problems.push(`request ${r.tracking_code}: file ${file} missing`)
      else if (sent && hash(fs.readFileSync(path.join(dir, file))) !== sent)
        problems.push(`request ${r.tracking_code}: file ${file} is not the one it was sent with`)
    }
  }
  const referenced = new Set(rels.map((x) => String(x.servi_attachments_id)))
  for (const a of attachments)
    if (!referenced.has(String(a.id))) problems.push(`attachment ${a.id} (${a.filename}) belongs to no request`)
  const allAttachmentFiles = new Set(
    (await server.sql('SELECT filename FROM servi_attachments')).map((a) => String(a.filename)),
  )
  for (const file of filesUnder(dir))
    if (!allAttachmentFiles.has(file)) problems.push(`file service-attachments/${file} has no row`)

  // Bids: acknowledged receipts, the seal whole (its hash is the receipt's), one per supplier.
  const bids = await server.sql(
    `SELECT id, supplier_id, version, sha256, sealed, status FROM compra_bids WHERE tender_id = ${ph(1)}`,
    [ids.tender],
  )
  const bidById = new Map(bids.map((b) => [String(b.id), b]))
  for (const [s, receipt] of ledger.bids) {
    const bid = bidById.get(receipt.bidId)
    const version = Number(bid?.version ?? 0)
    if (!bid || version < receipt.version) problems.push(`supplier ${s}: acknowledged bid v${receipt.version} missing`)
    else if (version === receipt.version && bid.sha256 !== receipt.sha256)
      problems.push(`supplier ${s}: bid v${version} is not the acknowledged one`)
    else if (version > receipt.version && !receipt.later)
      problems.push(`supplier ${s}: bid v${version} newer than anything sent`)
    else found += receipt.acks
  }
  for (const b of bids) {
    if (!b.sealed || !b.sha256 || hash(String(b.sealed)) !== b.sha256 || b.status !== 'submitted')
      problems.push(`bid ${b.id} is not whole (seal, hash or status)`)
  }
  if (new Set(bids.map((b) => String(b.supplier_id))).size !== bids.length) problems.push('two bids of one supplier')
  const [tender] = await server.sql(`SELECT bid_count FROM compra_tenders WHERE id = ${ph(1)}`, [ids.tender])
  if (Number(tender.bid_count) !== bids.length)
    problems.push(`the tender counts ${tender.bid_count} bids, it has ${bids.length}`)

  // Budget: acknowledged ballots by their code; one ballot per participation.
  const ballots = await server.sql(
    `SELECT code_hash, projects FROM participa_budget_ballots WHERE budget_id = ${ph(1)}`,
    [ids.budget],
  )
  const byHash = new Map(ballots.map((b) => [String(b.code_hash), (json(b.projects) as number[]).map(String).sort()]))
  for (const [r, cast] of ledger.ballots) {
    const stored = byHash.get(hash(cast.code))
    if (!stored) problems.push(`resident ${r}: acknowledged ballot missing`)
    else if (!cast.later && JSON.stringify(stored) !== JSON.stringify([...cast.projects].sort()))
      problems.push(`resident ${r}: ballot is ${stored}, acknowledged ${cast.projects}`)
    else found += cast.acks
  }
  const [{ n: participations }] = await server.sql(
    `SELECT COUNT(*) AS n FROM participa_budget_voters WHERE budget_id = ${ph(1)}`,
    [ids.budget],
  )
  if (Number(participations) !== ballots.length)
    problems.push(`${participations} budget participations but ${ballots.length} ballots`)
  return { found, problems }
}

beforeAll(async () => {
  first = await startServer({ env: LIMITS })
  server = first
  const villa = await municipalityId(server, M)
  tokens.platform = await login(server, account('platform-admin', null))
  tokens.admin = await login(server, account('municipal-admin', M))
  tokens.officer = await login(server, account('procurement-officer', M))
  const now = Date.now()

  // MuniServi: a service whose form takes a reason and a plan (a file).
  const service = await api(server)
    .post('/api/servi-services')
    .set(auth(tokens.admin))
    .send({
      tenant: villa,
      code: 'CRS',
      name: 'Reclamo de alumbrado',
      summary: 'Reporte una luminaria apagada.',
      maxBusinessDays: 5,
      silence: 'none',
      audience: ['people'],
      active: true,
      form: [
        { key: 'motivo', type: 'text', label: 'Motivo', required: true },
        { key: 'plano', type: 'file', label: 'Plano', required: true },
      ],
    })
  expect(service.status).toBe(201)

  // MuniCompra: verified suppliers and an open tender.
  const tender = await api(server)
    .post('/api/compra-tenders')
    .set(auth(tokens.officer))
    .send({
      tenant: villa,
      reference: 'CRASH-1',
      title: 'Alumbrado público',
      description: 'Recambio de luminarias.',
      items: [{ description: 'Luminaria LED', classificationId: '31527260', quantity: 100, unit: 'u' }],
      category: 'works',
      method: 'open',
      value: { amount: 1_000_000 },
      enquiryDeadline: new Date(now + 24 * HOUR).toISOString(),
      submissionDeadline: new Date(now + 48 * HOUR).toISOString(),
      openingAt: new Date(now + 49 * HOUR).toISOString(),
    })
  expect(tender.status).toBe(201)
  ids.tender = tender.body.doc.id
  const published = await api(server)
    .patch(`/api/compra-tenders/${ids.tender}`)
    .set(auth(tokens.officer))
    .send({ status: 'published' })
  expect(published.status).toBe(200)
  for (let i = 0; i < SUPPLIERS; i += 1) {
    const person = await createPerson(server, tokens.platform, { email: `p${i}@crash.test`, name: `Proveedor ${i}` })
    const registered = await gql(
      server,
      `mutation { registerSupplier(municipality: "${M}", legalName: "Luces ${i} S.A.", country: "UY", taxId: "21888000${i}001", categories: ["works"]) { id } }`,
      {},
      person.token,
    )
    expect(registered.errors).toBeUndefined()
    const supplierId = registered.data!.registerSupplier.id
    const verified = await api(server)
      .patch(`/api/compra-suppliers/${supplierId}`)
      .set(auth(tokens.officer))
      .send({ status: 'verified' })
    expect(verified.status).toBe(200)
    suppliers.push({ token: person.token, supplierId })
  }

  // MuniParticipa: a census, residents verified against it, and an open budget that requires it.
  const doc = (i: number) => `C${String(i).padStart(5, '0')}`
  const birth = (i: number) => `19${String(50 + (i % 40)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`
  const census = await api(server)
    .post(`/api/m/${M}/muniparticipa/census`)
    .set(auth(tokens.admin))
    .set('Content-Type', 'text/csv')
    .send(['documento,nacimiento', ...Array.from({ length: RESIDENTS }, (_, i) => `${doc(i)},${birth(i)}`)].join('\n'))
  expect(census.status).toBe(200)
  for (let k = 0; k < RESIDENTS; k += 16) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(16, RESIDENTS - k) }, async (_, j) => {
        const i = k + j
        const person = await createPerson(server, tokens.platform, { email: `r${i}@crash.test`, name: `Vecina ${i}` })
        const verified = await gql(
          server,
          `mutation V($d: String!, $b: String!) { verifyResidence(municipality: "${M}", document: $d, birthDate: $b) { verified } }`,
          { d: doc(i), b: birth(i) },
          person.token,
        )
        expect(verified.errors).toBeUndefined()
        return { token: person.token }
      }),
    )
    residents.push(...batch)
  }
  const budget = await api(server)
    .post('/api/participa-budgets')
    .set(auth(tokens.admin))
    .send({
      tenant: villa,
      title: 'Presupuesto de barrio',
      published: true,
      requireVerification: true,
      total: 100,
      rule: 'knapsack',
      opensAt: new Date(now - HOUR).toISOString(),
      closesAt: new Date(now + 48 * HOUR).toISOString(),
    })
  expect(budget.status).toBe(201)
  ids.budget = budget.body.doc.id
  for (const [title, cost] of [
    ['Bancos', 40],
    ['Árboles', 50],
    ['Juegos', 90],
  ] as const) {
    const res = await api(server)
      .post('/api/participa-budget-projects')
      .set(auth(tokens.admin))
      .send({ tenant: villa, budget: ids.budget, title, cost })
    expect(res.status).toBe(201)
    projects.push(String(res.body.doc.id))
  }
}, 600_000)

afterAll(async () => {
  if (server && server !== first) await server.stop()
  await first?.stop()
})

describe('crash consistency', () => {
  it('keeps every acknowledged write and no half-written record across kill -9 under a write load', async () => {
    const rounds: string[] = []
    let acknowledgedBefore = 0
    for (let round = 1; round <= ROUNDS; round += 1) {
      const load = writeLoad()
      const roundStart = Date.now()
      await new Promise((r) => setTimeout(r, LOAD_MS))
      // On a loaded machine (CI's two lanes side by side) fewer writes finish in LOAD_MS: the kill waits
      // until this round has some acknowledged writes to lose (at most 30 s).
      while (ledger.acknowledged - acknowledgedBefore < MIN_ACKNOWLEDGED && Date.now() - roundStart < 30_000)
        await new Promise((r) => setTimeout(r, 100))
      // Writes are in flight now: kill the process without warning.
      load.killed()
      await killHard(server)
      await load.stop()
      // The last round also loses a recount for certain (a bid written, the process gone before its
      // tender's bidCount): the restart's recovery counts again (municompra/lib/actions/bidCount.ts recoverBidCounts).
      const lostRecount = round === ROUNDS
      if (lostRecount) await server.sql(`UPDATE compra_tenders SET bid_count = 0 WHERE id = ${ph(1)}`, [ids.tender])
      const previous = server
      server = await restartServer(first, RESTART)
      if (previous !== first) await previous.stop()
      const removed = await swept(server)
      if (lostRecount) expect(removed).toContain(`tenders#${ids.tender} bidCount`)
      rounds.push(
        `round ${round}: ${ledger.acknowledged - acknowledgedBefore} acknowledged of ${load.counts.requests} requests, ${load.counts.bids} bids, ${load.counts.ballots} ballots sent; swept on restart: ${removed.join(', ') || 'nothing'}`,
      )
      acknowledgedBefore = ledger.acknowledged
      // The restarted server answers (its GraphQL schema built before the next round's load).
      expect((await api(server).get('/readyz')).status).toBe(200)
      expect((await gql(server, '{ Municipalities(limit: 1) { totalDocs } }')).data?.Municipalities).toBeDefined()
    }
    const { found, problems } = await audit()
    const acknowledged = ledger.acknowledged
    recordFigures('crash', { acknowledged, found, halfWritten: problems.length })
    expect({ rounds, problems, errors: ledger.errors }).toEqual({ rounds, problems: [], errors: [] })
    expect(acknowledged).toBeGreaterThan(20)
    expect(found).toBe(acknowledged)
    // For the log: what each round sent, kept and swept.
    process.stdout.write(`\ncrash rounds (${usingPostgres ? 'postgres' : 'sqlite'}):\n  ${rounds.join('\n  ')}\n`)
  }, 300_000)

  it('opens every bid after the crashes, each with its document', async () => {
    const set = `UPDATE compra_tenders SET enquiry_deadline = ${ph(1)}, submission_deadline = ${ph(2)}, opening_at = ${ph(3)} WHERE id = ${ph(4)}`
    const past = (ms: number) => new Date(Date.now() - ms).toISOString()
    await server.sql(set, [past(60_000), past(30_000), past(1_000), ids.tender])
    const platform = await login(server, account('platform-admin', null))
    for (let round = 0; round < 2; round += 1) {
      const queued = await api(server)
        .post('/api/payload-jobs')
        .set(auth(platform))
        .send({ taskSlug: 'municompra-open', input: {}, queue: 'default' })
      expect(queued.status).toBe(201)
      expect(
        (await api(server).get('/api/payload-jobs/run').query({ queue: 'default' }).set(auth(platform))).status,
      ).toBe(200)
    }
    const tender = (await api(server).get(`/api/compra-tenders/${ids.tender}`)).body
    expect(tender.status).toBe('opened')
    const bids = await server.sql(`SELECT id, opened, amount FROM compra_bids WHERE tender_id = ${ph(1)}`, [ids.tender])
    expect(bids.length).toBeGreaterThan(0)
    expect(tender.openingRecord).toHaveLength(bids.length)
    for (const bid of bids)
      expect({ bid: bid.id, opened: Boolean(bid.opened), amount: bid.amount !== null }).toEqual({
        bid: bid.id,
        opened: true,
        amount: true,
      })
    const documents = await server.sql('SELECT bid_id, filename FROM compra_bid_documents')
    expect(documents).toHaveLength(bids.length)
    for (const d of documents)
      expect(fs.existsSync(path.join(server.mediaDir, 'bid-documents', String(d.filename)))).toBe(true)
  })
})
