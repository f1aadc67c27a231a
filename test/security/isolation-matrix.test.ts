/**
 * The tenant-isolation matrix, generated from the running configuration: every tenant-scoped
 * collection (the registry) × every actor of municipality A (a staff account per per-municipality role,
 * a citizen and a supplier active in A, anonymous) × every operation the APIs expose for it (find,
 * findByID, count, create, update, delete, versions, duplicate, and the file of an upload) × REST and
 * GraphQL (names from the committed schema.graphql), against the documents of municipality B.
 *
 * The oracle: an actor of A gets nothing of B beyond what an anonymous visitor gets for the same
 * request (documents by id, field values by document, counts), and every write on B's documents is
 * refused with nothing written (checked in the database). A create in B that anonymous may make too is
 * a public submission path: counted apart, not as a denial.
 */
import { isDeepStrictEqual } from 'node:util'

import { account, login, municipalityId } from '../../src/plugins/sdk/testing/api'
import { startServer, usingPostgres, type TestServer } from '../../src/plugins/sdk/testing/server'
import { actorsOfA, fillEmptyCollections, PDF, png, type Actor } from './isolation-fixtures'
import {
  coerceInput,
  fillRequired,
  gqlNames,
  mutationArgType,
  mutationArgTypeName,
  selectionFor,
  stringInputFields,
  type GqlNames,
} from './isolation-graphql'
import { databaseClient, httpClient, type Reply } from './isolation-http'
import { shardOf, tenantRoles, tenantScopedCollections, type CollectionInfo } from './registry'
import { recordFigures } from './report'

type ID = number | string
type Doc = Record<string, any>
type Api = 'REST' | 'GraphQL'
type Op = 'find' | 'findByID' | 'count' | 'create' | 'update' | 'delete' | 'versions' | 'duplicate' | 'file'
type Outcome = 'ok' | 'public' | 'leak'
type Case = { collection: string; actor: string; op: Op; api: Api; variant: string; outcome: Outcome; detail?: string }

const ALL_COLLECTIONS = tenantScopedCollections()
/** CI splits the collections between its two lanes (`ISOLATION_SHARD`, see shardOf); `npm test` runs them all. */
const COLLECTIONS = shardOf(ALL_COLLECTIONS)
const ROLES = tenantRoles()
const A_SLUG = 'nova-esperanca'
const B_SLUG = 'villa-esperanza'
const PARALLEL = 8
const PROBE = 'ISOLATION-PROBE'
/** Fields of the upload machinery: not sent back in a create body. */
const UPLOAD_FIELDS = [
  'url',
  'thumbnailURL',
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'focalX',
  'focalY',
  'sizes',
]

let server: TestServer
let http: ReturnType<typeof httpClient>
let db: Awaited<ReturnType<typeof databaseClient>>
const sql = (statement: string, params: unknown[] = []) => db.query(statement, params)
let platform: string
let aId: ID
let bId: ID
let actors: Actor[] = []
const cases: Case[] = []
const notes: string[] = []
const timings: Record<string, number> = {}

/** What the matrix knows of one collection in B. */
type Plan = {
  c: CollectionInfo
  table: string
  gql: GqlNames | null
  /** ids of B's documents (from the database) */
  universe: Set<string>
  versionUniverse: Set<string>
  /** B's documents under test, non-public first (as the platform admin reads them; null when it cannot) */
  targets: { id: string; doc: Doc | null; versionId: string | null; isPublic: boolean }[]
  protectedFields: string[]
  updateField: string | null
  createBody: Doc
  gqlCreateData: Doc | null
  gqlUpdateData: Doc | null
  file: { buffer: Buffer; name: string; type: string } | null
}
const plans = new Map<string, Plan>()

const pool = async <T>(items: T[], n: number, fn: (item: T) => Promise<void>) => {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) await fn(items[next++])
    }),
  )
}

const idKey = (v: unknown) => String(v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v)
const tableOf = (slug: string) => slug.replace(/-/g, '_')
const gqlId = (plan: Plan, id: string): ID => (plan.gql?.idType.startsWith('Int') ? Number(id) : id)

const record = (c: Omit<Case, 'outcome'> & { leaks: string[]; isPublic?: boolean }) => {
  const { leaks, isPublic, ...rest } = c
  cases.push({
    ...rest,
    outcome: leaks.length ? 'leak' : isPublic ? 'public' : 'ok',
    detail: leaks.length ? leaks.join('; ') : undefined,
  })
}

/** A value that says something (Payload answers a field the reader may not see as absent, null or empty). */
const present = (v: unknown) =>
  v !== null && v !== undefined && !(typeof v === 'object' && Object.keys(v as object).length === 0)

/** Field values the actor sees on a document that anonymous does not see (or sees otherwise). */
const extraFields = (mine: Doc, anon: Doc | undefined): string[] =>
  Object.keys(mine).filter((k) => present(mine[k]) && !(anon && isDeepStrictEqual(mine[k], anon[k])))

const protectedIn = (plan: Plan, doc: Doc): string[] => plan.protectedFields.filter((f) => present(doc[f]))

// ---------------------------------------------------------------------------------------------------
// Requests

type ReadResult = { status: number; docs: Doc[]; count?: number; bytes?: number; errors?: string; crashed?: boolean }

const restGet = (path: string, query: Record<string, unknown>, token?: string): Promise<Reply> =>
  http.call('GET', path, { query, token })

/** A read request, answered for an actor and (cached) for anonymous. */
type Read = {
  op: Op
  api: Api
  variant: string
  run: (token?: string) => Promise<ReadResult>
  scope: 'docs' | 'versions'
}

const anonCache = new Map<string, Promise<ReadResult>>()

const readsFor = (plan: Plan): Read[] => {
  const { c } = plan
  const base = `/api/${c.slug}`
  const list = (where?: Record<string, unknown>) => async (token?: string) => {
    const res = await restGet(
      base,
      { depth: 0, draft: 'true', pagination: 'false', ...(where ? { where } : {}) },
      token,
    )
    return { status: res.status, docs: res.status === 200 ? (res.body.docs ?? []) : [] }
  }
  const reads: Read[] = [
    { op: 'find', api: 'REST', variant: 'all', run: list(), scope: 'docs' },
    { op: 'find', api: 'REST', variant: 'where tenant=B', run: list({ tenant: { equals: bId } }), scope: 'docs' },
    {
      op: 'count',
      api: 'REST',
      variant: 'where tenant=B',
      scope: 'docs',
      run: async (token) => {
        const res = await restGet(`${base}/count`, { where: { tenant: { equals: bId } } }, token)
        return { status: res.status, docs: [], count: res.status === 200 ? Number(res.body.totalDocs) : 0 }
      },
    },
  ]
  for (const [i, t] of plan.targets.entries()) {
    // `where id` for the first target; by id for each.
    if (i === 0)
      reads.push({
        op: 'find',
        api: 'REST',
        variant: `where id=${t.id}`,
        run: list({ id: { equals: t.id } }),
        scope: 'docs',
      })
    reads.push({
      op: 'findByID',
      api: 'REST',
      variant: `id=${t.id}`,
      scope: 'docs',
      run: async (token) => {
        const res = await restGet(`${base}/${t.id}`, { depth: 0, draft: 'true' }, token)
        return { status: res.status, docs: res.status === 200 && res.body?.id !== undefined ? [res.body] : [] }
      },
    })
    const url = typeof t.doc?.url === 'string' ? new URL(t.doc.url, server.url).pathname : null
    if (c.upload && url)
      reads.push({
        op: 'file',
        api: 'REST',
        variant: `file of ${t.id}`,
        scope: 'docs',
        run: async (token) => {
          const res = await http.call('GET', url, { token })
          return { status: res.status, docs: [], bytes: res.status === 200 ? res.bytes : 0 }
        },
      })
    if (c.versions && t.versionId)
      reads.push({
        op: 'versions',
        api: 'REST',
        variant: `version of ${t.id}`,
        scope: 'versions',
        run: async (token) => {
          const res = await restGet(`${base}/versions/${t.versionId}`, { depth: 0 }, token)
          return { status: res.status, docs: res.status === 200 && res.body?.id !== undefined ? [res.body] : [] }
        },
      })
  }
  if (c.versions)
    reads.push({
      op: 'versions',
      api: 'REST',
      variant: 'list',
      scope: 'versions',
      run: async (token) => {
        const res = await restGet(`${base}/versions`, { depth: 0, pagination: 'false' }, token)
        return { status: res.status, docs: res.status === 200 ? (res.body.docs ?? []) : [] }
      },
    })

  const names = plan.gql
  if (names) {
    const sel = selectionFor(names.docType)
    const q = async (query: string, variables: object, token: string | undefined, pick: (data: any) => Doc[]) => {
      const res = await http.graphql(query, variables as Record<string, unknown>, token)
      const errors = res.errors?.map((e) => e.message).join(' | ')
      const crashed = res.errors?.some((e) => Number(e.extensions?.statusCode) >= 500)
      return { status: res.status, docs: res.data ? pick(res.data).filter(Boolean) : [], errors, crashed }
    }
    // No `where` at all rather than `where: null`: Payload 3.90 answers a null where on a collection
    // with drafts with a TypeError (500), for anyone.
    const gList = (where: object | null) => (token?: string) =>
      q(
        `query L${where ? `($w: ${names.whereType})` : ''} { r: ${names.list}(${where ? 'where: $w, ' : ''}draft: true, pagination: false) { docs { ${sel} } } }`,
        where ? { w: where } : {},
        token,
        (d) => d.r?.docs ?? [],
      )
    reads.push(
      { op: 'find', api: 'GraphQL', variant: 'all', run: gList(null), scope: 'docs' },
      { op: 'find', api: 'GraphQL', variant: 'where tenant=B', run: gList({ tenant: { equals: bId } }), scope: 'docs' },
    )
    if (names.count)
      reads.push({
        op: 'count',
        api: 'GraphQL',
        variant: 'where tenant=B',
        scope: 'docs',
        run: async (token) => {
          const res = await http.graphql(
            `query C($w: ${names.whereType}) { r: ${names.count}(where: $w) { totalDocs } }`,
            { w: { tenant: { equals: bId } } },
            token,
          )
          const crashed = res.errors?.some((e) => Number(e.extensions?.statusCode) >= 500)
          return { status: res.status, docs: [], count: Number(res.data?.r?.totalDocs ?? 0), crashed }
        },
      })
    for (const [i, t] of plan.targets.entries()) {
      if (i === 0)
        reads.push({
          op: 'find',
          api: 'GraphQL',
          variant: `where id=${t.id}`,
          run: gList({ id: { equals: gqlId(plan, t.id) } }),
          scope: 'docs',
        })
      reads.push({
        op: 'findByID',
        api: 'GraphQL',
        variant: `id=${t.id}`,
        scope: 'docs',
        run: (token) =>
          q(
            `query B($id: ${names.idType}) { r: ${names.byId}(id: $id, draft: true) { ${sel} } }`,
            { id: gqlId(plan, t.id) },
            token,
            (d) => [d.r],
          ),
      })
      if (names.version && names.versionType && t.versionId) {
        const vsel = selectionFor(names.versionType)
        reads.push({
          op: 'versions',
          api: 'GraphQL',
          variant: `version of ${t.id}`,
          scope: 'versions',
          run: (token) =>
            q(
              `query V($id: ${names.versionIdType}) { r: ${names.version}(id: $id) { ${vsel} } }`,
              { id: names.versionIdType!.startsWith('Int') ? Number(t.versionId) : t.versionId },
              token,
              (d) => [d.r],
            ),
        })
      }
    }
    if (names.versions && names.versionType) {
      const vsel = selectionFor(names.versionType)
      reads.push({
        op: 'versions',
        api: 'GraphQL',
        variant: 'list',
        scope: 'versions',
        run: (token) =>
          q(
            `query V { r: ${names.versions}(pagination: false) { docs { ${vsel} } } }`,
            {},
            token,
            (d) => d.r?.docs ?? [],
          ),
      })
    }
  }
  return reads
}

/** Judges one read of one actor against anonymous's answer to the same request. */
const judgeRead = (plan: Plan, read: Read, mine: ReadResult, anon: ReadResult): string[] => {
  const leaks: string[] = []
  if (mine.status >= 500 || mine.crashed)
    leaks.push(`answered ${mine.status}${mine.crashed ? ' (GraphQL error 5xx)' : ''}`)
  if (read.op === 'count') {
    if ((mine.count ?? 0) > (anon.count ?? 0)) leaks.push(`count ${mine.count} > anonymous ${anon.count}`)
    return leaks
  }
  if (read.op === 'file') {
    if (mine.status === 200 && !(anon.status === 200 && anon.bytes === mine.bytes))
      leaks.push(`file served (${mine.bytes} bytes), anonymous got ${anon.status}`)
    return leaks
  }
  const universe = read.scope === 'versions' ? plan.versionUniverse : plan.universe
  const ofB = (docs: Doc[]) => docs.filter((d) => universe.has(idKey(d.id)))
  const anonById = new Map(ofB(anon.docs).map((d) => [idKey(d.id), d]))
  for (const doc of ofB(mine.docs)) {
    const theirs = anonById.get(idKey(doc.id))
    if (!theirs) {
      leaks.push(`got ${read.scope === 'versions' ? 'version' : 'document'} ${idKey(doc.id)} of B`)
      continue
    }
    const extra = extraFields(doc, theirs)
    if (extra.length) leaks.push(`fields of ${idKey(doc.id)} anonymous does not see: ${extra.join(', ')}`)
    const secret = protectedIn(plan, read.scope === 'versions' ? (doc.version ?? {}) : doc)
    if (secret.length) leaks.push(`protected fields of ${idKey(doc.id)}: ${secret.join(', ')}`)
  }
  return leaks
}

/** Anonymous's own reads: nothing protected in B's documents. */
const judgeAnonymous = (plan: Plan, read: Read, res: ReadResult): string[] => {
  const leaks: string[] = []
  if (res.status >= 500 || res.crashed) leaks.push(`answered ${res.status}${res.crashed ? ' (GraphQL error 5xx)' : ''}`)
  const universe = read.scope === 'versions' ? plan.versionUniverse : plan.universe
  for (const doc of res.docs.filter((d) => universe.has(idKey(d.id)))) {
    const secret = protectedIn(plan, read.scope === 'versions' ? (doc.version ?? {}) : doc)
    if (secret.length) leaks.push(`protected fields of ${idKey(doc.id)}: ${secret.join(', ')}`)
  }
  return leaks
}

/** Problems with the requests themselves, found by running each as the platform admin (a control). */
const controlProblems = new Map<string, string[]>()
/**
 * The oracle's own check: the platform admin does read B's non-public documents, so judged as an
 * actor it must be caught — collections where it was expected, and where it was.
 */
const oracleExpected = new Set<string>()
const oracleCaught = new Set<string>()
/** The same for writes: the platform admin's update of the target, and whether the row check saw it. */
const writeControls = new Map<string, { accepted: boolean; seen: boolean }>()

const anonymousAnswer = (plan: Plan, read: Read) => {
  const key = `${plan.c.slug}|${read.api}|${read.op}|${read.variant}`
  if (!anonCache.has(key)) anonCache.set(key, read.run(undefined))
  return anonCache.get(key)!
}

/**
 * The control: each read, as the platform admin, must be a well-formed request (no 400, no 5xx, no
 * GraphQL error but a refusal), and GraphQL must list the same documents of B as REST does — so that
 * an actor's empty answer means a refusal, not a broken query.
 */
const runControls = async () => {
  const answers = new Map<string, ReadResult>()
  const jobs = [...plans.values()].flatMap((plan) => readsFor(plan).map((read) => ({ plan, read })))
  await pool(jobs, PARALLEL, async ({ plan, read }) => {
    const res = await read.run(platform)
    answers.set(`${plan.c.slug}|${read.api}|${read.op}|${read.variant}`, res)
    const hidden = plan.targets.find((t) => !t.isPublic && t.doc)
    if (hidden && read.op === 'findByID' && read.variant === `id=${hidden.id}`) oracleExpected.add(plan.c.slug)
    if (judgeRead(plan, read, res, await anonymousAnswer(plan, read)).length) oracleCaught.add(plan.c.slug)
    const problems: string[] = []
    if (res.status === 400 || res.status >= 500 || res.crashed) problems.push(`answered ${res.status}`)
    if (read.api === 'GraphQL' && res.errors && !/permiso|permission|not found|no encontr/i.test(res.errors))
      problems.push(`GraphQL errors: ${res.errors.slice(0, 200)}`)
    if (problems.length)
      controlProblems.set(plan.c.slug, [
        ...(controlProblems.get(plan.c.slug) ?? []),
        ...problems.map((p) => `${read.api} ${read.op} (${read.variant}) as the platform admin: ${p}`),
      ])
  })
  for (const plan of plans.values()) {
    const rest = answers.get(`${plan.c.slug}|REST|find|where tenant=B`)
    const graph = answers.get(`${plan.c.slug}|GraphQL|find|where tenant=B`)
    if (rest && graph && rest.docs.length !== graph.docs.length)
      controlProblems.set(plan.c.slug, [
        ...(controlProblems.get(plan.c.slug) ?? []),
        `the platform admin lists ${rest.docs.length} documents of B over REST, ${graph.docs.length} over GraphQL`,
      ])
  }
}

const runReads = async () => {
  const jobs: { plan: Plan; read: Read; actor: Actor }[] = []
  for (const plan of plans.values())
    for (const read of readsFor(plan)) for (const actor of actors) jobs.push({ plan, read, actor })
  await pool(jobs, PARALLEL, async ({ plan, read, actor }) => {
    const anon = await anonymousAnswer(plan, read)
    const leaks =
      actor.kind === 'anonymous'
        ? judgeAnonymous(plan, read, anon)
        : judgeRead(plan, read, await read.run(actor.token), anon)
    record({ collection: plan.c.slug, actor: actor.name, op: read.op, api: read.api, variant: read.variant, leaks })
  })
}

// ---------------------------------------------------------------------------------------------------
// Writes

const countInB = async (plan: Plan) =>
  Number((await sql(`SELECT COUNT(*) AS n FROM ${plan.table} WHERE tenant_id = ?`, [bId]))[0].n)

const snapshot = async (plan: Plan, id: string) => {
  const rows = await sql(`SELECT * FROM ${plan.table} WHERE id = ?`, [
    plan.gql?.idType.startsWith('Int') ? Number(id) : id,
  ])
  const versions = plan.c.versions
    ? Number((await sql(`SELECT COUNT(*) AS n FROM _${plan.table}_v WHERE parent_id = ?`, [Number(id)]))[0].n)
    : null
  return JSON.stringify({ rows, versions })
}

type WriteResult = {
  status: number
  /** for the summary of answers */
  label: string
  success: boolean
  tenant?: string
  serverError: boolean
  message: string
}

const restWrite = (res: Reply, bulk = false): WriteResult => {
  const doc = bulk ? res.body?.docs?.[0] : (res.body?.doc ?? (res.body?.id !== undefined ? res.body : undefined))
  const success = bulk ? res.status < 300 && (res.body?.docs?.length ?? 0) > 0 : res.status < 300
  return {
    status: res.status,
    label: bulk && res.status === 200 && !success ? '200 nothing done' : String(res.status),
    success,
    tenant: doc?.tenant !== undefined ? idKey(doc.tenant) : undefined,
    serverError: res.status >= 500,
    message: JSON.stringify(res.body?.errors?.[0]?.message ?? res.body?.message ?? '').slice(0, 160),
  }
}

const gqlWrite = async (query: string, variables: Record<string, unknown>, token?: string): Promise<WriteResult> => {
  const res = await http.graphql(query, variables, token)
  const value = res.data?.r
  const code = res.errors?.[0]?.extensions?.statusCode
  const success = Boolean(value) && !res.errors?.length
  return {
    status: res.status,
    // GraphQL answers 200 either way: the summary shows the status the error carries.
    label: success ? 'done' : res.errors?.length ? `error ${code ?? '(no status)'}` : 'null',
    success,
    tenant: value?.tenant !== undefined && value?.tenant !== null ? idKey(value.tenant) : undefined,
    serverError: res.status >= 500 || Boolean(res.errors?.some((e) => Number(e.extensions?.statusCode) >= 500)),
    message: JSON.stringify(res.errors?.[0]?.message ?? '').slice(0, 160),
  }
}

type Write = {
  op: Op
  api: Api
  variant: string
  /** create-like: judged by new rows in B; otherwise by the target row */
  creates: boolean
  run: (actor: Actor) => Promise<WriteResult>
}

const writesFor = (plan: Plan): Write[] => {
  const { c } = plan
  const base = `/api/${c.slug}`
  const target = plan.targets[0]
  const writes: Write[] = []
  const restCreate = (body: Doc, cookie: boolean) => async (actor: Actor) => {
    const headers = cookie ? { Cookie: `payload-tenant=${bId}` } : undefined
    if (!plan.file) return restWrite(await http.call('POST', base, { token: actor.token, json: body, headers }))
    const form = new FormData()
    form.append('_payload', JSON.stringify(body))
    form.append('file', new Blob([new Uint8Array(plan.file.buffer)], { type: plan.file.type }), plan.file.name)
    return restWrite(await http.call('POST', base, { token: actor.token, form, headers }))
  }
  const { tenant: _tenant, ...withoutTenant } = plan.createBody
  writes.push(
    { op: 'create', api: 'REST', variant: 'tenant=B', creates: true, run: restCreate(plan.createBody, false) },
    { op: 'create', api: 'REST', variant: 'tenant from cookie B', creates: true, run: restCreate(withoutTenant, true) },
  )
  const names = plan.gql
  if (names?.create && plan.gqlCreateData)
    writes.push({
      op: 'create',
      api: 'GraphQL',
      variant: 'tenant=B',
      creates: true,
      run: (actor) =>
        gqlWrite(
          `mutation C($d: ${mutationArgTypeName(names.create!, 'data')}) { r: ${names.create}(data: $d) { id } }`,
          { d: plan.gqlCreateData },
          actor.token,
        ),
    })
  if (!target) return writes

  const update = plan.updateField ? { [plan.updateField]: PROBE } : {}
  writes.push(
    {
      op: 'update',
      api: 'REST',
      variant: `id=${target.id}`,
      creates: false,
      run: async (actor) =>
        restWrite(await http.call('PATCH', `${base}/${target.id}`, { token: actor.token, json: update })),
    },
    {
      op: 'update',
      api: 'REST',
      variant: `bulk where id=${target.id}`,
      creates: false,
      run: async (actor) =>
        restWrite(
          await http.call('PATCH', base, {
            token: actor.token,
            query: { where: { id: { equals: target.id } } },
            json: update,
          }),
          true,
        ),
    },
  )
  if (names?.update && plan.gqlUpdateData)
    writes.push({
      op: 'update',
      api: 'GraphQL',
      variant: `id=${target.id}`,
      creates: false,
      run: (actor) =>
        gqlWrite(
          `mutation U($id: ${names.idType}, $d: ${mutationArgTypeName(names.update!, 'data')}) { r: ${names.update}(id: $id, data: $d) { id } }`,
          { id: gqlId(plan, target.id), d: plan.gqlUpdateData },
          actor.token,
        ),
    })
  // Duplicate exists only where the collection allows it (the mutation is then in the schema).
  if (names?.duplicate) {
    writes.push({
      op: 'duplicate',
      api: 'REST',
      variant: `id=${target.id}`,
      creates: true,
      run: async (actor) =>
        restWrite(await http.call('POST', `${base}/${target.id}/duplicate`, { token: actor.token, json: {} })),
    })
    const dataType = mutationArgTypeName(names.duplicate, 'data')
    writes.push({
      op: 'duplicate',
      api: 'GraphQL',
      variant: `id=${target.id}`,
      creates: true,
      run: (actor) =>
        gqlWrite(
          `mutation D($id: ${names.idType}${dataType ? `, $d: ${dataType}` : ''}) { r: ${names.duplicate}(id: $id${dataType ? ', data: $d' : ''}) { id } }`,
          { id: gqlId(plan, target.id), d: plan.gqlCreateData ?? {} },
          actor.token,
        ),
    })
  }
  if (c.versions && target.versionId) {
    writes.push({
      op: 'versions',
      api: 'REST',
      variant: `restore version of ${target.id}`,
      creates: false,
      run: async (actor) =>
        restWrite(await http.call('POST', `${base}/versions/${target.versionId}`, { token: actor.token, json: {} })),
    })
    if (names?.restoreVersion)
      writes.push({
        op: 'versions',
        api: 'GraphQL',
        variant: `restore version of ${target.id}`,
        creates: false,
        run: (actor) =>
          gqlWrite(
            `mutation R($id: ${mutationArgTypeName(names.restoreVersion!, 'id')}) { r: ${names.restoreVersion}(id: $id) { id } }`,
            { id: Number(target.versionId) },
            actor.token,
          ),
      })
  }
  // Deletes last: a delete that went through would leave nothing for the other writes.
  writes.push(
    {
      op: 'delete',
      api: 'REST',
      variant: `bulk where id=${target.id}`,
      creates: false,
      run: async (actor) =>
        restWrite(
          await http.call('DELETE', base, { token: actor.token, query: { where: { id: { equals: target.id } } } }),
          true,
        ),
    },
    {
      op: 'delete',
      api: 'REST',
      variant: `id=${target.id}`,
      creates: false,
      run: async (actor) => restWrite(await http.call('DELETE', `${base}/${target.id}`, { token: actor.token })),
    },
  )
  if (names?.delete)
    writes.push({
      op: 'delete',
      api: 'GraphQL',
      variant: `id=${target.id}`,
      creates: false,
      run: (actor) =>
        gqlWrite(
          `mutation X($id: ${names.idType}) { r: ${names.delete}(id: $id) { id } }`,
          { id: gqlId(plan, target.id) },
          actor.token,
        ),
    })
  return writes
}

/** Answers to the writes, by API and operation, for the printed summary. */
const statuses = new Map<string, Map<string, number>>()
/** Writes refused as invalid (400) rather than forbidden: listed in the summary. */
const invalidWrites = new Set<string>()

/** Every write on one collection, actor after actor (anonymous first: it tells which creates are public). */
const runWrites = async (plan: Plan) => {
  const writes = writesFor(plan)
  const target = plan.targets[0]
  const publicPaths = new Set<string>()
  let count = await countInB(plan)
  let before = target ? await snapshot(plan, target.id) : ''
  const ordered = [...actors].sort((x, y) => Number(y.kind === 'anonymous') - Number(x.kind === 'anonymous'))
  for (const actor of ordered) {
    for (const write of writes) {
      const key = `${write.api}|${write.op}|${write.variant}`
      const res = await write.run(actor)
      const leaks: string[] = []
      if (res.serverError) leaks.push(`answered ${res.status} ${res.message}`)
      let isPublic = false
      if (write.creates) {
        const now = await countInB(plan)
        const wroteInB = now > count || res.tenant === String(bId)
        if (write.op === 'create' && res.success && (actor.kind === 'anonymous' || publicPaths.has(key))) {
          if (actor.kind === 'anonymous') publicPaths.add(key)
          isPublic = true
        } else if (write.op === 'duplicate' && res.success) leaks.push(`duplicated (${res.status})`)
        else if (wroteInB) leaks.push(`wrote a document in B (${res.status} ${res.message})`)
        if (now !== count && !isPublic && !res.success)
          leaks.push(`refused (${res.status}) but B now has ${now - count} more`)
        count = now
      } else {
        const after = await snapshot(plan, target.id)
        if (res.success) leaks.push(`${write.op} accepted (${res.status})`)
        if (after !== before) leaks.push('the target row changed')
        before = after
      }
      record({
        collection: plan.c.slug,
        actor: actor.name,
        op: write.op,
        api: write.api,
        variant: write.variant,
        leaks,
        isPublic,
      })
      const answers = statuses.get(`${write.api} ${write.op}`) ?? new Map<string, number>()
      answers.set(res.label, (answers.get(res.label) ?? 0) + 1)
      statuses.set(`${write.api} ${write.op}`, answers)
      if (/^(400|error 400|error \(no status\))/.test(res.label))
        invalidWrites.add(`${plan.c.slug} ${write.api} ${write.op} (${write.variant}): ${res.message}`)
    }
  }
  // The control, last: the platform admin's own update of the target must show in the row check.
  if (target) {
    const update = plan.updateField ? { [plan.updateField]: PROBE } : {}
    const res = await http.call('PATCH', `/api/${plan.c.slug}/${target.id}`, { token: platform, json: update })
    writeControls.set(plan.c.slug, { accepted: res.status === 200, seen: (await snapshot(plan, target.id)) !== before })
  }
}

// ---------------------------------------------------------------------------------------------------
// Plans: B's documents in each collection

const buildPlan = async (c: CollectionInfo, anonVisible: Set<string>): Promise<Plan> => {
  const table = tableOf(c.slug)
  const names = gqlNames(c.slug)
  const universe = new Set((await sql(`SELECT id FROM ${table} WHERE tenant_id = ?`, [bId])).map((r) => String(r.id)))
  const nonPublic = [...universe].filter((id) => !anonVisible.has(id))
  const pub = [...universe].filter((id) => anonVisible.has(id))
  const newestFirst = (ids: string[]) =>
    [...ids].sort((x, y) => (/^\d+$/.test(x) && /^\d+$/.test(y) ? Number(y) - Number(x) : y.localeCompare(x)))
  // One non-public and one public document when B has both; otherwise the two newest.
  const preferred = [newestFirst(nonPublic)[0], newestFirst(pub)[0]].filter((id): id is string => Boolean(id))
  const targetIds = [...new Set([...preferred, ...newestFirst(nonPublic), ...newestFirst(pub)])].slice(0, 2)
  const targets = await Promise.all(
    targetIds.map(async (id) => {
      const res = await restGet(`/api/${c.slug}/${id}`, { depth: 0, draft: 'true' }, platform)
      const versionId = c.versions
        ? String(
            (await sql(`SELECT id FROM _${table}_v WHERE parent_id = ? ORDER BY id DESC`, [Number(id)]))[0]?.id ?? '',
          ) || null
        : null
      return { id, doc: res.status === 200 ? (res.body as Doc) : null, versionId, isPublic: anonVisible.has(id) }
    }),
  )
  const versionUniverse = c.versions
    ? new Set(
        (
          await sql(`SELECT v.id FROM _${table}_v v JOIN ${table} d ON d.id = v.parent_id WHERE d.tenant_id = ?`, [bId])
        ).map((r) => String(r.id)),
      )
    : new Set<string>()

  const protectedFields = c.fields.filter((f) => f.hidden || f.readProtected).map((f) => f.name)
  const template = targets.find((t) => t.doc)?.doc ?? null
  const skip = new Set(['id', 'createdAt', 'updatedAt', ...protectedFields, ...(c.upload ? UPLOAD_FIELDS : [])])
  const createBody: Doc = Object.fromEntries(Object.entries(template ?? {}).filter(([k]) => !skip.has(k)))
  createBody.tenant = bId

  const updatable = stringInputFields(names?.update ? mutationArgType(names.update, 'data') : null)
  const textFields = c.fields
    .filter((f) => ['text', 'textarea'].includes(f.type) && !f.hidden && !f.readProtected)
    .map((f) => f.name)
    .filter((f) => !['tenant', 'slug', 'uniqueKey'].includes(f))
  const updateField =
    textFields.find((f) => updatable.includes(f) && ['title', 'name'].includes(f)) ??
    textFields.find((f) => updatable.includes(f)) ??
    textFields[0] ??
    null
  const createType = names?.create ? mutationArgType(names.create, 'data') : null
  const gqlCreateData = createType
    ? fillRequired((coerceInput({ ...createBody, tenant: bId }, createType) as Doc) ?? {}, createType)
    : null
  const updateType = names?.update ? mutationArgType(names.update, 'data') : null
  const gqlUpdateData = updateType
    ? updateField && updatable.includes(updateField)
      ? { [updateField]: PROBE }
      : {}
    : null

  let file: Plan['file'] = null
  if (c.upload) {
    const mime = String(template?.mimeType ?? 'image/png')
    file = mime.startsWith('image/')
      ? { buffer: await png(), name: 'sonda.png', type: 'image/png' }
      : { buffer: PDF, name: 'sonda.pdf', type: 'application/pdf' }
  }
  return {
    c,
    table,
    gql: names,
    universe,
    versionUniverse,
    targets,
    protectedFields,
    updateField,
    createBody,
    gqlCreateData,
    gqlUpdateData,
    file,
  }
}

// ---------------------------------------------------------------------------------------------------

beforeAll(async () => {
  let t = Date.now()
  const lap = (name: string) => {
    timings[name] = Date.now() - t
    t = Date.now()
  }
  server = await startServer({
    env: { LOGIN_RATE_LIMIT: '10000', SUBMIT_RATE_LIMIT: '10000', RESET_RATE_LIMIT: '10000' },
  })
  http = httpClient(server)
  db = await databaseClient(server)
  aId = await municipalityId(server, A_SLUG)
  bId = await municipalityId(server, B_SLUG)
  platform = await login(server, account('platform-admin', null))
  lap('server')

  actors = await actorsOfA(server, platform, { id: aId, slug: A_SLUG }, ROLES)
  const empty = new Set<string>()
  for (const c of COLLECTIONS) {
    const n = Number((await sql(`SELECT COUNT(*) AS n FROM ${tableOf(c.slug)} WHERE tenant_id = ?`, [bId]))[0].n)
    if (n === 0) empty.add(c.slug)
  }
  notes.push(...(await fillEmptyCollections(server, platform, { id: bId, slug: B_SLUG }, empty)))
  lap('setup')

  await pool(COLLECTIONS, PARALLEL, async (c) => {
    const res = await restGet(
      `/api/${c.slug}`,
      { depth: 0, draft: 'true', pagination: 'false', where: { tenant: { equals: bId } } },
      undefined,
    )
    const visible = new Set<string>(res.status === 200 ? res.body.docs.map((d: Doc) => idKey(d.id)) : [])
    plans.set(c.slug, await buildPlan(c, visible))
  })
  lap('plans')

  await runControls()
  lap('controls')
  await runReads()
  lap('reads')
  await pool([...plans.values()], 6, runWrites)
  lap('writes')
}, 900_000)

afterAll(async () => {
  await db?.close()
  await server?.stop()
})

const format = (c: Case) => `${c.collection} · ${c.actor} · ${c.op} (${c.variant}) · ${c.api}: ${c.detail}`

describe('tenant isolation: actors of nova-esperanca against villa-esperanza', () => {
  it.each(COLLECTIONS.map((c) => c.slug))('%s: nothing of B beyond what anonymous gets', (slug) => {
    const mine = cases.filter((c) => c.collection === slug)
    expect(mine.length).toBeGreaterThan(0)
    if (!plans.get(slug)?.targets.length)
      console.log(`isolation: ${slug} has no document in ${B_SLUG}: reads, counts and creates only`)
    expect(mine.filter((c) => c.outcome === 'leak').map(format)).toEqual([])
    expect(controlProblems.get(slug) ?? []).toEqual([])
    // The oracle is not blind: it catches the platform admin reading B's non-public document, and the
    // row check sees the platform admin's update.
    if (oracleExpected.has(slug)) expect(oracleCaught.has(slug)).toBe(true)
    const control = writeControls.get(slug)
    if (control?.accepted) expect(control.seen).toBe(true)
  })

  it('runs at least 500 cases, with no leak', () => {
    const leaks = cases.filter((c) => c.outcome === 'leak')
    const publicCases = cases.filter((c) => c.outcome === 'public')
    const noTarget = [...plans.values()].filter((p) => !p.targets.length).map((p) => p.c.slug)
    recordFigures('isolation', {
      cases: cases.length,
      leaks: leaks.length,
      collections: COLLECTIONS.length,
      actors: actors.length,
    })
    const byOp = new Map<string, number>()
    for (const c of cases) byOp.set(`${c.api} ${c.op}`, (byOp.get(`${c.api} ${c.op}`) ?? 0) + 1)
    const statusSummary = [...statuses.entries()]
      .map(([k, v]) => `${k}: ${[...v.entries()].map(([label, n]) => `${label} ×${n}`).join(', ')}`)
      .join('\n  ')
    console.log(
      [
        `isolation matrix (${usingPostgres ? 'PostgreSQL' : 'SQLite'}` +
          `${COLLECTIONS.length < ALL_COLLECTIONS.length ? `, part ${process.env.ISOLATION_SHARD}: ${COLLECTIONS.length} of ${ALL_COLLECTIONS.length} collections` : ''}): ` +
          `${cases.length} cases, ${leaks.length} leaks, ` +
          `${publicCases.length} public submission cases (not counted as denials), ` +
          `${COLLECTIONS.length} collections × ${actors.length} actors (${actors.map((a) => a.name).join(', ')})`,
        `cases by operation: ${[...byOp.entries()].map(([k, n]) => `${k} ${n}`).join(', ')}`,
        `write answers:\n  ${statusSummary}`,
        `refused as invalid (400): ${[...invalidWrites].join(' | ') || 'none'}`,
        `collections without a document in ${B_SLUG}: ${noTarget.join(', ') || 'none'}`,
        `oracle controls: the platform admin caught reading non-public documents of B in ${oracleCaught.size} collections ` +
          `(expected in ${oracleExpected.size}); its update seen by the row check in ` +
          `${[...writeControls.values()].filter((c) => c.accepted && c.seen).length} of ` +
          `${[...writeControls.values()].filter((c) => c.accepted).length} collections where it was accepted`,
        `timings (ms): ${JSON.stringify(timings)}`,
        ...(publicCases.length
          ? [`public: ${[...new Set(publicCases.map((c) => `${c.collection} ${c.api} ${c.op}`))].join(', ')}`]
          : []),
        ...(notes.length ? [`setup notes: ${notes.join(' | ')}`] : []),
      ].join('\n'),
    )
    expect(leaks.map(format)).toEqual([])
    expect(leaks.length).toBe(0)
    // Every collection was tested on a document of B: a module's fixtures fill what the demo leaves empty.
    expect(noTarget).toEqual([])
    expect(cases.length).toBeGreaterThanOrEqual(500)
  })
})
