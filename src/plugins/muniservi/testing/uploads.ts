/**
 * MuniServi for the app's hostile-upload suite (`fixtures.uploads`): a service whose form takes one file,
 * and the two ways a citizen sends it — the submitServiceRequest mutation (base64) and the REST submission
 * (multipart). A refused file must leave no request behind.
 */
import {
  account,
  api,
  auth,
  gqlUploadOutcome,
  login,
  restUploadOutcome,
  type Upload,
  type UploadContext,
  type UploadFixtures,
} from '@e-muni/sdk/testing'

const submitRequest = (slug: string) => `mutation R($f: String!, $b: String!) {
  submitServiceRequest(municipality: "${slug}", service: "ADJ", name: "Ana", email: "ana@correo.test",
    attachments: [{ field: "adjunto", filename: $f, base64: $b }]) { trackingCode }
}`

const setup = async (ctx: UploadContext) => {
  const admin = await login(ctx.server, account('municipal-admin', ctx.municipality.slug))
  const service = await api(ctx.server)
    .post('/api/servi-services')
    .set(auth(admin))
    .send({
      tenant: ctx.municipality.id,
      code: 'ADJ',
      name: 'Presentación de documentos',
      summary: 'Adjunte un documento.',
      maxBusinessDays: 10,
      silence: 'none',
      audience: ['people'],
      active: true,
      form: [{ key: 'adjunto', type: 'file', label: 'Adjunto', required: true }],
    })
  if (service.status !== 201)
    throw new Error(`creating the service ADJ: ${service.status} ${JSON.stringify(service.body)}`)
}

const channels = ({ server, municipality: { slug } }: UploadContext) => [
  {
    collection: 'servi-attachments',
    via: 'MuniServi submitServiceRequest (GraphQL)',
    send: async (file: Upload) =>
      gqlUploadOutcome(
        await api(server)
          .post('/api/graphql')
          .set('Accept-Language', 'en')
          .send({ query: submitRequest(slug), variables: { f: file.filename, b: file.data.toString('base64') } }),
      ),
  },
  {
    collection: 'servi-attachments',
    via: 'MuniServi REST submission (multipart)',
    send: async (file: Upload) =>
      restUploadOutcome(
        await api(server)
          .post(`/api/m/${slug}/muniservi/requests`)
          .set('Accept-Language', 'en')
          .field('data', JSON.stringify({ service: 'ADJ', name: 'Ana', email: 'ana@correo.test' }))
          .attach('answers.adjunto', file.data, { filename: file.filename, contentType: file.contentType }),
      ),
  },
]

export const uploadFixtures: UploadFixtures = {
  setup,
  channels,
  unchanged: { servi_requests: 'SELECT COUNT(*) FROM servi_requests' },
}
