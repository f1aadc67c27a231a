/**
 * The module SDK's run-time switch, with the SDK's test-only module installed (production bundle: its
 * own migrations run after the committed ones, see src/db.ts). Switched on for Villa Esperanza and off
 * for Nova Esperança: writes in Nova answer 403 with the message, reads show nothing of Nova, GraphQL
 * agrees; switching Nova on works at once, without a restart.
 */
import { spawn } from 'node:child_process'

import { account, api, auth, gql, login, municipalityId } from '../../src/plugins/sdk/testing/api'
import { ROOT, serverEnv, startServer, TEST_SECRET, type TestServer } from '../../src/plugins/sdk/testing/server'
import { parseMail, startSmtp } from '../../src/plugins/sdk/testing/smtp'

let server: TestServer
let villa: number | string
let nova: number | string
const tokens: Record<string, string> = {}

const setModules = async (id: number | string, modules: string[]) => {
  const res = await api(server).patch(`/api/municipalities/${id}`).set(auth(tokens.platform)).send({ modules })
  expect(res.status).toBe(200)
}
const createNote = (token: string | undefined, tenant: number | string, title: string) =>
  api(server)
    .post('/api/sdk-test-notes')
    .set({ ...auth(token), 'Accept-Language': 'en' })
    .send({ title, tenant })
const titles = async (token?: string) => {
  const res = await api(server).get('/api/sdk-test-notes').query({ limit: 100 }).set(auth(token))
  expect(res.status).toBe(200)
  return res.body.docs.map((d: { title: string }) => d.title).sort()
}

let smtp: Awaited<ReturnType<typeof startSmtp>>

beforeAll(async () => {
  smtp = await startSmtp()
  server = await startServer({
    env: { EMUNI_TEST_MODULES: 'true', SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, EMAIL_FROM: 'avisos@e-muni.test' },
  })
  villa = await municipalityId(server, 'villa-esperanza')
  nova = await municipalityId(server, 'nova-esperanca')
  tokens.platform = await login(server, account('platform-admin', null))
  tokens.villaEditor = await login(server, account('editor', 'villa-esperanza'))
  tokens.novaEditor = await login(server, account('editor', 'nova-esperanca'))
  tokens.villaAdmin = await login(server, account('municipal-admin', 'villa-esperanza'))
}, 300_000)
afterAll(async () => {
  await server?.stop()
  await smtp?.stop()
})

describe('module switch per municipality', () => {
  it('lists the enabled modules with their labels in GraphQL', async () => {
    await setModules(villa, ['sdk-test'])
    await setModules(nova, [])
    const res = await gql(
      server,
      '{ Municipalities(sort: "slug") { docs { slug modules enabledModules { slug label } } } }',
    )
    expect(res.errors).toBeUndefined()
    expect(res.data!.Municipalities.docs).toEqual([
      { slug: 'nova-esperanca', modules: [], enabledModules: [] },
      {
        slug: 'villa-esperanza',
        modules: ['sdk-test'],
        enabledModules: [{ slug: 'sdk-test', label: 'Módulo de prueba' }],
      },
    ])
  })

  it('works where the module is on', async () => {
    const res = await createNote(tokens.villaEditor, villa, 'Nota de Villa')
    expect(res.status).toBe(201)
    expect(await titles()).toEqual(['Nota de Villa'])
  })

  it('refuses writes where the module is off, with a message naming module and municipality', async () => {
    for (const token of [tokens.novaEditor, tokens.platform]) {
      const res = await createNote(token, nova, 'Nota de Nova')
      expect(res.status).toBe(403)
      expect(res.body.errors[0].message).toBe('Module «Test module» is not enabled for «Nova Esperança do Vale».')
    }
    const viaGraphql = await gql(
      server,
      'mutation($t: Int) { createSdkTestNote(data: { title: "Nota GQL", tenant: $t }) { id } }',
      { t: Number(nova) },
      tokens.novaEditor,
    )
    expect(viaGraphql.errors?.[0].message).toMatch(/no está habilitado|not enabled/)
    expect(await titles(tokens.platform)).toEqual(['Nota de Villa'])
  })

  it('hides what exists in a municipality once its module is switched off, for staff and anonymous alike', async () => {
    await setModules(nova, ['sdk-test'])
    const created = await createNote(tokens.novaEditor, nova, 'Nota de Nova')
    expect(created.status).toBe(201)
    expect(await titles()).toEqual(['Nota de Nova', 'Nota de Villa'])

    await setModules(nova, [])
    expect(await titles()).toEqual(['Nota de Villa'])
    expect(await titles(tokens.novaEditor)).toEqual([])
    expect(await titles(tokens.platform)).toEqual(['Nota de Villa'])
    const byId = await api(server).get(`/api/sdk-test-notes/${created.body.doc.id}`).set(auth(tokens.novaEditor))
    expect(byId.status).toBe(404)
    const update = await api(server)
      .patch(`/api/sdk-test-notes/${created.body.doc.id}`)
      .set({ ...auth(tokens.platform), 'Accept-Language': 'en' })
      .send({ title: 'Cambiada' })
    expect(update.status).toBe(403)
    const gqlList = await gql(server, '{ SdkTestNotes { docs { title } } }')
    expect(gqlList.data!.SdkTestNotes.docs).toEqual([{ title: 'Nota de Villa' }])

    await setModules(nova, ['sdk-test'])
    expect(await titles()).toEqual(['Nota de Nova', 'Nota de Villa'])
  })

  it("serves the module's endpoint and GraphQL query only where the module is on", async () => {
    await setModules(nova, [])
    const on = await api(server).get('/api/m/villa-esperanza/sdk-test/summary')
    expect(on.status).toBe(200)
    expect(on.body.municipality).toBe('villa-esperanza')
    expect(on.body.counts.draft).toBeGreaterThanOrEqual(1)
    const off = await api(server).get('/api/m/nova-esperanca/sdk-test/summary').set('Accept-Language', 'en')
    expect(off.status).toBe(403)
    expect(off.body.errors[0].message).toBe('Module «Test module» is not enabled for «Nova Esperança do Vale».')
    const unknown = await api(server).get('/api/m/atlantida/sdk-test/summary').set('Accept-Language', 'en')
    expect(unknown.status).toBe(404)
    expect(unknown.body.errors[0].message).toBe('There is no municipality «atlantida».')

    const gOn = await gql(server, '{ sdkTestSummary(municipality: "villa-esperanza") }')
    expect(JSON.parse(gOn.data!.sdkTestSummary).draft).toBeGreaterThanOrEqual(1)
    const gOff = await gql(server, '{ sdkTestSummary(municipality: "nova-esperanca") }')
    expect(gOff.data?.sdkTestSummary ?? null).toBeNull()
    expect(gOff.errors?.[0].message).toMatch(/no está habilitado/)
    await setModules(nova, ['sdk-test'])
    expect((await api(server).get('/api/m/nova-esperanca/sdk-test/summary')).status).toBe(200)
  })

  it("offers the module's roles in municipality assignments", async () => {
    const editor = (
      await api(server)
        .get('/api/users')
        .query({ where: { email: { equals: account('editor', 'villa-esperanza').email } } })
        .set(auth(tokens.platform))
    ).body.docs[0]
    const res = await api(server)
      .patch(`/api/users/${editor.id}`)
      .set(auth(tokens.villaAdmin))
      .send({ tenants: [{ tenant: villa, roles: ['editor', 'test-clerk'] }] })
    expect(res.status).toBe(200)
    expect(res.body.doc.tenants[0].roles).toEqual(['editor', 'test-clerk'])
    const unknown = await api(server)
      .patch(`/api/users/${editor.id}`)
      .set(auth(tokens.villaAdmin))
      .send({ tenants: [{ tenant: villa, roles: ['no-such-role'] }] })
    expect(unknown.status).toBe(400)
  })

  it("audits the module's documents like the core's", async () => {
    const res = await api(server)
      .get('/api/audit-log')
      .query({ where: { collection: { equals: 'sdk-test-notes' } } })
      .set(auth(tokens.platform))
    expect(res.body.docs.map((e: { operation: string }) => e.operation)).toContain('create')
  })
})

describe('workflow engine', () => {
  const note = async (data: Record<string, unknown>) => {
    const res = await api(server)
      .post('/api/sdk-test-notes')
      .set(auth(tokens.villaEditor))
      .send({ tenant: villa, ...data })
    expect(res.status).toBe(201)
    return res.body.doc as { id: number; status: string; history: unknown[] }
  }
  const move = (id: number, token: string, data: Record<string, unknown>) =>
    api(server)
      .patch(`/api/sdk-test-notes/${id}`)
      .set({ ...auth(token), 'Accept-Language': 'en' })
      .send(data)

  it('starts new documents in the initial state, whatever the client sends', async () => {
    const res = await api(server)
      .post('/api/sdk-test-notes')
      .set({ ...auth(tokens.villaEditor), 'Accept-Language': 'en' })
      .send({ tenant: villa, title: 'Saltona', status: 'approved' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe('A new document starts in «Draft».')
    expect((await note({ title: 'Nueva' })).status).toBe('draft')
  })

  it('refuses an illegal transition with 400 naming the allowed ones (REST and GraphQL)', async () => {
    const { id } = await note({ title: 'Ilegal' })
    const res = await move(id, tokens.platform, { status: 'approved' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe(
      'Moving from «Draft» to «Approved» is not allowed. From «Draft» it can move to: «Submitted».',
    )
    const viaGraphql = await gql(
      server,
      `mutation { updateSdkTestNote(id: ${id}, data: { status: approved }) { id } }`,
      {},
      tokens.platform,
    )
    expect(viaGraphql.errors?.[0].message).toMatch(/no se permite|not allowed/i)
    expect((await api(server).get(`/api/sdk-test-notes/${id}`).set(auth(tokens.platform))).body.status).toBe('draft')
  })

  it('refuses a transition to a role that may not take it with 403', async () => {
    const { id } = await note({ title: 'Rol' })
    expect((await move(id, tokens.villaEditor, { status: 'submitted' })).status).toBe(200)
    const res = await move(id, tokens.villaEditor, { status: 'approved' })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toBe('Your role cannot move this from «Submitted» to «Approved».')
  })

  it('records a legal transition in the history and the audit log, and keeps the history read-only', async () => {
    const { id } = await note({ title: 'Historia' })
    const res = await move(id, tokens.villaEditor, { status: 'submitted', transitionComment: 'Lista para revisar' })
    expect(res.status).toBe(200)
    expect(res.body.doc.history).toHaveLength(1)
    expect(res.body.doc.history[0]).toMatchObject({
      actorEmail: account('editor', 'villa-esperanza').email,
      from: 'draft',
      to: 'submitted',
      comment: 'Lista para revisar',
    })
    const audit = await api(server)
      .get('/api/audit-log')
      .query({
        where: {
          collection: { equals: 'sdk-test-notes' },
          documentId: { equals: String(id) },
          operation: { equals: 'transition' },
        },
      })
      .set(auth(tokens.platform))
    expect(audit.body.docs).toHaveLength(1)
    expect(audit.body.docs[0].transition).toMatchObject({
      from: 'draft',
      to: 'submitted',
      comment: 'Lista para revisar',
    })

    const forged = await move(id, tokens.platform, { history: [] })
    expect(forged.status).toBe(400)
    expect(forged.body.errors[0].message).toBe('The history is written by the workflow and cannot be changed.')
    const back = await move(id, tokens.villaAdmin, { status: 'draft' })
    expect(back.status).toBe(400)
    expect(back.body.errors[0].message).toBe('To move to «Draft», fill in: Comment.')
  })

  it('refuses a transition before its date guard allows it', async () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString()
    const { id } = await note({ title: 'Fecha', reviewAfter: tomorrow })
    await move(id, tokens.villaEditor, { status: 'submitted' })
    const early = await move(id, tokens.villaAdmin, { status: 'approved' })
    expect(early.status).toBe(400)
    expect(early.body.errors[0].message).toBe(`Not yet: possible from ${tomorrow.slice(0, 10)}.`)
    await move(id, tokens.platform, { reviewAfter: new Date(Date.now() - 1000).toISOString() })
    expect((await move(id, tokens.villaAdmin, { status: 'approved' })).status).toBe(200)
  })
})

describe('seeding', () => {
  it("runs an installed module's seed for the municipalities that have it on, idempotently", async () => {
    await setModules(villa, ['sdk-test'])
    await setModules(nova, [])
    const runSeed = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'scripts/seed.ts'], {
          cwd: ROOT,
          env: serverEnv({
            PAYLOAD_SECRET: TEST_SECRET,
            EMUNI_TEST_MODULES: 'true',
            DATABASE_URI: server.dbUri,
            MEDIA_DIR: server.mediaDir,
            JOBS_AUTORUN: 'false',
          }),
          stdio: 'ignore',
        })
        child.on('exit', resolve)
      })
    expect(await runSeed()).toBe(0)
    expect(await runSeed()).toBe(0)
    const res = await api(server)
      .get('/api/sdk-test-notes')
      .query({ where: { title: { equals: 'Nota de bienvenida' } }, depth: 0 })
      .set(auth(tokens.platform))
    expect(res.body.docs.map((d: { tenant: number }) => String(d.tenant))).toEqual([String(villa)])
  })
})

describe('deadline transitions as jobs', () => {
  it('moves what is past its deadline once, as the system, and nothing else', async () => {
    const past = new Date(Date.now() - 60_000).toISOString()
    const future = new Date(Date.now() + 86_400_000).toISOString()
    const make = async (title: string, autoApproveAt: string) => {
      const res = await api(server)
        .post('/api/sdk-test-notes')
        .set(auth(tokens.villaEditor))
        .send({ tenant: villa, title, autoApproveAt })
      await api(server)
        .patch(`/api/sdk-test-notes/${res.body.doc.id}`)
        .set(auth(tokens.villaEditor))
        .send({ status: 'submitted' })
      return res.body.doc.id as number
    }
    const due = await make('Vencida', past)
    const notDue = await make('A tiempo', future)
    const runDeadlines = async () => {
      const queued = await api(server)
        .post('/api/payload-jobs')
        .set(auth(tokens.platform))
        .send({ taskSlug: 'sdk-test-deadlines', input: {} })
      expect(queued.status).toBe(201)
      expect(
        (await api(server).get('/api/payload-jobs/run').query({ queue: 'default' }).set(auth(tokens.platform))).status,
      ).toBe(200)
    }
    await runDeadlines()
    await runDeadlines()
    const read = async (id: number) =>
      (await api(server).get(`/api/sdk-test-notes/${id}`).set(auth(tokens.platform))).body
    const dueDoc = await read(due)
    expect(dueDoc.status).toBe('approved')
    expect(dueDoc.history.filter((h: { to: string }) => h.to === 'approved')).toEqual([
      expect.objectContaining({ actor: 'system', from: 'submitted', to: 'approved' }),
    ])
    expect((await read(notDue)).status).toBe('submitted')
  })
})

describe('notifications from workflow effects', () => {
  it.each([
    ['es', 'ana@example.org', 'Su nota «Poda de árboles» fue aprobada', 'Ver la nota'],
    ['pt', 'joao@example.org', 'A sua nota «Poda de árboles» foi aprovada', 'Ver a nota'],
  ])('emails the contact in their language (%s) with the subject and link', async (language, to, subject, action) => {
    const created = await api(server)
      .post('/api/sdk-test-notes')
      .set(auth(tokens.villaEditor))
      .send({ tenant: villa, title: 'Poda de árboles', contactEmail: to, contactLanguage: language })
    const id = created.body.doc.id
    await api(server).patch(`/api/sdk-test-notes/${id}`).set(auth(tokens.villaEditor)).send({ status: 'submitted' })
    const approved = await api(server)
      .patch(`/api/sdk-test-notes/${id}`)
      .set(auth(tokens.villaAdmin))
      .send({ status: 'approved' })
    expect(approved.status).toBe(200)

    const mail = await smtp.waitFor(to)
    expect(mail.from).toBe('avisos@e-muni.test')
    const parsed = await parseMail(mail)
    expect(parsed.subject).toBe(subject)
    expect(parsed.text).toContain(`${action}: ${server.url}/notes/${id}`)
    expect(parsed.text).toContain('Villa Esperanza')
    expect(parsed.html).toContain(`href="${server.url}/notes/${id}"`)
  })
})
