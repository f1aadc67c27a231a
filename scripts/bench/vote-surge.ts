/**
 * Scenario (h), vote surge: N distinct verified residents cast participatory-budget ballots, `concurrency`
 * at a time, through the portal's own path (the GraphQL mutation `castBudgetBallot`, with the person's
 * token); total time, errors, and whether the final counts are exact.
 *
 * Preparation (timed apart, as `setupMs`):
 * - an open budget of the municipality (published, verified residents only, opened an hour ago, closing
 *   in six hours; knapsack rule) with five projects, created through the REST API by the platform admin;
 * - one person created through the API (one password hash); N more people inserted with SQL, all with
 *   that person's salt and hash (so all share its password: each could log in), e-mail verified;
 * - N census entries (keyed hashes, as an import stores them) and N residence verifications tying person
 *   k to entry k, inserted with SQL exactly as `verifyResidence` writes them (`isVerified` reads these);
 * - a token per person: Payload 3.90 hashes passwords with PBKDF2 at 600,000 iterations, so 5,000 logins
 *   would take many minutes on two cores. Each token is therefore what a login would have issued: a
 *   session row (the people collection uses Payload's sessions) and a JWT naming it, signed with
 *   Payload's own `jwtSign` under the server's secret (`payloadSecret`, by default the secret the test
 *   kit's `startServer` gives its servers). The first token is tried on the server; if the server refuses
 *   it (another secret), every person logs in through the API instead, a few at a time.
 * Checks before returning: the first and last voters are signed in and verified residents of the
 * municipality (`myResidence`).
 *
 * Run: each voter casts one ballot (a different, valid choice of projects per voter, from a seeded
 * random sequence, so that projects get different counts). Afterwards the ballots table is read with
 * SQL (votes per project, ballots, participations), then the budget is closed and the results the
 * module computes are read through the API: `exact` only if both agree with what was sent. A prepared
 * surge can be run once (each person votes once; the budget is closed at the end).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto'

import { TEST_SECRET } from '../../src/plugins/sdk/testing/server'
import { demoAccounts } from '../../src/seed/accounts'

export type SurgeTarget = {
  url: string
  dbUri: string
  sql: (statement: string, params?: unknown[]) => Promise<Record<string, unknown>[]>
}

export type SurgeResult = {
  voters: number
  concurrency: number
  totalMs: number
  errors: number
  errorSamples: string[]
  expectedCounts: Record<string, number>
  actualCounts: Record<string, number>
  exact: boolean
  setupMs: number
}

export type SurgeProject = { id: number | string; title: string; cost: number }

export type PreparedSurge = {
  target: SurgeTarget
  municipality: { id: number | string; slug: string }
  budget: number | string
  projects: SurgeProject[]
  voters: { id: number | string; token: string; projects: string[] }[]
  /** the platform admin's token (closes the budget at the end) */
  adminToken: string
  /** how the voters' tokens were obtained */
  tokens: 'session' | 'login'
  setupMs: number
}

export type PrepareOptions = {
  voters: number
  municipalitySlug?: string
  onProgress?: (done: number, total: number) => void
  /** PAYLOAD_SECRET of the server, for issuing tokens; by default the test kit's */
  payloadSecret?: string
}

const PASSWORD = 'Oleada-de-votos-2026'
const HOUR = 3_600_000
/** Payload's default token lifetime (s): the people collection does not change it. */
const TOKEN_EXPIRATION = 7200
const TOTAL = 10_000_000
const PROJECTS: { title: string; cost: number }[] = [
  { title: 'Polideportivo', cost: 5_000_000 },
  { title: 'Plaza de juegos', cost: 4_000_000 },
  { title: 'Luminarias LED', cost: 3_000_000 },
  { title: 'Bicisenda', cost: 2_000_000 },
  { title: 'Huerta comunitaria', cost: 1_000_000 },
]
const CAST = `mutation ParticipationCastBudget($municipality: String!, $budget: String!, $projects: [String!]!, $code: String) {
  castBudgetBallot(municipality: $municipality, budget: $budget, projects: $projects, code: $code) {
    budget
    code
    changed
    total
  }
}`

type Json = Record<string, unknown>

/** fetch, answering the status and the parsed body (or the text, when it is not JSON). */
const call = async (
  url: string,
  path: string,
  options: { method?: string; token?: string; body?: unknown } = {},
): Promise<{ status: number; body: Json | undefined; text: string }> => {
  const headers: Record<string, string> = { 'accept-language': 'es' }
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  if (options.token) headers.authorization = `JWT ${options.token}`
  const res = await fetch(`${url}${path}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const text = await res.text()
  let body: Json | undefined
  try {
    body = JSON.parse(text) as Json
  } catch {
    body = undefined
  }
  return { status: res.status, body, text }
}

const must = async (
  what: string,
  expected: number,
  answer: Promise<{ status: number; body: Json | undefined; text: string }>,
): Promise<Json> => {
  const { status, body, text } = await answer
  if (status !== expected || !body) throw new Error(`vote surge: ${what} answered ${status}: ${text.slice(0, 500)}`)
  return body
}

const docOf = (body: Json) => body.doc as Json & { id: number | string }

const login = async (url: string, collection: string, email: string, password: string) => {
  const body = await must(`login ${email}`, 200, call(url, `/api/${collection}/login`, { body: { email, password } }))
  if (typeof body.token !== 'string') throw new Error(`vote surge: login ${email} gave no token`)
  return body.token
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/** A valid knapsack choice: projects in a random order, each taken half of the time while it fits. */
const choose = (next: () => number, projects: SurgeProject[]): string[] => {
  const order = [...projects]
  for (let i = order.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  const chosen: SurgeProject[] = []
  let left = TOTAL
  for (const p of order)
    if (p.cost <= left && next() < 0.5) {
      chosen.push(p)
      left -= p.cost
    }
  if (!chosen.length) chosen.push(order[0])
  return chosen.map((p) => String(p.id))
}

/** Multi-row INSERTs in chunks; `?` placeholders on SQLite, `$n` on PostgreSQL. */
const insertRows = async (
  target: SurgeTarget,
  table: string,
  columns: string[],
  rows: unknown[][],
  returning?: string,
): Promise<Record<string, unknown>[]> => {
  const postgres = target.dbUri.startsWith('postgres')
  const chunk = Math.max(1, Math.floor(4000 / columns.length))
  const out: Record<string, unknown>[] = []
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk)
    let n = 0
    const values = part.map(() => `(${columns.map(() => (postgres ? `$${++n}` : '?')).join(', ')})`).join(', ')
    const statement = `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values}${
      returning ? ` RETURNING ${returning}` : ''
    }`
    out.push(...(await target.sql(statement, part.flat())))
  }
  return out
}

/** Runs `work` over `items`, `width` at a time. */
const pool = async <T>(items: T[], width: number, work: (item: T, index: number) => Promise<void>) => {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        await work(items[i], i)
      }
    }),
  )
}

export const prepareVoteSurge = async (target: SurgeTarget, options: PrepareOptions): Promise<PreparedSurge> => {
  const started = performance.now()
  const count = options.voters
  if (!Number.isInteger(count) || count < 1) throw new Error('vote surge: voters must be a positive integer')
  const slug = options.municipalitySlug ?? 'villa-esperanza'
  const postgres = target.dbUri.startsWith('postgres')
  const p = (n: number) => (postgres ? `$${n}` : '?')
  const { url } = target
  const run = randomBytes(4).toString('hex')
  const progress = (done: number) => options.onProgress?.(done, count)

  const platform = demoAccounts().find((a) => a.role === 'platform-admin')
  if (!platform) throw new Error('vote surge: no platform-admin demo account')
  const adminToken = await login(url, platform.collection, platform.email, platform.password)

  const found = await must(
    `municipality ${slug}`,
    200,
    call(url, `/api/municipalities?${new URLSearchParams({ 'where[slug][equals]': slug, depth: '0', limit: '1' })}`),
  )
  const muni = (found.docs as Json[] | undefined)?.[0]
  if (!muni) throw new Error(`vote surge: municipality ${slug} not found`)
  const tenant = muni.id as number | string

  // The budget and its projects, through the API.
  const now = Date.now()
  const budgetDoc = docOf(
    await must(
      'creating the budget',
      201,
      call(url, '/api/participa-budgets', {
        token: adminToken,
        body: {
          tenant,
          title: `Presupuesto participativo (oleada ${run})`,
          published: true,
          requireVerification: true,
          total: TOTAL,
          rule: 'knapsack',
          opensAt: new Date(now - HOUR).toISOString(),
          closesAt: new Date(now + 6 * HOUR).toISOString(),
        },
      }),
    ),
  )
  const projects: SurgeProject[] = []
  for (const project of PROJECTS) {
    const doc = docOf(
      await must(
        `creating the project ${project.title}`,
        201,
        call(url, '/api/participa-budget-projects', {
          token: adminToken,
          body: { tenant, budget: budgetDoc.id, title: project.title, cost: project.cost },
        }),
      ),
    )
    projects.push({ id: doc.id, title: project.title, cost: project.cost })
  }

  // One person through the API (one password hash), whose salt and hash every voter shares.
  const template = docOf(
    await must(
      'creating a person',
      201,
      call(url, '/api/people', {
        token: adminToken,
        body: {
          email: `surge-${run}-template@bench.e-muni.test`,
          name: `Oleada ${run}`,
          password: PASSWORD,
          language: 'es',
          _verified: true,
        },
      }),
    ),
  )
  const [secret] = await target.sql(`SELECT salt, hash FROM people WHERE id = ${p(1)}`, [template.id])
  if (!secret?.hash || !secret.salt) throw new Error('vote surge: the person created has no password hash')

  const stamp = new Date().toISOString()
  const email = (i: number) => `surge-${run}-${i}@bench.e-muni.test`
  const people = await insertRows(
    target,
    'people',
    ['name', 'email', 'language', 'salt', 'hash', '_verified', 'login_attempts', 'created_at', 'updated_at'],
    Array.from({ length: count }, (_, i) => [
      `Vecina ${run}-${i}`,
      email(i),
      'es',
      secret.salt,
      secret.hash,
      postgres ? true : 1,
      0,
      stamp,
      stamp,
    ]),
    'id, email',
  )
  const personByEmail = new Map(people.map((r) => [String(r.email), r.id as number | string]))
  const personIds = Array.from({ length: count }, (_, i) => {
    const id = personByEmail.get(email(i))
    if (id === undefined) throw new Error(`vote surge: person ${email(i)} was not inserted`)
    return id
  })

  // Census entries and residence verifications, as an import and `verifyResidence` write them.
  const keyHashes = Array.from({ length: count }, (_, i) =>
    createHash('sha256').update(`vote-surge:${run}:${i}`).digest('hex'),
  )
  const entries = await insertRows(
    target,
    'participa_census',
    ['tenant_id', 'key_hash', 'unique_key', 'created_at', 'updated_at'],
    keyHashes.map((h) => [tenant, h, `${tenant}:${h}`, stamp, stamp]),
    'id, unique_key',
  )
  const entryByKey = new Map(entries.map((r) => [String(r.unique_key), r.id as number | string]))
  await insertRows(
    target,
    'participa_residence_checks',
    ['tenant_id', 'person_id', 'entry_id', 'person_key', 'entry_key', 'created_at', 'updated_at'],
    personIds.map((person, i) => {
      const entry = entryByKey.get(`${tenant}:${keyHashes[i]}`)
      if (entry === undefined) throw new Error('vote surge: a census entry was not inserted')
      return [tenant, person, entry, `${tenant}:${person}`, `${entry}`, stamp, stamp]
    }),
  )

  // A token per person: a session row and the JWT a login would sign for it.
  const tokens: string[] = new Array<string>(count)
  let mode: PreparedSurge['tokens'] = 'session'
  const { jwtSign } = await import('payload')
  const signing = createHash('sha256')
    .update(options.payloadSecret ?? TEST_SECRET)
    .digest('hex')
    .slice(0, 32)
  const expiresAt = new Date(Date.now() + TOKEN_EXPIRATION * 1000).toISOString()
  const sessions: unknown[][] = []
  for (let i = 0; i < count; i += 1) {
    const sid = randomUUID()
    sessions.push([1, personIds[i], sid, stamp, expiresAt])
    tokens[i] = (
      await jwtSign({
        fieldsToSign: { id: personIds[i], collection: 'people', email: email(i), sid },
        secret: signing,
        tokenExpiration: TOKEN_EXPIRATION,
      })
    ).token
  }
  await insertRows(target, 'people_sessions', ['_order', '_parent_id', 'id', 'created_at', 'expires_at'], sessions)
  const me = await call(url, '/api/people/me', { token: tokens[0] })
  const user = me.body?.user as Json | null | undefined
  if (me.status !== 200 || String(user?.id) !== String(personIds[0])) {
    // Not this server's secret: log everyone in instead (PBKDF2 per login: slow).
    mode = 'login'
    await target.sql(
      `DELETE FROM people_sessions WHERE _parent_id IN (SELECT id FROM people WHERE email LIKE ${p(1)})`,
      [`surge-${run}-%`],
    )
    let done = 0
    await pool(personIds, 4, async (_, i) => {
      tokens[i] = await login(url, 'people', email(i), PASSWORD)
      done += 1
      if (done % 50 === 0 || done === count) progress(done)
    })
  } else progress(count)

  // The first and the last voter are signed in and verified residents.
  for (const i of new Set([0, count - 1])) {
    const check = await must(
      'myResidence',
      200,
      call(url, '/api/graphql', {
        token: tokens[i],
        body: { query: `{ myResidence(municipality: ${JSON.stringify(slug)}) { verified } }` },
      }),
    )
    const verified = (check.data as { myResidence?: { verified?: boolean } } | undefined)?.myResidence?.verified
    if (verified !== true)
      throw new Error(`vote surge: voter ${i} is not a verified resident of ${slug}: ${JSON.stringify(check)}`)
  }

  const next = random(20261127)
  return {
    target,
    municipality: { id: tenant, slug },
    budget: budgetDoc.id,
    projects,
    voters: personIds.map((id, i) => ({ id, token: tokens[i], projects: choose(next, projects) })),
    adminToken,
    tokens: mode,
    setupMs: Math.round(performance.now() - started),
  }
}

const countsOf = (projects: SurgeProject[], ballots: unknown[][]) => {
  const title = new Map(projects.map((p) => [String(p.id), p.title]))
  const counts: Record<string, number> = Object.fromEntries(projects.map((p) => [p.title, 0]))
  for (const ballot of ballots)
    for (const id of ballot) {
      const key = title.get(String(id)) ?? `unknown project ${String(id)}`
      counts[key] = (counts[key] ?? 0) + 1
    }
  return counts
}

const sameCounts = (a: Record<string, number>, b: Record<string, number>) =>
  Object.keys({ ...a, ...b }).every((k) => (a[k] ?? 0) === (b[k] ?? 0))

export const runVoteSurge = async (prepared: PreparedSurge, options: { concurrency: number }): Promise<SurgeResult> => {
  const { target, projects } = prepared
  const postgres = target.dbUri.startsWith('postgres')
  const voters = prepared.voters.length
  const concurrency = Math.max(1, Math.floor(options.concurrency))
  const bodies = prepared.voters.map((v) =>
    JSON.stringify({
      query: CAST,
      variables: {
        municipality: prepared.municipality.slug,
        budget: String(prepared.budget),
        projects: v.projects,
        code: null,
      },
    }),
  )
  let errors = 0
  const errorSamples: string[] = []
  const failed = (message: string) => {
    errors += 1
    if (errorSamples.length < 5 && !errorSamples.includes(message)) errorSamples.push(message)
  }
  const cast = async (body: string, i: number) => {
    try {
      const res = await fetch(`${target.url}/api/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-language': 'es',
          authorization: `JWT ${prepared.voters[i].token}`,
        },
        body,
      })
      const text = await res.text()
      let answer: { data?: { castBudgetBallot?: { code?: string } | null } | null; errors?: { message?: string }[] }
      try {
        answer = JSON.parse(text) as typeof answer
      } catch {
        return failed(`HTTP ${res.status}, not JSON: ${text.slice(0, 200)}`)
      }
      if (res.status < 200 || res.status > 299)
        return failed(`HTTP ${res.status}: ${answer.errors?.[0]?.message ?? text.slice(0, 200)}`)
      if (answer.errors?.length) return failed(`GraphQL error: ${answer.errors[0].message ?? text.slice(0, 200)}`)
      if (!answer.data?.castBudgetBallot?.code) return failed(`no ballot code in the answer: ${text.slice(0, 200)}`)
    } catch (error) {
      failed(`request failed: ${(error as Error).message}`)
    }
  }

  const started = performance.now()
  await pool(bodies, concurrency, cast)
  const totalMs = Math.round(performance.now() - started)

  const expectedCounts = countsOf(
    projects,
    prepared.voters.map((v) => v.projects),
  )
  // What the database holds.
  const p1 = postgres ? '$1' : '?'
  const rows = await target.sql(`SELECT projects FROM participa_budget_ballots WHERE budget_id = ${p1}`, [
    prepared.budget,
  ])
  const ballots = rows.map((r) =>
    typeof r.projects === 'string' ? (JSON.parse(r.projects) as unknown[]) : (r.projects as unknown[]),
  )
  const actualCounts = countsOf(projects, ballots)
  const [{ n: participations }] = await target.sql(
    `SELECT COUNT(*) AS n FROM participa_budget_voters WHERE budget_id = ${p1}`,
    [prepared.budget],
  )
  let exact = sameCounts(expectedCounts, actualCounts) && ballots.length === voters && Number(participations) === voters

  // What the module computes, once the budget has closed.
  const closed = await call(target.url, `/api/participa-budgets/${prepared.budget}`, {
    method: 'PATCH',
    token: prepared.adminToken,
    body: { closesAt: new Date(Date.now() - 1000).toISOString() },
  })
  const read = await call(target.url, `/api/participa-budgets/${prepared.budget}?depth=0`)
  const results = read.body?.results as { ballots?: number; projects?: { id: string; votes: number }[] } | undefined
  if (closed.status !== 200 || !results?.projects) {
    exact = false
    errorSamples.push(`results: could not close or read the budget (${closed.status}, ${read.status})`)
  } else {
    const computed = countsOf(
      projects,
      results.projects.flatMap((r) => Array.from({ length: r.votes }, () => [r.id])),
    )
    if (!sameCounts(computed, actualCounts) || results.ballots !== ballots.length) {
      exact = false
      errorSamples.push(
        `results: the module counts ${results.ballots} ballots ${JSON.stringify(computed)}; the table holds ${ballots.length} ${JSON.stringify(actualCounts)}`,
      )
    }
  }
  if (ballots.length !== voters || Number(participations) !== voters)
    errorSamples.push(`counts: ${ballots.length} ballots and ${participations} participations for ${voters} voters`)

  return {
    voters,
    concurrency,
    totalMs,
    errors,
    errorSamples,
    expectedCounts,
    actualCounts,
    exact,
    setupMs: prepared.setupMs,
  }
}
