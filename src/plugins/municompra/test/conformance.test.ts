/**
 * The conformance kit (@e-muni/sdk/testing) against a running server: isolation between municipalities,
 * audit entries, workflow fields out of direct reach, and the switch-off denials through REST and GraphQL.
 */
import { randomUUID } from 'node:crypto'

import { api, auth, runModuleConformance, startServer, type SampleContext, type TestServer } from '@e-muni/sdk/testing'

import { muniCompra } from '../index'

let server: TestServer
beforeAll(async () => {
  server = await startServer()
}, 300_000)
afterAll(async () => {
  await server?.stop()
})

const code = () => randomUUID().slice(0, 8).toUpperCase()

/** A contract needs an awarded tender of the same municipality: the demo's. */
const contract = async ({ server, municipality, token }: SampleContext) => {
  const res = await api(server)
    .get('/api/compra-tenders')
    .query({ where: { tenant: { equals: municipality }, status: { equals: 'awarded' } }, limit: 1, depth: 0 })
    .set(auth(token))
  const tender = res.body?.docs?.[0]
  if (!tender) throw new Error(`no awarded tender: ${res.status} ${JSON.stringify(res.body)}`)
  return { title: 'Contrato de conformidad', tender: tender.id }
}

runModuleConformance(muniCompra, {
  server: () => server,
  samples: {
    'compra-tenders': () => ({
      reference: `KIT-${code()}`,
      title: 'Licitación de conformidad',
      category: 'goods',
      method: 'open',
    }),
    'compra-contracts': contract,
    'compra-suppliers': () => ({
      legalName: 'Proveedor de conformidad',
      country: 'UY',
      taxId: String(Date.now()) + String(Math.floor(Math.random() * 1000)).padStart(3, '0'),
      categories: ['goods'],
    }),
  },
})
