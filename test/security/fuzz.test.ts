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
 * seed derived from the run's seed; the targets of one collection run one after another, those of
 * different collections a few at a time (their requests interleave). A 5xx does not stop the run: every
 * failure is collected and printed with what was sent.
 *
 * Deterministic by default: the run's seed is COMMITTED_SEED (CI and `npm test`: the same cases on
 * every run; the seed and a fingerprint of the generated cases are printed). Before the generated
 * cases, the regression corpus (test/security/fuzz-corpus/*.json, see fuzz-corpus.ts) is replayed: every
 * input that ever found a bug, with the same checks. Exploring with new seeds is `npm run fuzz`
 * (scripts/fuzz.mjs: a random seed, a scale factor, new failing inputs written into the corpus).
 *
 * Environment: FUZZ_SEED=<seed> (or `random`) replaces the committed seed (optionally FUZZ_ONLY=<regex
 * of target names>, FUZZ_CONCURRENCY=1 and FUZZ_TRACE=1 to print every case in order). FUZZ_SCALE
 * multiplies the runs per target; FUZZ_CONCURRENCY sets how many requests are in flight (default 6);
 * FUZZ_VERBOSE=1 prints the most frequent answers (how deep the cases reach); FUZZ_TIMEOUT_MS is the
 * wait for one answer (default 30 s). FUZZ_REPLAY=<file.json>[,<file.json>…] replays those corpus
 * entries only (no generated cases). FUZZ_RECORD=<folder> is where failing generated cases are written
 * as corpus entries (default test-results/fuzz-new-inputs; `npm run fuzz` writes into the corpus).
 * When something fails, the server's error log is written to test-results/fuzz-server-errors.<database>.log.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import fc from 'fast-check'
import { getNamedType, isNonNullType, isObjectType, type GraphQLField } from 'graphql'

import { INSTALLED_MODULES } from '../../src/modules'
import type { ModuleFixtures } from '../../src/plugins/sdk/testing/fixtures'
import { installedFixtures } from '../fixtures/modules'
import { account, api, auth, createPerson, login, municipalityId } from '../../src/plugins/sdk/testing/api'
import { ROOT, startServer, usingPostgres, type TestServer } from '../../src/plugins/sdk/testing/server'
import { describeFailures, newTally, pool, send, type FuzzRequest } from './fuzz-client'
import { expandRequest, loadCorpus, recordFailure, toFuzzRequest, type CorpusCase } from './fuzz-corpus'
import { ACTORS, actorArb, endpointTargets, fuzzKit, type Actor, type FuzzCase, type Target } from './fuzz-endpoints'
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
import { hash32, ODD_IDS, summarize } from './fuzz-values'
import { collectionRegistry, type CollectionInfo } from './registry'
import { recordFigures, REPORT_DIR } from './report'

/**
 * The seed CI and `npm test` run with: the same cases, in the same order per target, on every run. It
 * is the seed that found two bugs on CI (a `where` condition that is null, and a bulk update with a
 * `_status` outside its list: commit c338388); change it only in a commit of its own.
 */
const COMMITTED_SEED = 1897069871

const seedFrom = (text: string | undefined): { seed: number; source: string } => {
  if (!text) return { seed: COMMITTED_SEED, source: 'committed' }
  if (text === 'random') return { seed: Math.floor(Math.random() * 2 ** 31), source: 'random' }
  const seed = Number(text)
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be a whole number or "random", not ${text}`)
  return { seed, source: 'FUZZ_SEED' }
}
const { seed: SEED, source: SEED_SOURCE } = seedFrom(process.env.FUZZ_SEED)
const SCALE = Number(process.env.FUZZ_SCALE || 1)
if (!(SCALE > 0)) throw new Error(`FUZZ_SCALE must be a number above 0, not ${process.env.FUZZ_SCALE}`)
/** Replay these corpus files only (no generated cases). */
const REPLAY = process.env.FUZZ_REPLAY?.split(',')
  .map((f) => f.trim())
  .filter(Boolean)
/** Where failing generated cases are written, as corpus entries. */
const RECORD_DIR = path.resolve(process.env.FUZZ_RECORD || path.join(REPORT_DIR, '..', 'fuzz-new-inputs'))
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

/** Names an argument or field may use for a collection's documents: `x-slots` → slot, slots… */
const namesOf = (slug: string): string[] => {
  const last = slug.split('-').pop()!
  const singular = (s: string) =>
    s
      .replace(/(ss)es$/, '$1')
      .replace(/ies$/, 'y')
      .replace(/s$/, '')
  return [...new Set([slug, singular(slug), last, singular(last)])]
}

/** A generated case as text (for the fingerprint of a run's cases). */
const caseText = (c: FuzzCase): string => {
  const body = c.request.body
  let text: string
  if (body === undefined) text = ''
  else if (typeof body === 'string') text = body
  else if (body instanceof Uint8Array) text = Buffer.from(body).toString('latin1')
  else if (body instanceof FormData)
    text = JSON.stringify(
      [...body.entries()].map(([k, v]) => [k, typeof v === 'string' ? v : `${v.name} ${v.type} ${v.size}`]),
    )
  else text = JSON.stringify(body) ?? ''
  return `${c.actor} ${c.throwaway ? 'throwaway ' : ''}${c.request.method} ${c.request.path} ${JSON.stringify(c.request.headers ?? {})} ${text}\n`
}

/**
 * A mutation with a JSON argument as `$d` (its other required arguments plain values): the raw-body target
 * sends it with a deeply nested JSON.
 */
const jsonQueryOf = (field: GraphQLField<unknown, unknown>): string => {
  const plain: Record<string, string> = { String: '"x"', ID: '"x"', Int: '1', Float: '1', Boolean: 'true' }
  let json = false
  const args = field.args.flatMap((a) => {
    const type = getNamedType(a.type).name
    if (type === 'JSON' && !json) {
      json = true
      return [`${a.name}: $d`]
    }
    if (a.name === 'municipality') return [`municipality: "${HOME}"`]
    return isNonNullType(a.type) && plain[type] ? [`${a.name}: ${plain[type]}`] : []
  })
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : ''
  return `mutation($d: JSON) { ${field.name}(${args.join(', ')})${selection} }`
}

const LANGUAGES = ['es', 'pt', 'en', 'fr', 'xx-YY', '*', 'es-AR,es;q=0.9,en;q=0.8', ';;;', 'a'.repeat(300)]

describe('fuzzing: malformed and hostile input never gets a 5xx', () => {
  let registry: CollectionInfo[]
  let villa: number | string
  let nova: number | string
  let town: Doc
  let targetUser: Doc
  let targetPerson: Doc
  let fixtures: ModuleFixtures[] = []
  /** Real values the installed modules give (their fixtures), and those the run made up (masked). */
  const moduleValues: Record<string, string[]> = {}
  const secrets: string[] = []

  beforeAll(async () => {
    registry = collectionRegistry()
    server = await startServer({
      env: {
        LOGIN_RATE_LIMIT: '100000',
        SUBMIT_RATE_LIMIT: '100000',
        RESET_RATE_LIMIT: '100000',
        SIGNUP_RATE_LIMIT: '100000',
        TRACK_RATE_LIMIT: '100000',
        TRACK_CAPABILITY_LIMIT: '100000',
      },
    })
    platform = await login(server, account('platform-admin', null))
    tokens['platform-admin'] = platform
    tokens.editor = await login(server, account('editor', HOME))
    tokens['municipal-admin'] = await login(server, account('municipal-admin', HOME))
    villa = await municipalityId(server, HOME)
    nova = await municipalityId(server, OTHER)
    tokens.citizen = (
      await createPerson(server, platform, { email: 'fuzz.citizen@example.org', name: 'Fuzz Citizen' })
    ).token

    // Documents the fuzzer may change (updates) without touching the actors or the demo municipalities.
    town = await created('municipalities', {
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
        tenants: [{ tenant: villa, roles: ['editor'] }],
      })
    targetUser = await staff('fuzz.target@villa-esperanza.demo')
    await staff('fuzz.logout@villa-esperanza.demo')
    targetPerson = await createPerson(server, platform, { email: 'fuzz.target@example.org', name: 'Target' })
    await createPerson(server, platform, { email: 'fuzz.logout@example.org', name: 'Logout', password: PASSWORD })
    throwaway.staff = 'fuzz.logout@villa-esperanza.demo'
    throwaway.person = 'fuzz.logout@example.org'
    fixtures = await installedFixtures()
    for (const f of fixtures) {
      const given = await f.fuzz?.values?.({
        server,
        platform,
        municipality: { id: villa, slug: HOME },
        admin: tokens['municipal-admin'],
      })
      for (const [name, values] of Object.entries(given?.values ?? {}))
        moduleValues[name] = [...(moduleValues[name] ?? []), ...values]
      secrets.push(...(given?.secrets ?? []))
    }
    console.log(
      `fuzz: seed ${SEED} (${SEED_SOURCE}${SEED_SOURCE === 'committed' ? '' : `; replay with FUZZ_SEED=${SEED}`}), ` +
        `scale ${SCALE}${REPLAY ? `, replaying ${REPLAY.join(', ')} only` : ''}`,
    )
  }, 600_000)

  afterAll(async () => {
    await server?.stop()
  })

  const tokenFor = async (c: { actor: Actor; throwaway?: boolean }): Promise<string | undefined> => {
    if (c.actor === 'anonymous') return undefined
    if (!c.throwaway) return tokens[c.actor]
    // Logout ends a session (or all of them): use an account of the same kind that nobody else uses.
    const person = c.actor === 'citizen'
    return login(server, {
      email: person ? throwaway.person : throwaway.staff,
      password: PASSWORD,
      collection: person ? 'people' : 'users',
      role: person ? 'citizen' : 'editor',
      municipality: person ? null : HOME,
    })
  }

  /**
   * Throwaway cases one at a time (a login, then the request, which may be a logout of every session of
   * the shared throwaway account): run side by side, one target's logout could end another's fresh
   * session before it is used, and the same case would be answered differently from run to run.
   */
  let throwawayQueue: Promise<unknown> = Promise.resolve()
  const oneAtATime = <T>(run: () => Promise<T>): Promise<T> => {
    const result = throwawayQueue.then(run)
    throwawayQueue = result.catch(() => undefined)
    return result
  }

  /**
   * After a run: does /readyz answer, is the server process alive, and can every collection still be
   * read? (A write that half-failed, or stored what cannot be read back such as an empty date, would
   * break every later read of its collection.)
   */
  const health = async (): Promise<{ readyAfter: 'yes' | 'no'; unreadable: string[] }> => {
    const ready = await fetch(`${server.url}/readyz`).then(
      (r) => r.status,
      () => 0,
    )
    const unreadable: string[] = []
    for (const c of registry) {
      const res = await api(server)
        .get(`/api/${c.slug}`)
        .query({ limit: 1000, depth: 1, draft: 'true' })
        .set(auth(platform))
      if (res.status >= 500) unreadable.push(`${c.slug}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`)
    }
    const alive = server.process.exitCode === null && server.process.signalCode === null
    return { readyAfter: ready === 200 && alive ? 'yes' : 'no', unreadable }
  }

  /** The server's own account of what went wrong (stack traces), next to the figures. */
  const writeServerErrors = () => {
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

  /** A real value for a corpus entry's `{{slug[?query]:field}}`: the field of the first document found. */
  const lookup = async (slug: string, query: string, field: string) => {
    const res = await fetch(`${server.url}/api/${slug}?${query ? `${query}&` : ''}limit=1&depth=0&draft=true`, {
      headers: { Authorization: `JWT ${platform}` },
    })
    const doc = res.ok ? ((await res.json()) as { docs?: Record<string, unknown>[] }).docs?.[0] : undefined
    let value: unknown = doc
    for (const part of field.split('.')) value = (value as Record<string, unknown> | undefined)?.[part]
    if (value && typeof value === 'object' && 'id' in value) value = (value as { id: unknown }).id
    return typeof value === 'string' || typeof value === 'number' ? value : undefined
  }

  // Every input that ever found a bug, replayed with the fuzzer's checks before the generated cases.
  describe('regression corpus (test/security/fuzz-corpus): every input that ever found a bug', () => {
    const corpus = loadCorpus(REPLAY)
    const tally = newTally()

    const replay = async (entry: (typeof corpus)[number]) => {
      const problems: string[] = []
      const steps: [string, CorpusCase][] = [
        ...(entry.before ?? []).map((c, i) => [`before[${i}]`, c] as [string, CorpusCase]),
        ['request', entry],
        ...(entry.then ?? []).map((c, i) => [`then[${i}]`, c] as [string, CorpusCase]),
      ]
      for (const [label, step] of steps) {
        const request = entry.expand ? await expandRequest(step.request, lookup) : step.request
        const { status, text, why } = await send(server.url, toFuzzRequest(request), tally, {
          target: `corpus ${entry.file}`,
          actor: step.actor,
          token: await tokenFor(step),
        })
        if (REPLAY)
          console.log(
            `fuzz corpus ${entry.file} ${label}: as ${step.actor} ${request.method} ${summarize(request.path, 200)} → ${status} ${text.slice(0, 400)}`,
          )
        if (why) problems.push(`${label}: ${why}: ${text.slice(0, 300)}`)
        const { status: wanted, contains } = step.expect ?? {}
        if (wanted !== undefined && !(Array.isArray(wanted) ? wanted : [wanted]).includes(status as number))
          problems.push(
            `${label}: answered ${status}, the fix answers ${JSON.stringify(wanted)}: ${text.slice(0, 300)}`,
          )
        if (contains !== undefined && !text.includes(contains))
          problems.push(`${label}: the answer lacks ${JSON.stringify(contains)}: ${text.slice(0, 300)}`)
      }
      if (server.process.exitCode !== null || server.process.signalCode !== null)
        problems.push('the server process ended')
      return problems
    }

    if (corpus.length)
      it.each(corpus.map((entry) => [`${path.basename(entry.file)}: ${entry.name}`, entry] as const))(
        '%s',
        async (_title, entry) => {
          const problems = await replay(entry)
          if (problems.length)
            console.log(
              `fuzz corpus ${entry.file} (${entry.found}) fails again:\n${problems.join('\n')}\n` +
                `replay it alone: npm run fuzz -- --replay ${entry.file}`,
            )
          expect(problems).toEqual([])
        },
      )

    it('leaves the server ready and every collection readable', async () => {
      expect(corpus.length).toBeGreaterThan(0)
      const { readyAfter, unreadable } = await health()
      const failed = tally.failures.length
      if (!REPLAY) recordFigures('fuzz', { corpus: corpus.length, corpusFailed: failed })
      console.log(
        `fuzz corpus: ${corpus.length} inputs that once found a bug, ${tally.cases} requests, answers ` +
          `${JSON.stringify(Object.fromEntries([...tally.statuses].sort()))}, 5xx or no answer: ${failed}, ready after: ${readyAfter}`,
      )
      if (failed) writeServerErrors()
      expect(readyAfter).toBe('yes')
      expect(unreadable).toEqual([])
    })
  })

  // FUZZ_REPLAY: the corpus entries given, nothing else.
  ;(REPLAY ? describe.skip : describe)(`generated cases (seed ${SEED}, scale ${SCALE})`, () => {
    const tally = newTally()
    let targets: Target[] = []
    let seconds = 0

    beforeAll(async () => {
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
      for (const [name, values] of Object.entries(moduleValues)) add(name, values)
      const shaped = new Map<string, fc.Arbitrary<unknown>>()
      const known: Known = { byName, ids: [...ids], strings: [...strings].slice(0, 200), shaped }
      // The modules' structured values (a service form's answers), made of the values above.
      const endpointContext = { home: HOME, other: OTHER, known, modules: INSTALLED_MODULES.slugs }
      const kit = fuzzKit(endpointContext)
      for (const f of fixtures)
        for (const [name, arbitrary] of Object.entries(f.fuzz?.shaped?.(kit) ?? {}))
          shaped.set(name.toLowerCase(), arbitrary)
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
          collection: slug,
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
          collection: c.slug,
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
          collection: c.slug,
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
          collection: c.slug,
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
          collection: c.slug,
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
          collection: c.slug,
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

      // The modules' commands and own endpoints (their fixtures' targets), and the auth endpoints.
      const mutationFields = schema.getMutationType()?.getFields() ?? {}
      const jsonMutation = Object.values(mutationFields).find((f) =>
        f.args.some((a) => getNamedType(a.type).name === 'JSON'),
      )
      targets.push(
        ...endpointTargets(
          endpointContext,
          registry.filter((c) => c.auth).map((c) => c.slug),
          sampleQueries,
          INSTALLED_MODULES.modules.flatMap((m) =>
            (m.commands ?? []).map((c) => ({
              module: m.slug,
              name: c.name,
              fields: (mutationFields[c.name]?.args ?? []).map((a) => a.name),
            })),
          ),
          fixtures.flatMap((f) => f.fuzz?.targets?.(kit) ?? []),
          jsonMutation && jsonQueryOf(jsonMutation),
        ),
      )
      targets = targets
        .filter((t) => !ONLY || ONLY.test(t.name))
        .map((t) => ({ ...t, runs: Math.max(1, Math.round(t.runs * SCALE)) }))
    }, 600_000)

    it(
      'answers every case with a 4xx or a success, never a 5xx or a dropped connection',
      async () => {
        const planned = targets.reduce((n, t) => n + t.runs, 0)
        console.log(
          `fuzz: seed ${SEED} (${SEED_SOURCE}), scale ${SCALE}, ${targets.length} targets, ${planned} cases, ${ACTORS.length} actors` +
            (SEED_SOURCE === 'committed'
              ? ''
              : ` (replay with FUZZ_SEED=${SEED}${SCALE === 1 ? '' : ` FUZZ_SCALE=${SCALE}`})`),
        )
        const started = Date.now()
        const perTarget: string[] = []
        // What was generated, per target in order (the targets interleave, each one's cases do not): the
        // same seed gives the same fingerprint. Values the run itself makes up (a module's key) are masked.
        const digests = new Map(targets.map((t) => [t.name, createHash('sha256')]))
        const masked = (text: string) => secrets.reduce((t, secret) => t.split(secret).join('<secret>'), text)
        const recorded: { file: string; fresh: boolean }[] = []
        // The answers per target, written to test-results/fuzz-answers.<database>.txt: two runs compared
        // line by line show which targets answered differently.
        const answered = new Map(targets.map((t) => [t.name, new Map<string, number>()]))
        // Targets of one collection one after another, in a fixed order (their reads and writes of the same
        // documents never interleave: the answers do not depend on timing); different ones side by side.
        const groups = new Map<string, Target[]>()
        for (const t of targets) groups.set(t.collection ?? t.name, [...(groups.get(t.collection ?? t.name) ?? []), t])
        const runTarget = async (target: Target) => {
          await fc.assert(
            fc.asyncProperty(target.arbitrary, async (c) => {
              digests.get(target.name)!.update(masked(caseText(c)))
              const sendCase = async () =>
                send(server.url, c.request as FuzzRequest, tally, {
                  target: target.name,
                  actor: c.actor,
                  token: await tokenFor(c),
                })
              const { status, text, why } = c.throwaway ? await oneAtATime(sendCase) : await sendCase()
              const counts = answered.get(target.name)!
              counts.set(String(status), (counts.get(String(status)) ?? 0) + 1)
              // Every failing input is kept as a corpus entry (npm run fuzz: in the corpus itself).
              if (why)
                recorded.push(
                  await recordFailure(RECORD_DIR, {
                    target: target.name,
                    seed: SEED,
                    scale: SCALE,
                    actor: c.actor,
                    throwaway: c.throwaway,
                    request: c.request,
                    why,
                    answer: text,
                  }),
                )
            }),
            { numRuns: target.runs, seed: hash32(`${SEED}:${target.name}`), endOnFailure: true },
          )
          const failed = tally.failures.filter((f) => f.target === target.name).length
          if (failed) perTarget.push(`${target.name}: ${failed}`)
        }
        await pool([...groups.values()], WIDTH, async (group) => {
          for (const target of group) await runTarget(target)
        })
        seconds = Math.round((Date.now() - started) / 1000)
        const fingerprint = createHash('sha256')
        for (const t of targets) fingerprint.update(`${t.name}:${digests.get(t.name)!.digest('hex')}\n`)
        const answersFile = path.join(REPORT_DIR, '..', `fuzz-answers.${usingPostgres ? 'postgres' : 'sqlite'}.txt`)
        fs.mkdirSync(path.dirname(answersFile), { recursive: true })
        fs.writeFileSync(
          answersFile,
          `seed ${SEED}, scale ${SCALE}\n` +
            targets
              .map((t) => `${t.name}\t${JSON.stringify(Object.fromEntries([...answered.get(t.name)!].sort()))}\n`)
              .join(''),
        )
        const { readyAfter, unreadable } = await health()
        const status5xx = tally.failures.length
        recordFigures('fuzz', { cases: tally.cases, status5xx, readyAfter, seed: SEED, scale: SCALE })
        console.log(
          `fuzz: seed ${SEED}: ${tally.cases} cases (fingerprint ${fingerprint.digest('hex').slice(0, 16)}) in ${seconds} s, ` +
            `answers ${JSON.stringify(Object.fromEntries([...tally.statuses].sort()))}, ` +
            `5xx or no answer: ${status5xx}, ready after: ${readyAfter} (per target: ${path.relative(ROOT, answersFile)})` +
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
        if (status5xx) writeServerErrors()
        if (status5xx) {
          const fresh = [...new Set(recorded.filter((r) => r.fresh).map((r) => path.relative(ROOT, r.file)))]
          const known = [...new Set(recorded.filter((r) => !r.fresh).map((r) => path.relative(ROOT, r.file)))]
          console.log(
            `fuzz failures (seed ${SEED}; replay with FUZZ_SEED=${SEED} FUZZ_ONLY='<target>'):\n${perTarget.join('\n')}\n\n${describeFailures(tally.failures)}\n\n` +
              `failing inputs written as corpus entries (${fresh.length} new${known.length ? `, ${known.length} written before` : ''}), ` +
              `each replayed with: npm run fuzz -- --replay <file>\n${[...fresh, ...known].map((f) => `  ${f}`).join('\n')}`,
          )
        }
        // Every case planned was sent: at scale 1 at least 10,000 (fewer only where few modules are installed);
        // CI's 0.3 scale at least 3,000.
        expect(tally.cases).toBeGreaterThanOrEqual(
          ONLY ? 1 : Math.min(Math.round(10_000 * Math.min(SCALE, 1)), planned),
        )
        expect(status5xx).toBe(0)
        expect(readyAfter).toBe('yes')
        expect(unreadable).toEqual([])
      },
      30 * 60_000 * Math.max(1, SCALE),
    )
  })
})
