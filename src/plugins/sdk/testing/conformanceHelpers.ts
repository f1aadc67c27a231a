/** The conformance kit's shared parts: its options, the GraphQL operations of a module, the workflow check. */
import * as graphql from 'graphql'
import { formatNames, toWords, type CollectionConfig } from 'payload'

import { api, auth, type GqlResult } from './api'
import type { Checked } from './conformanceStatic'
import type { TestServer } from './server'

export type Doc = Record<string, unknown>

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

export type WorkflowMarker = { field: string; initial: string; states: string[]; reachable: string[] }

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

export type Operation = { kind: 'query' | 'mutation'; name: string; text: string; variables: Doc }

/** The module's own GraphQL operations, each called with the `municipality` argument and dummy others. */
export const moduleOperations = (module: Checked, municipality: string): Operation[] => {
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
export const graphQLListName = (c: CollectionConfig): string | undefined => {
  if (c.graphQL === false) return undefined
  const fromSlug = formatNames(c.slug)
  const singular = c.graphQL?.singularName ? toWords(c.graphQL.singularName, true) : fromSlug.singular
  const plural = c.graphQL?.pluralName ? toWords(c.graphQL.pluralName, true) : fromSlug.plural
  return singular === plural ? `all${singular}` : plural
}

/** A GraphQL answer that ran: data, or a refusal (401/403) — never a query the schema rejects. */
export const expectRan = (name: string, res: GqlResult) => {
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
 * Workflow fields cannot be set directly: each collection with a workflow, on a document of its own (a sample
 * created over REST, or one the module made), keeps its initial state against a create in another state, a
 * written history and a state no transition reaches — the platform admin included.
 */
export const expectWorkflowFieldsRefused = async ({
  server,
  collections,
  documents,
  samples,
  context,
  tokens,
  ids,
}: {
  server: TestServer
  collections: CollectionConfig[]
  documents: { collection: CollectionConfig; doc: Doc }[]
  samples: ConformanceOptions['samples']
  context: () => SampleContext
  tokens: Record<'platform' | 'a', string>
  ids: Record<'a', number | string>
}) => {
  const workflows = collections.filter((c) => c.custom?.workflow)
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
    const sample = samples?.[collection.slug]
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
}
