/**
 * The README's quick start: `npm run dev` on an empty database seeds the demo, prints the demo
 * accounts, and serves the admin and GraphQL (development mode: Next compiles on first request).
 */
import { stripVTControlCharacters } from 'node:util'

import { api, demoAccounts, gql, login } from '../../src/plugins/sdk/testing/api'
import { freePort, startServer, type TestServer } from '../../src/plugins/sdk/testing/server'
import { INSTALLED_MODULES } from '../../src/modules'
import { DEMO_MUNICIPALITIES } from '../../src/seed/demo'

let server: TestServer
let portalPort: number

beforeAll(async () => {
  portalPort = await freePort()
  server = await startServer({
    mode: 'development',
    // Its own empty database, never a seeded copy: this test is about what a first start does.
    fresh: true,
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
    // Only the modules Nova Esperança has on in the demo have an entry in its navigation.
    const nova = DEMO_MUNICIPALITIES.find((m) => m.slug === 'nova-esperanca')!.modules
    const entries = [...html.matchAll(/data-module="([^"]+)"/g)].map((m) => m[1])
    expect([...new Set(entries)]).toEqual(nova.filter((slug) => INSTALLED_MODULES.slugs.includes(slug)))
  }, 200_000)

  it('seeds the empty database, and prints the demo accounts, which log in', async () => {
    const out = server.logs.join('')
    // The seed ran, because the fresh database was empty (the accounts are printed either way).
    const seeding = out.indexOf('Empty database: seeding the demo municipalities')
    expect(seeding).toBeGreaterThanOrEqual(0)
    // What only the seed writes: the two demo municipalities, their staff and their pages.
    const rows = async (statement: string) => (await server.sql(statement)).map((r) => Object.values(r).join(' '))
    expect(await rows('SELECT slug FROM municipalities ORDER BY slug')).toEqual(['nova-esperanca', 'villa-esperanza'])
    const staff = demoAccounts().filter((a) => a.collection === 'users')
    expect(await rows('SELECT email FROM users ORDER BY email')).toEqual(staff.map((a) => a.email).sort())
    expect(
      await rows(
        "SELECT m.slug || ' ' || p.slug FROM pages p JOIN municipalities m ON m.id = p.tenant_id WHERE p.slug = 'inicio' ORDER BY m.slug",
      ),
    ).toEqual(['nova-esperanca inicio', 'villa-esperanza inicio'])
    // The accounts printed after seeding: every documented one, and each logs in with what was printed.
    const header = out.indexOf('Demo accounts (admin at /admin', seeding)
    expect(header).toBeGreaterThan(seeding)
    // The lines under the header: role, municipality, email and password (src/seed/index.ts, formatAccounts),
    // behind the `[cms]` prefix of \`npm run dev\` (concurrently).
    const lines = out
      .slice(header)
      .split('\n')
      .slice(1)
      .map((line) => stripVTControlCharacters(line).replace(/^\[cms\] /, ''))
    const account = /^ {2}\S+ +.+ (\S+@\S+) +(\S+)$/
    const end = lines.findIndex((line) => !account.test(line))
    const printed = (end < 0 ? lines : lines.slice(0, end)).map((line) => account.exec(line)!.slice(1, 3))
    expect(printed.map(([email, password]) => `${email} ${password}`).sort()).toEqual(
      demoAccounts()
        .map((a) => `${a.email} ${a.password}`)
        .sort(),
    )
    for (const [email, password] of printed) {
      const who = demoAccounts().find((a) => a.email === email)!
      expect({ email, token: await login(server, { ...who, password }) }).toEqual({
        email,
        token: expect.stringMatching(/^ey/),
      })
    }
  }, 200_000)

  it('serves the admin login page', async () => {
    const res = await api(server).get('/admin/login').timeout(180_000)
    expect(res.status).toBe(200)
    expect(res.text).toContain('<html')
  }, 200_000)

  it('answers the GraphQL municipalities query', async () => {
    const res = await gql(server, '{ Municipalities { docs { name slug modules } } }')
    expect(res.data!.Municipalities.docs.map((d: { slug: string }) => d.slug).sort()).toEqual([
      'nova-esperanca',
      'villa-esperanza',
    ])
  }, 200_000)
})
