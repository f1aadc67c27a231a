/** Small helpers over supertest for the integration suites. */
import request from 'supertest'

import { demoAccounts, type DemoAccount } from './accounts'
import { type TestServer } from './server'

export { demoAccounts, type DemoAccount }

export const account = (role: string, municipality: string | null): DemoAccount => {
  const found = demoAccounts().find((a) => a.role === role && a.municipality === municipality)
  if (!found) throw new Error(`no demo account ${role}@${municipality}`)
  return found
}

export const api = (server: TestServer) => request(server.url)

export const login = async (server: TestServer, who: DemoAccount): Promise<string> => {
  const res = await api(server).post(`/api/${who.collection}/login`).send({ email: who.email, password: who.password })
  if (res.status !== 200 || !res.body.token)
    throw new Error(`login ${who.email} failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token as string
}

export const auth = (token?: string) => (token ? { Authorization: `JWT ${token}` } : {})

export type GqlResult = {
  status: number
  data?: Record<string, any>
  errors?: { message: string; extensions?: { statusCode?: number; name?: string; data?: any } }[]
}

export const gql = async (
  server: TestServer,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResult> => {
  const res = await api(server).post('/api/graphql').set(auth(token)).send({ query, variables })
  return { status: res.status, data: res.body?.data, errors: res.body?.errors }
}

/** Municipality id by slug (the municipalities collection is public). */
export const municipalityId = async (server: TestServer, slug: string): Promise<number | string> => {
  const res = await api(server)
    .get('/api/municipalities')
    .query({ where: { slug: { equals: slug } } })
  const id = res.body?.docs?.[0]?.id
  if (id === undefined) throw new Error(`municipality ${slug} not found`)
  return id
}

/** A verified person (citizen or supplier) created by a platform admin; returns the person's token. */
export const createPerson = async (
  server: TestServer,
  platformToken: string,
  person: { email: string; name: string; password?: string; language?: string },
): Promise<{ id: number | string; token: string }> => {
  const password = person.password ?? 'Clave-de-prueba-2026'
  const res = await api(server)
    .post('/api/people')
    .set(auth(platformToken))
    .send({ ...person, password, _verified: true })
  if (res.status !== 201) throw new Error(`creating ${person.email} failed: ${res.status} ${JSON.stringify(res.body)}`)
  const token = await login(server, {
    email: person.email,
    password,
    collection: 'people',
    role: 'citizen',
    municipality: null,
  })
  return { id: res.body.doc.id, token }
}
