/**
 * The conformance kit (@e-muni/sdk/testing) against a running server: isolation between municipalities,
 * audit entries, workflow fields out of direct reach, and the switch-off denials through REST and GraphQL.
 */
import { randomUUID } from 'node:crypto'

import { api, auth, runModuleConformance, startServer, type SampleContext, type TestServer } from '@e-muni/sdk/testing'

import { muniServi } from '../index'

let server: TestServer
beforeAll(async () => {
  server = await startServer()
}, 300_000)
afterAll(async () => {
  await server?.stop()
})

const code = () => randomUUID().slice(0, 8).toUpperCase()

const service = (extra: Record<string, unknown> = {}) => ({
  code: `K${code()}`,
  name: 'Servicio de conformidad',
  summary: 'Creado por el kit de conformidad.',
  maxBusinessDays: 5,
  silence: 'none',
  audience: ['people'],
  active: true,
  ...extra,
})

/** A service request needs a service of the same municipality: created first, without a form. */
const serviceRequest = async ({ server, municipality, token }: SampleContext) => {
  const res = await api(server)
    .post('/api/servi-services')
    .set(auth(token))
    .send({ ...service(), tenant: municipality })
  if (res.status !== 201) throw new Error(`service: ${res.status} ${JSON.stringify(res.body)}`)
  return { service: res.body.doc.id, answers: {}, requesterName: 'Ana Kit', requesterEmail: 'ana.kit@correo.test' }
}

runModuleConformance(muniServi, {
  server: () => server,
  samples: { 'servi-services': () => service(), 'servi-requests': serviceRequest },
})
