/**
 * Hostile uploads (issue 10, item 4), over every upload collection of the running configuration and
 * every path a real user takes to it: Payload's REST create (as the staff who may write there, or as
 * the platform admin where nobody may) and the modules' own submissions (MuniServi's service request,
 * MuniCompra's sealed bid, MuniParticipa's proposal). Every hostile file — script in SVG, markup
 * disguised as an image, polyglots, pixel floods, decompression bombs, truncated, empty and oversize
 * files, a type the collection does not take — is refused with a 4xx and a message, leaving nothing
 * on disk (the upload folder, recursively) and no row. Valid files under hostile names are stored
 * inside the collection's folder with a safe name. A genuine image with markup in a text chunk is
 * accepted and served inert. Each collection has a positive control, so the suite can fail.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { account, api, auth, createPerson, gql, login, municipalityId } from '../../src/plugins/sdk/testing/api'
import { ROOT, startServer, usingPostgres, type TestServer } from '../../src/plugins/sdk/testing/server'
import {
  harmlessFiles,
  hostileFiles,
  hostileNames,
  validFiles,
  VALID_TYPES,
  type Sample,
  type Valid,
} from '../fixtures/hostile/files'
import { uploadCollections } from './registry'
import { recordFigures } from './report'

const MAX_BYTES = 2 * 1024 * 1024
const M = 'villa-esperanza'
const HOUR = 3_600_000

let server: TestServer
let villa: number | string
const tokens: Record<string, string> = {}
let valid: Valid
let hostile: Sample[]
/** Each upload collection's allowed types, from the running configuration. */
let allowed: Record<string, string[]>

type Upload = { filename: string; contentType: string; data: Buffer }
type Outcome = { status: number; message: string }
type Channel = {
  collection: string
  via: string
  send: (file: Upload) => Promise<Outcome>
  /** whether this path accepted the positive control (REST paths nobody may write to refuse everything) */
  writes?: boolean
}

const table = (slug: string) => slug.replace(/-/g, '_')

// ---------- what the server holds -------------------------------------------------------------------

const listFiles = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name)
        return e.isDirectory() ? listFiles(full) : [path.relative(server.mediaDir, full)]
      })
    : []
const filesOnDisk = () => listFiles(server.mediaDir).sort()

/** Row counts of every upload table and of the records a module writes with its files (one query). */
let countedTables: string[] = []
const rowCounts = async (): Promise<Record<string, number>> => {
  const select = countedTables.map((t) => `(SELECT COUNT(*) FROM ${t}) AS ${t}`).join(', ')
  // A refused bid must not replace the standing one either (a replacement raises its version).
  const [row] = await server.sql(
    `SELECT ${select}, (SELECT COALESCE(SUM(version), 0) FROM compra_bids) AS bid_versions`,
  )
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]))
}

// ---------- the ways files reach each collection ---------------------------------------------------

const restOutcome = (res: { status: number; body: any; text?: string }): Outcome => ({
  status: res.status,
  message: String(res.body?.errors?.[0]?.message ?? res.body?.message ?? ''),
})
const gqlOutcome = (res: { status: number; body: any }): Outcome => {
  const error = res.body?.errors?.[0]
  if (res.status >= 400) return { status: res.status, message: String(error?.message ?? '') }
  if (!error) return { status: 200, message: '' }
  return { status: Number(error.extensions?.statusCode ?? 500), message: String(error.message ?? '') }
}

/** Payload's REST create, multipart: the file and the fields any upload collection here may require. */
const restChannel = (collection: string, token: string, actor: string): Channel => ({
  collection,
  via: `REST as ${actor}`,
  send: async (file) =>
    restOutcome(
      await api(server)
        .post(`/api/${collection}`)
        .set({ ...auth(token), 'Accept-Language': 'en' })
        .field(
          '_payload',
          JSON.stringify({ tenant: villa, alt: 'Plaza', title: 'Acta', kind: 'minutes', fiscalYear: 2026, field: 'x' }),
        )
        .attach('file', file.data, { filename: file.filename, contentType: file.contentType }),
    ),
})

const b64 = (file: Upload) => file.data.toString('base64')
const postGql = (query: string, variables: Record<string, unknown>, token?: string) =>
  api(server)
    .post('/api/graphql')
    .set({ ...auth(token), 'Accept-Language': 'en' })
    .send({ query, variables })

const SUBMIT_REQUEST = `mutation R($f: String!, $b: String!) {
  submitServiceRequest(municipality: "${M}", service: "ADJ", name: "Ana", email: "ana@correo.test",
    attachments: [{ field: "adjunto", filename: $f, base64: $b }]) { trackingCode }
}`
const SUBMIT_BID = `mutation B($f: String!, $b: String!) {
  submitBid(municipality: "${M}", tender: "SEC-UP-1", amount: 1000, documents: [{ filename: $f, base64: $b }]) { bidId }
}`
const SUBMIT_PROPOSAL = `mutation P($f: String!, $b: String!) {
  submitProposal(municipality: "${M}", process: "subidas", title: "Bancos", body: "Más bancos en la plaza.",
    images: [{ filename: $f, base64: $b }]) { id }
}`

/** The modules' own paths: what a citizen, a supplier or a resident does. */
const moduleChannels = (): Channel[] => [
  {
    collection: 'servi-attachments',
    via: 'MuniServi submitServiceRequest (GraphQL)',
    send: async (file) => gqlOutcome(await postGql(SUBMIT_REQUEST, { f: file.filename, b: b64(file) })),
  },
  {
    collection: 'servi-attachments',
    via: 'MuniServi REST submission (multipart)',
    send: async (file) =>
      restOutcome(
        await api(server)
          .post(`/api/m/${M}/muniservi/requests`)
          .set('Accept-Language', 'en')
          .field('data', JSON.stringify({ service: 'ADJ', name: 'Ana', email: 'ana@correo.test' }))
          .attach('answers.adjunto', file.data, { filename: file.filename, contentType: file.contentType }),
      ),
  },
  {
    collection: 'compra-bid-documents',
    via: 'MuniCompra submitBid (GraphQL)',
    send: async (file) => gqlOutcome(await postGql(SUBMIT_BID, { f: file.filename, b: b64(file) }, tokens.supplier)),
  },
  {
    collection: 'participa-proposal-images',
    via: 'MuniParticipa submitProposal (GraphQL)',
    send: async (file) =>
      gqlOutcome(await postGql(SUBMIT_PROPOSAL, { f: file.filename, b: b64(file) }, tokens.resident)),
  },
]

/** The valid samples of the types a collection takes. */
const allowedKinds = (collection: string): (keyof Valid)[] => {
  const kinds = (Object.keys(VALID_TYPES) as (keyof Valid)[]).filter((k) =>
    allowed[collection].includes(VALID_TYPES[k].mime),
  )
  if (!kinds.length) throw new Error(`no valid sample for ${collection} (allows ${allowed[collection].join(', ')})`)
  return kinds
}
const acceptedKind = (collection: string): keyof Valid => allowedKinds(collection)[0]
/** A valid file of a type the collection does not take. */
const refusedKind = (collection: string): keyof Valid => {
  const kind = (Object.keys(VALID_TYPES) as (keyof Valid)[]).find(
    (k) => !allowed[collection].includes(VALID_TYPES[k].mime),
  )
  if (!kind) throw new Error(`${collection} takes every sample type`)
  return kind
}
const validUpload = (kind: keyof Valid, base = 'control'): Upload => ({
  filename: `${base}.${VALID_TYPES[kind].ext}`,
  contentType: VALID_TYPES[kind].mime,
  data: valid[kind],
})

const channels: Channel[] = []
const is2xx = (o: Outcome) => o.status >= 200 && o.status < 300

beforeAll(async () => {
  server = await startServer({
    env: { UPLOAD_MAX_BYTES: String(MAX_BYTES), SUBMIT_RATE_LIMIT: '100000', LOGIN_RATE_LIMIT: '100000' },
  })
  valid = await validFiles()
  hostile = await hostileFiles(valid, MAX_BYTES)
  const out = execFileSync(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'test/fixtures/hostile/upload-types.ts'],
    { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' } },
  ).toString()
  allowed = JSON.parse(
    out
      .split('\n')
      .find((l) => l.startsWith('UPLOADS '))!
      .slice('UPLOADS '.length),
  )

  villa = await municipalityId(server, M)
  tokens.platform = await login(server, account('platform-admin', null))
  tokens.admin = await login(server, account('municipal-admin', M))
  tokens.officer = await login(server, account('procurement-officer', M))
  const staff = ['editor', 'procurement-officer', 'service-agent', 'moderator', 'municipal-admin']
  for (const role of staff) tokens[role] = await login(server, account(role, M))

  // MuniServi: a service whose form takes one file.
  const service = await api(server)
    .post('/api/servi-services')
    .set(auth(tokens.admin))
    .send({
      tenant: villa,
      code: 'ADJ',
      name: 'Presentación de documentos',
      summary: 'Adjunte un documento.',
      maxBusinessDays: 10,
      silence: 'none',
      audience: ['people'],
      active: true,
      form: [{ key: 'adjunto', type: 'file', label: 'Adjunto', required: true }],
    })
  expect(service.status).toBe(201)

  // MuniCompra: a verified supplier and an open tender.
  const supplier = await createPerson(server, tokens.platform, { email: 'subidas@proveedores.test', name: 'Subidas' })
  tokens.supplier = supplier.token
  const registered = await gql(
    server,
    `mutation { registerSupplier(municipality: "${M}", legalName: "Subidas S.A.", country: "UY", taxId: "219990001001", categories: ["works"]) { id } }`,
    {},
    supplier.token,
  )
  expect(registered.errors).toBeUndefined()
  const verified = await api(server)
    .patch(`/api/compra-suppliers/${registered.data!.registerSupplier.id}`)
    .set(auth(tokens.officer))
    .send({ status: 'verified' })
  expect(verified.status).toBe(200)
  const now = Date.now()
  const tender = await api(server)
    .post('/api/compra-tenders')
    .set(auth(tokens.officer))
    .send({
      tenant: villa,
      reference: 'SEC-UP-1',
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
  expect(tender.status).toBe(201)
  const published = await api(server)
    .patch(`/api/compra-tenders/${tender.body.doc.id}`)
    .set(auth(tokens.officer))
    .send({ status: 'published' })
  expect([published.status, published.body.errors]).toEqual([200, undefined])

  // MuniParticipa: a process taking proposals now, open to every logged-in person.
  const process_ = await api(server)
    .post('/api/participa-processes')
    .set(auth(tokens.admin))
    .send({
      tenant: villa,
      slug: 'subidas',
      title: 'Mejoras de la plaza',
      published: true,
      requireVerification: false,
      phases: [
        {
          phase: 'proposals',
          startsAt: new Date(now - HOUR).toISOString(),
          endsAt: new Date(now + 48 * HOUR).toISOString(),
        },
      ],
    })
  expect(process_.status).toBe(201)
  tokens.resident = (
    await createPerson(server, tokens.platform, { email: 'vecina@subidas.test', name: 'Vecina' })
  ).token

  countedTables = [
    ...uploadCollections().map((c) => table(c.slug)),
    'servi_requests',
    'compra_bids',
    'participa_proposals',
  ]
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

describe('hostile uploads', () => {
  it('has a path a user takes to every upload collection, and each accepts every valid type it allows (positive controls)', async () => {
    const collections = uploadCollections().map((c) => c.slug)
    expect(collections.length).toBeGreaterThanOrEqual(6)
    expect(Object.keys(allowed).sort()).toEqual([...collections].sort())
    const modules = moduleChannels()
    const controls: Record<string, string[]> = {}
    const refusedValid: string[] = []
    for (const collection of collections) {
      // REST: the first staff account that may create there; the platform admin where nobody may.
      const kinds = allowedKinds(collection)
      let rest: Channel | undefined
      for (const actor of ['editor', 'procurement-officer', 'service-agent', 'moderator', 'municipal-admin']) {
        const candidate = restChannel(collection, tokens[actor], actor)
        const outcome = await candidate.send(validUpload(kinds[0]))
        if (is2xx(outcome)) {
          rest = { ...candidate, writes: true }
          break
        }
        expect({ collection, actor, refused: [400, 401, 403].includes(outcome.status) }).toEqual({
          collection,
          actor,
          refused: true,
        })
      }
      const paths = [...(rest ? [rest] : []), ...modules.filter((c) => c.collection === collection)]
      for (const channel of paths) {
        for (const kind of kinds) {
          const outcome = await channel.send(validUpload(kind))
          if (!is2xx(outcome))
            refusedValid.push(`${collection} via ${channel.via}: ${kind}: ${outcome.status} ${outcome.message}`)
        }
        controls[collection] = [...(controls[collection] ?? []), channel.via]
        channels.push({ ...channel, writes: true })
      }
      if (!rest) channels.push(restChannel(collection, tokens.platform, 'platform-admin'))
    }
    expect(refusedValid).toEqual([])
    // Every upload collection is reached by at least one path that accepts valid files: a new upload
    // collection with no such path here fails, until its path is added to moduleChannels().
    expect(Object.keys(controls).sort()).toEqual([...collections].sort())
  })

  it('refuses every hostile file on every path with a 4xx and a message, leaving nothing on disk or in the database', async () => {
    expect(channels.length).toBeGreaterThanOrEqual(uploadCollections().length)
    const failures: string[] = []
    let attempted = 0
    let refused = 0
    let leftOnDisk = 0
    let leftInDatabase = 0
    for (const channel of channels) {
      const wrongType = refusedKind(channel.collection)
      const samples: Sample[] = [
        ...hostile,
        {
          name: `valid-${wrongType}-not-allowed`,
          ...validUpload(wrongType, 'otro'),
          why: `${VALID_TYPES[wrongType].mime} is not on the allowlist`,
        },
      ]
      for (const sample of samples) {
        const beforeFiles = filesOnDisk()
        const beforeRows = await rowCounts()
        const started = Date.now()
        const outcome = await channel.send(sample)
        const took = Date.now() - started
        attempted += 1
        const afterFiles = filesOnDisk()
        const afterRows = await rowCounts()
        const label = `${channel.collection} via ${channel.via}: ${sample.name} (${sample.why})`
        if (outcome.status >= 400 && outcome.status < 500 && outcome.message.trim()) refused += 1
        else failures.push(`${label}: answered ${outcome.status} ${JSON.stringify(outcome.message)}`)
        const added = afterFiles.filter((f) => !beforeFiles.includes(f))
        const removed = beforeFiles.filter((f) => !afterFiles.includes(f))
        if (added.length || removed.length) {
          leftOnDisk += 1
          failures.push(`${label}: files changed on disk: +${added.join(', ')} -${removed.join(', ')}`)
        }
        if (JSON.stringify(afterRows) !== JSON.stringify(beforeRows)) {
          leftInDatabase += 1
          failures.push(`${label}: rows changed: ${JSON.stringify(beforeRows)} → ${JSON.stringify(afterRows)}`)
        }
        // Refused before decoding: a flood or a bomb does not keep the server busy.
        if (took > 10_000) failures.push(`${label}: took ${took} ms`)
      }
    }
    recordFigures('uploads', { attempted, refused, leftOnDisk, leftInDatabase })
    expect(failures).toEqual([])
    expect(attempted).toBeGreaterThanOrEqual(channels.length * hostile.length)
    expect(refused).toBe(attempted)
    expect(leftOnDisk).toBe(0)
    expect(leftInDatabase).toBe(0)
    // The server is still well.
    expect((await api(server).get('/readyz')).status).toBe(200)
  })

  it('stores valid files under hostile names inside the collection folder, with a safe name', async () => {
    const failures: string[] = []
    const outside = ['/etc/passwd.pdf', '/tmp/e-muni-escape.pdf', '/tmp/e-muni-escape.png', '/etc/cron.d/e-muni.pdf']
    for (const channel of channels) {
      const kind = acceptedKind(channel.collection)
      for (const hostileName of hostileNames()) {
        const upload = {
          ...validUpload(kind),
          filename: hostileName.asIs ? hostileName.filename : `${hostileName.filename}.${VALID_TYPES[kind].ext}`,
        }
        const before = filesOnDisk()
        let outcome: Outcome
        try {
          outcome = await channel.send(upload)
        } catch (error) {
          // The HTTP client itself may refuse to send some names (e.g. control characters in a header).
          outcome = { status: 0, message: (error as Error).message }
        }
        const added = filesOnDisk().filter((f) => !before.includes(f))
        const label = `${channel.collection} via ${channel.via}: ${hostileName.name}`
        if (!(is2xx(outcome) || (outcome.status >= 400 && outcome.status < 500) || outcome.status === 0))
          failures.push(`${label}: answered ${outcome.status} ${outcome.message}`)
        const own = uploadCollections().find((c) => c.slug === channel.collection)?.uploadFolder ?? channel.collection
        for (const file of added) {
          const [folder, ...rest] = file.split(path.sep)
          const name = rest.join(path.sep)
          const resolved = path.resolve(server.mediaDir, file)
          if (folder !== own || rest.length !== 1) failures.push(`${label}: stored as ${file}, not directly in ${own}/`)
          if (!resolved.startsWith(path.join(server.mediaDir, own) + path.sep))
            failures.push(`${label}: ${resolved} is outside the upload folder`)
          // eslint-disable-next-line no-control-regex -- control characters are what is checked
          if (/[\u0000-\u001f\\/]/.test(name) || name.startsWith('.') || Buffer.byteLength(name) > 255)
            failures.push(`${label}: unsafe stored name ${JSON.stringify(name)}`)
          // The extension is the content's: a PNG named shell.php is not stored as a .php file.
          if (!name.toLowerCase().endsWith(`.${VALID_TYPES[kind].ext}`))
            failures.push(
              `${label}: stored as ${JSON.stringify(name)}, not with the .${VALID_TYPES[kind].ext} of its content`,
            )
        }
        if (is2xx(outcome) && channel.collection !== 'compra-bid-documents' && !added.length)
          failures.push(`${label}: accepted, but no file was stored`)
      }
    }
    for (const file of outside) if (fs.existsSync(file)) failures.push(`${file} was written`)
    expect(failures).toEqual([])
  })

  it('accepts genuine images carrying markup, storing only what is inert, and serves them inert', async () => {
    let checked = 0
    for (const sample of harmlessFiles(valid)) {
      for (const channel of channels.filter((c) => c.writes && allowed[c.collection].includes(sample.contentType))) {
        const before = filesOnDisk()
        const outcome = await channel.send(sample)
        expect({ via: channel.via, sample: sample.name, accepted: is2xx(outcome) }).toEqual({
          via: channel.via,
          sample: sample.name,
          accepted: true,
        })
        const added = filesOnDisk().filter((f) => !before.includes(f))
        const stored = added.find((f) => fs.readFileSync(path.join(server.mediaDir, f)).equals(sample.stored))
        expect({ via: channel.via, sample: sample.name, stored: Boolean(stored) }).toEqual({
          via: channel.via,
          sample: sample.name,
          stored: true,
        })
        // What was cut off is nowhere on disk (image sizes included).
        if (!sample.stored.includes('<script'))
          for (const file of added)
            expect(fs.readFileSync(path.join(server.mediaDir, file)).includes('<script')).toBe(false)
        const res = await api(server)
          .get(`/api/${channel.collection}/file/${encodeURIComponent(path.basename(stored!))}`)
          .set(auth(tokens.platform))
        expect(res.status).toBe(200)
        expect(res.headers['content-type']).toMatch(new RegExp(`^${sample.contentType}`))
        expect(res.headers['x-content-type-options']).toBe('nosniff')
        checked += 1
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4)
  })

  it('opens a bid storing its documents inside bid-documents/ under safe names', async () => {
    // A NUL character is refused everywhere in the API (PostgreSQL cannot hold one): a bid naming a
    // document with one is answered with a clear 400 and leaves neither a bid nor a file behind.
    const withNul = hostileNames().filter((n) => n.filename.includes('\u0000'))
    expect(withNul.length).toBeGreaterThan(0)
    const bidsBefore = await server.sql('SELECT COUNT(*) AS n FROM compra_bids')
    const filesBefore = filesOnDisk()
    for (const n of withNul) {
      const refused = await postGql(
        `mutation B($d: [BidDocumentInput!]) { submitBid(municipality: "${M}", tender: "SEC-UP-1", amount: 900, documents: $d) { bidId } }`,
        { d: [{ filename: `${n.filename}.pdf`, base64: valid.pdf.toString('base64') }] },
        tokens.supplier,
      )
      expect(refused.status).toBe(400)
      expect(refused.body.errors?.[0]?.message).toMatch(/NUL character/)
    }
    expect(await server.sql('SELECT COUNT(*) AS n FROM compra_bids')).toEqual(bidsBefore)
    expect(filesOnDisk()).toEqual(filesBefore)

    const names = hostileNames()
      .filter((n) => !n.filename.includes('\u0000'))
      .slice(0, 8)
    const documents = [
      { filename: 'oferta.pdf', base64: valid.pdf.toString('base64') },
      { filename: 'anexo.docx', base64: valid.docx.toString('base64') },
      ...names.map((n) => ({
        filename: n.asIs ? n.filename : `${n.filename}.pdf`,
        base64: valid.pdf.toString('base64'),
      })),
    ]
    const bid = await postGql(
      `mutation B($d: [BidDocumentInput!]) { submitBid(municipality: "${M}", tender: "SEC-UP-1", amount: 900, documents: $d) { bidId } }`,
      { d: documents },
      tokens.supplier,
    )
    expect(bid.body.errors).toBeUndefined()
    const before = filesOnDisk()
    const [tender] = await server.sql(`SELECT id FROM compra_tenders WHERE reference = 'SEC-UP-1'`)
    const past = (ms: number) => new Date(Date.now() - ms).toISOString()
    const set = `UPDATE compra_tenders SET enquiry_deadline = ${usingPostgres ? '$1' : '?'}, submission_deadline = ${usingPostgres ? '$2' : '?'}, opening_at = ${usingPostgres ? '$3' : '?'} WHERE id = ${usingPostgres ? '$4' : '?'}`
    await server.sql(set, [past(60_000), past(30_000), past(1_000), tender.id])
    for (let round = 0; round < 2; round += 1) {
      const queued = await api(server)
        .post('/api/payload-jobs')
        .set(auth(tokens.platform))
        .send({ taskSlug: 'municompra-open', input: {}, queue: 'default' })
      expect(queued.status).toBe(201)
      expect(
        (await api(server).get('/api/payload-jobs/run').query({ queue: 'default' }).set(auth(tokens.platform))).status,
      ).toBe(200)
    }
    expect((await api(server).get(`/api/compra-tenders/${tender.id}`)).body.status).toBe('opened')
    const rows = await server.sql('SELECT filename FROM compra_bid_documents')
    expect(rows).toHaveLength(documents.length)
    const added = filesOnDisk().filter((f) => !before.includes(f))
    expect(added.sort()).toEqual(rows.map((r) => path.join('bid-documents', String(r.filename))).sort())
    for (const file of added) {
      const name = path.basename(file)
      expect(path.dirname(file)).toBe('bid-documents')
      // eslint-disable-next-line no-control-regex -- control characters are what is checked
      expect(name).toMatch(/^[^.\\/\u0000-\u001f][^\\/\u0000-\u001f]*\.(pdf|docx)$/)
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255)
    }
  })
})
