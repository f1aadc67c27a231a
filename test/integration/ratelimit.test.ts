/** Rate limits on password paths (REST login, GraphQL login mutations, forgot-password) and on public submissions. */
import { api, gql } from '../../src/plugins/sdk/testing/api'
import { startServer, type TestServer } from '../../src/plugins/sdk/testing/server'
import { INSTALLED_MODULES } from '../../src/modules'

let server: TestServer
const PORTAL_SECRET = 'portal-secret-for-ratelimit-tests'

beforeAll(async () => {
  server = await startServer({ seed: false, env: { SUBMIT_RATE_LIMIT: '3', PORTAL_CLIENT_SECRET: PORTAL_SECRET } })
})
afterAll(async () => {
  await server?.stop()
})

describe('login rate limit', () => {
  it('answers the 11th rapid failed login with 429 and a clear message, on REST and GraphQL alike', async () => {
    for (let i = 1; i <= 10; i++) {
      const res = await api(server)
        .post('/api/users/login')
        .send({ email: 'nadie@e-muni.demo', password: `intento-${i}` })
      expect(res.status).toBe(401)
    }
    const eleventh = await api(server)
      .post('/api/users/login')
      .set('Accept-Language', 'en')
      .send({ email: 'nadie@e-muni.demo', password: 'otra' })
    expect(eleventh.status).toBe(429)
    expect(eleventh.body.errors[0].message).toBe('Too many login attempts from this address. Try again in 15 minutes.')
    expect(eleventh.headers['ratelimit']).toBeDefined()

    // The same address cannot switch to GraphQL, nor to the other auth collection.
    const viaGraphql = await gql(server, 'mutation { loginUser(email: "nadie@e-muni.demo", password: "x") { token } }')
    expect(viaGraphql.status).toBe(429)
    const people = await api(server).post('/api/people/login').send({ email: 'nadie@e-muni.demo', password: 'x' })
    expect(people.status).toBe(429)
  })

  it('leaves other GraphQL operations alone', async () => {
    const res = await gql(server, '{ Municipalities { totalDocs } }')
    expect(res.status).toBe(200)
    expect(res.data!.Municipalities.totalDocs).toBe(0)
  })
})

describe('password reset rate limit', () => {
  it('answers the 6th forgot-password request within the hour with 429', async () => {
    for (let i = 1; i <= 5; i++) {
      const res = await api(server)
        .post('/api/people/forgot-password')
        .send({ email: `alguien${i}@e-muni.demo` })
      expect(res.status).toBe(200)
    }
    const sixth = await api(server)
      .post('/api/people/forgot-password')
      .set('Accept-Language', 'pt')
      .send({ email: 'alguien@e-muni.demo' })
    expect(sixth.status).toBe(429)
    expect(sixth.body.errors[0].message).toMatch(/^Muitos pedidos de redefinição de senha/)
    const viaGraphql = await gql(server, 'mutation { forgotPasswordPerson(email: "alguien@e-muni.demo") }')
    expect(viaGraphql.status).toBe(429)
  })
})

describe('public submission rate limit', () => {
  it('answers the 4th submission from one address with 429, on GraphQL, module REST and modules’ own endpoints', async () => {
    // Modules' public submissions are the mutations named submit…, ask… or register… and every POST under
    // /api/m/; refused for their own reason (no such municipality, module or field), they still count.
    const submit = () =>
      api(server)
        .post('/api/graphql')
        .set('Accept-Language', 'en')
        .send({ query: 'mutation { submitSomething(municipality: "x", service: "Y") { id } }' })
    const first = await submit()
    expect(first.status).toBe(400)
    for (let i = 2; i <= 3; i++)
      expect((await api(server).post('/api/m/x/any-module/submit').send({})).status).toBe(404)
    const fourth = await submit()
    expect(fourth.status).toBe(429)
    expect(fourth.body.errors[0].message).toBe('Too many submissions from this address. Try again in 10 minutes.')
    expect((await api(server).post('/api/m/x/any-module/submit').send({ service: 'Y' })).status).toBe(429)
    // And the modules' own public writes (their endpoints marked as submissions: Open311's, for one).
    const own = INSTALLED_MODULES.modules.flatMap((m) =>
      (m.endpoints ?? []).filter((e) => e.root && e.submission && e.method === 'post').map((e) => `/api${e.path}`),
    )
    for (const path of own)
      expect([path, (await api(server).post(path.replace(/:\w+/g, 'x')).send({})).status]).toEqual([path, 429])
    // Reading is not limited.
    expect((await gql(server, '{ Municipalities { totalDocs } }')).status).toBe(200)
  })
})

// Issue 21, finding 3: behind the portal, limits count per visitor as the portal states it with its secret —
// not per portal (every citizen locked out together), and not per address a visitor writes into a header.
describe('rate limits through the portal', () => {
  const asPortal = (address: string) => ({ 'x-emuni-portal-secret': PORTAL_SECRET, 'x-emuni-client-address': address })
  const badLogin = (headers: Record<string, string>) =>
    api(server).post('/api/people/login').set(headers).send({ email: 'nadie@e-muni.demo', password: 'mala' })

  it('counts each visitor the portal states apart: one visitor locked out does not lock out the others', async () => {
    for (let i = 1; i <= 10; i++) expect((await badLogin(asPortal('198.51.100.7'))).status).toBe(401)
    expect((await badLogin(asPortal('198.51.100.7'))).status).toBe(429)
    // Another visitor through the same portal, and the first one's GraphQL attempts, are counted apart.
    expect((await badLogin(asPortal('198.51.100.8'))).status).toBe(401)
    expect((await badLogin(asPortal('2001:db8::1'))).status).toBe(401)
    const viaGraphql = await api(server)
      .post('/api/graphql')
      .set(asPortal('198.51.100.7'))
      .send({ query: 'mutation { loginPerson(email: "nadie@e-muni.demo", password: "x") { token } }' })
    expect(viaGraphql.status).toBe(429)
  })

  it('believes a stated address only with the portal’s secret: no caller picks their own key', async () => {
    // This test's own address is out of login attempts (the first test of this file).
    expect((await badLogin({})).status).toBe(429)
    for (let i = 0; i < 12; i++) {
      const tries: Record<string, string>[] = [
        { 'x-emuni-client-address': `203.0.113.${i}` },
        { 'x-emuni-portal-secret': 'not-the-secret-at-all', 'x-emuni-client-address': `203.0.113.${i}` },
        { 'x-forwarded-for': `203.0.113.${i}` },
        { 'x-emuni-portal-secret': PORTAL_SECRET, 'x-emuni-client-address': 'not-an-address' },
      ]
      for (const headers of tries)
        expect({ headers, status: (await badLogin(headers)).status }).toEqual({ headers, status: 429 })
    }
  })
})
