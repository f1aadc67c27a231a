/**
 * The conformance kit against a running server for MuniServi, MuniCompra and MuniParticipa: isolation
 * between municipalities, audit entries, workflow fields out of direct reach (a document of every
 * collection with a workflow), and the switch-off denials through REST and GraphQL. One production
 * server serves all three. (MuniAgenda, like a third-party module, runs the kit in its own folder:
 * src/plugins/muniagenda/test/.)
 */
import { randomUUID } from 'node:crypto'

import { muniCompra } from '../../src/plugins/municompra/index'
import { muniParticipa } from '../../src/plugins/muniparticipa/index'
import { muniServi } from '../../src/plugins/muniservi/index'
import { api, auth, createPerson, gql } from '../../src/plugins/sdk/testing/api'
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
    .post('/api/servi-services')
    .set(auth(token))
    .send({ ...service(), tenant: municipality })
  if (res.status !== 201) throw new Error(`service: ${res.status} ${JSON.stringify(res.body)}`)
  return { service: res.body.doc.id, answers: {}, requesterName: 'Ana Kit', requesterEmail: 'ana.kit@correo.test' }
}

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

/**
 * Proposals and comments are written by people, through MuniParticipa's GraphQL mutations: a process
 * taking proposals now, a person, their proposal — published by the admin when a comment needs it.
 */
const participation = async ({ server, municipality, slug, token, platformToken }: SampleContext) => {
  const hour = 3_600_000
  const process = await api(server)
    .post('/api/participa-processes')
    .set(auth(token))
    .send({
      tenant: municipality,
      slug: `kit-${code().toLowerCase()}`,
      title: 'Proceso de conformidad',
      published: true,
      phases: [
        {
          phase: 'proposals',
          startsAt: new Date(Date.now() - hour).toISOString(),
          endsAt: new Date(Date.now() + hour).toISOString(),
        },
      ],
    })
  if (process.status !== 201) throw new Error(`process: ${process.status} ${JSON.stringify(process.body)}`)
  const person = await createPerson(server, platformToken, {
    email: `kit-${code().toLowerCase()}@correo.test`,
    name: 'Ana Kit',
  })
  const proposal = await gql(
    server,
    `mutation P($m: String!, $p: String!) { submitProposal(municipality: $m, process: $p, title: "Propuesta de conformidad", body: "Creada por el kit.") { id } }`,
    { m: slug, p: process.body.doc.slug },
    person.token,
  )
  const id = proposal.data?.submitProposal?.id as string | undefined
  if (!id) throw new Error(`submitProposal: ${JSON.stringify(proposal.errors)}`)
  return { id, person, slug, token }
}

runModuleConformance(muniServi, {
  server: () => server,
  samples: { 'servi-services': () => service(), 'servi-requests': serviceRequest },
})

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

runModuleConformance(muniParticipa, {
  server: () => server,
  samples: {
    'participa-districts': () => ({ name: `Distrito ${code()}` }),
    'participa-processes': () => ({
      slug: `kit-${code().toLowerCase()}`,
      title: 'Proceso de conformidad',
      published: true,
    }),
  },
  made: {
    'participa-proposals': async (ctx) => (await participation(ctx)).id,
    'participa-comments': async (ctx) => {
      const { id, person, slug, token } = await participation(ctx)
      const published = await api(ctx.server)
        .patch(`/api/participa-proposals/${id}`)
        .set(auth(token))
        .send({ status: 'published' })
      if (published.status !== 200) throw new Error(`publishing: ${published.status} ${JSON.stringify(published.body)}`)
      const comment = await gql(
        ctx.server,
        `mutation C($m: String!, $p: String!) { comment(municipality: $m, proposal: $p, body: "Comentario de conformidad") { id } }`,
        { m: slug, p: id },
        person.token,
      )
      const commentId = comment.data?.comment?.id as string | undefined
      if (!commentId) throw new Error(`comment: ${JSON.stringify(comment.errors)}`)
      return commentId
    },
  },
})
