/**
 * The module conformance kit. `runModuleConformance(module)` (inside a jest test file) checks what
 * every e-Muni module must hold before it reaches a municipality:
 * - every collection it adds is tenant-scoped (declared in its manifest, so the multi-tenant plugin
 *   scopes it; on a running server a document of one municipality is invisible to another's staff);
 * - every label shown to people exists in es, pt, en and fr;
 * - it imports only the SDK package (@e-muni/sdk, @e-muni/sdk/admin), `payload` and libraries — never another
 *   module, never the app;
 * - switched off for a municipality, it is denied there through REST and GraphQL (reads return nothing,
 *   writes and its own operations answer 403, its endpoints refuse);
 * - workflow fields (state, history) cannot be set directly, in every collection with a workflow (each
 *   needs a sample, or a document made the module's own way);
 * - creating its documents writes audit entries.
 * The static checks are also exported (`staticConformance`) so a test can show them failing.
 */
import fs from 'node:fs'
import path from 'node:path'

import * as graphql from 'graphql'
import { formatNames, toWords, type CollectionConfig, type Config, type Field } from 'payload'
import ts from 'typescript'

import { LANGUAGES } from '../language'
import type { ModulePlugin } from '../defineModule'
import { account, api, auth, gql, login, municipalityId, type GqlResult } from './api'
import { ROOT, startServer, type TestServer } from './server'

/** A module as the kit checks it: its manifest, and a factory of the plugin that adds it (a `ModulePlugin`). */
type Checked = Pick<ModulePlugin, 'manifest'> & (() => (config: Config) => Config)

type Doc = Record<string, unknown>

export type SampleContext = {
  server: TestServer
  /** the municipality the sample is created in (the module is on there) */
  municipality: number | string
  /** its slug (the module's GraphQL operations take it) */
  slug: string
  /** a municipal admin of that municipality */
  token: string
  platformToken: string
}

export type ConformanceOptions = {
  /** the module's package folder (default: src/plugins/{slug}, else its installed package: see moduleDir) */
  dir?: string
  /**
   * A valid document per collection (without `tenant`), created over REST by a municipal admin of the
   * first municipality. Collections with a sample get the per-document checks (isolation, audit,
   * workflow); every collection gets the switch-off checks.
   */
  samples?: Record<string, (ctx: SampleContext) => Doc | Promise<Doc>>
  /**
   * For collections nobody creates over REST (people write them through the module's own operations,
   * e.g. a GraphQL mutation): a function that makes one document in the first municipality that way and
   * returns its id. These get the isolation and workflow checks. Every collection with a workflow needs
   * a sample or one of these.
   */
  made?: Record<string, (ctx: SampleContext) => Promise<number | string>>
  /** a running server with the module installed; by default the kit starts one (development mode) */
  server?: () => TestServer
  /** two demo municipalities: the module is checked in the first, the second plays the other tenant */
  municipalities?: [string, string]
}

type WorkflowMarker = { field: string; initial: string; states: string[]; reachable: string[] }

export type Finding = { check: 'tenancy' | 'labels' | 'imports' | 'commands'; problem: string }

// ---------------------------------------------------------------- static checks

const BASE_CONFIG = { collections: [], endpoints: [], graphQL: {}, jobs: { tasks: [] } } as unknown as Config

const isLocalized = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  LANGUAGES.every((lang) => typeof (value as Doc)[lang] === 'string' && ((value as Doc)[lang] as string).trim() !== '')

const missingLanguages = (value: unknown): string =>
  typeof value === 'string'
    ? `a plain string ("${value}")`
    : `missing ${LANGUAGES.filter((lang) => typeof (value as Doc | undefined)?.[lang] !== 'string').join(', ')}`

/** Checks a label that people read: absent labels are judged by `required`. */
const checkText = (where: string, value: unknown, required: boolean, out: Finding[]) => {
  if (value === undefined || value === null) {
    if (required) out.push({ check: 'labels', problem: `${where} has no label` })
    return
  }
  if (value === false || typeof value === 'function') return // deliberately none, or computed
  if (!isLocalized(value)) out.push({ check: 'labels', problem: `${where}: ${missingLanguages(value)}` })
}

const checkFields = (owner: string, fields: Field[], out: Finding[]) => {
  for (const field of fields) {
    const f = field as Field & {
      name?: string
      label?: unknown
      hidden?: boolean
      admin?: { hidden?: boolean; description?: unknown; disabled?: boolean }
      options?: unknown[]
      fields?: Field[]
      tabs?: { name?: string; label?: unknown; fields: Field[] }[]
      blocks?: { slug: string; labels?: { singular?: unknown; plural?: unknown }; fields: Field[] }[]
    }
    const where = `${owner}.${f.name ?? `(${f.type})`}`
    const shown = !f.hidden && !f.admin?.hidden && !f.admin?.disabled && f.type !== 'ui' && f.type !== 'join'
    if (f.name && shown) checkText(`field ${where}`, f.label, true, out)
    if (f.type === 'collapsible') checkText(`field ${where}`, f.label, true, out)
    if (typeof f.admin?.description === 'string' || (f.admin?.description && typeof f.admin.description === 'object'))
      checkText(`description of ${where}`, f.admin.description, false, out)
    if (shown && Array.isArray(f.options))
      for (const option of f.options) {
        if (typeof option === 'string')
          out.push({ check: 'labels', problem: `option "${option}" of ${where}: no label` })
        else checkText(`option "${(option as Doc).value}" of ${where}`, (option as Doc).label, true, out)
      }
    if (f.fields) checkFields(f.name ? where : owner, f.fields, out)
    for (const tab of f.tabs ?? []) {
      checkText(`tab ${owner}.${tab.name ?? '(tab)'}`, tab.label, true, out)
      checkFields(tab.name ? `${owner}.${tab.name}` : owner, tab.fields, out)
    }
    for (const block of f.blocks ?? []) {
      checkText(`block ${where}.${block.slug}`, block.labels?.singular, true, out)
      checkFields(`${where}.${block.slug}`, block.fields, out)
    }
  }
}

const labelFindings = (module: Checked): Finding[] => {
  const m = module.manifest
  const out: Finding[] = []
  checkText(`module ${m.slug} label`, m.label, true, out)
  checkText(`module ${m.slug} description`, m.description, true, out)
  for (const role of m.roles ?? []) checkText(`role ${role.slug}`, role.label, true, out)
  for (const [key, text] of Object.entries(m.translations ?? {})) checkText(`message ${key}`, text, true, out)
  checkFields(`${m.slug} settings`, m.settings ?? [], out)
  for (const c of m.collections ?? []) {
    checkText(`collection ${c.slug} singular label`, c.labels?.singular, true, out)
    checkText(`collection ${c.slug} plural label`, c.labels?.plural, true, out)
    checkFields(c.slug, c.fields, out)
  }
  return out
}

const tenancyFindings = (module: Checked): Finding[] => {
  const declared = new Set(module.manifest.collectionSlugs ?? [])
  const added = (module()(structuredClone(BASE_CONFIG)).collections ?? []) as CollectionConfig[]
  const out: Finding[] = []
  for (const c of added) {
    if (!declared.has(c.slug))
      out.push({
        check: 'tenancy',
        problem: `collection ${c.slug} is added outside the manifest's \`collections\`, so it is not tenant-scoped`,
      })
    if (c.fields.some((f) => 'name' in f && f.name === 'tenant'))
      out.push({ check: 'tenancy', problem: `collection ${c.slug} defines its own \`tenant\` field` })
    if (c.auth)
      out.push({ check: 'tenancy', problem: `collection ${c.slug} is an auth collection (accounts are core)` })
  }
  return out
}

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full)
    return /\.(c|m)?(t|j)sx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : []
  })

const SDK = '@e-muni/sdk'

const importFindings = (dir: string): Finding[] => {
  const out: Finding[] = []
  const inside = (target: string, folder: string) => !path.relative(folder, target).startsWith('..')
  for (const file of sourceFiles(dir)) {
    const isTest = inside(file, path.join(dir, 'test')) || /\.test\.tsx?$/.test(file)
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
    for (const { fileName: spec } of importedFiles) {
      const where = `${path.relative(ROOT, file)} imports "${spec}"`
      if (spec.startsWith('@payload-config') || spec.startsWith('@/')) {
        out.push({ check: 'imports', problem: `${where}: the core's configuration is not a module's to import` })
        continue
      }
      if (spec.startsWith('.')) {
        // Its own files only: the SDK is a package, imported by name.
        if (inside(path.resolve(path.dirname(file), spec), dir)) continue
        out.push({ check: 'imports', problem: `${where}: a relative import leaves the module's package` })
        continue
      }
      if (spec !== SDK && !spec.startsWith(`${SDK}/`) && !spec.startsWith('@e-muni/')) continue // payload, libraries
      // @e-muni/sdk/admin: the helpers of a module's admin (client) components.
      if (spec === SDK || spec === `${SDK}/admin` || (isTest && spec === `${SDK}/testing`)) continue
      out.push({
        check: 'imports',
        problem: `${where}: a module imports only the SDK's public entries (${SDK}, ${SDK}/admin${isTest ? `, ${SDK}/testing` : ''}), payload and libraries`,
      })
    }
  }
  return out
}

/** The checks that need no server: tenancy of the collections, labels in four languages, imports. */
const readJson = (file: string): Record<string, unknown> | null => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
  } catch {
    return null
  }
}

/**
 * Where a module's package is: its workspace folder `src/plugins/<slug>`, or — installed with `npm install` —
 * the package in node_modules whose package.json says `"e-muni": { "slug": <slug> }`.
 */
export const moduleDir = (slug: string): string => {
  const workspace = path.join(ROOT, 'src/plugins', slug)
  if (fs.existsSync(workspace)) return workspace
  const modules = path.join(ROOT, 'node_modules')
  const candidates = fs
    .readdirSync(modules)
    .flatMap((name) =>
      name.startsWith('@')
        ? fs.readdirSync(path.join(modules, name)).map((sub) => path.join(modules, name, sub))
        : [path.join(modules, name)],
    )
  const found = candidates.find(
    (dir) => (readJson(path.join(dir, 'package.json'))?.['e-muni'] as { slug?: string } | undefined)?.slug === slug,
  )
  if (!found) throw new Error(`Module "${slug}": no src/plugins/${slug} and no installed package for it.`)
  return found
}

/** Each command is one thing served two ways: its GraphQL mutation must exist, under the same name. */
const commandFindings = (module: Checked): Finding[] => {
  const mutations = new Set(Object.keys(module.manifest.graphQL?.mutations?.(graphql as never, {} as never) ?? {}))
  return (module.manifest.commands ?? [])
    .filter((command) => !mutations.has(command.name))
    .map((command) => ({
      check: 'commands' as const,
      problem: `command ${command.name} has no GraphQL mutation of that name (resolve it with command.resolver)`,
    }))
}

export const staticConformance = (module: Checked, options: Pick<ConformanceOptions, 'dir'> = {}): Finding[] => [
  ...tenancyFindings(module),
  ...labelFindings(module),
  ...importFindings(options.dir ?? moduleDir(module.manifest.slug)),
  ...commandFindings(module),
]

// ---------------------------------------------------------------- checks on a running server

/** A value GraphQL validation accepts for an argument type (the switch refuses before resolving). */
const dummy = (type: graphql.GraphQLInputType): unknown => {
  if (type instanceof graphql.GraphQLNonNull) return dummy(type.ofType)
  if (type instanceof graphql.GraphQLList) return [dummy(type.ofType)]
  if (type instanceof graphql.GraphQLEnumType) return type.getValues()[0]?.value
  if (type instanceof graphql.GraphQLInputObjectType)
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => f.type instanceof graphql.GraphQLNonNull)
        .map((f) => [f.name, dummy(f.type)]),
    )
  if (type === graphql.GraphQLInt || type === graphql.GraphQLFloat) return 1
  if (type === graphql.GraphQLBoolean) return false
  return '1'
}

type Operation = { kind: 'query' | 'mutation'; name: string; text: string; variables: Doc }

/** The module's own GraphQL operations, each called with the `municipality` argument and dummy others. */
const moduleOperations = (module: Checked, municipality: string): Operation[] => {
  const ops: Operation[] = []
  for (const kind of ['query', 'mutation'] as const) {
    const extension = module.manifest.graphQL?.[kind === 'query' ? 'queries' : 'mutations']
    if (!extension) continue
    const fields = extension(graphql as never, {} as never) as Record<
      string,
      { type: graphql.GraphQLOutputType; args?: Record<string, { type: graphql.GraphQLInputType }> }
    >
    for (const [name, field] of Object.entries(fields)) {
      const args = Object.entries(field.args ?? {}).filter(([, a]) => a.type instanceof graphql.GraphQLNonNull)
      const variables: Doc = { municipality }
      for (const [arg, { type }] of args) if (arg !== 'municipality') variables[arg] = dummy(type)
      const declared = [
        '$municipality: String!',
        ...args.filter(([a]) => a !== 'municipality').map(([a, { type }]) => `$${a}: ${String(type)}`),
      ]
      const passed = [
        'municipality: $municipality',
        ...args.filter(([a]) => a !== 'municipality').map(([a]) => `${a}: $${a}`),
      ]
      const named = graphql.getNamedType(field.type)
      const selection = graphql.isObjectType(named) || graphql.isInterfaceType(named) ? ' { __typename }' : ''
      ops.push({
        kind,
        name,
        text: `${kind} (${declared.join(', ')}) { ${name}(${passed.join(', ')})${selection} }`,
        variables,
      })
    }
  }
  return ops
}

/** Payload's GraphQL list query for a collection (the same naming as @payloadcms/graphql). */
const graphQLListName = (c: CollectionConfig): string | undefined => {
  if (c.graphQL === false) return undefined
  const fromSlug = formatNames(c.slug)
  const singular = c.graphQL?.singularName ? toWords(c.graphQL.singularName, true) : fromSlug.singular
  const plural = c.graphQL?.pluralName ? toWords(c.graphQL.pluralName, true) : fromSlug.plural
  return singular === plural ? `all${singular}` : plural
}

/** A GraphQL answer that ran: data, or a refusal (401/403) — never a query the schema rejects. */
const expectRan = (name: string, res: GqlResult) => {
  expect(res.status).not.toBe(500)
  for (const error of res.errors ?? [])
    expect({
      query: name,
      refused: [401, 403].includes(error.extensions?.statusCode ?? 0),
      error: error.message,
    }).toEqual({
      query: name,
      refused: true,
      error: error.message,
    })
}

/**
 * Registers the conformance tests for `module` in the current jest file: the static checks, and the
 * switch, isolation, workflow and audit checks against a real server.
 */
export const runModuleConformance = (module: Checked, options: ConformanceOptions = {}): void => {
  const m = module.manifest
  const [slugA, slugB] = options.municipalities ?? ['villa-esperanza', 'nova-esperanca']
  const collections = (m.collections ?? []) as CollectionConfig[]

  describe(`module conformance: ${m.slug}`, () => {
    describe('static', () => {
      const findings = staticConformance(module, options)
      const of = (check: Finding['check']) => findings.filter((f) => f.check === check).map((f) => f.problem)
      it('adds only tenant-scoped collections', () => expect(of('tenancy')).toEqual([]))
      it('labels everything people read in es, pt, en and fr', () => expect(of('labels')).toEqual([]))
      it('imports only the SDK, payload and libraries', () => expect(of('imports')).toEqual([]))
      it('serves each command as REST and as the GraphQL mutation of its name', () =>
        expect(of('commands')).toEqual([]))
    })

    describe('on a running server', () => {
      let server: TestServer
      let own: TestServer | undefined
      const tokens: Record<'platform' | 'a' | 'b', string> = { platform: '', a: '', b: '' }
      const ids: Record<'a' | 'b', number | string> = { a: 0, b: 0 }
      const original: Record<'a' | 'b', string[]> = { a: [], b: [] }
      /** The samples, created over REST by A's municipal admin. */
      const created: { collection: CollectionConfig; doc: Doc; data: Doc }[] = []
      /** The documents made the module's own way (`made`), as the platform admin reads them. */
      const made: { collection: CollectionConfig; doc: Doc }[] = []
      const context = (): SampleContext => ({
        server,
        municipality: ids.a,
        slug: slugA,
        token: tokens.a,
        platformToken: tokens.platform,
      })

      const setModules = async (key: 'a' | 'b', modules: string[]) => {
        const res = await api(server)
          .patch(`/api/municipalities/${ids[key]}`)
          .set(auth(tokens.platform))
          .send({ modules })
        expect(res.status).toBe(200)
      }
      const modulesOf = async (key: 'a' | 'b'): Promise<string[]> =>
        (await api(server).get(`/api/municipalities/${ids[key]}`).set(auth(tokens.platform))).body.modules ?? []

      beforeAll(async () => {
        server = options.server?.() ?? (own = await startServer({ mode: 'development' }))
        ids.a = await municipalityId(server, slugA)
        ids.b = await municipalityId(server, slugB)
        tokens.platform = await login(server, account('platform-admin', null))
        tokens.a = await login(server, account('municipal-admin', slugA))
        tokens.b = await login(server, account('municipal-admin', slugB))
        for (const key of ['a', 'b'] as const) {
          original[key] = await modulesOf(key)
          await setModules(key, [...new Set([...original[key], m.slug])])
        }
        for (const collection of collections) {
          const sample = options.samples?.[collection.slug]
          if (!sample) continue
          const data = await sample(context())
          const res = await api(server)
            .post(`/api/${collection.slug}`)
            .set(auth(tokens.a))
            .send({ ...data, tenant: ids.a })
          if (res.status !== 201)
            throw new Error(`sample ${collection.slug} was refused: ${res.status} ${JSON.stringify(res.body)}`)
          created.push({ collection, doc: res.body.doc, data })
        }
        for (const collection of collections) {
          const make = options.made?.[collection.slug]
          if (!make) continue
          const id = await make(context())
          const res = await api(server)
            .get(`/api/${collection.slug}/${id}`)
            .query({ depth: 0 })
            .set(auth(tokens.platform))
          if (res.status !== 200)
            throw new Error(`${collection.slug} ${String(id)} made by the module is not readable: ${res.status}`)
          made.push({ collection, doc: res.body })
        }
      }, 400_000)

      afterAll(async () => {
        if (server && tokens.platform)
          for (const key of ['a', 'b'] as const) await setModules(key, original[key]).catch(() => undefined)
        await own?.stop()
      })

      it('keeps each document in its municipality (REST and GraphQL)', async () => {
        expect(created.length + made.length).toBeGreaterThan(0)
        for (const { collection, doc } of [...created, ...made]) {
          const tenant = doc.tenant as Doc | number | string
          expect(typeof tenant === 'object' ? tenant.id : tenant).toEqual(ids.a)
          const one = await api(server).get(`/api/${collection.slug}/${doc.id}`).set(auth(tokens.b))
          expect([403, 404]).toContain(one.status)
          const list = await api(server)
            .get(`/api/${collection.slug}`)
            .query({ where: { id: { equals: doc.id } } })
            .set(auth(tokens.b))
          if (list.status === 200) expect(list.body.totalDocs).toBe(0)
          else expect(list.status).toBe(403)
          const changed = await api(server)
            .patch(`/api/${collection.slug}/${doc.id}`)
            .set(auth(tokens.b))
            .send({ tenant: ids.b })
          expect([403, 404]).toContain(changed.status)
          const name = graphQLListName(collection)
          if (name) {
            const query = `{ ${name}(where: { id: { equals: ${JSON.stringify(doc.id)} } }) { totalDocs } }`
            // The same query shows it to its own municipality: the check is not passing on a rejected query.
            const own = await gql(server, query, {}, tokens.a)
            expectRan(name, own)
            expect({ query: name, own: own.data?.[name]?.totalDocs }).toEqual({ query: name, own: 1 })
            const res = await gql(server, query, {}, tokens.b)
            expectRan(name, res)
            expect(res.data?.[name]?.totalDocs ?? 0).toBe(0)
          }
        }
      })

      it('writes an audit entry for each document created', async () => {
        const audited = created.filter(({ collection }) => collection.custom?.audit !== false)
        for (const { collection, doc } of audited) {
          const res = await api(server)
            .get('/api/audit-log')
            .query({
              where: {
                collection: { equals: collection.slug },
                documentId: { equals: String(doc.id) },
                operation: { equals: 'create' },
              },
            })
            .set(auth(tokens.platform))
          expect({ collection: collection.slug, entries: res.body.totalDocs }).toEqual({
            collection: collection.slug,
            entries: 1,
          })
        }
      })

      it('refuses workflow fields set directly, in every collection with a workflow', async () => {
        const workflows = collections.filter((c) => c.custom?.workflow)
        const documents = [...created, ...made]
        // Each workflow is checked on a document of its own: a collection without one fails here by name.
        expect({
          withoutSample: workflows.filter((c) => !documents.some((d) => d.collection === c)).map((c) => c.slug),
        }).toEqual({ withoutSample: [] })
        const checked: string[] = []
        for (const { collection, doc } of documents) {
          const workflow = collection.custom?.workflow as WorkflowMarker | undefined
          if (!workflow) continue
          expect({ collection: collection.slug, state: doc[workflow.field] }).toEqual({
            collection: collection.slug,
            state: workflow.initial,
          })
          const other = workflow.states.find((s) => s !== workflow.initial)!
          // A sample created in another state (documents made the module's way take no state from anyone).
          const sample = options.samples?.[collection.slug]
          if (sample) {
            const born = await api(server)
              .post(`/api/${collection.slug}`)
              .set(auth(tokens.a))
              .send({ ...(await sample(context())), tenant: ids.a, [workflow.field]: other })
            expect({ collection: collection.slug, status: born.status }).toEqual({
              collection: collection.slug,
              status: 400,
            })
          }
          const history = await api(server)
            .patch(`/api/${collection.slug}/${doc.id}`)
            .set(auth(tokens.platform))
            .send({ history: [{ from: workflow.initial, to: other, at: new Date().toISOString() }] })
          expect({ collection: collection.slug, status: history.status }).toEqual({
            collection: collection.slug,
            status: 400,
          })
          // A state no transition reaches from the initial one: refused to everyone, platform admin included.
          const unreachable = workflow.states.find((s) => s !== workflow.initial && !workflow.reachable.includes(s))
          if (unreachable) {
            const res = await api(server)
              .patch(`/api/${collection.slug}/${doc.id}`)
              .set(auth(tokens.platform))
              .send({ [workflow.field]: unreachable })
            expect({ collection: collection.slug, status: res.status }).toEqual({
              collection: collection.slug,
              status: 400,
            })
          }
          const still = await api(server).get(`/api/${collection.slug}/${doc.id}`).set(auth(tokens.platform))
          expect({ collection: collection.slug, state: still.body[workflow.field] }).toEqual({
            collection: collection.slug,
            state: workflow.initial,
          })
          checked.push(collection.slug)
        }
        expect([...new Set(checked)].sort()).toEqual(workflows.map((c) => c.slug).sort())
      })

      describe('switched off in one municipality', () => {
        beforeAll(async () => {
          await setModules(
            'a',
            original.a.filter((s) => s !== m.slug),
          )
        })
        afterAll(async () => {
          if (server && tokens.platform) await setModules('a', [...new Set([...original.a, m.slug])])
        })

        it('returns nothing of that municipality through REST and GraphQL, to staff and the public', async () => {
          for (const collection of collections) {
            for (const token of [tokens.a, undefined]) {
              const res = await api(server)
                .get(`/api/${collection.slug}`)
                .query({ where: { tenant: { equals: ids.a } } })
                .set(auth(token))
              if (res.status === 200)
                expect({ collection: collection.slug, docs: res.body.totalDocs }).toEqual({
                  collection: collection.slug,
                  docs: 0,
                })
              else expect([401, 403]).toContain(res.status)
              const name = graphQLListName(collection)
              if (!name) continue
              const q = await gql(
                server,
                `{ ${name}(where: { tenant: { equals: ${JSON.stringify(ids.a)} } }) { totalDocs } }`,
                {},
                token,
              )
              expectRan(name, q)
              expect({ collection: collection.slug, docs: q.data?.[name]?.totalDocs ?? 0 }).toEqual({
                collection: collection.slug,
                docs: 0,
              })
            }
          }
          for (const { collection, doc } of [...created, ...made]) {
            const res = await api(server).get(`/api/${collection.slug}/${doc.id}`).set(auth(tokens.a))
            expect([403, 404]).toContain(res.status)
          }
        })

        it('answers 403 to writes there', async () => {
          for (const { collection, doc, data } of created) {
            const create = await api(server)
              .post(`/api/${collection.slug}`)
              .set(auth(tokens.a))
              .send({ ...data, tenant: ids.a })
            expect({ collection: collection.slug, status: create.status }).toEqual({
              collection: collection.slug,
              status: 403,
            })
            expect(create.body.errors?.[0]?.message).toMatch(
              /no está habilitado|not enabled|não está habilitado|n'est pas activé/i,
            )
            const update = await api(server).patch(`/api/${collection.slug}/${doc.id}`).set(auth(tokens.a)).send({})
            expect([403, 404]).toContain(update.status)
            const remove = await api(server).delete(`/api/${collection.slug}/${doc.id}`).set(auth(tokens.a))
            expect([403, 404]).toContain(remove.status)
          }
        })

        it("refuses the module's own GraphQL operations and endpoints there", async () => {
          for (const op of moduleOperations(module, slugA)) {
            const res = await gql(server, op.text, op.variables, tokens.a)
            expect(res.status).not.toBe(500)
            expect({ operation: op.name, statusCode: res.errors?.[0]?.extensions?.statusCode }).toEqual({
              operation: op.name,
              statusCode: 403,
            })
          }
          for (const endpoint of m.endpoints ?? []) {
            const route = endpoint.root
              ? endpoint.path.replace(':municipality', slugA)
              : `/m/${slugA}/${m.slug}${endpoint.path.startsWith('/') ? '' : '/'}${endpoint.path}`
            const url = `/api${route.replace(/:[A-Za-z]+/g, '1')}`
            const method = endpoint.method as 'get' | 'post' | 'put' | 'patch' | 'delete'
            const res = await api(server)[method](url).set(auth(tokens.a))
            expect({ endpoint: url, status: res.status }).toEqual({
              endpoint: url,
              status: endpoint.hideWhenOff ? 404 : 403,
            })
          }
          for (const command of m.commands ?? []) {
            const url = `/api/m/${slugA}/${m.slug}/${command.name}`
            const res = await api(server).post(url).set(auth(tokens.a)).send({})
            expect({ command: url, status: res.status }).toEqual({ command: url, status: 403 })
          }
        })
      })
    })
  })
}
