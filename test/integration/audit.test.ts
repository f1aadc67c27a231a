/**
 * The audit log: every create, update and delete of portal content (and of municipality settings)
 * appends an entry; municipal admins read their municipality's entries; nobody can change or
 * remove an entry through REST or GraphQL. Accounts (`users`, `people`) too: creations, role grants and
 * removals, municipality assignments, verification, password changes and resets, lockouts and unlocks,
 * deletions — each one entry per municipality of the account, by whom, and never a secret (issue 22).
 */
import { account, api, auth, gql, login, municipalityId } from '../../src/plugins/sdk/testing/api'
import { startServer, type TestServer } from '../../src/plugins/sdk/testing/server'
import { startSmtp } from '../../src/plugins/sdk/testing/smtp'

let server: TestServer
let smtp: Awaited<ReturnType<typeof startSmtp>>
let villa: number | string
let nova: number | string
const tokens: Record<string, string | undefined> = {}

type Entry = {
  id: number
  summary: string
  operation: string
  collection: string
  documentId: string
  municipality: string | null
  changedFields: string[]
  actor: string
  actorEmail: string | null
}

/** The entries of a document (only those after the entry `since`: SQLite gives a deleted row's id again). */
const entriesFor = async (collection: string, documentId: string | number, since = 0): Promise<Entry[]> => {
  const res = await api(server)
    .get('/api/audit-log')
    .query({
      where: {
        collection: { equals: collection },
        documentId: { equals: String(documentId) },
        id: { greater_than: since },
      },
      sort: 'createdAt',
      limit: 50,
    })
    .set(auth(tokens.platform))
  expect(res.status).toBe(200)
  return res.body.docs
}

beforeAll(async () => {
  smtp = await startSmtp()
  server = await startServer({
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_IGNORE_TLS: 'true',
      // Locking an account takes its ten failed logins: the per-address limit must not answer first.
      LOGIN_RATE_LIMIT: '100',
    },
  })
  villa = await municipalityId(server, 'villa-esperanza')
  nova = await municipalityId(server, 'nova-esperanca')
  tokens.platform = await login(server, account('platform-admin', null))
  tokens.villaAdmin = await login(server, account('municipal-admin', 'villa-esperanza'))
  tokens.villaEditor = await login(server, account('editor', 'villa-esperanza'))
  tokens.novaEditor = await login(server, account('editor', 'nova-esperanca'))
  tokens.citizen = await login(server, account('citizen', null))
  tokens.novaAdmin = await login(server, account('municipal-admin', 'nova-esperanca'))
}, 300_000)
afterAll(async () => {
  await server?.stop()
  await smtp?.stop()
})

describe('audit entries', () => {
  it('records create, update (with the changed fields) and delete, with actor and municipality', async () => {
    const created = await api(server)
      .post('/api/news')
      .set(auth(tokens.villaEditor))
      .send({ title: 'Corte de agua', excerpt: 'Martes de 9 a 12', tenant: villa, _status: 'published' })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const updated = await api(server)
      .patch(`/api/news/${id}`)
      .set(auth(tokens.villaEditor))
      .send({ excerpt: 'Martes de 9 a 13' })
    expect(updated.status).toBe(200)
    const deleted = await api(server).delete(`/api/news/${id}`).set(auth(tokens.villaEditor))
    expect(deleted.status).toBe(200)

    const entries = await entriesFor('news', id)
    expect(entries.map((e) => e.operation)).toEqual(['create', 'update', 'delete'])
    expect(entries.every((e) => e.actorEmail === account('editor', 'villa-esperanza').email)).toBe(true)
    expect(entries.every((e) => e.municipality === String(villa))).toBe(true)
    expect(entries[0].changedFields).toEqual(expect.arrayContaining(['title', 'excerpt', 'tenant']))
    expect(entries[1].changedFields).toEqual(['excerpt'])
  })

  it('records changes to municipality settings', async () => {
    const res = await api(server)
      .patch(`/api/municipalities/${villa}`)
      .set(auth(tokens.villaAdmin))
      .send({ contact: { phone: '+598 4000 5555' } })
    expect(res.status).toBe(200)
    const entries = await entriesFor('municipalities', villa)
    expect(entries.at(-1)).toMatchObject({
      operation: 'update',
      changedFields: ['contact'],
      municipality: String(villa),
    })
  })

  it("lets a municipal admin read only their municipality's entries, and nobody else but platform admins", async () => {
    await api(server).post('/api/news').set(auth(tokens.novaEditor)).send({ title: 'Aviso de Nova', tenant: nova })
    const mine = await api(server).get('/api/audit-log').query({ limit: 200 }).set(auth(tokens.villaAdmin))
    expect(mine.status).toBe(200)
    expect(mine.body.docs.length).toBeGreaterThan(0)
    expect(new Set(mine.body.docs.map((e: Entry) => e.municipality))).toEqual(new Set([String(villa)]))
    for (const who of ['villaEditor', 'citizen', 'anonymous']) {
      const res = await api(server).get('/api/audit-log').set(auth(tokens[who]))
      expect(res.status).toBe(403)
    }
  })

  it('cannot be created, changed or deleted by anyone, through REST or GraphQL', async () => {
    const [entry] = await entriesFor('municipalities', villa)
    for (const who of ['platform', 'villaAdmin', 'villaEditor', 'citizen', 'anonymous']) {
      const token = tokens[who]
      const patch = await api(server)
        .patch(`/api/audit-log/${entry.id}`)
        .set(auth(token))
        .send({ actorEmail: 'nadie@x.org' })
      expect(patch.status).toBe(403)
      const del = await api(server).delete(`/api/audit-log/${entry.id}`).set(auth(token))
      expect(del.status).toBe(403)
      const post = await api(server)
        .post('/api/audit-log')
        .set(auth(token))
        .send({ operation: 'create', collection: 'pages', documentId: '1' })
      expect(post.status).toBe(403)
      const gUpdate = await gql(
        server,
        `mutation { updateAuditLog(id: ${entry.id}, data: { actorEmail: "x" }) { id } }`,
        {},
        token,
      )
      expect(gUpdate.errors?.length).toBeGreaterThan(0)
      const gDelete = await gql(server, `mutation { deleteAuditLog(id: ${entry.id}) { id } }`, {}, token)
      expect(gDelete.errors?.length).toBeGreaterThan(0)
    }
    const [after] = await entriesFor('municipalities', villa)
    expect(after).toEqual(entry)
  })
})

/** Every password and emailed token the account tests use: none may appear in any audit entry. */
const secrets: string[] = []

/** An entry as compared: what it says, without its id and time. */
const what = (e: Entry) => ({
  operation: e.operation,
  municipality: e.municipality,
  changedFields: e.changedFields,
  actor: e.actor,
  actorEmail: e.actorEmail,
})

/** The id of the last entry written so far. */
const lastEntryId = async (): Promise<number> => {
  const res = await api(server).get('/api/audit-log').query({ sort: '-id', limit: 1 }).set(auth(tokens.platform))
  return res.body.docs[0]?.id ?? 0
}

const idOfAccount = async (collection: 'users' | 'people', email: string) => {
  const res = await api(server)
    .get(`/api/${collection}`)
    .query({ where: { email: { equals: email } }, depth: 0 })
    .set(auth(tokens.platform))
  expect(res.body.docs).toHaveLength(1)
  return res.body.docs[0].id as number | string
}

/** The token in the link of the last email to `to` whose subject is `subject`. */
const emailedToken = async (to: string, subject: string, path: 'verify' | 'reset') => {
  const mail = await smtp.waitForMail(to, (m) => m.subject === subject)
  const token = mail.html.match(new RegExp(`/account/${path}/([A-Za-z0-9]+)`))?.[1]
  expect(token).toBeTruthy()
  secrets.push(token!)
  return token!
}

describe('audit entries of accounts (issue 22)', () => {
  const staffEmail = `auditada.${Date.now()}@villa-esperanza.test`
  const staffPassword = 'Primera-clave-segura-77'
  const newPassword = 'Segunda-clave-segura-88'
  secrets.push(staffPassword, newPassword)
  let staffId: number | string
  const villaAdmin = () => account('municipal-admin', 'villa-esperanza')
  const platform = () => account('platform-admin', null)

  it('records a staff account’s creation, role grants and removals, password change, assignments and deletion', async () => {
    const since = await lastEntryId()
    const created = await api(server)
      .post('/api/users')
      .set(auth(tokens.villaAdmin))
      .send({
        email: staffEmail,
        password: staffPassword,
        name: 'Auditada',
        tenants: [{ tenant: villa, roles: ['editor'] }],
      })
    expect(created.status).toBe(201)
    staffId = created.body.doc.id
    const patch = async (token: string | undefined, data: Record<string, unknown>) => {
      const res = await api(server).patch(`/api/users/${staffId}`).set(auth(token)).send(data)
      expect(res.status).toBe(200)
    }
    // A role in the municipality granted and removed by its admin; a platform role by the platform admin.
    await patch(tokens.villaAdmin, { tenants: [{ tenant: villa, roles: ['editor', 'municipal-admin'] }] })
    await patch(tokens.villaAdmin, { tenants: [{ tenant: villa, roles: ['editor'] }] })
    await patch(tokens.platform, { roles: ['platform-admin'] })
    await patch(tokens.platform, { roles: [] })
    // The account changes its own password.
    const own = await login(server, { ...villaAdmin(), email: staffEmail, password: staffPassword })
    await patch(own, { password: newPassword })
    // Assigned to a second municipality: an entry for each (each municipality's admin sees it).
    await patch(tokens.platform, {
      tenants: [
        { tenant: villa, roles: ['editor'] },
        { tenant: nova, roles: ['editor'] },
      ],
    })
    const deleted = await api(server).delete(`/api/users/${staffId}`).set(auth(tokens.platform))
    expect(deleted.status).toBe(200)

    const entries = await entriesFor('users', staffId, since)
    const V = String(villa)
    const N = String(nova)
    const byAdmin = { actor: `users:${await idOfAccount('users', villaAdmin().email)}`, actorEmail: villaAdmin().email }
    const byPlatform = { actor: `users:${await idOfAccount('users', platform().email)}`, actorEmail: platform().email }
    expect(entries.map(what)).toEqual([
      { operation: 'create', municipality: V, changedFields: ['email', 'name', 'roles', 'tenants'], ...byAdmin },
      { operation: 'update', municipality: V, changedFields: ['tenants'], ...byAdmin },
      { operation: 'update', municipality: V, changedFields: ['tenants'], ...byAdmin },
      { operation: 'update', municipality: V, changedFields: ['roles'], ...byPlatform },
      { operation: 'update', municipality: V, changedFields: ['roles'], ...byPlatform },
      {
        operation: 'update',
        municipality: V,
        changedFields: ['password'],
        actor: `users:${staffId}`,
        actorEmail: staffEmail,
      },
      { operation: 'update', municipality: V, changedFields: ['tenants'], ...byPlatform },
      { operation: 'update', municipality: N, changedFields: ['tenants'], ...byPlatform },
      { operation: 'delete', municipality: V, changedFields: [], ...byPlatform },
      { operation: 'delete', municipality: N, changedFields: [], ...byPlatform },
    ])
    // What was granted and removed, readably (role names and municipality ids; never a secret).
    expect(entries.slice(1, 5).map((e) => e.summary.split(': ')[1])).toEqual([
      `municipality ${V} +municipal-admin`,
      `municipality ${V} -municipal-admin`,
      'roles +platform-admin',
      'roles -platform-admin',
    ])
    expect(entries[6].summary).toContain(`municipality ${N} +editor`)

    // Each municipality's admin reads the entries of their municipality only.
    const read = async (token?: string) =>
      (
        await api(server)
          .get('/api/audit-log')
          .query({
            where: {
              collection: { equals: 'users' },
              documentId: { equals: String(staffId) },
              id: { greater_than: since },
            },
            limit: 50,
          })
          .set(auth(token))
      ).body.docs as Entry[]
    expect((await read(tokens.villaAdmin)).map((e) => e.municipality)).toEqual(Array(8).fill(V))
    expect((await read(tokens.novaAdmin)).map((e) => e.municipality)).toEqual([N, N])
  })

  it('records a lockout after failed logins (by the system) and the unlock (by whoever unlocked)', async () => {
    const email = `bloqueada.${Date.now()}@villa-esperanza.test`
    const password = 'Clave-de-bloqueo-2026'
    secrets.push(password)
    const since = await lastEntryId()
    const created = await api(server)
      .post('/api/users')
      .set(auth(tokens.villaAdmin))
      .send({ email, password, name: 'Bloqueada', tenants: [{ tenant: villa, roles: ['editor'] }] })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    for (let i = 0; i < 10; i++) {
      const res = await api(server).post('/api/users/login').send({ email, password: 'Una-clave-equivocada' })
      expect(res.status).toBe(401)
    }
    const locked = await api(server).post('/api/users/login').send({ email, password })
    expect(locked.status).toBe(401)
    const unlock = await api(server).post('/api/users/unlock').set(auth(tokens.villaAdmin)).send({ email })
    expect(unlock.status).toBe(200)
    expect((await api(server).post('/api/users/login').send({ email, password })).status).toBe(200)

    const entries = await entriesFor('users', id, since)
    expect(entries.map(what)).toEqual([
      expect.objectContaining({ operation: 'create' }),
      {
        operation: 'update',
        municipality: String(villa),
        changedFields: ['lockUntil', 'loginAttempts'],
        actor: 'system',
        actorEmail: null,
      },
      {
        operation: 'update',
        municipality: String(villa),
        changedFields: ['lockUntil', 'loginAttempts'],
        actor: `users:${await idOfAccount('users', villaAdmin().email)}`,
        actorEmail: villaAdmin().email,
      },
    ])
    expect(entries[1].summary).toContain('locked after 10 failed logins')
  })

  it('records a person’s sign-up, verification, password reset, own change and deletion, by the person', async () => {
    const email = `persona.${Date.now()}@example.org`
    const password = 'Clave-de-persona-2026'
    const reset = 'Otra-clave-de-persona-2027'
    secrets.push(password, reset)
    const since = await lastEntryId()
    const signUp = await api(server).post('/api/people').send({ email, password, name: 'Persona Auditada' })
    expect(signUp.status).toBe(201)
    const id = await idOfAccount('people', email)
    const verify = await api(server).post(
      `/api/people/verify/${await emailedToken(email, 'Confirme su correo', 'verify')}`,
    )
    expect(verify.status).toBe(200)
    // Without its token, the mutation says what is missing (it once failed with a 500) and writes nothing.
    const tokenless = await gql(server, 'mutation { verifyEmailPerson }', {})
    expect(tokenless.errors?.[0]).toMatchObject({
      message: 'Falta el código de verificación (token).',
      extensions: { statusCode: 400 },
    })
    expect((await api(server).post('/api/people/forgot-password').send({ email })).status).toBe(200)
    // An address with no account answers alike and writes nothing.
    const before = await lastEntryId()
    const unknown = await api(server)
      .post('/api/people/forgot-password')
      .send({ email: `nadie.${email}` })
    expect(unknown.status).toBe(200)
    expect(await lastEntryId()).toBe(before)
    const token = await emailedToken(email, 'Restablecer su contraseña', 'reset')
    const res = await api(server).post('/api/people/reset-password').send({ token, password: reset })
    expect(res.status).toBe(200)
    const own = res.body.token as string
    expect((await api(server).patch(`/api/people/${id}`).set(auth(own)).send({ name: 'Otro nombre' })).status).toBe(200)
    // A platform admin marks another person verified in the admin; the audit names them.
    const other = `otra.${Date.now()}@example.org`
    expect((await api(server).post('/api/people').send({ email: other, password, name: 'Otra' })).status).toBe(201)
    const otherId = await idOfAccount('people', other)
    const marked = await api(server)
      .patch(`/api/people/${otherId}`)
      .set(auth(tokens.platform))
      .send({ _verified: true })
    expect(marked.status).toBe(200)
    expect((await api(server).delete(`/api/people/${id}`).set(auth(own))).status).toBe(200)

    const self = { municipality: null, actor: `people:${id}`, actorEmail: email }
    expect((await entriesFor('people', id, since)).map(what)).toEqual([
      { operation: 'create', changedFields: ['email', 'language', 'name'], ...self },
      { operation: 'update', changedFields: ['_verified'], ...self },
      // Asked for by a visitor (anyone can ask), done by the person (the emailed link proves them).
      { operation: 'update', changedFields: [], municipality: null, actor: 'anonymous', actorEmail: null },
      { operation: 'update', changedFields: ['password'], ...self },
      { operation: 'update', changedFields: ['name'], ...self },
      { operation: 'delete', changedFields: [], ...self },
    ])
    expect((await entriesFor('people', otherId, since)).map(what).at(-1)).toEqual({
      operation: 'update',
      changedFields: ['_verified'],
      municipality: null,
      actor: `users:${await idOfAccount('users', platform().email)}`,
      actorEmail: platform().email,
    })
  })

  it('holds no secret: no hash, salt, token or password of any account appears in any entry', async () => {
    const all = await api(server).get('/api/audit-log').query({ pagination: false }).set(auth(tokens.platform))
    expect(all.status).toBe(200)
    expect(all.body.docs.length).toBeGreaterThan(20)
    const text = JSON.stringify(all.body.docs)
    const stored: string[] = []
    for (const table of ['users', 'people'])
      for (const row of await server.sql(`SELECT * FROM ${table}`))
        for (const [column, value] of Object.entries(row))
          if (/hash|salt|token|api_key/i.test(column) && typeof value === 'string' && value.length >= 8)
            stored.push(value)
    expect(stored.length).toBeGreaterThan(20)
    const found = [...stored, ...secrets].filter((secret) => text.includes(secret))
    expect(found).toEqual([])
    // And no entry names a secret field.
    const names = (all.body.docs as Entry[]).flatMap((e) => e.changedFields)
    for (const field of ['hash', 'salt', 'resetPasswordToken', '_verificationToken', 'sessions', 'apiKey'])
      expect(names).not.toContain(field)
  })
})
