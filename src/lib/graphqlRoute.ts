/**
 * Payload's GraphQL route (`GRAPHQL_POST` of @payloadcms/next 3.90, same steps and answers) with the
 * work that depends only on the query text done once per distinct query instead of once per request:
 * parsing, and graphql-js's specified validation rules (`KnownTypeNamesRule` alone lists the whole
 * schema's ~1,500 types per request). The rules that depend on the request — query complexity (it reads
 * the variables), depth, no introspection in production — still run on every request. Profiles of the
 * vote surge and of uncached portal reads put validation at about a tenth of a request's CPU (see
 * BENCHMARKS.md). A parsed document is shared read-only by the requests that send the same text.
 *
 * Reads fetch only what the query names: every root field that takes Payload's `select` argument (the
 * collections' `Things`/`Thing` queries) gets `select: true` unless the query sets it, so Payload reads
 * the selected columns and runs no hook of a field that is not returned (the service catalogue read
 * every service's whole form and every translation before). A client that wants Payload's default sends
 * `select: false`. Fields that hooks and access rules read are always fetched (`forceSelect`, see
 * src/lib/hardenConfig.ts and the modules' collections).
 */
import { configToSchema } from '@payloadcms/graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import {
  GraphQLError,
  Kind,
  parse,
  validate,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql'
import { LRUCache } from 'lru-cache'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  logError,
  mergeHeaders,
  unlinkClientUploadTempFile,
  type SanitizedConfig,
} from 'payload'

type Schema = ReturnType<typeof configToSchema>
type Cached = { graphql: Schema | null; promise: Promise<Schema> | null }

// Payload's own handler keeps the schema here: share it (one schema per process).
const globalCache = globalThis as unknown as { _payload_graphql?: Cached }

const schemaOf = async (config: Promise<SanitizedConfig> | SanitizedConfig): Promise<Schema> => {
  if (process.env.NODE_ENV === 'development') globalCache._payload_graphql = { graphql: null, promise: null }
  const cached = (globalCache._payload_graphql ??= { graphql: null, promise: null })
  if (cached.graphql) return cached.graphql
  cached.promise ??= (async () => configToSchema((await config) as SanitizedConfig))()
  try {
    cached.graphql = await cached.promise
  } catch (error) {
    cached.promise = null
    throw error
  }
  return cached.graphql
}

/**
 * graphql-js names the schema's fields, types, arguments and enum values it finds close to a wrong one
 * ("Cannot query field "pasword" on type "User". Did you mean "password"?"): with introspection off, that
 * is introspection by guessing. In production (where Payload turns introspection off) the suggestions
 * are cut from every message; the rest of the message stays.
 */
const hideSuggestions = () => process.env.NODE_ENV === 'production'
export const withoutSuggestions = (message: string): string => message.replace(/\s*Did you mean [\s\S]*\?\s*$/, '')
const stripSuggestions = (errors: ReadonlyArray<GraphQLError>): ReadonlyArray<GraphQLError> =>
  !hideSuggestions() || !errors.some((e) => / Did you mean /.test(e.message))
    ? errors
    : errors.map(
        (e) =>
          new GraphQLError(withoutSuggestions(e.message), {
            nodes: e.nodes,
            source: e.source,
            positions: e.positions,
            path: e.path,
            originalError: e.originalError,
            extensions: e.extensions,
          }),
      )

const SELECT_ALL: ArgumentNode = {
  kind: Kind.ARGUMENT,
  name: { kind: Kind.NAME, value: 'select' },
  value: { kind: Kind.BOOLEAN, value: true },
}

/** The document with `select: true` on each root field of its queries that takes `select` and does not set it. */
export const selectByDefault = (schema: GraphQLSchema, document: DocumentNode): DocumentNode => {
  const roots = schema.getQueryType()?.getFields()
  if (!roots) return document
  let changed = false
  const definitions = document.definitions.map((definition) => {
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'query') return definition
    const selections = definition.selectionSet.selections.map((selection) => {
      if (selection.kind !== Kind.FIELD) return selection
      const takes = roots[selection.name.value]?.args.some((arg) => arg.name === 'select')
      if (!takes || selection.arguments?.some((arg) => arg.name.value === 'select')) return selection
      changed = true
      return { ...selection, arguments: [...(selection.arguments ?? []), SELECT_ALL] }
    })
    return { ...definition, selectionSet: { ...definition.selectionSet, selections } }
  })
  return changed ? { ...document, definitions } : document
}

/** Queries longer than this are parsed every time (not worth keeping). */
const MAX_CACHED_QUERY = 32 * 1024
const documents = new LRUCache<string, DocumentNode>({ max: 1000 })
const parseOnce =
  (schema: GraphQLSchema): typeof parse =>
  (source, options) => {
    if (typeof source !== 'string' || source.length > MAX_CACHED_QUERY || options)
      return selectByDefault(schema, parse(source, options))
    let document = documents.get(source)
    if (!document) {
      document = selectByDefault(schema, parse(source)) // throws on a syntax error: nothing is kept
      documents.set(source, document)
    }
    return document
  }

/** The specified rules' verdict on a document, per schema (development rebuilds the schema). */
const verdicts = new WeakMap<DocumentNode, { schema: GraphQLSchema; errors: ReadonlyArray<GraphQLError> }>()
const specified = new WeakSet<ValidationRule>()

const validateOnce = ((schema: GraphQLSchema, document: DocumentNode, rules: ReadonlyArray<ValidationRule>) =>
  stripSuggestions(validateAll(schema, document, rules))) as typeof validate

const validateAll = (schema: GraphQLSchema, document: DocumentNode, rules: ReadonlyArray<ValidationRule>) => {
  const perRequest = rules.filter((rule) => !specified.has(rule))
  if (perRequest.length === rules.length) return validate(schema, document, rules)
  let verdict = verdicts.get(document)
  if (!verdict || verdict.schema !== schema) {
    verdict = {
      schema,
      errors: validate(
        schema,
        document,
        rules.filter((rule) => specified.has(rule)),
      ),
    }
    verdicts.set(document, verdict)
  }
  if (verdict.errors.length) return verdict.errors
  return validate(schema, document, perRequest)
}

const handleError = async (
  err: GraphQLError,
  payload: Awaited<ReturnType<typeof createPayloadRequest>>['payload'],
  req: Awaited<ReturnType<typeof createPayloadRequest>>,
) => {
  const original = err.originalError as (Error & { status?: number; data?: unknown }) | undefined
  const status = original?.status || 500
  let message = hideSuggestions() ? withoutSuggestions(err.message) : err.message
  logError({ err: err as never, payload })
  // Internal errors can contain anything: hidden unless config.debug (as Payload does).
  if (!payload.config.debug && status === 500) message = 'Something went wrong.'
  let response: Record<string, unknown> = {
    extensions: {
      name: original?.name || undefined,
      data: original?.data || undefined,
      stack: payload.config.debug ? err.stack : undefined,
      statusCode: status,
    },
    locations: err.locations,
    message,
    path: err.path,
  }
  for (const hook of payload.config.hooks.afterError ?? []) {
    const result = await hook({ context: req.context, error: err as never, graphqlResult: response, req } as never)
    if (result && (result as { graphqlResult?: Record<string, unknown> }).graphqlResult)
      response = (result as unknown as { graphqlResult: Record<string, unknown> }).graphqlResult
  }
  return response
}

export const GRAPHQL_POST =
  (config: Promise<SanitizedConfig> | SanitizedConfig) =>
  async (request: Request): Promise<Response> => {
    const originalRequest = request.clone()
    const req = await createPayloadRequest({ canSetHeaders: true, config, request })
    const { payload } = req
    if (payload.config.graphQL?.disable) return new Response(null, { status: 404 })
    try {
      await addDataAndFileToRequest(req)
      addLocalesToRequestFromData(req)
      const { schema, validationRules } = await schemaOf(config)
      const headers: Record<string, string> = {}
      const apiResponse = await createHandler({
        context: { headers, req },
        onOperation: async (request, args, result) => {
          const response =
            typeof payload.extensions === 'function' ? await payload.extensions({ args, req: request, result }) : result
          if (response.errors) {
            const errors = await Promise.all(result.errors!.map((error) => handleError(error, payload, req)))
            return { ...response, errors } as never
          }
          return response
        },
        schema,
        parse: parseOnce(schema),
        validate: validateOnce,
        validationRules: (_, args, defaultRules) => {
          for (const rule of defaultRules) specified.add(rule)
          return defaultRules.concat(validationRules(args))
        },
      })(originalRequest)
      const resHeaders = headersWithCors({ headers: new Headers(apiResponse.headers), req })
      for (const key in headers) resHeaders.append(key, headers[key])
      return new Response(apiResponse.body, {
        headers: req.responseHeaders ? mergeHeaders(req.responseHeaders, resHeaders) : resHeaders,
        status: apiResponse.status,
      })
    } finally {
      await unlinkClientUploadTempFile({ req })
    }
  }
