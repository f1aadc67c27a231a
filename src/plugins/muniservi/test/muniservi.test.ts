/**
 * MuniServi against the real server (production bundle, committed migrations) and a real SMTP server
 * on loopback: the life of a request from the portal to its rating, the server-side form checks,
 * who may read a request and its files, tracking codes under concurrent submissions, the module
 * switch, and the overdue job.
 */
import fs from 'node:fs'
import path from 'node:path'

import { inboxQueries, type InboxKey } from '../admin/inboxQueries'
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
import { simplePdf } from '@e-muni/sdk'

let server: TestServer
let smtp: Awaited<ReturnType<typeof startSmtp>>
let villa: number | string
let nova: number | string
const tokens: Record<string, string> = {}
const ids: Record<string, number | string> = {}

const CITIZEN = 'vecina@villa-esperanza.demo'
const PDF = simplePdf(['Plano de la obra', 'Villa Esperanza'])

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
const VALID = {
  motivo: 'Ampliación de vereda',
  cantidad: 3,
  tipo: 'a',
  extras: ['x'],
  acepto: true,
  lugar: { lat: -34.9, lng: -56.16, address: 'Av. 18 de Julio 1020' },
}

const SUBMIT = `mutation Submit($m: String!, $s: String!, $a: JSON, $n: String, $e: String, $l: String,
  $att: [ServiceRequestAttachmentInput!]) {
  submitServiceRequest(municipality: $m, service: $s, answers: $a, name: $n, email: $e, language: $l, attachments: $att) {
    trackingCode trackingToken status dueAt trackingUrl
  }
}`
const TRACK = `query Track($m: String!, $c: String!, $t: String) {
  trackServiceRequest(municipality: $m, code: $c, token: $t) {
    trackingCode status statusLabel canRespond canRate rating service { code name }
    history { from to note } messages { from body }
  }
}`

type Submission = { service?: string; answers?: unknown; name?: string; email?: string; attachments?: unknown[] }
const submit = (s: Submission, token?: string, municipality = 'villa-esperanza') =>
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

const patch = (id: number | string, data: Record<string, unknown>, token: string) =>
  api(server).patch(`/api/service-requests/${id}`).set(auth(token)).set('Accept-Language', 'en').send(data)

const byCode = async (code: string) => {
  const res = await api(server)
    .get('/api/service-requests')
    .query({ where: { trackingCode: { equals: code }, tenant: { equals: villa } }, depth: 0 })
    .set(auth(tokens.platform))
  expect(res.body.docs).toHaveLength(1)
  return res.body.docs[0]
}

const count = async (collection: string) =>
  (await api(server).get(`/api/${collection}`).query({ limit: 0 }).set(auth(tokens.platform))).body.totalDocs as number

const filesOnDisk = (collection: string) => {
  const dir = path.join(server.mediaDir, collection)
  return fs.existsSync(dir) ? fs.readdirSync(dir).length : 0
}

const mailsTo = (to: string) => smtp.mailsTo(to)
const waitForMail: typeof smtp.waitForMail = (to, match) => smtp.waitForMail(to, match)

const createService = async (
  tenant: number | string,
  code: string,
  token: string,
  extra: Record<string, unknown> = {},
) => {
  const res = await api(server)
    .post('/api/services')
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

beforeAll(async () => {
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
}, 300_000)
afterAll(async () => {
  await server?.stop()
  await smtp?.stop()
})

describe('the demo', () => {
  it('has about ten services per demo municipality, in its language, and requests in several states', async () => {
    for (const [tenant, locale, sample] of [
      [villa, 'es', 'Constancia de residencia'],
      [nova, 'pt', 'Atestado de residência'],
    ] as const) {
      const services = await api(server)
        .get('/api/services')
        .query({ where: { tenant: { equals: tenant } }, limit: 100, locale })
      expect(services.body.totalDocs).toBeGreaterThanOrEqual(10)
      expect(services.body.docs.map((d: { name: string }) => d.name)).toContain(sample)
      expect(services.body.docs.filter((d: { open311: boolean }) => d.open311).length).toBeGreaterThanOrEqual(4)
      const requests = await api(server)
        .get('/api/service-requests')
        .query({ where: { tenant: { equals: tenant } }, limit: 100 })
        .set(auth(tokens.platform))
      const states = new Set(requests.body.docs.map((d: { status: string }) => d.status))
      for (const state of [
        'submitted',
        'in-review',
        'needs-information',
        'approved',
        'rejected',
        'closed',
        'cancelled',
      ])
        expect(states).toContain(state)
    }
    const english = await api(server)
      .get('/api/services')
      .query({ where: { tenant: { equals: villa }, code: { equals: 'BAC' } }, locale: 'en' })
    expect(english.body.docs[0].name).toBe('Pothole report')
  })
})

describe('the life of a service request', () => {
  let code: string
  let id: number | string

  it('takes a submission from a logged-in person and emails the tracking code', async () => {
    const res = await submit(
      { attachments: [{ field: 'plano', filename: 'plano.pdf', base64: PDF.toString('base64') }] },
      tokens.citizen,
    )
    expect(res.errors).toBeUndefined()
    const receipt = res.data!.submitServiceRequest
    code = receipt.trackingCode
    expect(code).toMatch(new RegExp(`^TST-${new Date().getUTCFullYear()}-\\d{6}$`))
    expect(receipt.status).toBe('submitted')
    expect(new Date(receipt.dueAt).getTime()).toBeGreaterThan(Date.now() + 10 * 86_400_000)
    const mail = await waitForMail(CITIZEN, (m) => m.subject.includes(code))
    expect(mail.subject).toBe(`Recibimos su solicitud ${code}`)
    expect(mail.text).toContain(code)
    expect(mail.text).toContain(receipt.trackingUrl)
    // The portal's tracking page, in the requester's language, with the tracking key (issue 21).
    expect(receipt.trackingUrl).toMatch(
      new RegExp(`/m/villa-esperanza/es/services/track\\?code=${code}&token=${receipt.trackingToken}$`),
    )
    const doc = await byCode(code)
    id = doc.id
    expect(doc.requesterEmail).toBe(CITIZEN)
    expect(doc.attachments).toHaveLength(1)
    expect(doc.answers.plano[0].name).toBe('plano.pdf')
    expect(doc.location).toMatchObject({ lat: -34.9, lng: -56.16 })
  })

  it('goes through every state; illegal moves are refused with the allowed ones named', async () => {
    const skip = await patch(id, { status: 'approved' }, tokens.agent)
    expect(skip.status).toBe(400)
    expect(skip.body.errors[0].message).toContain('In review')
    const byPerson = await api(server)
      .patch(`/api/service-requests/${id}`)
      .set(auth(tokens.citizen))
      .send({ status: 'in-review' })
    expect(byPerson.status).toBe(403)

    const review = await patch(id, { status: 'in-review', assignee: ids.agent }, tokens.agent)
    expect(review.status).toBe(200)
    expect(review.body.doc.status).toBe('in-review')
    await waitForMail(CITIZEN, (m) => m.subject === `Su solicitud ${code}: En revisión`)

    const noQuestion = await patch(id, { status: 'needs-information' }, tokens.agent)
    expect(noQuestion.status).toBe(400)
    const question = 'Adjunte el plano firmado por un arquitecto.'
    const ask = await patch(id, { status: 'needs-information', transitionComment: question }, tokens.agent)
    expect(ask.status).toBe(200)
    const asked = await waitForMail(
      CITIZEN,
      (m) => m.subject.startsWith('Necesitamos información') && m.text.includes(code),
    )
    expect(asked.text).toContain(question)
  })

  it('lets the requester answer a question, and only then', async () => {
    const RESPOND = `mutation($m: String!, $c: String!, $msg: String!) {
      respondToServiceRequest(municipality: $m, code: $c, message: $msg) { status canRespond messages { from body } }
    }`
    const stranger = await gql(server, RESPOND, { m: 'villa-esperanza', c: code, msg: 'Hola' }, tokens.otherPerson)
    expect(stranger.errors?.[0].extensions?.statusCode).toBe(404)
    const res = await gql(
      server,
      RESPOND,
      { m: 'villa-esperanza', c: code, msg: 'El plano va por correo.' },
      tokens.citizen,
    )
    expect(res.errors).toBeUndefined()
    expect(res.data!.respondToServiceRequest).toMatchObject({
      status: 'in-review',
      canRespond: false,
      messages: [{ from: 'requester', body: 'El plano va por correo.' }],
    })
    const again = await gql(server, RESPOND, { m: 'villa-esperanza', c: code, msg: 'Otra vez' }, tokens.citizen)
    expect(again.errors?.[0].extensions?.statusCode).toBe(409)
  })

  it('is decided, closed and rated once', async () => {
    expect((await patch(id, { status: 'approved' }, tokens.agent)).status).toBe(200)
    expect((await patch(id, { status: 'closed' }, tokens.agent)).status).toBe(200)
    const closed = await waitForMail(CITIZEN, (m) => m.subject.includes(`${code} está cerrada`))
    expect(closed.text).toMatch(/Calificar: http/)

    const RATE = `mutation($m: String!, $c: String!, $s: Int!) {
      rateServiceRequest(municipality: $m, code: $c, score: $s, comment: "Muy bien") { rating canRate }
    }`
    // The requester's address alone is no capability (issue 21).
    const byEmail = await gql(
      server,
      `mutation($m: String!, $c: String!, $e: String) { rateServiceRequest(municipality: $m, code: $c, email: $e, score: 5) { rating } }`,
      { m: 'villa-esperanza', c: code, e: CITIZEN },
    )
    expect(byEmail.errors?.length).toBeGreaterThan(0)
    expect(byEmail.data?.rateServiceRequest ?? null).toBeNull()
    const bad = await gql(server, RATE, { m: 'villa-esperanza', c: code, s: 9 }, tokens.citizen)
    expect(bad.errors?.[0].extensions?.statusCode).toBe(400)
    const first = await gql(server, RATE, { m: 'villa-esperanza', c: code, s: 5 }, tokens.citizen)
    expect(first.errors).toBeUndefined()
    expect(first.data!.rateServiceRequest).toEqual({ rating: 5, canRate: false })
    const second = await gql(server, RATE, { m: 'villa-esperanza', c: code, s: 1 }, tokens.citizen)
    expect(second.errors?.[0].extensions?.statusCode).toBe(409)
    expect((await byCode(code)).rating.score).toBe(5)

    const history = (await byCode(code)).history.map((h: { from: string; to: string }) => `${h.from}>${h.to}`)
    expect(history).toEqual([
      'submitted>in-review',
      'in-review>needs-information',
      'needs-information>in-review',
      'in-review>approved',
      'approved>closed',
    ])
    const afterClose = await patch(id, { status: 'in-review' }, tokens.agent)
    expect(afterClose.status).toBe(400)
  })

  // Issue 21, finding 2: the anonymous capability is a secret only the requester holds, not their email.
  it('lets an anonymous requester track, answer and rate with the secret token of the receipt only, without personal data or internal notes', async () => {
    const anon = await submit({ name: 'Juan Pérez', email: 'juan.perez@correo.test' })
    expect(anon.errors).toBeUndefined()
    const receipt = anon.data!.submitServiceRequest
    const anonCode = receipt.trackingCode
    // The token: unguessable (at least 128 bits), in the receipt's link and in the acknowledgement.
    expect(receipt.trackingToken).toMatch(/^[A-Za-z0-9_-]{22,}$/)
    expect(receipt.trackingUrl).toContain(`token=${receipt.trackingToken}`)
    const ack = await waitForMail('juan.perez@correo.test', (m) => m.text.includes(anonCode))
    expect(ack.text).toContain(receipt.trackingToken)
    const doc = await byCode(anonCode)
    expect(JSON.stringify(doc)).not.toContain(receipt.trackingToken)
    expect((await patch(doc.id, { status: 'in-review' }, tokens.agent)).status).toBe(200)
    const note = await patch(doc.id, { internalNotes: [{ body: 'NOTA-INTERNA-SECRETA' }] }, tokens.agent)
    expect(note.status).toBe(200)
    const ask = await patch(doc.id, { status: 'needs-information', transitionComment: 'Falta la firma.' }, tokens.agent)
    expect(ask.status).toBe(200)
    const asked = await waitForMail('juan.perez@correo.test', (m) => m.text.includes('Falta la firma.'))
    expect(asked.text).not.toContain('NOTA-INTERNA-SECRETA')
    // Every email about the request carries the link with the token.
    expect(asked.text).toContain(`token=${receipt.trackingToken}`)

    // The email (the old capability), no token, another request's token, a wrong token: 404 alike.
    const other = (await submit({ name: 'Otra', email: 'otra@correo.test' })).data!.submitServiceRequest
    for (const t of [undefined, '', other.trackingToken, receipt.trackingToken.slice(0, -1) + 'A', 'x'.repeat(5000)]) {
      const res = await gql(server, TRACK, { m: 'villa-esperanza', c: anonCode, t })
      expect({ t: String(t).slice(0, 20), status: res.errors?.[0].extensions?.statusCode }).toEqual({
        t: String(t).slice(0, 20),
        status: 404,
      })
    }
    const byEmail = await api(server)
      .post('/api/graphql')
      .send({
        query: `query($m: String!, $c: String!, $e: String) { trackServiceRequest(municipality: $m, code: $c, email: $e) { status } }`,
        variables: { m: 'villa-esperanza', c: anonCode, e: 'juan.perez@correo.test' },
      })
    expect(byEmail.status).toBeGreaterThanOrEqual(400)
    expect(byEmail.status).toBeLessThan(500)
    expect(byEmail.body.data?.trackServiceRequest ?? null).toBeNull()

    const res = await api(server)
      .post('/api/graphql')
      .send({ query: TRACK, variables: { m: 'villa-esperanza', c: anonCode, t: receipt.trackingToken } })
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.trackServiceRequest).toMatchObject({
      trackingCode: anonCode,
      status: 'needs-information',
      service: { code: 'TST', name: 'Servicio TST' },
      history: [
        { from: 'submitted', to: 'in-review', note: null },
        { from: 'in-review', to: 'needs-information', note: 'Falta la firma.' },
      ],
    })
    const text = JSON.stringify(res.body)
    for (const secret of ['Juan', 'juan.perez', 'NOTA-INTERNA-SECRETA', 'agente@']) expect(text).not.toContain(secret)

    // Answering: the token is needed (the email is not enough), and then it works.
    const RESPOND = `mutation($m: String!, $c: String!, $t: String, $msg: String!) {
      respondToServiceRequest(municipality: $m, code: $c, token: $t, message: $msg) { status }
    }`
    const forged = await gql(server, RESPOND, { m: 'villa-esperanza', c: anonCode, t: other.trackingToken, msg: 'x' })
    expect(forged.errors?.[0].extensions?.statusCode).toBe(404)
    const answered = await gql(server, RESPOND, {
      m: 'villa-esperanza',
      c: anonCode,
      t: receipt.trackingToken,
      msg: 'Va firmada.',
    })
    expect(answered.errors).toBeUndefined()
    expect(answered.data!.respondToServiceRequest.status).toBe('in-review')
    expect((await byCode(anonCode)).status).toBe('in-review')

    // Rating likewise needs the token (a forged rating is refused before any state check).
    const RATE = `mutation($m: String!, $c: String!, $t: String) {
      rateServiceRequest(municipality: $m, code: $c, token: $t, score: 1) { rating }
    }`
    const forgedRating = await gql(server, RATE, { m: 'villa-esperanza', c: anonCode, t: other.trackingToken })
    expect(forgedRating.errors?.[0].extensions?.statusCode).toBe(404)
    const notYet = await gql(server, RATE, { m: 'villa-esperanza', c: anonCode, t: receipt.trackingToken })
    expect(notYet.errors?.[0].extensions?.statusCode).toBe(409)
    expect((await patch(doc.id, { status: 'approved' }, tokens.agent)).status).toBe(200)
    expect((await patch(doc.id, { status: 'closed' }, tokens.agent)).status).toBe(200)
    const rated = await gql(server, RATE, { m: 'villa-esperanza', c: anonCode, t: receipt.trackingToken })
    expect(rated.errors).toBeUndefined()
    expect(rated.data!.rateServiceRequest.rating).toBe(1)

    // Rate limits: per capability (6 uses here), then per client address (40 attempts here).
    const uses: (number | undefined)[] = []
    for (let i = 0; i < 4; i++) {
      const r = await gql(server, TRACK, { m: 'villa-esperanza', c: anonCode, t: receipt.trackingToken })
      uses.push(r.errors?.[0].extensions?.statusCode ?? 200)
    }
    expect(uses.slice(0, 1)).toEqual([200])
    expect(uses).toContain(429)
    const limited = await gql(server, TRACK, { m: 'villa-esperanza', c: anonCode, t: receipt.trackingToken })
    expect(limited.errors?.[0].message).toMatch(/Demasiadas consultas|Too many/)
    // Another request's capability is still usable (the client address's limit is tested last in this file).
    expect(
      (await gql(server, TRACK, { m: 'villa-esperanza', c: other.trackingCode, t: other.trackingToken })).errors,
    ).toBeUndefined()
  })

  it('lets a logged-in person list their own requests only', async () => {
    const MINE = `query($m: String!) { myServiceRequests(municipality: $m) { trackingCode } }`
    const mine = await gql(server, MINE, { m: 'villa-esperanza' }, tokens.citizen)
    expect(mine.data!.myServiceRequests.map((r: { trackingCode: string }) => r.trackingCode)).toContain(code)
    const theirs = await gql(server, MINE, { m: 'villa-esperanza' }, tokens.otherPerson)
    expect(theirs.data!.myServiceRequests).toEqual([])
    const anonymous = await gql(server, MINE, { m: 'villa-esperanza' })
    expect(anonymous.errors?.[0].extensions?.statusCode).toBe(401)
  })

  it('describes each service as schema.org GovernmentService JSON-LD', async () => {
    const service = await byCodeService('TST')
    const res = await api(server).get(`/api/services/${service.id}`)
    expect(res.status).toBe(200)
    expect(res.body.jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      identifier: 'TST',
      name: 'Servicio TST',
      provider: { '@type': 'GovernmentOrganization', name: 'Villa Esperanza' },
      areaServed: { '@type': 'AdministrativeArea', name: 'Villa Esperanza' },
    })
    const online = res.body.jsonLd.availableChannel.find((c: { name: string }) => c.name === 'online')
    expect(online.serviceUrl).toMatch(/\/m\/villa-esperanza\/(es|pt|en|fr)\/services\/tst$/)
  })

  it('publishes per-service statistics', async () => {
    const res = await gql(
      server,
      `query { serviceStatistics(municipality: "villa-esperanza", service: "TST") {
        code requestsLast12Months resolvedLast12Months medianResolutionDays } }`,
    )
    expect(res.errors).toBeUndefined()
    const [stat] = res.data!.serviceStatistics
    expect(stat.code).toBe('TST')
    expect(stat.requestsLast12Months).toBeGreaterThanOrEqual(2)
    expect(stat.resolvedLast12Months).toBeGreaterThanOrEqual(2)
    expect(stat.medianResolutionDays).toBeGreaterThanOrEqual(0)
    expect(stat.medianResolutionDays).toBeLessThan(1)
  })
})

describe('answers are checked on the server', () => {
  it('names every wrong field with a 400 and stores nothing', async () => {
    const before = { requests: await count('service-requests'), files: await count('service-attachments') }
    const onDisk = filesOnDisk('service-attachments')
    const html = Buffer.from('<html><body><script>alert(1)</script></body></html>')
    const big = Buffer.concat([PDF, Buffer.alloc(300_000, 32)])
    const res = await submit({
      name: 'Ana',
      email: 'no-es-un-correo',
      answers: {
        cantidad: 'tres',
        fecha: '2026-02-30',
        contacto: 'x@',
        telefono: 'llámame',
        tipo: 'z',
        extras: ['x', 'w'],
        acepto: 'quizás',
        lugar: { lat: 200, lng: 0 },
        inventado: 'sí',
      },
      attachments: [
        { field: 'plano', filename: 'pagina.html', base64: html.toString('base64') },
        { field: 'plano', filename: 'enorme.pdf', base64: big.toString('base64') },
        { field: 'motivo', filename: 'otro.pdf', base64: PDF.toString('base64') },
      ],
    })
    const error = res.errors?.[0]
    expect(error?.extensions?.statusCode).toBe(400)
    const paths = (error?.extensions?.data as { errors: { path: string; message: string }[] }).errors.map((e) => e.path)
    expect(paths.sort()).toEqual(
      [
        'email',
        'answers.inventado',
        'answers.motivo',
        'answers.motivo',
        'answers.cantidad',
        'answers.fecha',
        'answers.contacto',
        'answers.telefono',
        'answers.tipo',
        'answers.extras',
        'answers.acepto',
        'answers.plano',
        'answers.plano',
        'answers.lugar',
      ].sort(),
    )
    const messages = (error?.extensions?.data as { errors: { path: string; message: string }[] }).errors
    expect(messages.find((e) => e.path === 'answers.tipo')?.message).toContain('«z» no es una opción')
    expect(
      messages
        .filter((e) => e.path === 'answers.plano')
        .map((e) => e.message)
        .join(' '),
    ).toMatch(/text\/html|\?/)
    expect(
      messages
        .filter((e) => e.path === 'answers.plano')
        .map((e) => e.message)
        .join(' '),
    ).toContain('enorme.pdf')
    expect(await count('service-requests')).toBe(before.requests)
    expect(await count('service-attachments')).toBe(before.files)
    expect(filesOnDisk('service-attachments')).toBe(onDisk)
  })

  it('refuses a missing required answer, an unknown service and a bad requester in English when asked', async () => {
    const res = await api(server)
      .post('/api/graphql')
      .set('Accept-Language', 'en')
      .send({ query: SUBMIT, variables: { m: 'villa-esperanza', s: 'TST', a: { tipo: 'a' }, n: 'Ana' } })
    const fields = res.body.errors[0].extensions.data.errors
    expect(fields).toEqual(
      expect.arrayContaining([
        { path: 'answers.motivo', message: 'This field is required.' },
        { path: 'answers.acepto', message: 'This field is required.' },
        { path: 'email', message: 'Give your name and email, or log in.' },
      ]),
    )
    const unknown = await submit({ service: 'NOPE', name: 'Ana', email: 'ana@correo.test' })
    expect(unknown.errors?.[0].extensions?.statusCode).toBe(404)
    const staffCreate = await api(server)
      .post('/api/service-requests')
      .set(auth(tokens.agent))
      .send({
        tenant: villa,
        service: (await byCodeService('TST')).id,
        answers: { tipo: 'q' },
        requesterName: 'Ana',
        requesterEmail: 'ana@correo.test',
      })
    expect(staffCreate.status).toBe(400)
    expect(JSON.stringify(staffCreate.body)).toContain('answers.motivo')
  })
})

describe('REST submission (multipart)', () => {
  const url = '/api/m/villa-esperanza/muniservi/requests'
  const data = (extra: Record<string, unknown> = {}) =>
    JSON.stringify({ service: 'TST', answers: VALID, name: 'Lía', email: 'lia@correo.test', language: 'pt', ...extra })

  it('takes files as multipart parts and answers 201 with the receipt, emailing in the requester language', async () => {
    const res = await api(server)
      .post(url)
      .field('data', data())
      .attach('answers.plano', PDF, { filename: 'plano.pdf', contentType: 'application/pdf' })
    expect(res.status).toBe(201)
    expect(res.body.trackingCode).toMatch(/^TST-\d{4}-\d{6}$/)
    const doc = await byCode(res.body.trackingCode)
    expect(doc.attachments).toHaveLength(1)
    const mail = await waitForMail('lia@correo.test', (m) => m.subject.includes(res.body.trackingCode))
    expect(mail.subject).toBe(`Recebemos sua solicitação ${res.body.trackingCode}`)
  })

  it('answers 400 naming the fields for a disguised or oversize file, and stores nothing', async () => {
    const before = { requests: await count('service-requests'), files: await count('service-attachments') }
    const onDisk = filesOnDisk('service-attachments')
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const res = await api(server)
      .post(url)
      .set('Accept-Language', 'en')
      .field('data', data())
      .attach('answers.plano', svg, { filename: 'plano.pdf', contentType: 'application/pdf' })
      .attach('answers.plano', Buffer.concat([PDF, Buffer.alloc(300_000, 32)]), { filename: 'big.pdf' })
    expect(res.status).toBe(400)
    const messages = res.body.errors[0].data.errors as { path: string; message: string }[]
    expect(messages.map((m) => m.path)).toEqual(['answers.plano', 'answers.plano'])
    expect(messages[1].message).toBe('The file "big.pdf" is 0.3 MB; the limit is 0.2 MB.')
    expect(await count('service-requests')).toBe(before.requests)
    expect(await count('service-attachments')).toBe(before.files)
    expect(filesOnDisk('service-attachments')).toBe(onDisk)
  })

  it('answers 400 to a body it cannot read and 404 to an unknown service or municipality', async () => {
    const broken = await api(server).post(url).set('Content-Type', 'application/json').send('{"service": ')
    expect(broken.status).toBe(400)
    expect(broken.body.errors[0].message).toMatch(/no se pudo leer/)
    const unknown = await api(server).post(url).send({ service: 'NOPE', name: 'A', email: 'a@correo.test' })
    expect(unknown.status).toBe(404)
    const nowhere = await api(server).post('/api/m/atlantida/muniservi/requests').send({ service: 'TST' })
    expect(nowhere.status).toBe(404)
  })
})

const byCodeService = async (code: string) => {
  const res = await api(server)
    .get('/api/services')
    .query({ where: { code: { equals: code }, tenant: { equals: villa } } })
    .set(auth(tokens.platform))
  return res.body.docs[0]
}

describe('privacy of requests, attachments and internal notes', () => {
  let id: number | string
  let fileUrl: string
  let attachmentId: number | string

  beforeAll(async () => {
    const res = await submit(
      { attachments: [{ field: 'plano', filename: 'privado.pdf', base64: PDF.toString('base64') }] },
      tokens.citizen,
    )
    const doc = await byCode(res.data!.submitServiceRequest.trackingCode)
    id = doc.id
    attachmentId = doc.attachments[0]
    const att = await api(server).get(`/api/service-attachments/${attachmentId}`).set(auth(tokens.platform))
    fileUrl = new URL(att.body.url, server.url).pathname
    expect(fileUrl).toMatch(/\/api\/service-attachments\/file\//)
    expect(
      (await patch(id, { internalNotes: [{ body: 'Vecina conflictiva (nota interna)' }] }, tokens.agent)).status,
    ).toBe(200)
  })

  it('shows the request, its file and no internal notes to its requester', async () => {
    const own = await api(server).get(`/api/service-requests/${id}`).set(auth(tokens.citizen))
    expect(own.status).toBe(200)
    expect(own.body.internalNotes ?? []).toEqual([])
    expect(JSON.stringify(own.body)).not.toContain('nota interna')
    const file = await api(server).get(fileUrl).set(auth(tokens.citizen)).buffer(true)
    expect(file.status).toBe(200)
    expect(Buffer.compare(Buffer.from(file.body), PDF)).toBe(0)
    const viaGraphql = await gql(
      server,
      `query($id: Int!) { ServiceRequest(id: $id) { trackingCode internalNotes { body } } }`,
      { id: Number(id) },
      tokens.citizen,
    )
    expect(viaGraphql.data?.ServiceRequest?.trackingCode).toBeTruthy()
    expect(JSON.stringify(viaGraphql)).not.toContain('nota interna')
  })

  it('shows them to the service staff of that municipality', async () => {
    const staff = await api(server).get(`/api/service-requests/${id}`).set(auth(tokens.agent))
    expect(staff.status).toBe(200)
    expect(staff.body.internalNotes[0].body).toBe('Vecina conflictiva (nota interna)')
    expect(staff.body.internalNotes[0].author).toBe(account('service-agent', 'villa-esperanza').email)
    expect((await api(server).get(fileUrl).set(auth(tokens.agent))).status).toBe(200)
  })

  it.each([
    ['another person', 'otherPerson'],
    ['an anonymous caller', ''],
    ['an editor without a services role', 'villaEditor'],
    ['service staff of another municipality', 'novaAgent'],
  ])('hides the request, its attachment and file from %s', async (_who, key) => {
    const token = key ? tokens[key] : undefined
    const one = await api(server).get(`/api/service-requests/${id}`).set(auth(token))
    expect([401, 403, 404]).toContain(one.status)
    const list = await api(server).get('/api/service-requests').query({ limit: 100 }).set(auth(token))
    expect(list.status === 200 ? list.body.docs.map((d: { id: unknown }) => d.id) : []).not.toContain(id)
    const att = await api(server).get(`/api/service-attachments/${attachmentId}`).set(auth(token))
    expect([401, 403, 404]).toContain(att.status)
    const file = await api(server).get(fileUrl).set(auth(token))
    expect([401, 403, 404]).toContain(file.status)
    const viaGraphql = await gql(
      server,
      `query($id: Int!) { ServiceRequest(id: $id) { trackingCode requesterEmail internalNotes { body } } }`,
      { id: Number(id) },
      token,
    )
    expect(viaGraphql.data?.ServiceRequest ?? null).toBeNull()
    const listGraphql = await gql(
      server,
      `{ ServiceRequests(limit: 100) { docs { id } } ServiceAttachments { docs { id } } }`,
      {},
      token,
    )
    expect(JSON.stringify(listGraphql.data ?? {})).not.toContain(`"id":${JSON.stringify(id)}`)
    expect(JSON.stringify(viaGraphql)).not.toContain('nota interna')
    const track = await gql(server, TRACK, { m: 'villa-esperanza', c: (await byIdAsAdmin(id)).trackingCode }, token)
    expect(track.errors?.[0].extensions?.statusCode).toBe(404)
  })

  it('takes null for a group as "clear it", not as a server error', async () => {
    const cleared = await patch(id, { location: null }, tokens.agent)
    expect(cleared.status).toBe(200)
    expect(cleared.body.doc.location).toEqual({ lat: null, lng: null, address: null })
    const core = await api(server)
      .patch(`/api/municipalities/${nova}`)
      .set(auth(tokens.novaAdmin))
      .send({ contact: null })
    expect(core.status).toBe(200)
    expect(core.body.doc.contact.email ?? null).toBeNull()
  })

  it('keeps staff out of system fields and other municipalities', async () => {
    const forged = await patch(id, { trackingCode: 'TST-1999-000001' }, tokens.agent)
    expect(forged.status).toBe(400)
    expect(forged.body.errors[0].message).toContain('trackingCode')
    const elsewhere = await api(server)
      .patch(`/api/service-requests/${id}`)
      .set(auth(tokens.novaAgent))
      .send({ status: 'in-review' })
    expect([403, 404]).toContain(elsewhere.status)
    const assignOutsider = await patch(
      id,
      { assignee: (await api(server).get('/api/users/me').set(auth(tokens.villaEditor))).body.user.id },
      tokens.agent,
    )
    expect(assignOutsider.status).toBe(400)
  })

  it('keeps the conversation and the notes as written: staff add, never rewrite, never speak as the requester', async () => {
    const code = (await submit({ name: 'Rita', email: 'rita@correo.test' })).data!.submitServiceRequest.trackingCode
    const rid = (await byCode(code)).id
    const agentEmail = (await api(server).get('/api/users/me').set(auth(tokens.agent))).body.user.email
    // A new message is the municipality's, dated now, whatever the caller says; a note carries its author.
    const first = await patch(
      rid,
      {
        messages: [{ from: 'requester', body: 'Escrito por el vecino (falso)', at: '2020-01-01T00:00:00.000Z' }],
        internalNotes: [{ body: 'Primera nota', author: 'otra@muni.test' }],
      },
      tokens.agent,
    )
    expect(first.status).toBe(200)
    const written = first.body.doc
    expect(written.messages).toMatchObject([{ from: 'staff', body: 'Escrito por el vecino (falso)' }])
    expect(Date.now() - new Date(written.messages[0].at).getTime()).toBeLessThan(60_000)
    expect(written.internalNotes).toMatchObject([{ body: 'Primera nota', author: agentEmail }])
    // Rewriting or deleting what is there: refused, saying so, and nothing is written.
    const rewritten = await patch(rid, { messages: [{ ...written.messages[0], body: 'Otro texto' }] }, tokens.agent)
    expect(rewritten.status).toBe(400)
    expect(rewritten.body.errors[0].message).toMatch(/already saved are not changed or deleted/)
    expect((await patch(rid, { internalNotes: [] }, tokens.agent)).status).toBe(400)
    expect((await patch(rid, { messages: [{ from: 'requester', body: 'x' }] }, tokens.agent)).status).toBe(400)
    // The list sent back as read (ids, or in order without them) with a new row: the new row is added.
    const more = await patch(
      rid,
      {
        messages: [...written.messages, { body: 'Segundo mensaje' }],
        internalNotes: [{ body: 'Primera nota' }, { body: 'Segunda nota' }],
      },
      tokens.agent,
    )
    expect({ status: more.status, body: more.status === 200 ? null : more.body }).toEqual({ status: 200, body: null })
    const after = (await api(server).get(`/api/service-requests/${rid}`).query({ depth: 0 }).set(auth(tokens.agent)))
      .body
    expect(after.messages.map((m: { from: string; body: string }) => `${m.from}:${m.body}`)).toEqual([
      'staff:Escrito por el vecino (falso)',
      'staff:Segundo mensaje',
    ])
    expect(after.messages[0]).toEqual(written.messages[0])
    expect(after.internalNotes.map((n: { body: string; author: string }) => `${n.author}:${n.body}`)).toEqual([
      `${agentEmail}:Primera nota`,
      `${agentEmail}:Segunda nota`,
    ])
  })
})

describe("saves from the admin's edit view", () => {
  let id: number | string
  let doc: Record<string, any>
  beforeAll(async () => {
    const code = (await submit({ name: 'Eva', email: 'eva@correo.test' })).data!.submitServiceRequest.trackingCode
    id = (await byCode(code)).id
    expect((await patch(id, { status: 'in-review' }, tokens.agent)).status).toBe(200)
    doc = (await api(server).get(`/api/service-requests/${id}`).query({ depth: 0 }).set(auth(tokens.agent))).body
  })
  /** As Payload's admin form sends it: multipart `_payload`, from a page on the server's own origin. */
  const adminSave = (data: Record<string, unknown>, origin: string | null = server.url) => {
    const req = api(server)
      .patch(`/api/service-requests/${id}`)
      .query({ depth: 0 })
      .set(auth(tokens.agent))
      .set('Accept-Language', 'en')
    if (origin) req.set('Origin', origin)
    return req.field('_payload', JSON.stringify(data))
  }

  it('ignores what the form echoes of read-only fields, reads 0 as an empty list, and saves the edits', async () => {
    const echo = {
      ...doc,
      // A stale or reshaped copy of what the workflow and MuniServi write: not edits.
      history: [{ ...doc.history[0], at: 'diciembre 5º 2026, 10:57 PM', comment: '' }],
      trackingCode: doc.trackingCode,
      answers: { ...doc.answers, reformatted: true },
      rating: { score: null, comment: null, ratedAt: null },
      // The admin's empty lists (shown read-only: the next message and note are written in their own boxes).
      messages: 0,
      internalNotes: 0,
      newNote: 'Revisar el expediente.',
      assignee: ids.agent,
      requesterName: 'Otro Nombre',
    }
    const res = await adminSave(echo)
    expect(res.status).toBe(200)
    const after = (await api(server).get(`/api/service-requests/${id}`).query({ depth: 0 }).set(auth(tokens.agent)))
      .body
    expect(after.assignee).toBe(ids.agent)
    expect(after.internalNotes.map((n: { body: string }) => n.body)).toEqual(['Revisar el expediente.'])
    expect(after.messages).toEqual([])
    // Unchanged: what only the workflow and MuniServi write, and the citizen's own data.
    expect(after.history).toEqual(doc.history)
    expect(after.answers).toEqual(doc.answers)
    expect(after.trackingCode).toBe(doc.trackingCode)
    expect(after.requesterName).toBe(doc.requesterName)
  })

  it('still refuses those fields, naming them, to an API caller (JSON, or multipart from elsewhere)', async () => {
    const json = await patch(id, { history: [] }, tokens.agent)
    expect(json.status).toBe(400)
    expect(json.body.errors[0].message).toMatch(/history/i)
    const elsewhere = await adminSave({ trackingCode: 'TST-1999-000001' }, 'https://evil.example')
    expect(elsewhere.status).toBe(400)
    expect(elsewhere.body.errors[0].message).toContain('trackingCode')
    const noOrigin = await adminSave({ trackingCode: 'TST-1999-000001' }, null)
    expect(noOrigin.status).toBe(400)
  })

  it("takes a workflow action and the form's edits in one save", async () => {
    const res = await adminSave({
      status: 'needs-information',
      transitionComment: '¿Puede enviar una foto?',
      internalNotes: [{ body: 'Revisar el expediente.' }],
      newNote: 'Pedida la foto.',
      newMessage: 'Gracias, la revisamos.',
      history: [],
    })
    expect({ status: res.status, body: res.status === 200 ? null : res.body }).toEqual({ status: 200, body: null })
    expect(res.body.doc.status).toBe('needs-information')
    expect(res.body.doc.history.at(-1)).toMatchObject({ to: 'needs-information', comment: '¿Puede enviar una foto?' })
    expect(res.body.doc.internalNotes.map((n: { body: string }) => n.body)).toEqual([
      'Revisar el expediente.',
      'Pedida la foto.',
    ])
    expect(res.body.doc.messages).toMatchObject([{ from: 'staff', body: 'Gracias, la revisamos.' }])
    // Without the comment the transition requires: refused, naming the comment (not an internal field).
    const back = await patch(id, { status: 'in-review' }, tokens.agent)
    expect(back.status).toBe(200)
    const missing = await patch(id, { status: 'rejected' }, tokens.agent)
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].message).toContain('Comment')
    expect(missing.body.errors[0].message).not.toContain('transitionComment')
  })

  it('moves a request once when ten moves arrive at the same time', async () => {
    const code = (await submit({ name: 'Teo', email: 'teo@correo.test' })).data!.submitServiceRequest.trackingCode
    const target = (await byCode(code)).id
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => patch(target, { status: 'in-review' }, tokens.agent)),
    )
    // The first moves it; each other either finds it moved (no change) or is told it moved meanwhile.
    expect(answers.map((a) => a.status).filter((s) => s === 200).length).toBeGreaterThanOrEqual(1)
    for (const answer of answers) expect([200, 409]).toContain(answer.status)
    const after = await byIdAsAdmin(target)
    expect(after.status).toBe('in-review')
    expect(after.history.map((h: { to: string }) => h.to)).toEqual(['in-review'])
    // One transition taken: one audit entry (each taken transition writes one, and emails the requester).
    // (Without the lock, PostgreSQL took several: the last writer's history hid them.)
    const audit = await api(server)
      .get('/api/audit-log')
      .query({
        where: { collection: { equals: 'service-requests' }, documentId: { equals: String(target) } },
        limit: 50,
      })
      .set(auth(tokens.platform))
    expect({ status: audit.status, error: audit.body.errors }).toEqual({ status: 200, error: undefined })
    const transitions = (audit.body.docs as { operation: string; transition?: { to: string } }[]).filter(
      (d) => d.operation === 'transition',
    )
    expect(transitions.map((d) => d.transition?.to)).toEqual(['in-review'])
  })
})

const byIdAsAdmin = async (id: number | string) =>
  (await api(server).get(`/api/service-requests/${id}`).set(auth(tokens.platform))).body

describe('tracking codes', () => {
  it('gives 50 concurrent submissions to one service 50 distinct consecutive codes', async () => {
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        submit({ service: 'CON', answers: {}, name: `Vecino ${i}`, email: `v${i}@correo.test` }),
      ),
    )
    const errors = results.filter((r) => r.errors)
    expect(errors.map((r) => r.errors?.[0].message)).toEqual([])
    const codes = results.map((r) => r.data!.submitServiceRequest.trackingCode as string)
    expect(new Set(codes).size).toBe(50)
    const numbers = codes.map((c) => Number(c.split('-')[2])).sort((a, b) => a - b)
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
    // The same code may exist in another municipality: codes are unique per municipality.
    const nova1 = await submit({ name: 'Ana', email: 'ana@correo.test' }, undefined, 'nova-esperanca')
    expect(nova1.errors).toBeUndefined()
  }, 120_000)
})

// The admin's inbox links to these list queries; the browser suite (test/e2e/muniservi-inbox) follows
// them on one database, this checks what they select on each.
describe("the staff inbox's quick filters", () => {
  it('select open, mine, unassigned, overdue and each state as the inbox promises', async () => {
    await createService(villa, 'INB', tokens.villaAdmin, { form: [] })
    const codes: string[] = []
    for (const name of ['Primera', 'Segunda', 'Tercera']) {
      const res = await submit({ service: 'INB', answers: {}, name, email: 'inbox@correo.test' })
      codes.push(res.data!.submitServiceRequest.trackingCode)
    }
    const [first, second, third] = await Promise.all(codes.map(byCode))
    for (const doc of [first, second])
      expect((await patch(doc.id, { status: 'in-review', assignee: ids.agent }, tokens.agent)).status).toBe(200)
    await server.sql(
      usingPostgres
        ? 'UPDATE service_requests SET overdue = true WHERE id = $1'
        : 'UPDATE service_requests SET overdue = 1 WHERE id = ?',
      [first.id],
    )
    const expected: Record<InboxKey, string[]> = {
      open: codes,
      mine: [codes[0], codes[1]],
      unassigned: [codes[2]],
      overdue: [codes[0]],
      submitted: [codes[2]],
      'in-review': [codes[0], codes[1]],
      'needs-information': [],
      all: codes,
    }
    expect(third.status).toBe('submitted')
    const shown: Record<string, string[]> = {}
    for (const [key, query] of inboxQueries(ids.agent)) {
      const res = await api(server)
        .get(`/api/service-requests${query}${query.length > 1 ? '&' : ''}limit=1000&depth=0`)
        .set(auth(tokens.agent))
      expect(res.status).toBe(200)
      shown[key] = (res.body.docs as { trackingCode: string }[])
        .map((d) => d.trackingCode)
        .filter((c) => codes.includes(c))
        .sort()
    }
    expect(shown).toEqual(Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, [...v].sort()])))
  })
})

describe('MuniServi switched off', () => {
  afterAll(async () => {
    await api(server)
      .patch(`/api/municipalities/${villa}`)
      .set(auth(tokens.platform))
      .send({ modules: ['muniservi'] })
  })

  it('refuses its mutations and hides its data in that municipality only', async () => {
    const off = await api(server).patch(`/api/municipalities/${villa}`).set(auth(tokens.platform)).send({ modules: [] })
    expect(off.status).toBe(200)
    const res = await submit({ name: 'Ana', email: 'ana@correo.test' })
    expect(res.errors?.[0].extensions?.statusCode).toBe(403)
    expect(res.errors?.[0].message).toContain('MuniServi')
    const services = await api(server)
      .get('/api/services')
      .query({ where: { tenant: { equals: villa } } })
    expect(services.body.docs).toEqual([])
    const staff = await api(server).get('/api/service-requests').query({ limit: 1 }).set(auth(tokens.agent))
    expect(staff.body.docs).toEqual([])
    const novaStill = await submit({ name: 'Ana', email: 'ana@correo.test' }, undefined, 'nova-esperanca')
    expect(novaStill.errors).toBeUndefined()
  })
})

describe('the overdue job', () => {
  it('marks a request past its due date once and emails the supervisor', async () => {
    const res = await submit({ name: 'Rosa', email: 'rosa@correo.test' })
    const code = res.data!.submitServiceRequest.trackingCode
    const doc = await byCode(code)
    expect((await patch(doc.id, { status: 'in-review', assignee: ids.agent }, tokens.agent)).status).toBe(200)
    const past = new Date(Date.now() - 3_600_000).toISOString()
    await server.sql(
      usingPostgres
        ? 'UPDATE service_requests SET due_at = $1 WHERE id = $2'
        : 'UPDATE service_requests SET due_at = ? WHERE id = ?',
      [past, doc.id],
    )
    const runJob = async () => {
      const queued = await api(server)
        .post('/api/payload-jobs')
        .set(auth(tokens.platform))
        .send({ taskSlug: 'muniservi-overdue', input: {}, queue: 'default' })
      expect(queued.status).toBe(201)
      const run = await api(server).get('/api/payload-jobs/run').query({ queue: 'default' }).set(auth(tokens.platform))
      expect(run.status).toBe(200)
    }
    await runJob()
    expect((await byCode(code)).overdue).toBe(true)
    const supervisor = account('service-supervisor', 'villa-esperanza').email
    const mail = await waitForMail(supervisor, (m) => m.subject === `Solicitud vencida: ${code}`)
    expect(mail.text).toContain(account('service-agent', 'villa-esperanza').email)
    await runJob()
    const about = (await mailsTo(supervisor)).filter((m) => m.subject.includes(code))
    expect(about).toHaveLength(1)
    expect(
      (await mailsTo(account('service-supervisor', 'nova-esperanca').email)).filter((m) => m.subject.includes(code)),
    ).toEqual([])

    // Where MuniServi is off, the job leaves the municipality's requests alone.
    const novaRes = await submit({ name: 'Rui', email: 'rui@correo.test' }, undefined, 'nova-esperanca')
    const novaCode = novaRes.data!.submitServiceRequest.trackingCode
    const novaDoc = (
      await api(server)
        .get('/api/service-requests')
        .query({ where: { trackingCode: { equals: novaCode }, tenant: { equals: nova } } })
        .set(auth(tokens.platform))
    ).body.docs[0]
    await server.sql(
      usingPostgres
        ? 'UPDATE service_requests SET due_at = $1 WHERE id = $2'
        : 'UPDATE service_requests SET due_at = ? WHERE id = ?',
      [past, novaDoc.id],
    )
    await api(server).patch(`/api/municipalities/${nova}`).set(auth(tokens.platform)).send({ modules: [] })
    await runJob()
    await api(server)
      .patch(`/api/municipalities/${nova}`)
      .set(auth(tokens.platform))
      .send({ modules: ['muniservi'] })
    expect((await byIdAsAdmin(novaDoc.id)).overdue).toBe(false)
    await runJob()
    expect((await byIdAsAdmin(novaDoc.id)).overdue).toBe(true)
  })
})

// Last in this file: it leaves this client address unable to track for the rest of the window.
describe('tracking a request (issue 21)', () => {
  it('is limited per client address, whatever the codes and tokens tried', async () => {
    let status = 200
    for (let i = 0; i < 45 && status !== 429; i++) {
      const guess = await api(server)
        .post('/api/graphql')
        .send({
          query: TRACK,
          variables: { m: 'villa-esperanza', c: `TST-2026-${String(i).padStart(6, '0')}`, t: `guess${i}` },
        })
      status = guess.status
    }
    expect(status).toBe(429)
    const res = await gql(server, TRACK, { m: 'villa-esperanza', c: 'TST-2026-000001', t: 'x' })
    expect(res.status).toBe(429)
  })
})
