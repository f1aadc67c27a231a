/** Rate limits on password paths (REST login, GraphQL login mutations, forgot-password) and on public submissions. */
import { api, gql } from '../../src/plugins/sdk/testing/api'
import { startServer, type TestServer } from '../../src/plugins/sdk/testing/server'

let server: TestServer

beforeAll(async () => {
  server = await startServer({ seed: false, env: { SUBMIT_RATE_LIMIT: '3' } })
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
  it('answers the 4th submission from one address with 429, on GraphQL, module REST and Open311 alike', async () => {
    const submit = () =>
      gql(
        server,
        'mutation { submitServiceRequest(municipality: "x", service: "Y", name: "A", email: "a@b.test") { trackingCode } }',
      )
    for (let i = 1; i <= 3; i++) {
      const res = await submit()
      // Refused for its own reason (no such municipality), but counted.
      expect(res.status).toBe(200)
      expect(res.errors?.[0].extensions?.statusCode).toBe(404)
    }
    const fourth = await api(server)
      .post('/api/graphql')
      .set('Accept-Language', 'en')
      .send({ query: 'mutation { s: submitServiceRequest(municipality: "x", service: "Y") { trackingCode } }' })
    expect(fourth.status).toBe(429)
    expect(fourth.body.errors[0].message).toBe('Too many submissions from this address. Try again in 10 minutes.')
    expect((await api(server).post('/api/m/x/muniservi/requests').send({ service: 'Y' })).status).toBe(429)
    expect(
      (await api(server).post('/api/open311/v2/x/requests.json').type('form').send({ service_code: 'Y' })).status,
    ).toBe(429)
    // Reading is not limited.
    expect((await gql(server, '{ Municipalities { totalDocs } }')).status).toBe(200)
  })
})
