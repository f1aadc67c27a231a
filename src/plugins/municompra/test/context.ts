/** The shared state and helpers of municompra.test.ts: the servers, the accounts, the OCDS schemas, the calls. */
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

export let server: TestServer
export let smtp: Awaited<ReturnType<typeof startSmtp>>
export let villa: number | string
export let nova: number | string
export const tokens: Record<string, string> = {}
export const people: Record<string, { id: number | string; token: string; email: string }> = {}
export const ids: Record<string, number | string> = {}
export const receipts: Record<string, { bidId: string; sha256: string; submittedAt: string; version: number }> = {}

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
export const valid = (name: keyof typeof validate, body: unknown) => {
  if (!validate[name](body)) throw new Error(`${name}: ${ajv.errorsText(validate[name].errors)}`)
}
/** The values of each codelist the standard publishes (first column of its CSV). */
export const codelist = (name: string) => {
  const [header, ...rows] = fs
    .readFileSync(path.join(STANDARD, 'codelists', name), 'utf8')
    .trim()
    .split('\n')
  const column = header.split(',').indexOf('Code')
  return new Set(rows.map((line) => line.split(',')[column].replace(/"/g, '')))
}

export const PDF = simplePdf(['Oferta técnica', 'Constructora de prueba'])
export const BIDS = `query { myBids(municipality: "villa-esperanza") { bidId tender status version sha256 opened amount } }`
export const SUBMIT = `mutation Bid($t: String!, $a: Float!, $docs: [BidDocumentInput!]) {
  submitBid(municipality: "villa-esperanza", tender: $t, amount: $a, documents: $docs) {
    bidId tender status version submittedAt sha256 opened amount
  }
}`
export const REGISTER = `mutation Reg($name: String!, $tax: String!, $cats: [String!]!) {
  registerSupplier(municipality: "villa-esperanza", legalName: $name, country: "UY", taxId: $tax, categories: $cats) {
    id legalName taxId status
  }
}`
export const ASK = `mutation Ask($m: String!, $t: String!, $q: String!) {
  askClarification(municipality: $m, tender: $t, question: $q) { id tender question }
}`

/** Ids as the database has them (numbers on SQLite and PostgreSQL): receipts carry them as text. */
export const asId = (v: string) => (/^\d+$/.test(v) ? Number(v) : v)

export const mailsTo = (to: string) => smtp.mailsTo(to)
export const waitForMail: typeof smtp.waitForMail = (to, match) => smtp.waitForMail(to, match)

export const sql = (sqlite: string, postgres: string, params: unknown[] = []) =>
  server.sql(usingPostgres ? postgres : sqlite, params)
export const setDates = async (id: number | string, dates: Record<string, Date>) => {
  for (const [column, value] of Object.entries(dates))
    await sql(
      `UPDATE compra_tenders SET ${column} = ? WHERE id = ?`,
      `UPDATE compra_tenders SET ${column} = $1 WHERE id = $2`,
      [value.toISOString(), id],
    )
}

export const runJobs = async (task: string) => {
  const queued = await api(server)
    .post('/api/payload-jobs')
    .set(auth(tokens.platform))
    .send({ taskSlug: task, input: {}, queue: 'default' })
  expect(queued.status).toBe(201)
  const run = await api(server).get('/api/payload-jobs/run').query({ queue: 'default' }).set(auth(tokens.platform))
  expect(run.status).toBe(200)
}

export const tender = async (id: number | string, token?: string) =>
  (await api(server).get(`/api/compra-tenders/${id}`).query({ depth: 0 }).set(auth(token))).body

/** Reads through the Local API with overrideAccess: false, as each actor, in a separate process on the server's database. */
export const localApi = (
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

export const me = async (token: string, collection = 'users') =>
  (await api(server).get(`/api/${collection}/me`).set(auth(token))).body.user

export const setUp = async () => {
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
}

export const tearDown = async () => {
  await server?.stop()
  await smtp?.stop()
}
