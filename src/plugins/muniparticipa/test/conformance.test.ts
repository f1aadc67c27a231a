/**
 * The conformance kit (@e-muni/sdk/testing) against a running server: isolation between municipalities,
 * audit entries, workflow fields out of direct reach, and the switch-off denials through REST and GraphQL.
 */
import { randomUUID } from 'node:crypto'

import {
  api,
  auth,
  createPerson,
  gql,
  runModuleConformance,
  startServer,
  type SampleContext,
  type TestServer,
} from '@e-muni/sdk/testing'

import { muniParticipa } from '../index'

let server: TestServer
beforeAll(async () => {
  server = await startServer()
}, 300_000)
afterAll(async () => {
  await server?.stop()
})

const code = () => randomUUID().slice(0, 8).toUpperCase()

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
