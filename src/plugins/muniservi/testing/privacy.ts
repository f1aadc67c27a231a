/**
 * MuniServi's part in the app's privacy suite (`fixtures.privacy`): a service whose place is hidden, a request to it
 * from an anonymous visitor (name, email, phone, a private answer, an address), one from a signed-in person and one
 * over Open311; the municipality asks, the requester answers, the request is closed and rated. Every public
 * path of Open311 is read back (JSON and XML).
 */
import type { PrivacyContext, PrivacyFixtures } from '@e-muni/sdk/testing'

const CODE = 'PRIV'

const command = (ctx: PrivacyContext, name: string) => `/api/m/${ctx.municipality.slug}/muniservi/${name}`

let filed: { id: string; token: string }[] = []

/** The platform admin moves a request on (the workflow's transitions one at a time), as staff. */
const move = async (ctx: PrivacyContext, id: string, steps: (string | Record<string, unknown>)[]) => {
  for (const step of steps)
    await ctx.restAs(
      ctx.staff,
      'patch',
      `/api/servi-requests/${id}`,
      typeof step === 'string' ? { status: step } : step,
      200,
    )
}

export const privacyFixtures: PrivacyFixtures = {
  plant: async (ctx) => {
    const { id: tenant, slug } = ctx.municipality
    await ctx.rest(
      'post',
      '/api/servi-services',
      {
        tenant,
        code: CODE,
        name: 'Trámite privado',
        summary: 'Para la prueba de privacidad.',
        maxBusinessDays: 10,
        silence: 'none',
        audience: ['people'],
        active: true,
        open311: true,
        locationPrivacy: 'hidden',
        form: [{ key: 'nota', type: 'textarea', label: 'Nota' }],
      },
      201,
    )
    // An anonymous visitor, through the portal's command.
    const receipt = await ctx.restAs(
      undefined,
      'post',
      command(ctx, 'submitServiceRequest'),
      {
        service: CODE,
        answers: { nota: ctx.marker('answer') },
        description: 'Retiro de un ropero.',
        location: { lat: -34.9123, lng: -56.1876, address: `Calle ${ctx.marker('address')} 1234` },
        name: `${ctx.marker('first')} ${ctx.marker('last')}`,
        email: ctx.email('requester'),
        phone: ctx.phone('requester'),
      },
      200,
    )
    const [request] = await ctx.docsOf('servi-requests', { trackingCode: { equals: receipt.trackingCode } })
    if (!request) throw new Error(`request ${receipt.trackingCode} not found`)
    // The municipality asks; the requester answers with the tracking key; closed and rated.
    await move(ctx, String(request.id), [
      'in-review',
      {
        status: 'needs-information',
        transitionComment: 'Falta un dato.',
        newMessage: `Necesitamos ${ctx.marker('staff-question')}`,
      },
    ])
    const owner = { code: receipt.trackingCode, token: receipt.trackingToken }
    await ctx.restAs(
      undefined,
      'post',
      command(ctx, 'respondToServiceRequest'),
      { ...owner, message: `Respuesta ${ctx.marker('reply')}` },
      200,
    )
    await move(ctx, String(request.id), [
      { status: 'in-review', newNote: `Nota interna ${ctx.marker('internal-note')}` },
      'approved',
      'closed',
    ])
    await ctx.restAs(
      undefined,
      'post',
      command(ctx, 'rateServiceRequest'),
      { ...owner, score: 4, comment: `Opinión ${ctx.marker('rating')}` },
      200,
    )
    // A signed-in person (the request refers to their account).
    const person = await ctx.markedPerson('servi-requester')
    await ctx.restAs(
      person.token,
      'post',
      command(ctx, 'submitServiceRequest'),
      { service: CODE, answers: { nota: ctx.marker('answer-of-person') }, description: 'Otra solicitud.' },
      200,
    )
    // Open311, with an application's key.
    const key = `privacidad-${Date.now()}`
    await ctx.rest('post', '/api/servi-open311-keys', { tenant, name: 'Aplicación de la prueba', key }, 201)
    const form = new URLSearchParams({
      api_key: key,
      service_code: CODE,
      first_name: ctx.marker('open311-first'),
      last_name: ctx.marker('open311-last'),
      email: ctx.email('open311'),
      phone: ctx.phone('open311'),
      address_string: `Calle ${ctx.marker('open311-address')} 77`,
      'attribute[nota]': ctx.marker('open311-answer'),
      description: 'Por Open311.',
    }).toString()
    const posted = await ctx.restAs(
      undefined,
      'post',
      `/api/open311/v2/${slug}/requests.json`,
      form,
      201,
      'application/x-www-form-urlencoded',
    )
    filed = [
      { id: String(request.trackingCode), token: '' },
      { id: String(posted[0].service_request_id), token: String(posted[0].token) },
    ]
  },
  publicPaths: async (ctx) => {
    const base = `/api/open311/v2/${ctx.municipality.slug}`
    const paths = ['discovery', 'services', `services/${CODE}`, 'requests', `requests?service_code=${CODE}`]
    for (const { id, token } of filed) {
      paths.push(`requests/${id}`)
      if (token) paths.push(`tokens/${token}`)
    }
    return paths.flatMap((p) => {
      const [path, query] = p.split('?')
      return ['json', 'xml'].map((format) => `${base}/${path}.${format}${query ? `?${query}` : ''}`)
    })
  },
}
