/**
 * The README's quick start: `npm run dev` on an empty database seeds the demo, prints the demo
 * accounts, and serves the admin and GraphQL (development mode: Next compiles on first request).
 */
import { api, demoAccounts, gql, login } from '../../src/plugins/sdk/testing/api'
import { freePort, startServer, type TestServer } from '../../src/plugins/sdk/testing/server'

let server: TestServer
let portalPort: number

beforeAll(async () => {
  portalPort = await freePort()
  server = await startServer({
    mode: 'development',
    env: { SEED_DEMO: '', SEED_DEMO_MODULES: 'demo', PORTAL_PORT: String(portalPort), PORTAL_URL: '' },
  })
}, 240_000)
afterAll(async () => {
  await server?.stop()
})

describe('npm run dev', () => {
  it('also starts the portal, which shows each municipality with only its modules', async () => {
    const deadline = Date.now() + 180_000
    let res: Response | undefined
    while (Date.now() < deadline) {
      res = await fetch(`http://127.0.0.1:${portalPort}/m/nova-esperanca/pt`).catch(() => undefined)
      if (res) break
      await new Promise((r) => setTimeout(r, 500))
    }
    expect(res?.status).toBe(200)
    const html = await res!.text()
    expect(html).toContain('Boas-vindas ao portal de Nova Esperança do Vale')
    expect(html).toContain('Serviços')
    expect(html).not.toContain('/m/nova-esperanca/pt/tenders')
  }, 200_000)

  it('seeds the empty database and prints every demo account', () => {
    const out = server.logs.join('')
    for (const who of demoAccounts()) expect(out).toContain(`${who.email.padEnd(30)} ${who.password}`)
  })

  it('serves the admin login page', async () => {
    const res = await api(server).get('/admin/login').timeout(180_000)
    expect(res.status).toBe(200)
    expect(res.text).toContain('<html')
  }, 200_000)

  it('answers the GraphQL municipalities query and lets the demo accounts log in', async () => {
    const res = await gql(server, '{ Municipalities { docs { name slug modules } } }')
    expect(res.data!.Municipalities.docs.map((d: { slug: string }) => d.slug).sort()).toEqual([
      'nova-esperanca',
      'villa-esperanza',
    ])
    for (const who of demoAccounts()) expect(await login(server, who)).toMatch(/^ey/)
  }, 200_000)
})
