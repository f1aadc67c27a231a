/**
 * Auth hardening: account lockout and the login rate limit, the password policy (REST, GraphQL, the
 * portal's sign-up, password resets), the session cookie's attributes in production, CSRF (a cookie
 * from a foreign origin counts for nothing; a municipality's domain for its own staff only, and only the
 * platform admin sets domains) and CORS (only the CMS, the portal and the municipalities' own domains).
 * One production server with COOKIE_SECURE unset (as in production) and a raised login rate limit, so
 * that the lockout — not the rate limit — is what the lockout checks see.
 */
import fs from 'node:fs'
import path from 'node:path'

import { account, api, auth, gql, login, municipalityId } from '../../src/plugins/sdk/testing/api'
import { ROOT, startServer, usingPostgres, type TestServer } from '../../src/plugins/sdk/testing/server'
import { recordFigures } from './report'

const LOGIN_LIMIT = 40
const PORTAL = 'https://portal.e-muni.test'

let server: TestServer
let villa: number | string
const tokens: Record<string, string> = {}
/** Failed logins from this address so far (the rate limit counts them). */
let failedLogins = 0

let checks = 0
const failures: string[] = []
const check = (ok: boolean, what: string): boolean => {
  checks++
  if (!ok) failures.push(what)
  return ok
}
const expectNoNewFailures = (before: number) => {
  recordFigures('auth', { checks, failures: failures.length })
  expect(failures.slice(before)).toEqual([])
}

const sql = async (statement: string, params: unknown[] = []) => {
  let i = 0
  return server.sql(usingPostgres ? statement.replace(/\?/g, () => `$${++i}`) : statement, params)
}
const countByEmail = async (collection: 'users' | 'people', email: string) =>
  Number((await sql(`SELECT COUNT(*) AS n FROM ${collection} WHERE email = ?`, [email]))[0].n)

const tryLogin = async (collection: 'users' | 'people', email: string, password: string, lang = 'en') => {
  const res = await api(server).post(`/api/${collection}/login`).set('Accept-Language', lang).send({ email, password })
  if (res.status === 401 || res.status === 403) failedLogins++
  return res
}

beforeAll(async () => {
  server = await startServer({
    env: {
      LOGIN_RATE_LIMIT: String(LOGIN_LIMIT),
      RESET_RATE_LIMIT: '100',
      SIGNUP_RATE_LIMIT: '1000',
      PORTAL_URL: PORTAL,
      // As in production: unset means Secure cookies (test servers otherwise set it to 'false').
      COOKIE_SECURE: undefined as unknown as string,
    },
  })
  villa = await municipalityId(server, 'villa-esperanza')
  tokens.platform = await login(server, account('platform-admin', null))
  tokens.villaAdmin = await login(server, account('municipal-admin', 'villa-esperanza'))
  tokens.citizen = await login(server, account('citizen', null))
}, 300_000)

afterAll(async () => {
  recordFigures('auth', { checks, failures: failures.length })
  await server?.stop()
})

describe('account lockout', () => {
  it.each(['users', 'people'] as const)(
    'after 10 failed logins a %s account refuses even the right password, with a clear message',
    async (collection) => {
      const before = failures.length
      const email = `bloqueo-${collection}@villa-esperanza.demo`
      const password = 'Cuenta-bloqueable-2026'
      const created = await api(server)
        .post(`/api/${collection}`)
        .set(auth(tokens.platform))
        .send(
          collection === 'users'
            ? { email, password, tenants: [{ tenant: villa, roles: ['editor'] }] }
            : { email, password, name: 'Cuenta bloqueable', _verified: true },
        )
      expect(created.status).toBe(201)
      check(
        (await tryLogin(collection, email, password)).status === 200,
        `${collection}: the new account cannot log in`,
      )
      for (let i = 1; i <= 10; i++) {
        const res = await tryLogin(collection, email, `Incorrecta-${i}-2026`)
        check(res.status === 401, `${collection}: failed login ${i} answered ${res.status}`)
      }
      const locked = await tryLogin(collection, email, password, 'en')
      check(locked.status === 401, `${collection}: locked account answered ${locked.status}`)
      check(
        locked.body.errors?.[0]?.message === 'This user is locked due to having too many failed login attempts.',
        `${collection}: lock message ${JSON.stringify(locked.body)}`,
      )
      check(!locked.body.token, `${collection}: a token for a locked account`)
      const es = await tryLogin(collection, email, password, 'es')
      check(/bloqueado/.test(es.body.errors?.[0]?.message ?? ''), `${collection}: lock message in Spanish`)
      const viaGql = await gql(
        server,
        `mutation($e: String!, $p: String!) { login${collection === 'users' ? 'User' : 'Person'}(email: $e, password: $p) { token } }`,
        { e: email, p: password },
      )
      failedLogins++
      check(
        Boolean(viaGql.errors?.length) && !viaGql.data?.[`login${collection === 'users' ? 'User' : 'Person'}`],
        `${collection}: GraphQL login of a locked account`,
      )
      const row = (await sql(`SELECT lock_until FROM ${collection} WHERE email = ?`, [email]))[0]
      check(
        row?.lock_until !== null && new Date(String(row?.lock_until)).getTime() > Date.now() + 5 * 60_000,
        `${collection}: lock_until ${String(row?.lock_until)}`,
      )
      expectNoNewFailures(before)
    },
  )
})

describe('password policy', () => {
  const RULES: { name: string; password: (email: string) => string; messages: Record<string, string> }[] = [
    {
      name: 'too short',
      password: () => 'Corta-1',
      messages: {
        es: 'La contraseña debe tener al menos 10 caracteres.',
        pt: 'A senha deve ter pelo menos 10 caracteres.',
        en: 'The password must be at least 10 characters long.',
        fr: 'Le mot de passe doit comporter au moins 10 caractères.',
      },
    },
    {
      name: 'too long',
      password: () => `Larga-${'x9'.repeat(70)}`,
      messages: {
        es: 'La contraseña no puede tener más de 128 caracteres.',
        pt: 'A senha não pode ter mais de 128 caracteres.',
        en: 'The password cannot be longer than 128 characters.',
        fr: 'Le mot de passe ne peut pas dépasser 128 caractères.',
      },
    },
    {
      name: 'one character repeated',
      password: () => 'zzzzzzzzzzzzzz',
      messages: {
        es: 'La contraseña no puede ser un mismo carácter repetido.',
        pt: 'A senha não pode ser um mesmo caractere repetido.',
        en: 'The password cannot be a single character repeated.',
        fr: 'Le mot de passe ne peut pas être un même caractère répété.',
      },
    },
    {
      name: "containing the email's name",
      password: (email) => `${email.split('@')[0].toUpperCase()}-2026`,
      messages: {
        es: 'La contraseña no puede contener el nombre de su correo electrónico.',
        pt: 'A senha não pode conter o nome do seu e-mail.',
        en: 'The password cannot contain the name part of your email address.',
        fr: 'Le mot de passe ne peut pas contenir le nom de votre adresse e-mail.',
      },
    },
    {
      name: 'among the most common',
      password: () => 'Password123',
      messages: {
        es: 'Esa contraseña es de las más usadas y fáciles de adivinar: elija otra.',
        pt: 'Essa senha está entre as mais usadas e fáceis de adivinhar: escolha outra.',
        en: 'That password is one of the most common and easiest to guess: choose another.',
        fr: 'Ce mot de passe fait partie des plus courants et des plus faciles à deviner : choisissez-en un autre.',
      },
    },
  ]
  type FieldError = { path?: string; message?: string }
  const passwordError = (errors: { data?: { errors?: FieldError[] } }[] | undefined) =>
    errors?.[0]?.data?.errors?.find((e) => e.path === 'password')

  it.each(RULES.map((r) => [r.name, r] as const))(
    'refuses a password %s on sign-up, in es/pt/en/fr (REST and GraphQL), storing nothing',
    async (_name, rule) => {
      const before = failures.length
      for (const lang of ['es', 'pt', 'en', 'fr']) {
        const email = `maria.gonzalez.${lang}@example.org`
        const res = await api(server)
          .post('/api/people')
          .set('Accept-Language', lang)
          .send({ email, name: 'María González', password: rule.password(email) })
        check(res.status === 400, `${rule.name} (${lang}): ${res.status}`)
        check(res.body.errors?.[0]?.name === 'ValidationError', `${rule.name} (${lang}): ${JSON.stringify(res.body)}`)
        check(
          passwordError(res.body.errors)?.message === rule.messages[lang],
          `${rule.name} (${lang}): ${JSON.stringify(res.body)}`,
        )
        const viaGql = await api(server)
          .post('/api/graphql')
          .set('Accept-Language', lang)
          .send({
            query: 'mutation($data: mutationPersonInput!) { createPerson(data: $data) { id } }',
            variables: { data: { email: `gql.${email}`, name: 'María', password: rule.password(`gql.${email}`) } },
          })
        const error = viaGql.body.errors?.[0]
        check(error?.extensions?.statusCode === 400, `${rule.name} (${lang}) GraphQL: ${JSON.stringify(error)}`)
        check(
          (error?.extensions?.data?.errors as FieldError[] | undefined)?.find((e) => e.path === 'password')?.message ===
            rule.messages[lang],
          `${rule.name} (${lang}) GraphQL message: ${JSON.stringify(error)}`,
        )
        check(
          (await countByEmail('people', email)) + (await countByEmail('people', `gql.${email}`)) === 0,
          `${rule.name} (${lang}): stored`,
        )
      }
      expectNoNewFailures(before)
    },
  )

  it("shows on the portal's sign-up form: the portal's SignUp mutation gets the message on `password`", async () => {
    const before = failures.length
    const document = fs.readFileSync(path.join(ROOT, 'frontend/src/graphql/account.graphql'), 'utf8')
    const signUp = document.slice(document.indexOf('mutation SignUp'), document.indexOf('mutation LogIn'))
    const res = await api(server)
      .post('/api/graphql')
      .set('Accept-Language', 'pt')
      .send({
        query: signUp,
        variables: { data: { name: 'Ana', email: 'ana.portal@example.org', password: 'password123', language: 'pt' } },
      })
    // As the portal's cmsMutate turns it into form errors (frontend/src/lib/cms.ts, toError).
    const fields: Record<string, string> = {}
    for (const error of res.body.errors ?? [])
      for (const item of error.extensions?.data?.errors ?? []) fields[item.path ?? item.field] ??= item.message
    check(
      fields.password === 'Essa senha está entre as mais usadas e fáceis de adivinhar: escolha outra.',
      `portal fields: ${JSON.stringify(res.body)}`,
    )
    const ok = await api(server)
      .post('/api/graphql')
      .send({
        query: signUp,
        variables: {
          data: { name: 'Ana', email: 'ana.portal@example.org', password: 'Una-clave-segura-2026', language: 'es' },
        },
      })
    // Sign-up answers `null` whether or not the address had an account (issue 21): the account is there.
    check(
      !ok.body.errors &&
        ok.body.data?.createPerson === null &&
        (await countByEmail('people', 'ana.portal@example.org')) === 1,
      `a good password refused: ${JSON.stringify(ok.body)}`,
    )
    expectNoNewFailures(before)
  })

  it('applies to staff accounts: creating, changing one’s own password (REST, bulk, GraphQL)', async () => {
    const before = failures.length
    const created = await api(server)
      .post('/api/users')
      .set({ ...auth(tokens.platform), 'Accept-Language': 'en' })
      .send({
        email: 'corta@villa-esperanza.demo',
        password: 'Corta-26',
        tenants: [{ tenant: villa, roles: ['editor'] }],
      })
    check(
      created.status === 400 && passwordError(created.body.errors)?.message === RULES[0].messages.en,
      `create staff: ${JSON.stringify(created.body)}`,
    )
    check((await countByEmail('users', 'corta@villa-esperanza.demo')) === 0, 'weak staff account stored')

    const admin = account('municipal-admin', 'villa-esperanza')
    const me = (await api(server).get('/api/users/me').set(auth(tokens.villaAdmin))).body.user as { id: number }
    const hashBefore = (await sql('SELECT hash FROM users WHERE id = ?', [me.id]))[0].hash
    // The email's name comes from the stored account: it is not in the update.
    for (const password of ['aaaaaaaaaaaa', 'Admin-de-villa-2026', '1234567890']) {
      const res = await api(server).patch(`/api/users/${me.id}`).set(auth(tokens.villaAdmin)).send({ password })
      check(res.status === 400 && Boolean(passwordError(res.body.errors)), `own password ${password}: ${res.status}`)
    }
    const bulk = await api(server)
      .patch('/api/users')
      .query({ where: { id: { equals: me.id } } })
      .set(auth(tokens.villaAdmin))
      .send({ password: 'qwertyuiop' })
    check(bulk.status === 400 || (bulk.body.docs ?? []).length === 0, `bulk password: ${bulk.status}`)
    const viaGql = await gql(
      server,
      'mutation($id: Int!) { updateUser(id: $id, data: { password: "qwertyuiop" }) { id } }',
      { id: me.id },
      tokens.villaAdmin,
    )
    check(viaGql.errors?.[0]?.extensions?.statusCode === 400, `GraphQL password: ${JSON.stringify(viaGql.errors)}`)
    check((await sql('SELECT hash FROM users WHERE id = ?', [me.id]))[0].hash === hashBefore, 'the password changed')
    check((await tryLogin('users', admin.email, admin.password)).status === 200, 'old password no longer works')
    const good = await api(server)
      .patch(`/api/users/${me.id}`)
      .set(auth(tokens.villaAdmin))
      .send({ password: 'Gestion-municipal-segura-2026' })
    check(good.status === 200, `a good password refused: ${JSON.stringify(good.body)}`)
    check(
      (await tryLogin('users', admin.email, 'Gestion-municipal-segura-2026')).status === 200,
      'new password does not work',
    )
    expectNoNewFailures(before)
  })

  it('applies to password resets (REST and GraphQL): a refused reset keeps the token usable', async () => {
    const before = failures.length
    const citizen = account('citizen', null)
    const forgot = await api(server).post('/api/people/forgot-password').send({ email: citizen.email })
    expect(forgot.status).toBe(200)
    const token = String(
      (await sql('SELECT reset_password_token AS t FROM people WHERE email = ?', [citizen.email]))[0].t,
    )
    expect(token.length).toBeGreaterThan(10)
    const localName = citizen.email.split('@')[0]
    for (const [password, expected] of [
      ['Corta-1', RULES[0].messages.fr],
      [`${localName}-Nueva-2026`, RULES[3].messages.fr],
      ['motdepasse123', RULES[4].messages.fr],
    ]) {
      const res = await api(server)
        .post('/api/people/reset-password')
        .set('Accept-Language', 'fr')
        .send({ token, password })
      check(
        res.status === 400 && passwordError(res.body.errors)?.message === expected,
        `reset ${password}: ${JSON.stringify(res.body)}`,
      )
    }
    const viaGql = await api(server)
      .post('/api/graphql')
      .set('Accept-Language', 'fr')
      .send({
        query: 'mutation($t: String, $p: String) { resetPasswordPerson(token: $t, password: $p) { token } }',
        variables: { t: token, p: 'zzzzzzzzzzzz' },
      })
    check(
      viaGql.body.errors?.[0]?.extensions?.data?.errors?.[0]?.message === RULES[2].messages.fr,
      `GraphQL reset: ${JSON.stringify(viaGql.body)}`,
    )
    check(
      (await tryLogin('people', citizen.email, citizen.password)).status === 200,
      'the old password stopped working',
    )
    const ok = await api(server)
      .post('/api/people/reset-password')
      .send({ token, password: 'Nueva-clave-del-barrio-2026' })
    check(ok.status === 200, `good reset: ${JSON.stringify(ok.body)}`)
    check(
      (await tryLogin('people', citizen.email, 'Nueva-clave-del-barrio-2026')).status === 200,
      'the reset password does not work',
    )
    expectNoNewFailures(before)
  })
})

describe('session cookie', () => {
  it.each([
    [
      'users REST',
      () =>
        api(server)
          .post('/api/users/login')
          .send({
            email: account('editor', 'villa-esperanza').email,
            password: account('editor', 'villa-esperanza').password,
          }),
    ],
    [
      'people REST',
      () =>
        api(server)
          .post('/api/people/login')
          .send({ email: account('supplier', null).email, password: account('supplier', null).password }),
    ],
    [
      'people GraphQL',
      () =>
        api(server)
          .post('/api/graphql')
          .send({
            query: `mutation { loginPerson(email: "${account('supplier', null).email}", password: "${account('supplier', null).password}") { token } }`,
          }),
    ],
  ])('is HttpOnly, SameSite=Lax and Secure in production (%s)', async (what, run) => {
    const before = failures.length
    const res = await run()
    // The rate limiter counts every GraphQL login, successful or not.
    if (what.includes('GraphQL')) failedLogins++
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('payload-token='))
    check(Boolean(cookie), `no session cookie: ${JSON.stringify(res.headers['set-cookie'])}`)
    // Browsers go by the attribute's name (RFC 6265 5.2: `Secure=true` is Secure); SameSite by its value.
    const attributes = new Map(
      (cookie ?? '')
        .split(';')
        .slice(1)
        .map((a) => a.trim().split('='))
        .map(([name, ...value]) => [name.toLowerCase(), value.join('=').toLowerCase()] as const),
    )
    check(attributes.has('httponly'), `not HttpOnly: ${cookie}`)
    check(attributes.has('secure'), `not Secure: ${cookie}`)
    check(attributes.get('samesite') === 'lax', `not SameSite=Lax: ${cookie}`)
    check(attributes.get('path') === '/', `path: ${cookie}`)
    expectNoNewFailures(before)
  })
})

describe('CSRF and CORS', () => {
  const DOMAIN = 'portal.villa-esperanza.test'
  let cookie: string
  let me: { id: number; email: string }

  beforeAll(async () => {
    const editor = account('editor', 'villa-esperanza')
    const res = await api(server).post('/api/users/login').send({ email: editor.email, password: editor.password })
    cookie = `payload-token=${res.body.token}`
    me = res.body.user
    // The platform admin gives Villa a domain of its own.
    const current = await api(server).get(`/api/municipalities/${villa}`).query({ depth: 0 })
    const domains = [
      ...(current.body.domains ?? []).map((d: { domain: string }) => ({ domain: d.domain })),
      { domain: DOMAIN },
    ]
    const set = await api(server).patch(`/api/municipalities/${villa}`).set(auth(tokens.platform)).send({ domains })
    expect(set.status).toBe(200)
  })

  const whoAmI = (headers: Record<string, string>) =>
    api(server)
      .get('/api/users/me')
      .set({ Cookie: cookie, ...headers })

  it('a cookie sent from a foreign origin counts for nothing; from the CMS, the portal or a municipality domain it does', async () => {
    const before = failures.length
    for (const origin of [
      'https://evil.example',
      'null',
      `https://${DOMAIN}.evil.example`,
      `https://x${DOMAIN}`,
      'http://127.0.0.1:1',
    ]) {
      const res = await whoAmI({ Origin: origin })
      check(res.body.user === null, `cookie honoured from ${origin}: ${JSON.stringify(res.body.user)}`)
      const write = await api(server)
        .patch(`/api/users/${me.id}`)
        .set({ Cookie: cookie, Origin: origin })
        .send({ name: 'Escrito desde otro sitio' })
      check([401, 403].includes(write.status), `write with a cookie from ${origin}: ${write.status}`)
      const graphql = await api(server)
        .post('/api/graphql')
        .set({ Cookie: cookie, Origin: origin })
        .send({ query: '{ meUser { user { email } } }' })
      check(!graphql.body.data?.meUser?.user, `GraphQL cookie honoured from ${origin}`)
    }
    const name = (await sql('SELECT name FROM users WHERE id = ?', [me.id]))[0].name
    check(name !== 'Escrito desde otro sitio', 'a foreign origin wrote with the cookie')
    for (const origin of [server.url, PORTAL, `https://${DOMAIN}`]) {
      const res = await whoAmI({ Origin: origin })
      check(res.body.user?.email === me.email, `cookie refused from ${origin}: ${JSON.stringify(res.body)}`)
    }
    const own = await api(server)
      .patch(`/api/users/${me.id}`)
      .set({ Cookie: cookie, Origin: server.url })
      .send({ name: 'Editora' })
    check(own.status === 200, `write from the CMS's own origin: ${own.status}`)
    // No Origin: a browser's same-origin navigation is fine; a cookie with nothing to vouch for it is not.
    check(
      (await whoAmI({ 'Sec-Fetch-Site': 'same-origin' })).body.user?.email === me.email,
      'same-origin fetch refused',
    )
    check((await whoAmI({ 'Sec-Fetch-Site': 'cross-site' })).body.user === null, 'cross-site fetch honoured')
    expectNoNewFailures(before)
  })

  // Issue 21, finding 1: credentialed origins per actor, and who may add one.
  it('a municipality’s domain vouches for its own staff’s cookie only — not the platform admin’s, other municipalities’ staff’s or people’s', async () => {
    const before = failures.length
    const cookieOf = (token: string) => `payload-token=${token}`
    const novaEditor = await login(server, account('editor', 'nova-esperanca'))
    const asker = (collection: 'users' | 'people', token: string, origin: string) =>
      api(server)
        .get(`/api/${collection}/me`)
        .set({ Cookie: cookieOf(token), Origin: origin })
    for (const [who, collection, token] of [
      ['platform admin', 'users', tokens.platform],
      ['Nova Esperança’s editor', 'users', novaEditor],
      ['a citizen', 'people', tokens.citizen],
    ] as const) {
      const fromDomain = await asker(collection, token, `https://${DOMAIN}`)
      check(
        fromDomain.body.user === null,
        `${who}'s cookie honoured from Villa's domain: ${JSON.stringify(fromDomain.body.user)}`,
      )
      // The positive control (the citizen's session may have ended in the tests above).
      if (collection === 'users') {
        const fromCms = await asker(collection, token, server.url)
        check(Boolean(fromCms.body.user), `${who}'s cookie refused from the CMS's own origin`)
      }
      // GraphQL and writes likewise.
      const graphql = await api(server)
        .post('/api/graphql')
        .set({ Cookie: cookieOf(token), Origin: `https://${DOMAIN}` })
        .send({ query: '{ meUser { user { email } } }' })
      check(!graphql.body.data?.meUser?.user, `${who}: GraphQL cookie honoured from Villa's domain`)
    }
    const write = await api(server)
      .patch(`/api/municipalities/${villa}`)
      .set({ Cookie: cookieOf(tokens.platform), Origin: `https://${DOMAIN}` })
      .send({ name: 'Escrito desde el dominio' })
    check([401, 403].includes(write.status), `the platform admin's cookie wrote from Villa's domain: ${write.status}`)
    // Villa's own staff: still honoured from Villa's domain (the portal on it).
    check((await whoAmI({ Origin: `https://${DOMAIN}` })).body.user?.email === me.email, "Villa's editor refused")
    expectNoNewFailures(before)
  })

  it('only the platform admin adds or changes a municipality’s domains, and the change is audited', async () => {
    const before = failures.length
    const grab = await api(server)
      .patch(`/api/municipalities/${villa}`)
      .set(auth(tokens.villaAdmin))
      .set('Accept-Language', 'en')
      .send({ domains: [{ domain: DOMAIN }, { domain: 'attacker.example' }] })
    check(grab.status === 403, `a municipal admin changed the domains: ${grab.status}`)
    check(
      /platform admin.*domains/.test(JSON.stringify(grab.body)),
      `the refusal says why: ${JSON.stringify(grab.body)}`,
    )
    // Sending them back unchanged (as the admin's form does) is no change, and other fields still save.
    const unchanged = (await api(server).get(`/api/municipalities/${villa}`).query({ depth: 0 })).body.domains
    const echo = await api(server)
      .patch(`/api/municipalities/${villa}`)
      .set(auth(tokens.villaAdmin))
      .send({ domains: unchanged.map((d: { domain: string }) => ({ domain: d.domain })) })
    check(echo.status === 200, `the unchanged domains were refused: ${echo.status} ${JSON.stringify(echo.body)}`)
    const after = await api(server).get(`/api/municipalities/${villa}`).query({ depth: 0 })
    const listed = (after.body.domains as { domain: string }[]).map((d) => d.domain)
    check(!listed.includes('attacker.example'), `attacker.example was added: ${listed.join(', ')}`)
    const cors = await api(server).get('/api/pages').query({ limit: 1 }).set('Origin', 'https://attacker.example')
    check(cors.headers['access-control-allow-origin'] === undefined, 'attacker.example got CORS')
    // The platform admin's change (beforeAll) is in the audit log, with who made it.
    const log = await api(server)
      .get('/api/audit-log')
      .query({ where: { collection: { equals: 'municipalities' }, documentId: { equals: String(villa) } }, limit: 50 })
      .set(auth(tokens.platform))
    const entry = (log.body.docs as { changedFields?: string[]; actorEmail?: string }[]).find((e) =>
      (e.changedFields ?? []).includes('domains'),
    )
    check(
      entry?.actorEmail === account('platform-admin', null).email,
      `no audit entry of the domain change: ${JSON.stringify(entry)}`,
    )
    expectNoNewFailures(before)
  })

  it('CORS answers only the CMS, the portal and the municipalities’ domains (simple requests and preflights)', async () => {
    const before = failures.length
    const allowed = [server.url, PORTAL, `https://${DOMAIN}`, `http://${DOMAIN}`]
    const foreign = [
      'https://evil.example',
      `https://${DOMAIN}.evil.example`,
      `https://x${DOMAIN}`,
      `https://${DOMAIN}:8443`,
      'null',
    ]
    for (const origin of allowed) {
      const res = await api(server).get('/api/pages').query({ limit: 1 }).set('Origin', origin)
      check(
        res.headers['access-control-allow-origin'] === origin,
        `simple GET from ${origin}: ${res.headers['access-control-allow-origin']}`,
      )
      check(res.headers['access-control-allow-credentials'] === 'true', `credentials for ${origin}`)
      check(/origin/i.test(String(res.headers.vary ?? '')), `Vary for ${origin}: ${res.headers.vary}`)
      const pre = await api(server).options('/api/graphql').set({
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, authorization',
      })
      check(pre.status === 204, `preflight from ${origin}: ${pre.status}`)
      check(pre.headers['access-control-allow-origin'] === origin, `preflight ACAO for ${origin}`)
      check(/POST/.test(pre.headers['access-control-allow-methods'] ?? ''), `preflight methods for ${origin}`)
      check(/authorization/i.test(pre.headers['access-control-allow-headers'] ?? ''), `preflight headers for ${origin}`)
    }
    for (const origin of foreign) {
      const res = await api(server).get('/api/pages').query({ limit: 1 }).set('Origin', origin)
      check(res.status === 200, `a foreign origin's GET is answered (without CORS): ${res.status}`)
      check(
        res.headers['access-control-allow-origin'] === undefined,
        `CORS for ${origin}: ${res.headers['access-control-allow-origin']}`,
      )
      check(res.headers['access-control-allow-credentials'] === undefined, `credentials for ${origin}`)
      const pre = await api(server)
        .options('/api/graphql')
        .set({ Origin: origin, 'Access-Control-Request-Method': 'POST' })
      check(pre.headers['access-control-allow-origin'] === undefined, `preflight ACAO for ${origin}`)
      check(pre.headers['access-control-allow-methods'] === undefined, `preflight methods for ${origin}`)
    }
    // Removing the domain closes it at once (no waiting for the cache).
    const current = await api(server).get(`/api/municipalities/${villa}`).query({ depth: 0 })
    const kept = (current.body.domains as { domain: string }[])
      .filter((d) => d.domain !== DOMAIN)
      .map((d) => ({ domain: d.domain }))
    expect(
      (await api(server).patch(`/api/municipalities/${villa}`).set(auth(tokens.platform)).send({ domains: kept }))
        .status,
    ).toBe(200)
    const gone = await api(server).get('/api/pages').set('Origin', `https://${DOMAIN}`)
    check(gone.headers['access-control-allow-origin'] === undefined, 'a removed domain still gets CORS')
    check((await whoAmI({ Origin: `https://${DOMAIN}` })).body.user === null, 'a removed domain still gets the cookie')
    expectNoNewFailures(before)
  })
})

describe('login rate limit', () => {
  it(`answers 429 once ${LOGIN_LIMIT} logins from one address have failed, with a clear message, whatever the account`, async () => {
    const before = failures.length
    let limitedAt = -1
    for (let attempt = 0; attempt < LOGIN_LIMIT + 5 && limitedAt < 0; attempt++) {
      const counted = failedLogins
      const res = await tryLogin('users', 'nadie@e-muni.demo', `Intento-${attempt}-2026`)
      if (res.status === 429) limitedAt = counted
      else check(res.status === 401, `failed login ${counted + 1}: ${res.status}`)
    }
    check(limitedAt === LOGIN_LIMIT, `429 after ${limitedAt} counted logins (limit ${LOGIN_LIMIT})`)
    // The right password of another account, from the same address, in Portuguese.
    const limited = await api(server)
      .post('/api/people/login')
      .set('Accept-Language', 'pt')
      .send({ email: account('supplier', null).email, password: account('supplier', null).password })
    check(limited.status === 429, `after the limit: ${limited.status}`)
    check(
      /^Muitas tentativas de login a partir deste endereço\. Tente novamente em 15 minutos\.$/.test(
        limited.body.errors?.[0]?.message ?? '',
      ),
      `429 message: ${JSON.stringify(limited.body)}`,
    )
    check(limited.headers['ratelimit'] !== undefined, 'no RateLimit header')
    const viaGql = await gql(server, 'mutation { loginUser(email: "nadie@e-muni.demo", password: "x") { token } }')
    check(viaGql.status === 429, `GraphQL login after the limit: ${viaGql.status}`)
    expectNoNewFailures(before)
  })
})
