/** The shared state and helpers of muniservi.test.ts: the servers, tokens, test form and request helpers. */
import fs from 'node:fs'
import path from 'node:path'

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
} from '@e-muni/sdk/testing'
import { simplePdf } from '@e-muni/sdk'

export let server: TestServer
let smtp: Awaited<ReturnType<typeof startSmtp>>
export let villa: number | string
export let nova: number | string
export const tokens: Record<string, string> = {}
export const ids: Record<string, number | string> = {}

export const CITIZEN = 'vecina@villa-esperanza.demo'
export const PDF = simplePdf(['Plano de la obra', 'Villa Esperanza'])

const FORM = [
  { key: 'motivo', type: 'text', label: 'Motivo', required: true, max: 100 },
  { key: 'detalle', type: 'textarea', label: 'Detalle' },
  { key: 'cantidad', type: 'number', label: 'Cantidad', min: 1, max: 10 },
  { key: 'fecha', type: 'date', label: 'Fecha' },
  { key: 'contacto', type: 'email', label: 'Correo de contacto' },
  { key: 'telefono', type: 'phone', label: 'Teléfono' },
  {
    key: 'tipo',
    type: 'select',
    label: 'Tipo',
    required: true,
    options: [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ],
  },
  {
    key: 'extras',
    type: 'multiselect',
    label: 'Extras',
    options: [
      { value: 'x', label: 'X' },
      { value: 'y', label: 'Y' },
    ],
  },
  { key: 'acepto', type: 'checkbox', label: 'Acepto', required: true },
  { key: 'plano', type: 'file', label: 'Plano', max: 0.2 },
  { key: 'lugar', type: 'location', label: 'Lugar' },
]
export const VALID = {
  motivo: 'Ampliación de vereda',
  cantidad: 3,
  tipo: 'a',
  extras: ['x'],
  acepto: true,
  lugar: { lat: -34.9, lng: -56.16, address: 'Av. 18 de Julio 1020' },
}

export const SUBMIT = `mutation Submit($m: String!, $s: String!, $a: JSON, $n: String, $e: String, $l: String,
  $att: [ServiceRequestAttachmentInput!]) {
  submitServiceRequest(municipality: $m, service: $s, answers: $a, name: $n, email: $e, language: $l, attachments: $att) {
    trackingCode trackingToken status dueAt trackingUrl
  }
}`
export const TRACK = `query Track($m: String!, $c: String!, $t: String) {
  trackServiceRequest(municipality: $m, code: $c, token: $t) {
    trackingCode status statusLabel canRespond canRate rating service { code name }
    history { from to note } messages { from body }
  }
}`

type Submission = { service?: string; answers?: unknown; name?: string; email?: string; attachments?: unknown[] }
export const submit = (s: Submission, token?: string, municipality = 'villa-esperanza') =>
  gql(
    server,
    SUBMIT,
    {
      m: municipality,
      s: s.service ?? 'TST',
      a: s.answers ?? VALID,
      n: s.name,
      e: s.email,
      l: 'es',
      att: s.attachments,
    },
    token,
  )

export const patch = (id: number | string, data: Record<string, unknown>, token: string) =>
  api(server).patch(`/api/servi-requests/${id}`).set(auth(token)).set('Accept-Language', 'en').send(data)

export const byCode = async (code: string) => {
  const res = await api(server)
    .get('/api/servi-requests')
    .query({ where: { trackingCode: { equals: code }, tenant: { equals: villa } }, depth: 0 })
    .set(auth(tokens.platform))
  expect(res.body.docs).toHaveLength(1)
  return res.body.docs[0]
}

export const count = async (collection: string) =>
  (await api(server).get(`/api/${collection}`).query({ limit: 0 }).set(auth(tokens.platform))).body.totalDocs as number

export const filesOnDisk = (collection: string) => {
  const dir = path.join(server.mediaDir, collection)
  return fs.existsSync(dir) ? fs.readdirSync(dir).length : 0
}

export const mailsTo = (to: string) => smtp.mailsTo(to)
export const waitForMail: typeof smtp.waitForMail = (to, match) => smtp.waitForMail(to, match)

export const createService = async (
  tenant: number | string,
  code: string,
  token: string,
  extra: Record<string, unknown> = {},
) => {
  const res = await api(server)
    .post('/api/servi-services')
    .set(auth(token))
    .send({
      tenant,
      code,
      name: `Servicio ${code}`,
      summary: 'Servicio para las pruebas.',
      maxBusinessDays: 10,
      silence: 'none',
      audience: ['people'],
      active: true,
      form: FORM,
      ...extra,
    })
  expect(res.status).toBe(201)
  return res.body.doc
}

export const byCodeService = async (code: string) => {
  const res = await api(server)
    .get('/api/servi-services')
    .query({ where: { code: { equals: code }, tenant: { equals: villa } } })
    .set(auth(tokens.platform))
  return res.body.docs[0]
}

export const byIdAsAdmin = async (id: number | string) =>
  (await api(server).get(`/api/servi-requests/${id}`).set(auth(tokens.platform))).body

/** Starts the servers, logs the staff in and creates the test services: the entry file's beforeAll. */
export const setUp = async () => {
  smtp = await startSmtp()
  server = await startServer({
    // Many submissions from one address here: the submission rate limit is tested in ratelimit.test.ts.
    // Tracking limits low enough to reach here (issue 21): per capability 6, per client address 40, in 10 minutes.
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      EMAIL_FROM: 'avisos@e-muni.test',
      SUBMIT_RATE_LIMIT: '1000',
      TRACK_CAPABILITY_LIMIT: '6',
      TRACK_RATE_LIMIT: '40',
    },
  })
  villa = await municipalityId(server, 'villa-esperanza')
  nova = await municipalityId(server, 'nova-esperanca')
  tokens.platform = await login(server, account('platform-admin', null))
  tokens.villaAdmin = await login(server, account('municipal-admin', 'villa-esperanza'))
  tokens.novaAdmin = await login(server, account('municipal-admin', 'nova-esperanca'))
  tokens.villaEditor = await login(server, account('editor', 'villa-esperanza'))
  tokens.agent = await login(server, account('service-agent', 'villa-esperanza'))
  tokens.supervisor = await login(server, account('service-supervisor', 'villa-esperanza'))
  tokens.novaAgent = await login(server, account('service-agent', 'nova-esperanca'))
  tokens.citizen = await login(server, account('citizen', null))
  const other = await createPerson(server, tokens.platform, { email: 'otro.vecino@correo.test', name: 'Otro Vecino' })
  tokens.otherPerson = other.token
  ids.agent = (await api(server).get('/api/users/me').set(auth(tokens.agent))).body.user.id
  await createService(villa, 'TST', tokens.villaAdmin)
  await createService(villa, 'CON', tokens.villaAdmin, { form: [] })
  await createService(nova, 'TST', tokens.novaAdmin)
}

/** Stops the servers: the entry file's afterAll. */
export const tearDown = async () => {
  await server?.stop()
  await smtp?.stop()
}
