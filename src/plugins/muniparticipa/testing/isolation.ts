/**
 * MuniParticipa for the app's isolation matrix (`fixtures.isolation`): the citizen of municipality A
 * follows one of its processes; in municipality B, a proposal with an image, a comment, a report, a
 * follower and a support, a poll ballot, a budget ballot, a census entry and a residence verification.
 */
import type { FixtureActor, IsolationContext, IsolationFiller } from '@e-muni/sdk/testing'

const HOUR = 3_600_000

export const isolationActors = async (ctx: IsolationContext): Promise<FixtureActor[]> => {
  const { id, slug } = ctx.municipality
  const process = (await ctx.docsOf('participa-processes', { tenant: { equals: id }, published: { equals: true } }))[0]
  if (!process) throw new Error(`municipality ${slug} has no published process to follow`)
  await ctx.gqlAs(
    ctx.citizen.token,
    'following a process of A',
    'mutation F($m: String!, $p: String!) { followProcess(municipality: $m, process: $p) { __typename } }',
    { m: slug, p: String(process.id) },
  )
  return []
}

/** The resident of B, and GraphQL as them with the municipality's slug as `$m`. */
const residentOf = async (ctx: IsolationContext) => {
  const resident = await ctx.person(`residente@${ctx.municipality.slug}.test`, 'Residente de B')
  return (what: string, query: string, variables: Record<string, unknown> = {}) =>
    ctx.gqlAs(resident.token, what, query, { m: ctx.municipality.slug, ...variables })
}

/** The published documents of B open now (polls, budgets). */
const openNow = async (ctx: IsolationContext, collection: string) => {
  const now = Date.now()
  return (await ctx.docsOf(collection, { tenant: { equals: ctx.municipality.id } })).find(
    (p) => p.published && Date.parse(p.opensAt) < now && now < Date.parse(p.closesAt),
  )
}

export const isolationFillers: IsolationFiller[] = [
  {
    name: 'participation: a proposal with an image, a comment, a report, a follower, a support',
    fills: [
      'participa-proposals',
      'participa-proposal-images',
      'participa-comments',
      'participa-reports',
      'participa-followers',
      'participa-supports',
    ],
    run: async (ctx) => {
      const asResident = await residentOf(ctx)
      const process = (await ctx.docsOf('participa-processes', { tenant: { equals: ctx.municipality.id } })).find(
        (p) => p.published,
      )
      if (!process) throw new Error('no published process in B')
      const image = (await ctx.png()).toString('base64')
      await asResident(
        'submitting a proposal in B',
        `mutation P($m: String!, $p: String!, $i: [ProposalImageInput!]) { submitProposal(municipality: $m, process: $p,
          title: "Propuesta de prueba", body: "Una propuesta para la matriz de aislamiento.", images: $i) { id } }`,
        { p: String(process.id), i: [{ filename: 'foto.png', base64: image }] },
      )
      const published = (
        await ctx.docsOf('participa-proposals', {
          tenant: { equals: ctx.municipality.id },
          status: { equals: 'published' },
        })
      )[0]
      if (!published) throw new Error('no published proposal in B')
      const p = String(published.id)
      await asResident(
        'commenting in B',
        'mutation C($m: String!, $p: String!) { comment(municipality: $m, proposal: $p, body: "Comentario de prueba") { __typename } }',
        { p },
      )
      await asResident(
        'reporting in B',
        'mutation R($m: String!, $p: String!) { report(municipality: $m, collection: "proposals", id: $p, reason: "prueba") { __typename } }',
        { p },
      )
      await asResident(
        'following a process of B',
        'mutation F($m: String!, $p: String!) { followProcess(municipality: $m, process: $p) { __typename } }',
        { p: String(process.id) },
      )
      // Supports are taken only in the supports phase: open it for a moment, then put the phases back.
      const now = Date.now()
      const window = { startsAt: new Date(now - HOUR).toISOString(), endsAt: new Date(now + HOUR).toISOString() }
      const path = `/api/participa-processes/${process.id}`
      await ctx.rest('patch', path, { phases: [{ phase: 'supports', ...window }] }, 200)
      try {
        await asResident(
          'supporting in B',
          'mutation S($m: String!, $p: String!) { supportProposal(municipality: $m, proposal: $p) { __typename } }',
          { p },
        )
      } finally {
        await ctx.rest('patch', path, { phases: process.phases }, 200)
      }
    },
  },
  {
    name: 'a poll ballot',
    fills: ['participa-poll-voters', 'participa-poll-ballots'],
    run: async (ctx) => {
      const poll = await openNow(ctx, 'participa-polls')
      if (!poll) throw new Error('no open poll in B')
      await (
        await residentOf(ctx)
      )(
        'voting in a poll of B',
        'mutation V($m: String!, $p: String!, $a: [[Int!]!]!) { castPollBallot(municipality: $m, poll: $p, answers: $a) { __typename } }',
        { p: String(poll.id), a: (poll.questions as unknown[]).map(() => [0]) },
      )
    },
  },
  {
    name: 'a budget ballot',
    fills: ['participa-budget-voters', 'participa-budget-ballots'],
    run: async (ctx) => {
      const budget = await openNow(ctx, 'participa-budgets')
      if (!budget) throw new Error('no open budget in B')
      const projects = await ctx.docsOf('participa-budget-projects', { budget: { equals: budget.id } })
      const cheapest = [...projects].sort((x, y) => Number(x.cost) - Number(y.cost))[0]
      if (!cheapest) throw new Error('the open budget of B has no project')
      await (
        await residentOf(ctx)
      )(
        'voting in a budget of B',
        'mutation V($m: String!, $b: String!, $p: [String!]!) { castBudgetBallot(municipality: $m, budget: $b, projects: $p) { __typename } }',
        { b: String(budget.id), p: [String(cheapest.id)] },
      )
    },
  },
  {
    name: 'an accountability result',
    fills: ['participa-results'],
    run: async (ctx) => {
      await ctx.rest(
        'post',
        '/api/participa-results',
        { tenant: ctx.municipality.id, title: 'Resultado de prueba', status: 'planned', progress: 10 },
        201,
      )
    },
  },
  {
    name: 'a census entry and a residence verification',
    fills: ['participa-census', 'participa-residence-checks'],
    run: async (ctx) => {
      await ctx.rest(
        'post',
        `/api/m/${ctx.municipality.slug}/muniparticipa/census`,
        'documento,nacimiento\nISO90001,1980-01-02\nISO90002,1981-03-04\n',
        200,
        'text/csv',
      )
      await (
        await residentOf(ctx)
      )(
        'verifying residence in B',
        'mutation V($m: String!) { verifyResidence(municipality: $m, document: "ISO90001", birthDate: "1980-01-02") { verified } }',
      )
    },
  },
]
