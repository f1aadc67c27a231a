/**
 * MuniCompra for the app's hostile-upload suite (`fixtures.uploads`): a verified supplier and an open tender,
 * the supplier's sealed bid with documents as the path to bid documents (sealed until the opening: nothing is
 * written to the upload folder when a bid is accepted), and a check of its own: the tender opens, storing the
 * documents of a bid sent under hostile names inside bid-documents/ under safe names.
 */
import path from 'node:path'

import {
  account,
  api,
  auth,
  createPerson,
  gql,
  gqlUploadOutcome,
  login,
  usingPostgres,
  type Upload,
  type UploadContext,
  type UploadFixtures,
} from '@e-muni/sdk/testing'

const HOUR = 3_600_000
const TENDER = 'SEC-UP-1'

/** The supplier's token, once setup made it. */
let supplier = ''

const submitBid = (ctx: UploadContext, amount: number, documents: { filename: string; base64: string }[]) =>
  api(ctx.server)
    .post('/api/graphql')
    .set({ ...auth(supplier), 'Accept-Language': 'en' })
    .send({
      query: `mutation B($d: [BidDocumentInput!]) {
        submitBid(municipality: "${ctx.municipality.slug}", tender: "${TENDER}", amount: ${amount}, documents: $d) { bidId }
      }`,
      variables: { d: documents },
    })

const expectStatus = (what: string, res: { status: number; body: unknown }, status: number) => {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`)
}

const setup = async (ctx: UploadContext) => {
  const { server, municipality } = ctx
  const officer = await login(server, account('procurement-officer', municipality.slug))
  const person = await createPerson(server, ctx.platform, { email: 'subidas@proveedores.test', name: 'Subidas' })
  supplier = person.token
  const registered = await gql(
    server,
    `mutation { registerSupplier(municipality: "${municipality.slug}", legalName: "Subidas S.A.", country: "UY", taxId: "219990001001", categories: ["works"]) { id } }`,
    {},
    supplier,
  )
  if (registered.errors) throw new Error(`registering the supplier: ${JSON.stringify(registered.errors)}`)
  expectStatus(
    'verifying the supplier',
    await api(server)
      .patch(`/api/compra-suppliers/${registered.data!.registerSupplier.id}`)
      .set(auth(officer))
      .send({ status: 'verified' }),
    200,
  )
  const now = Date.now()
  const tender = await api(server)
    .post('/api/compra-tenders')
    .set(auth(officer))
    .send({
      tenant: municipality.id,
      reference: TENDER,
      title: 'Bancos para la plaza',
      description: 'Suministro e instalación de 20 bancos.',
      items: [{ description: 'Banco de hormigón', classificationId: '39113000', quantity: 20, unit: 'u' }],
      category: 'works',
      method: 'open',
      value: { amount: 100_000 },
      enquiryDeadline: new Date(now + 24 * HOUR).toISOString(),
      submissionDeadline: new Date(now + 48 * HOUR).toISOString(),
      openingAt: new Date(now + 49 * HOUR).toISOString(),
    })
  expectStatus('creating the tender', tender, 201)
  const published = await api(server)
    .patch(`/api/compra-tenders/${tender.body.doc.id}`)
    .set(auth(officer))
    .send({ status: 'published' })
  expectStatus('publishing the tender', published, 200)
  if (published.body.errors) throw new Error(`publishing the tender: ${JSON.stringify(published.body.errors)}`)
}

const channels = (ctx: UploadContext) => [
  {
    collection: 'compra-bid-documents',
    via: 'MuniCompra submitBid (GraphQL)',
    sealed: true,
    send: async (file: Upload) =>
      gqlUploadOutcome(await submitBid(ctx, 1000, [{ filename: file.filename, base64: file.data.toString('base64') }])),
  },
]

const bidCount = async (ctx: UploadContext) =>
  Number((await ctx.server.sql('SELECT COUNT(*) AS n FROM compra_bids'))[0].n)

/** Opens the tender with a bid whose documents have hostile names: each stored in bid-documents/, safely named. */
const opensUnderSafeNames = async (ctx: UploadContext): Promise<string[]> => {
  const { server } = ctx
  const problems: string[] = []
  const pdf = ctx.valid.pdf.toString('base64')
  // A NUL character is refused everywhere in the API (PostgreSQL cannot hold one): a bid naming a document
  // with one is answered with a clear 400 and leaves neither a bid nor a file behind.
  const withNul = ctx.hostileNames.filter((n) => n.filename.includes('\u0000'))
  if (!withNul.length) problems.push('no hostile name with a NUL character to try')
  const bidsBefore = await bidCount(ctx)
  const filesBefore = ctx.filesOnDisk()
  for (const n of withNul) {
    const refused = await submitBid(ctx, 900, [{ filename: `${n.filename}.pdf`, base64: pdf }])
    const message = String(refused.body.errors?.[0]?.message ?? '')
    if (refused.status !== 400 || !/NUL character/.test(message))
      problems.push(
        `a document named ${n.name}: answered ${refused.status} ${JSON.stringify(message)}, not 400 NUL character`,
      )
  }
  if ((await bidCount(ctx)) !== bidsBefore) problems.push('a bid refused for a NUL character was written')
  if (JSON.stringify(ctx.filesOnDisk()) !== JSON.stringify(filesBefore))
    problems.push('a bid refused for a NUL character left files on disk')

  const names = ctx.hostileNames.filter((n) => !n.filename.includes('\u0000')).slice(0, 8)
  const documents = [
    { filename: 'oferta.pdf', base64: pdf },
    { filename: 'anexo.docx', base64: ctx.valid.docx.toString('base64') },
    ...names.map((n) => ({ filename: n.asIs ? n.filename : `${n.filename}.pdf`, base64: pdf })),
  ]
  const bid = await submitBid(ctx, 900, documents)
  if (bid.body.errors) return [...problems, `the bid under hostile names: ${JSON.stringify(bid.body.errors)}`]
  const before = ctx.filesOnDisk()
  const [tender] = await server.sql(`SELECT id FROM compra_tenders WHERE reference = '${TENDER}'`)
  const past = (ms: number) => new Date(Date.now() - ms).toISOString()
  const ph = (n: number) => (usingPostgres ? `$${n}` : '?')
  await server.sql(
    `UPDATE compra_tenders SET enquiry_deadline = ${ph(1)}, submission_deadline = ${ph(2)}, opening_at = ${ph(3)} WHERE id = ${ph(4)}`,
    [past(60_000), past(30_000), past(1_000), tender.id],
  )
  for (let round = 0; round < 2; round += 1) {
    const queued = await api(server)
      .post('/api/payload-jobs')
      .set(auth(ctx.platform))
      .send({ taskSlug: 'municompra-open', input: {}, queue: 'default' })
    if (queued.status !== 201) problems.push(`queueing the opening: ${queued.status}`)
    const ran = await api(server).get('/api/payload-jobs/run').query({ queue: 'default' }).set(auth(ctx.platform))
    if (ran.status !== 200) problems.push(`running the jobs: ${ran.status}`)
  }
  const status = (await api(server).get(`/api/compra-tenders/${tender.id}`)).body.status
  if (status !== 'opened') problems.push(`the tender is ${status}, not opened`)
  const rows = await server.sql('SELECT filename FROM compra_bid_documents')
  if (rows.length !== documents.length) problems.push(`${rows.length} bid documents stored, ${documents.length} sent`)
  const added = ctx.filesOnDisk().filter((f) => !before.includes(f))
  const expected = rows.map((r) => path.join('bid-documents', String(r.filename))).sort()
  if (JSON.stringify(added.sort()) !== JSON.stringify(expected))
    problems.push(`files added ${JSON.stringify(added)}, the documents name ${JSON.stringify(expected)}`)
  for (const file of added) {
    const name = path.basename(file)
    if (path.dirname(file) !== 'bid-documents') problems.push(`${file} is not directly in bid-documents/`)
    // eslint-disable-next-line no-control-regex -- control characters are what is checked
    if (!/^[^.\\/\u0000-\u001f][^\\/\u0000-\u001f]*\.(pdf|docx)$/.test(name))
      problems.push(`unsafe stored name ${JSON.stringify(name)}`)
    if (Buffer.byteLength(name) > 255) problems.push(`stored name of ${Buffer.byteLength(name)} bytes: ${name}`)
  }
  return problems
}

export const uploadFixtures: UploadFixtures = {
  setup,
  channels,
  // A refused bid must not replace the standing one either (a replacement raises its version).
  unchanged: {
    compra_bids: 'SELECT COUNT(*) FROM compra_bids',
    bid_versions: 'SELECT COALESCE(SUM(version), 0) FROM compra_bids',
  },
  checks: [
    { name: 'opens a bid storing its documents inside bid-documents/ under safe names', run: opensUnderSafeNames },
  ],
}
