/** MuniServi's documents of municipality B for the app's isolation matrix (`fixtures.isolation`). */
import type { IsolationFiller } from '@e-muni/sdk/testing'

export const isolationFillers: IsolationFiller[] = [
  {
    name: 'a service request with an attachment',
    fills: ['servi-requests', 'servi-attachments'],
    run: async (ctx) => {
      const { id, slug } = ctx.municipality
      await ctx.rest(
        'post',
        '/api/servi-services',
        {
          tenant: id,
          code: 'ISO',
          name: 'Trámite de prueba',
          summary: 'Para la matriz de aislamiento.',
          maxBusinessDays: 10,
          silence: 'none',
          audience: ['people'],
          active: true,
          form: [{ key: 'plano', type: 'file', label: 'Plano' }],
        },
        201,
      )
      const resident = await ctx.person(`residente@${slug}.test`, 'Residente de B')
      await ctx.gqlAs(
        resident.token,
        'submitting a service request in B',
        `mutation S($m: String!, $a: [ServiceRequestAttachmentInput!]) { submitServiceRequest(municipality: $m,
          service: "ISO", answers: {}, description: "Privada", attachments: $a) { trackingCode } }`,
        { m: slug, a: [{ field: 'plano', filename: 'plano.pdf', base64: ctx.pdf.toString('base64') }] },
      )
    },
  },
  {
    name: 'an Open311 key',
    fills: ['servi-open311-keys'],
    run: async (ctx) => {
      await ctx.rest(
        'post',
        '/api/servi-open311-keys',
        { tenant: ctx.municipality.id, name: 'Clave de la matriz' },
        201,
      )
    },
  },
]
