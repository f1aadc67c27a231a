/**
 * MuniParticipa for the app's hostile-upload suite (`fixtures.uploads`): a process taking proposals now, open
 * to every signed-in person, and a resident's proposal with an image as the path to proposal images. A
 * refused image must leave no proposal behind.
 */
import {
  account,
  api,
  auth,
  createPerson,
  gqlUploadOutcome,
  login,
  type Upload,
  type UploadContext,
  type UploadFixtures,
} from '@e-muni/sdk/testing'

const HOUR = 3_600_000

/** The resident's token, once setup made it. */
let resident = ''

const submitProposal = (slug: string) => `mutation P($f: String!, $b: String!) {
  submitProposal(municipality: "${slug}", process: "subidas", title: "Bancos", body: "Más bancos en la plaza.",
    images: [{ filename: $f, base64: $b }]) { id }
}`

const setup = async (ctx: UploadContext) => {
  const { server, municipality } = ctx
  const admin = await login(server, account('municipal-admin', municipality.slug))
  const now = Date.now()
  const process_ = await api(server)
    .post('/api/participa-processes')
    .set(auth(admin))
    .send({
      tenant: municipality.id,
      slug: 'subidas',
      title: 'Mejoras de la plaza',
      published: true,
      requireVerification: false,
      phases: [
        {
          phase: 'proposals',
          startsAt: new Date(now - HOUR).toISOString(),
          endsAt: new Date(now + 48 * HOUR).toISOString(),
        },
      ],
    })
  if (process_.status !== 201)
    throw new Error(`creating the process: ${process_.status} ${JSON.stringify(process_.body)}`)
  resident = (await createPerson(server, ctx.platform, { email: 'vecina@subidas.test', name: 'Vecina' })).token
}

const channels = ({ server, municipality: { slug } }: UploadContext) => [
  {
    collection: 'participa-proposal-images',
    via: 'MuniParticipa submitProposal (GraphQL)',
    send: async (file: Upload) =>
      gqlUploadOutcome(
        await api(server)
          .post('/api/graphql')
          .set({ ...auth(resident), 'Accept-Language': 'en' })
          .send({ query: submitProposal(slug), variables: { f: file.filename, b: file.data.toString('base64') } }),
      ),
  },
]

export const uploadFixtures: UploadFixtures = {
  setup,
  channels,
  unchanged: { participa_proposals: 'SELECT COUNT(*) FROM participa_proposals' },
}
