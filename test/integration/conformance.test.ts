/**
 * The conformance kit against a running server for MuniServi, MuniCompra and MuniParticipa: isolation
 * between municipalities, audit entries, workflow fields out of direct reach, and the switch-off
 * denials through REST and GraphQL. One production server serves all three. (MuniAgenda, like a
 * third-party module, runs the kit in its own folder: src/plugins/muniagenda/test/.)
 */
import { randomUUID } from 'node:crypto'

import { muniCompra } from '../../src/plugins/municompra/index'
import { muniParticipa } from '../../src/plugins/muniparticipa/index'
import { muniServi } from '../../src/plugins/muniservi/index'
import { api, auth } from '../../src/plugins/sdk/testing/api'
import { runModuleConformance, type SampleContext } from '../../src/plugins/sdk/testing/conformance'
import { startServer, type TestServer } from '../../src/plugins/sdk/testing/server'

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
    .post('/api/services')
    .set(auth(token))
    .send({ ...service(), tenant: municipality })
  if (res.status !== 201) throw new Error(`service: ${res.status} ${JSON.stringify(res.body)}`)
  return { service: res.body.doc.id, answers: {}, requesterName: 'Ana Kit', requesterEmail: 'ana.kit@correo.test' }
}

runModuleConformance(muniServi, {
  server: () => server,
  samples: { services: () => service(), 'service-requests': serviceRequest },
})

runModuleConformance(muniCompra, {
  server: () => server,
  samples: {
    tenders: () => ({
      reference: `KIT-${code()}`,
      title: 'Licitación de conformidad',
      category: 'goods',
      method: 'open',
    }),
  },
})

runModuleConformance(muniParticipa, {
  server: () => server,
  samples: {
    districts: () => ({ name: `Distrito ${code()}` }),
    processes: () => ({ slug: `kit-${code().toLowerCase()}`, title: 'Proceso de conformidad', published: true }),
  },
})
