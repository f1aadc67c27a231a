/**
 * Fuzzing (issue 10, item 3): every GraphQL mutation of the committed schema, every collection's REST
 * create, update and bulk update, raw malformed bodies and query strings, and the modules' own
 * endpoints, with malformed and hostile input, as anonymous, a citizen, an editor, a municipal admin
 * and the platform admin — against one real server. Every answer must be a 4xx or a success: no 5xx
 * (nor a GraphQL error with statusCode ≥ 500), no dropped connection; the server answers /readyz after.
 *
 * Afterwards every collection must still be readable (no half-written or unreadable document).
 *
 * One case is one request. Each target (a mutation, a collection's create/update/bulk update/raw
 * bodies/query strings, a module endpoint) is one fast-check property with its own number of runs and a
 * seed derived from the run's seed; the targets run a few at a time (their requests interleave). A 5xx
 * does not stop the run: every failure is collected and printed with what was sent.
 *
 * Replay: FUZZ_SEED=<seed printed> (optionally FUZZ_ONLY=<regex of target names>, FUZZ_CONCURRENCY=1 and
 * FUZZ_TRACE=1 to print every case in order). FUZZ_SCALE multiplies the runs per target; FUZZ_CONCURRENCY
 * sets how many requests are in flight (default 6); FUZZ_VERBOSE=1 prints the most frequent answers (how
 * deep the cases reach); FUZZ_TIMEOUT_MS is the wait for one answer (default 30 s). When something
 * fails, the server's error log is written to test-results/fuzz-server-errors.<database>.log.
 */
import fs from 'node:fs'
import path from 'node:path'

import fc from 'fast-check'

import { account, api, auth, createPerson, login, municipalityId } from '../../src/plugins/sdk/testing/api'
import { startServer, usingPostgres, type TestServer } from '../../src/plugins/sdk/testing/server'
import { describeFailures, newTally, pool, send, type FuzzRequest } from './fuzz-client'
import { ACTORS, actorArb, endpointTargets, type Actor, type FuzzCase, type Target } from './fuzz-endpoints'
import {
  argsArbitrary,
  dataInputOf,
  InputValues,
  loadSchema,
  mutationCollections,
  mutations,
  operation,
  type Known,
} from './fuzz-graphql'
import {
  fileArbitrary,
  formDataCase,
  pathId,
  queryGarbage,
  queryString,
  rawBody,
  restBody,
  whereGarbage,
} from './fuzz-rest'
import { hash32, hostileAny, hostileString, ODD_IDS, summarize } from './fuzz-values'
import { collectionRegistry, type CollectionInfo } from './registry'
import { recordFigures, REPORT_DIR } from './report'

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31)
const SCALE = Number(process.env.FUZZ_SCALE || 1)
const ONLY = process.env.FUZZ_ONLY ? new RegExp(process.env.FUZZ_ONLY) : null
const WIDTH = Number(process.env.FUZZ_CONCURRENCY || 6)
const HOME = 'villa-esperanza'
const OTHER = 'nova-esperanca'
const PASSWORD = 'Clave-de-fuzz-2026-larga'

let server: TestServer
const tokens: Partial<Record<Actor, string>> = {}
let platform: string
const throwaway = { staff: '', person: '' }

type Doc = Record<string, unknown> & { id: number | string }

const docsOf = async (slug: string, query: Record<string, unknown> = {}): Promise<Doc[]> => {
  const res = await api(server)
    .get(`/api/${slug}`)
    .query({ limit: 50, depth: 0, draft: 'true', ...query })
    .set(auth(platform))
  return res.status === 200 && Array.isArray(res.body?.docs) ? (res.body.docs as Doc[]) : []
}

const created = async (slug: string, body: Record<string, unknown>, token = platform): Promise<Doc> => {
  const res = await api(server).post(`/api/${slug}`).set(auth(token)).send(body)
  if (res.status !== 201) throw new Error(`setup: creating ${slug} failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.doc as Doc
}

/** Names an argument or field may use for a collection's documents: `agenda-slots` → slot, slots… */
const namesOf = (slug: string): string[] => {
  const last = slug.split('-').pop()!
  const singular = (s: string) =>
    s
      .replace(/(ss)es$/, '$1')
      .replace(/ies$/, 'y')
      .replace(/s$/, '')
  return [...new Set([slug, singular(slug), last, singular(last)])]
}

const LANGUAGES = ['es', 'pt', 'en', 'fr', 'xx-YY', '*', 'es-AR,es;q=0.9,en;q=0.8', ';;;', 'a'.repeat(300)]

describe('fuzzing: malformed and hostile input never gets a 5xx', () => {
  const tally = newTally()
  let registry: CollectionInfo[]
  let targets: Target[] = []
  let seconds = 0

  beforeAll(async () => {
    registry = collectionRegistry()
    server = await startServer({
      env: { LOGIN_RATE_LIMIT: '100000', SUBMIT_RATE_LIMIT: '100000', RESET_RATE_LIMIT: '100000' },
    })
    platform = await login(server, account('platform-admin', null))
    tokens['platform-admin'] = platform
    tokens.editor = await login(server, account('editor', HOME))
    tokens['municipal-admin'] = await login(server, account('municipal-admin', HOME))
    const villa = await municipalityId(server, HOME)
    const nova = await municipalityId(server, OTHER)
    tokens.citizen = (
      await createPerson(server, platform, { email: 'fuzz.citizen@example.org', name: 'Fuzz Citizen' })
    ).token

    // Documents the fuzzer may change (updates) without touching the actors or the demo municipalities.
    const town = await created('municipalities', {
      name: 'Fuzz Town',
      slug: 'fuzz-town',
      country: 'UY',
      currency: 'UYU',
      defaultLocale: 'es',
      timezone: 'America/Montevideo',
    })
    const staff = (email: string) =>
      created('users', {
        email,
        password: PASSWORD,
        name: email,
        tenants: [{ tenant: villa, roles: ['service-agent'] }],
      })
    const targetUser = await staff('fuzz.target@villa-esperanza.demo')
    await staff('fuzz.logout@villa-esperanza.demo')
    const targetPerson = await createPerson(server, platform, { email: 'fuzz.target@example.org', name: 'Target' })
    await createPerson(server, platform, { email: 'fuzz.logout@example.org', name: 'Logout', password: PASSWORD })
    throwaway.staff = 'fuzz.logout@villa-esperanza.demo'
    throwaway.person = 'fuzz.logout@example.org'
    const key = await created('open311-keys', { tenant: villa, name: 'Fuzz' }, tokens['municipal-admin'])

    // Real values, so that many cases reach past the first checks.
    const byName = new Map<string, string[]>()
    const add = (name: string, values: unknown[]) => {
      const clean = values.filter((v) => typeof v === 'string' || typeof v === 'number').map(String)
      if (clean.length)
        byName.set(name.toLowerCase(), [...new Set([...(byName.get(name.toLowerCase()) ?? []), ...clean])])
    }
    const ids = new Set<number | string>()
    const strings = new Set<string>()
    const updateTarget = new Map<string, number | string | null>()
    for (const c of registry) {
      const docs = await docsOf(c.slug, c.tenantScoped ? { where: { tenant: { equals: villa } } } : {})
      for (const d of docs) ids.add(d.id)
      for (const name of namesOf(c.slug))
        add(
          name,
          docs.map((d) => d.id),
        )
      for (const field of ['slug', 'code', 'trackingCode', 'ocid', 'reference']) {
        const values = docs.map((d) => d[field]).filter((v): v is string => typeof v === 'string')
        values.forEach((v) => strings.add(v))
        add(field, values)
      }
      const special: Record<string, number | string> = {
        municipalities: town.id,
        users: targetUser.id,
        people: targetPerson.id,
      }
      updateTarget.set(c.slug, special[c.slug] ?? (docs.length ? docs[docs.length - 1].id : null))
    }
    add('municipality', [HOME, OTHER])
    add('tenant', [villa, nova])
    add(
      'collection',
      registry.map((c) => c.slug),
    )
    const services = await docsOf('services', { where: { tenant: { equals: villa } } })
    add(
      'service',
      services.map((s) => s.code),
    )
    add(
      'code',
      (await docsOf('service-requests', { where: { tenant: { equals: villa } } })).map((r) => r.trackingCode),
    )
    const forms = services.flatMap((s) => ((s.form ?? []) as { key: string; type: string }[]).map((f) => f.key))
    add('answerKey', forms)
    const shaped = new Map<string, fc.Arbitrary<unknown>>()
    if (forms.length)
      shaped.set(
        'answers',
        fc
          .array(fc.tuple(fc.constantFrom(...forms), fc.oneof(hostileAny, hostileString)), { maxLength: 6 })
          .map((entries) => Object.fromEntries(entries)),
      )
    const known: Known = { byName, ids: [...ids], strings: [...strings].slice(0, 200), shaped }
    const values = { wild: new InputValues(known), calm: new InputValues(known, true) }
    const language = fc.constantFrom(...LANGUAGES)

    // GraphQL: every mutation of the committed schema.
    const schema = loadSchema()
    const collectionOf = mutationCollections(schema, registry)
    // Ids for update/duplicate (the target document mostly), delete and restore (never a real document):
    // numbers that name no document, and some that are no id at all.
    const intIds = (real: number | string | null | undefined) =>
      fc.oneof(
        { weight: real === null || real === undefined ? 0 : 5, arbitrary: fc.constant(real) },
        { weight: 3, arbitrary: fc.constantFrom(0, -1, 99_999_999, 2 ** 31 - 1, -(2 ** 31)) },
        { weight: 1, arbitrary: fc.constantFrom(...ODD_IDS) },
      )
    for (const m of mutations(schema)) {
      const slug = collectionOf.get(m.name)
      let ids: fc.Arbitrary<unknown> | null = null
      if (/^(update|duplicate)/.test(m.name)) ids = intIds(slug ? updateTarget.get(slug) : null)
      else if (/^delete/.test(m.name)) ids = intIds(null)
      else if (/^restoreVersion/.test(m.name)) ids = fc.oneof(fc.integer({ min: 1, max: 40 }), intIds(null))
      targets.push({
        name: `graphql ${m.name}`,
        runs: 25,
        arbitrary: fc.tuple(actorArb, argsArbitrary(m, values, ids), language).map(([actor, c, lang]): FuzzCase => {
          const { query, variables } = operation(m, c)
          return {
            actor,
            throwaway: m.name.startsWith('logout'),
            request: {
              method: 'POST',
              path: '/api/graphql',
              headers: { 'Accept-Language': lang },
              body: { query, variables },
              note: `${c.mode}: ${summarize(query, 300)} vars ${summarize(variables, 300)}`,
            },
          }
        }),
      })
    }

    // Valid operations for the raw GraphQL cases: each module mutation with plausible arguments.
    const sampleQueries = fc
      .sample(
        fc
          .constantFrom(
            ...mutations(schema).filter((m) => !/^(create|update|delete|duplicate|restoreVersion)/.test(m.name)),
          )
          .chain((m) =>
            argsArbitrary(m, { wild: values.calm, calm: values.calm }, null).map((c) =>
              operation(m, { ...c, mode: 'inline' }),
            ),
          ),
        { numRuns: 20, seed: SEED },
      )
      .map((o) => o.query)

    // REST: every collection's create, update by id, bulk update, raw bodies and query strings.
    for (const c of registry) {
      const input = dataInputOf(schema, collectionOf, c.slug)
      const body = restBody(c, input, values, known)
      const fields = c.fields.map((f) => f.name)
      const target = updateTarget.get(c.slug) ?? null
      // Beside a body, a query string that fits in the request head (Node refuses heads over 16 KB with
      // 431 and closes the connection while the body is still being sent: no answer the client can read).
      const garbageQuery = fc.option(
        queryGarbage(fields).map((q) => (q.length > 6_000 ? q.slice(0, Math.max(0, q.lastIndexOf('&', 6_000))) : q)),
        { freq: 4, nil: undefined },
      )
      const withQuery = (path: string, q: string | undefined) => (q ? `${path}?${q}` : path)
      targets.push({
        name: `REST POST /api/${c.slug}`,
        runs: 20,
        arbitrary: fc
          .tuple(actorArb, body, garbageQuery, fc.boolean(), fileArbitrary, language)
          .map(([actor, b, q, asForm, file, lang]): FuzzCase => ({
            actor,
            request: {
              method: 'POST',
              path: withQuery(`/api/${c.slug}`, q),
              headers: { 'Accept-Language': lang },
              body: asForm || c.upload ? formDataCase(b, c.upload, file) : b,
              note: `${asForm || c.upload ? 'multipart ' : ''}${summarize(b)}`,
            },
          })),
      })
      targets.push({
        name: `REST PATCH /api/${c.slug}/:id`,
        runs: 20,
        arbitrary: fc
          .tuple(actorArb, pathId(target), body, garbageQuery, fc.boolean(), fileArbitrary, language)
          .map(([actor, id, b, q, asForm, file, lang]): FuzzCase => ({
            actor,
            request: {
              method: 'PATCH',
              path: withQuery(`/api/${c.slug}/${id}`, q),
              headers: { 'Accept-Language': lang },
              body: asForm ? formDataCase(b, c.upload, file) : b,
              note: `${asForm ? 'multipart ' : ''}${summarize(b)}`,
            },
          })),
      })
      // Bulk: the where always pins the one target document (AND), the garbage sits beside it.
      const pinned: [string, unknown][] = [['where[and][0][id][equals]', target ?? -1]]
      targets.push({
        name: `REST PATCH /api/${c.slug}?where`,
        runs: 12,
        arbitrary: fc
          .tuple(
            actorArb,
            fc.option(whereGarbage(fields, 'where[and][1]'), { freq: 1, nil: undefined }),
            body,
            language,
          )
          .map(([actor, garbage, b, lang]): FuzzCase => ({
            actor,
            request: {
              method: 'PATCH',
              path: `/api/${c.slug}?${queryString([...pinned, ...(garbage ?? [])])}`,
              headers: { 'Accept-Language': lang },
              body: b,
            },
          })),
      })
      targets.push({
        name: `REST raw bodies /api/${c.slug}`,
        runs: 12,
        arbitrary: fc
          .tuple(actorArb, fc.constantFrom('POST', 'PATCH', 'PATCH bulk'), pathId(target), rawBody)
          .map(([actor, method, id, raw]): FuzzCase => ({
            actor,
            request: {
              method: method === 'POST' ? 'POST' : 'PATCH',
              path:
                method === 'POST'
                  ? `/api/${c.slug}`
                  : method === 'PATCH'
                    ? `/api/${c.slug}/${id}`
                    : `/api/${c.slug}?${queryString(pinned)}`,
              headers: raw.headers,
              body: raw.body,
              note: raw.note,
            },
          })),
      })
      const readPaths = [`/api/${c.slug}`, `/api/${c.slug}/count`, ...(c.versions ? [`/api/${c.slug}/versions`] : [])]
      targets.push({
        name: `REST GET /api/${c.slug} (query strings)`,
        runs: 12,
        arbitrary: fc
          .tuple(
            actorArb,
            fc.oneof(
              fc.constantFrom(...readPaths),
              pathId(target).map((id) => `/api/${c.slug}/${id}`),
            ),
            queryGarbage(fields),
            language,
          )
          .map(([actor, path, q, lang]): FuzzCase => ({
            actor,
            request: { method: 'GET', path: `${path}?${q}`, headers: { 'Accept-Language': lang } },
          })),
      })
    }

    // The modules' own endpoints and the auth endpoints.
    targets.push(
      ...endpointTargets(
        { home: HOME, other: OTHER, known, open311Key: key.key as string },
        registry.filter((c) => c.auth).map((c) => c.slug),
        sampleQueries,
      ),
    )
    targets = targets
      .filter((t) => !ONLY || ONLY.test(t.name))
      .map((t) => ({ ...t, runs: Math.max(1, Math.round(t.runs * SCALE)) }))
  }, 600_000)

  afterAll(async () => {
    await server?.stop()
  })

  const tokenFor = async (c: FuzzCase): Promise<string | undefined> => {
    if (c.actor === 'anonymous') return undefined
    if (!c.throwaway) return tokens[c.actor]
    // Logout ends a session (or all of them): use an account of the same kind that nobody else uses.
    const person = c.actor === 'citizen'
    return login(server, {
      email: person ? throwaway.person : throwaway.staff,
      password: PASSWORD,
      collection: person ? 'people' : 'users',
      role: person ? 'citizen' : 'service-agent',
      municipality: person ? null : HOME,
    })
  }

  it(
    'answers every case with a 4xx or a success, never a 5xx or a dropped connection',
    async () => {
      console.log(
        `fuzz: seed ${SEED} (replay with FUZZ_SEED=${SEED}), ${targets.length} targets, ${ACTORS.length} actors`,
      )
      const started = Date.now()
      const perTarget: string[] = []
      await pool(targets, WIDTH, async (target) => {
        await fc.assert(
          fc.asyncProperty(target.arbitrary, async (c) => {
            const token = await tokenFor(c)
            await send(server.url, c.request as FuzzRequest, tally, { target: target.name, actor: c.actor, token })
          }),
          { numRuns: target.runs, seed: hash32(`${SEED}:${target.name}`), endOnFailure: true },
        )
        const failed = tally.failures.filter((f) => f.target === target.name).length
        if (failed) perTarget.push(`${target.name}: ${failed}`)
      })
      seconds = Math.round((Date.now() - started) / 1000)
      const ready = await fetch(`${server.url}/readyz`).then(
        (r) => r.status,
        () => 0,
      )
      // No document left unreadable: a write that half-failed (or stored what cannot be read back, such
      // as an empty date) would break every later read of its collection.
      const unreadable: string[] = []
      for (const c of registry) {
        const res = await api(server)
          .get(`/api/${c.slug}`)
          .query({ limit: 1000, depth: 1, draft: 'true' })
          .set(auth(platform))
        if (res.status >= 500) unreadable.push(`${c.slug}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`)
      }
      const alive = server.process.exitCode === null && server.process.signalCode === null
      const readyAfter = ready === 200 && alive ? 'yes' : 'no'
      const status5xx = tally.failures.length
      recordFigures('fuzz', { cases: tally.cases, status5xx, readyAfter })
      console.log(
        `fuzz: ${tally.cases} cases in ${seconds} s, answers ${JSON.stringify(Object.fromEntries([...tally.statuses].sort()))}, ` +
          `5xx or no answer: ${status5xx}, ready after: ${readyAfter}` +
          (tally.retried ? ` (${tally.retried} answered when sent again on a new connection)` : ''),
      )
      if (process.env.FUZZ_VERBOSE)
        console.log(
          [...tally.answers.entries()]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 80)
            .map(([k, n]) => `${String(n).padStart(6)}  ${k}`)
            .join('\n'),
        )
      if (status5xx) {
        // The server's own account of what went wrong (stack traces), next to the figures.
        // (Payload logs refusals too: leave out the errors that are 4xx answers.)
        const refusals =
          /"type":"(ValidationError|Forbidden|NotFound|AuthenticationError|QueryError|UnauthorizedError|LockedAuth|UnverifiedEmail)"/
        const errors = server.logs
          .join('')
          .split('\n')
          .filter((line) => /"level":(50|60)/.test(line) && !refusals.test(line))
        const file = path.join(REPORT_DIR, '..', `fuzz-server-errors.${usingPostgres ? 'postgres' : 'sqlite'}.log`)
        fs.mkdirSync(path.dirname(file), { recursive: true })
        fs.writeFileSync(file, errors.join('\n'))
        console.log(`fuzz: the server's errors are in ${file}`)
      }
      if (status5xx)
        console.log(
          `fuzz failures (seed ${SEED}; replay with FUZZ_SEED=${SEED} FUZZ_ONLY='<target>'):\n${perTarget.join('\n')}\n\n${describeFailures(tally.failures)}`,
        )
      expect(tally.cases).toBeGreaterThanOrEqual(ONLY || SCALE < 1 ? 1 : 10_000)
      expect(status5xx).toBe(0)
      expect(readyAfter).toBe('yes')
      expect(unreadable).toEqual([])
    },
    30 * 60_000,
  )
})
