/**
 * MuniParticipa for the app's crash-consistency suite (`fixtures.crash`): participatory-budget ballots — a
 * census, residents verified against it, an open budget that requires it; half the ballots a resident's first,
 * half a change of a cast one with its code. After the crashes every acknowledged ballot is there (by its
 * code), as acknowledged unless a later change was in flight, and each participation has exactly one ballot.
 */
import { createHash } from 'node:crypto'

import {
  account,
  api,
  auth,
  createPerson,
  gql,
  login,
  usingPostgres,
  type CrashContext,
  type CrashFixtures,
} from '@e-muni/sdk/testing'

const HOUR = 3_600_000
const RESIDENTS = 80

const hash = (value: string) => createHash('sha256').update(Buffer.from(value, 'latin1')).digest('hex')
const ph = (n: number) => (usingPostgres ? `$${n}` : '?')
const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v)

let budget: number | string = 0
const projects: string[] = []
const residents: { token: string; code?: string; tried?: boolean }[] = []
const busy = new Set<number>()
/** The next resident who never tried (for a first ballot). */
let nextResident = 0
/**
 * Per voter, the last acknowledged ballot (it supersedes the earlier ones, found when it is), and whether a
 * later change was in flight when the server died (which may or may not have been kept).
 */
const ballots = new Map<number, { code: string; projects: string[]; later: boolean; acks: number }>()

const castBallot = (slug: string) => `mutation V($b: String!, $p: [String!]!, $c: String) {
  castBudgetBallot(municipality: "${slug}", budget: $b, projects: $p, code: $c) { code changed }
}`

const created = (what: string, res: { status: number; body: { doc?: { id: number | string } } }) => {
  if (res.status !== 201 || !res.body.doc) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.doc.id
}

/** A census, residents verified against it, and an open budget that requires it, with three projects. */
const setup = async (ctx: CrashContext) => {
  projects.length = 0
  residents.length = 0
  busy.clear()
  ballots.clear()
  nextResident = 0
  const server = ctx.server()
  const { id: villa, slug } = ctx.municipality
  const admin = await login(server, account('municipal-admin', slug))
  const now = Date.now()
  const doc = (i: number) => `C${String(i).padStart(5, '0')}`
  const birth = (i: number) => `19${String(50 + (i % 40)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`
  const census = await api(server)
    .post(`/api/m/${slug}/muniparticipa/census`)
    .set(auth(admin))
    .set('Content-Type', 'text/csv')
    .send(['documento,nacimiento', ...Array.from({ length: RESIDENTS }, (_, i) => `${doc(i)},${birth(i)}`)].join('\n'))
  if (census.status !== 200) throw new Error(`loading the census: ${census.status} ${JSON.stringify(census.body)}`)
  for (let k = 0; k < RESIDENTS; k += 16) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(16, RESIDENTS - k) }, async (_, j) => {
        const i = k + j
        const person = await createPerson(server, ctx.platform, { email: `r${i}@crash.test`, name: `Vecina ${i}` })
        const verified = await gql(
          server,
          `mutation V($d: String!, $b: String!) { verifyResidence(municipality: "${slug}", document: $d, birthDate: $b) { verified } }`,
          { d: doc(i), b: birth(i) },
          person.token,
        )
        if (verified.errors) throw new Error(`verifying resident ${i}: ${JSON.stringify(verified.errors)}`)
        return { token: person.token }
      }),
    )
    residents.push(...batch)
  }
  const opened = await api(server)
    .post('/api/participa-budgets')
    .set(auth(admin))
    .send({
      tenant: villa,
      title: 'Presupuesto de barrio',
      published: true,
      requireVerification: true,
      total: 100,
      rule: 'knapsack',
      opensAt: new Date(now - HOUR).toISOString(),
      closesAt: new Date(now + 48 * HOUR).toISOString(),
    })
  budget = created('creating the budget', opened)
  for (const [title, cost] of [
    ['Bancos', 40],
    ['Árboles', 50],
    ['Juegos', 90],
  ] as const) {
    const project = await api(server)
      .post('/api/participa-budget-projects')
      .set(auth(admin))
      .send({ tenant: villa, budget, title, cost })
    projects.push(String(created(`creating the project ${title}`, project)))
  }
}

/** Half the time a first ballot (a resident who never tried), else a change of a cast one, with its code. */
const write = async (ctx: CrashContext, _worker: number, turn: number) => {
  const fresh = turn % 2 === 0 && nextResident < residents.length
  const r = fresh ? nextResident++ : residents.findIndex((x, k) => x.code && !busy.has(k))
  if (r < 0 || busy.has(r)) return null
  busy.add(r)
  try {
    residents[r].tried = true
    const choice = Math.random() < 0.5 ? [projects[0], projects[1]] : [projects[2]]
    const before = ballots.get(r)
    if (before) before.later = true
    const data = await ctx.gql(
      castBallot(ctx.municipality.slug),
      { b: String(budget), p: choice, c: residents[r].code ?? null },
      residents[r].token,
    )
    if (!data) return false
    residents[r].code = data.castBudgetBallot.code
    const acks = (before?.acks ?? 0) + 1
    ballots.set(r, { code: data.castBudgetBallot.code, projects: choice, later: false, acks })
    return true
  } finally {
    busy.delete(r)
  }
}

const verify = async (ctx: CrashContext) => {
  const server = ctx.server()
  const problems: string[] = []
  let found = 0
  const rows = await server.sql(`SELECT code_hash, projects FROM participa_budget_ballots WHERE budget_id = ${ph(1)}`, [
    budget,
  ])
  const byHash = new Map(rows.map((b) => [String(b.code_hash), (json(b.projects) as number[]).map(String).sort()]))
  for (const [r, cast] of ballots) {
    const stored = byHash.get(hash(cast.code))
    if (!stored) problems.push(`resident ${r}: acknowledged ballot missing`)
    else if (!cast.later && JSON.stringify(stored) !== JSON.stringify([...cast.projects].sort()))
      problems.push(`resident ${r}: ballot is ${stored}, acknowledged ${cast.projects}`)
    else found += cast.acks
  }
  const [{ n: participations }] = await server.sql(
    `SELECT COUNT(*) AS n FROM participa_budget_voters WHERE budget_id = ${ph(1)}`,
    [budget],
  )
  if (Number(participations) !== rows.length)
    problems.push(`${participations} budget participations but ${rows.length} ballots`)
  return { found, problems }
}

export const crashFixtures: CrashFixtures = { writes: 'ballots', setup, write, verify }
