/**
 * People and data for the isolation matrix: the actors of municipality A (a staff account for every
 * per-municipality role, a citizen, and whoever the installed modules make active there: a supplier), and
 * documents of municipality B in the collections its demo leaves empty, made the way the platform makes
 * them (the platform admin over REST, or a resident of B through the modules' public mutations). What is
 * module-specific comes from the installed modules' fixtures (test/fixtures/modules.ts).
 */
import sharp from 'sharp'

import { api, auth, createPerson, gql } from '../../src/plugins/sdk/testing/api'
import type { IsolationContext, RestRequest } from '../../src/plugins/sdk/testing/fixtures'
import { usingPostgres, type TestServer } from '../../src/plugins/sdk/testing/server'
import { simplePdf } from '../../src/seed/assets'
import { installedFixtures } from '../fixtures/modules'

type ID = number | string
type Doc = Record<string, any>

export type Actor = { name: string; kind: 'staff' | 'citizen' | 'supplier' | 'anonymous'; token?: string }

export const PDF = simplePdf(['Prueba de aislamiento', 'e-Muni'])
export const png = (): Promise<Buffer> =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#2a7' } })
    .png()
    .toBuffer()

const STAFF_PASSWORD = 'Aislamiento-Clave-2026'

/** Runs SQL written with `?` placeholders on either database. */
export const sqlOn =
  (server: TestServer) =>
  (statement: string, params: unknown[] = []) => {
    let n = 0
    return server.sql(usingPostgres ? statement.replace(/\?/g, () => `$${++n}`) : statement, params)
  }

const docsOf = async (server: TestServer, token: string, collection: string, where: object, extra: object = {}) => {
  const res = await api(server)
    .get(`/api/${collection}`)
    .query({ where, depth: 0, draft: 'true', pagination: 'false', ...extra })
    .set(auth(token))
  if (res.status !== 200) throw new Error(`listing ${collection}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.docs as Doc[]
}

/**
 * REST as `token` (undefined: anonymous); throws unless the status is `expected`; returns the parsed body, or the
 * text of an answer that is not JSON (the fixtures' `rest` and the privacy suite's `restAs`).
 */
export const restAs =
  (server: TestServer) =>
  async (token: string | undefined, ...[method, path, body, expected, type]: RestRequest) => {
    let req = api(server)[method](path).set(auth(token))
    if (type) req = req.set('Content-Type', type)
    const res = body === undefined ? await req : await req.send(body)
    if (res.status !== expected) throw new Error(`${method} ${path}: ${res.status} ${res.text.slice(0, 600)}`)
    return res.body && typeof res.body === 'object' && Object.keys(res.body).length ? res.body : res.text
  }

/** What the modules' fixtures work with in one municipality (see IsolationContext). */
export const contextFor = (
  server: TestServer,
  platform: string,
  municipality: { id: ID; slug: string },
  citizen: { id: ID; token: string; email: string },
): IsolationContext => {
  const people = new Map<string, Promise<{ id: ID; token: string }>>([[citizen.email, Promise.resolve(citizen)]])
  return {
    server,
    platform,
    municipality,
    citizen,
    person: (email, name) => {
      if (!people.has(email)) people.set(email, createPerson(server, platform, { email, name }))
      return people.get(email)!
    },
    docsOf: (collection, where, extra) => docsOf(server, platform, collection, where, extra),
    gqlAs: async (token, what, query, variables = {}) => {
      const res = await gql(server, query, variables, token)
      if (res.errors?.length) throw new Error(`${what}: ${JSON.stringify(res.errors)}`)
      return res.data!
    },
    rest: (...request) => restAs(server)(platform, ...request),
    sql: sqlOn(server),
    pdf: PDF,
    png,
  }
}

/**
 * The actors of municipality A: one staff account per role (created by the platform admin), a citizen,
 * whoever the installed modules make active in A (a verified supplier), and anonymous. The modules may make
 * the citizen active there too (following a process).
 */
export const actorsOfA = async (
  server: TestServer,
  platform: string,
  a: { id: ID; slug: string },
  roles: string[],
): Promise<Actor[]> => {
  const staff = await Promise.all(
    roles.map(async (role): Promise<Actor> => {
      const email = `aislamiento.${role}@${a.slug}.test`
      const created = await api(server)
        .post('/api/users')
        .set(auth(platform))
        .send({
          email,
          name: `Aislamiento ${role}`,
          password: STAFF_PASSWORD,
          tenants: [{ tenant: a.id, roles: [role] }],
        })
      if (created.status !== 201)
        throw new Error(`creating ${email}: ${created.status} ${JSON.stringify(created.body)}`)
      const login = await api(server).post('/api/users/login').send({ email, password: STAFF_PASSWORD })
      if (login.status !== 200) throw new Error(`login ${email}: ${login.status}`)
      return { name: role, kind: 'staff', token: login.body.token as string }
    }),
  )

  const email = `ciudadana@${a.slug}.test`
  const citizen = { email, ...(await createPerson(server, platform, { email, name: 'Ciudadana de A' })) }
  const ctx = contextFor(server, platform, a, citizen)
  const active: Actor[] = []
  for (const fixtures of await installedFixtures()) active.push(...((await fixtures.isolation?.actors?.(ctx)) ?? []))

  return [
    ...staff,
    { name: 'citizen', kind: 'citizen', token: citizen.token },
    ...active,
    { name: 'anonymous', kind: 'anonymous' },
  ]
}

/**
 * Documents of B in the collections where it has none, each made by the path the installed modules offer
 * for it. Returns what could not be made (filler name and error), for the report.
 */
export const fillEmptyCollections = async (
  server: TestServer,
  platform: string,
  b: { id: ID; slug: string },
  empty: Set<string>,
): Promise<string[]> => {
  // The modules' fillers act as this resident of B (ctx.person with the same address).
  const email = `residente@${b.slug}.test`
  const resident = { email, ...(await createPerson(server, platform, { email, name: 'Residente de B' })) }
  const ctx = contextFor(server, platform, b, resident)
  const problems: string[] = []
  for (const fixtures of await installedFixtures()) {
    for (const filler of fixtures.isolation?.fillers ?? []) {
      if (!filler.fills.some((slug) => empty.has(slug))) continue
      try {
        await filler.run(ctx)
      } catch (error) {
        problems.push(`${filler.name}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  }
  return problems
}
