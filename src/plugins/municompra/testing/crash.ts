/**
 * MuniCompra for the app's crash-consistency suite (`fixtures.crash`): sealed bids with a document, by verified
 * suppliers on an open tender, each supplier replacing its bid. After the crashes every acknowledged bid is
 * there (by its receipt: version and hash), every bid whole (its sealed payload hashes to its receipt), one per
 * supplier, and the tender counts them — the last round loses a recount for certain, which the restart redoes
 * (lib/actions/bidCount.ts, recoverBidCounts). Afterwards the tender opens, every bid with its document.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { simplePdf } from '@e-muni/sdk'
import {
  account,
  api,
  auth,
  createPerson,
  gql,
  login,
  usingPostgres,
  type CrashContext,
  type CrashFixtures,
  type CrashRound,
} from '@e-muni/sdk/testing'

const HOUR = 3_600_000
const SUPPLIERS = 8
const PDF = simplePdf(['Oferta', 'Villa Esperanza'])

const hash = (value: string) => createHash('sha256').update(Buffer.from(value, 'latin1')).digest('hex')
const ph = (n: number) => (usingPostgres ? `$${n}` : '?')

let tender: number | string = 0
const suppliers: string[] = []
const busy = new Set<number>()
/**
 * Per supplier, its last acknowledged bid (it supersedes the earlier ones, found when it is), and whether a
 * later bid was in flight when the server died (which may or may not have been kept).
 */
const bids = new Map<number, { bidId: string; version: number; sha256: string; later: boolean; acks: number }>()

const submitBid = (slug: string) => `mutation B($a: Float!, $b: String!) {
  submitBid(municipality: "${slug}", tender: "CRASH-1", amount: $a, documents: [{ filename: "oferta.pdf", base64: $b }]) { bidId version sha256 }
}`

const must = <R extends { status: number; body: unknown }>(what: string, res: R, status: number): R => {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`)
  return res
}

/** Verified suppliers and an open tender. */
const setup = async (ctx: CrashContext) => {
  suppliers.length = 0
  busy.clear()
  bids.clear()
  const server = ctx.server()
  const { id: villa, slug } = ctx.municipality
  const officer = await login(server, account('procurement-officer', slug))
  const now = Date.now()
  const created = await api(server)
    .post('/api/compra-tenders')
    .set(auth(officer))
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
  tender = must('creating the tender', created, 201).body.doc.id
  const published = api(server).patch(`/api/compra-tenders/${tender}`).set(auth(officer)).send({ status: 'published' })
  must('publishing the tender', await published, 200)
  for (let i = 0; i < SUPPLIERS; i += 1) {
    const person = await createPerson(server, ctx.platform, { email: `p${i}@crash.test`, name: `Proveedor ${i}` })
    const registered = await gql(
      server,
      `mutation { registerSupplier(municipality: "${slug}", legalName: "Luces ${i} S.A.", country: "UY", taxId: "21888000${i}001", categories: ["works"]) { id } }`,
      {},
      person.token,
    )
    if (registered.errors) throw new Error(`registering supplier ${i}: ${JSON.stringify(registered.errors)}`)
    const verified = api(server)
      .patch(`/api/compra-suppliers/${registered.data!.registerSupplier.id}`)
      .set(auth(officer))
      .send({ status: 'verified' })
    must(`verifying supplier ${i}`, await verified, 200)
    suppliers.push(person.token)
  }
}

/** A bid of a supplier no other worker is bidding for (none sent when every supplier is busy). */
const write = async (ctx: CrashContext) => {
  const s = suppliers.findIndex((_, k) => !busy.has(k))
  if (s < 0) return null
  busy.add(s)
  try {
    const before = bids.get(s)
    if (before) before.later = true
    const amount = 10_000 + Math.floor(Math.random() * 90_000)
    const data = await ctx.gql(submitBid(ctx.municipality.slug), { a: amount, b: PDF.toString('base64') }, suppliers[s])
    if (!data) return false
    const r = data.submitBid
    const acks = (before?.acks ?? 0) + 1
    bids.set(s, { bidId: String(r.bidId), version: Number(r.version), sha256: r.sha256, later: false, acks })
    return true
  } finally {
    busy.delete(s)
  }
}

/** The last round also loses a recount for certain: a bid written, the process gone before its tender's bidCount. */
const whileDown = async (ctx: CrashContext, { last }: CrashRound) => {
  if (last) await ctx.server().sql(`UPDATE compra_tenders SET bid_count = 0 WHERE id = ${ph(1)}`, [tender])
}

/** The restart's recovery counts the tender's bids again. */
const afterRestart = async (_ctx: CrashContext, { last, swept }: CrashRound & { swept: string[] }) =>
  last && !swept.includes(`tenders#${tender} bidCount`) ? [`the restart did not recount tender ${tender}`] : []

const verify = async (ctx: CrashContext) => {
  const server = ctx.server()
  const problems: string[] = []
  let found = 0
  const rows = await server.sql(
    `SELECT id, supplier_id, version, sha256, sealed, status FROM compra_bids WHERE tender_id = ${ph(1)}`,
    [tender],
  )
  const bidById = new Map(rows.map((b) => [String(b.id), b]))
  for (const [s, receipt] of bids) {
    const bid = bidById.get(receipt.bidId)
    const version = Number(bid?.version ?? 0)
    if (!bid || version < receipt.version) problems.push(`supplier ${s}: acknowledged bid v${receipt.version} missing`)
    else if (version === receipt.version && bid.sha256 !== receipt.sha256)
      problems.push(`supplier ${s}: bid v${version} is not the acknowledged one`)
    else if (version > receipt.version && !receipt.later)
      problems.push(`supplier ${s}: bid v${version} newer than anything sent`)
    else found += receipt.acks
  }
  for (const b of rows) {
    if (!b.sealed || !b.sha256 || hash(String(b.sealed)) !== b.sha256 || b.status !== 'submitted')
      problems.push(`bid ${b.id} is not whole (seal, hash or status)`)
  }
  if (new Set(rows.map((b) => String(b.supplier_id))).size !== rows.length) problems.push('two bids of one supplier')
  const [counted] = await server.sql(`SELECT bid_count FROM compra_tenders WHERE id = ${ph(1)}`, [tender])
  if (Number(counted.bid_count) !== rows.length)
    problems.push(`the tender counts ${counted.bid_count} bids, it has ${rows.length}`)
  return { found, problems }
}

/** The tender opens after the crashes: every bid opened, with its amount and its document on disk. */
const opensEveryBid = async (ctx: CrashContext): Promise<string[]> => {
  const server = ctx.server()
  const problems: string[] = []
  const past = (ms: number) => new Date(Date.now() - ms).toISOString()
  await server.sql(
    `UPDATE compra_tenders SET enquiry_deadline = ${ph(1)}, submission_deadline = ${ph(2)}, opening_at = ${ph(3)} WHERE id = ${ph(4)}`,
    [past(60_000), past(30_000), past(1_000), tender],
  )
  const platform = await login(server, account('platform-admin', null))
  for (let round = 0; round < 2; round += 1) {
    const queued = await api(server)
      .post('/api/payload-jobs')
      .set(auth(platform))
      .send({ taskSlug: 'municompra-open', input: {}, queue: 'default' })
    if (queued.status !== 201) problems.push(`queueing the opening: ${queued.status}`)
    const ran = await api(server).get('/api/payload-jobs/run').query({ queue: 'default' }).set(auth(platform))
    if (ran.status !== 200) problems.push(`running the jobs: ${ran.status}`)
  }
  const opened = (await api(server).get(`/api/compra-tenders/${tender}`)).body
  if (opened.status !== 'opened') problems.push(`the tender is ${opened.status}, not opened`)
  const rows = await server.sql(`SELECT id, opened, amount FROM compra_bids WHERE tender_id = ${ph(1)}`, [tender])
  if (!rows.length) problems.push('no bid to open')
  if (opened.openingRecord?.length !== rows.length)
    problems.push(`the opening record has ${opened.openingRecord?.length} entries for ${rows.length} bids`)
  for (const bid of rows)
    if (!bid.opened || bid.amount === null) problems.push(`bid ${bid.id}: opened ${bid.opened}, amount ${bid.amount}`)
  const documents = await server.sql('SELECT bid_id, filename FROM compra_bid_documents')
  if (documents.length !== rows.length) problems.push(`${documents.length} bid documents for ${rows.length} bids`)
  for (const d of documents)
    if (!fs.existsSync(path.join(server.mediaDir, 'bid-documents', String(d.filename))))
      problems.push(`bid ${d.bid_id}: document ${d.filename} not on disk`)
  return problems
}

export const crashFixtures: CrashFixtures = {
  writes: 'bids',
  setup,
  write,
  whileDown,
  afterRestart,
  verify,
  checks: [{ name: 'opens every bid after the crashes, each with its document', run: opensEveryBid }],
}
