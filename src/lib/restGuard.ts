/**
 * In front of Payload's REST handlers (src/app/(payload)/api/[...slug]/route.ts). Payload 3.90 answers
 * 500 to requests it cannot read: a JSON body that is not an object (`null`, `[…]`, `"text"`), a body
 * in a type it ignores (text/plain, XML…) or no body at all on a create, a multipart body it cannot
 * parse or whose `_payload` part is not a JSON object, `/api/toString` (a name every object has), and
 * 501 to collections without REST endpoints. Here:
 * - a NUL character anywhere in the address, a JSON body or a form → 400;
 * - a path naming no collection but an object property, or a collection without REST endpoints → 404;
 * - writes to a collection: JSON must be an object nested at most JSON_MAX_DEPTH levels, multipart
 *   must parse (and `_payload`, if sent, hold such an object), other types with a body → 415; an empty
 *   body counts as `{}`.
 * Module endpoints (`/api/m/…`, `/api/open311/…`, `/api/ocds/…`) read their own bodies: only NULs are refused there.
 */
import { Kind, parse, visit, type DocumentNode, type ValueNode } from 'graphql'
import type { SanitizedConfig } from 'payload'

import { languageFromHeader, message, type MessageKey } from '../i18n/index'

type RouteContext = { params: Promise<{ slug?: string[] }> }
type Handler = (request: Request, context: RouteContext) => Promise<Response>

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

const WRITES = new Set(['POST', 'PATCH', 'PUT'])

type Verdict = { status: number; key: MessageKey } | { request: Request } | null

/** JSON_MAX_DEPTH, default 64: deeper bodies are refused (Payload copies them recursively and overflows the stack). */
const maxDepth = () => Number(process.env.JSON_MAX_DEPTH || 64)

/** How deeply a JSON text nests, counted without parsing it (no recursion). */
export const jsonDepth = (text: string): number => {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92)
        i++ // backslash: skip the escaped character
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) deepest = Math.max(deepest, ++depth)
    else if (c === 125 || c === 93) depth--
  }
  return deepest
}

const decode = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * The NUL character (U+0000) in a text: PostgreSQL cannot store or even compare it (a query with one
 * fails, and inside a transaction every query after it), and no text of a municipality needs one.
 * In the address (`%00`), in JSON (`\u0000`) and in forms.
 */
const NUL_IN_URL = /%00/i
const NUL_IN_JSON = /\\u0000/i
const hasNul = (text: string) => text.includes('\0') || NUL_IN_JSON.test(text)

const verdict = async (config: SanitizedConfig, request: Request): Promise<Verdict> => {
  const base = (config.routes?.api ?? '/api').replace(/\/$/, '')
  const url = new URL(request.url)
  const { pathname } = url
  if (!pathname.startsWith(`${base}/`)) return null
  if (NUL_IN_URL.test(pathname + url.search)) return { status: 400, key: 'nulCharacter' }
  const method = request.method.toUpperCase()
  const type = (request.headers.get('Content-Type') || '').split(';', 1)[0]
  // Module endpoints read their own bodies; JSON and forms may not carry a NUL either.
  if (
    WRITES.has(method) &&
    request.body &&
    /^(application\/json|application\/x-www-form-urlencoded|text\/)/.test(type)
  ) {
    const text = await request.clone().text()
    if (hasNul(text) || (type === 'application/x-www-form-urlencoded' && NUL_IN_URL.test(text)))
      return { status: 400, key: 'nulCharacter' }
  }
  const first = decode(pathname.slice(base.length + 1).split('/')[0] ?? '')
  const collection = config.collections.find((c) => c.slug === first)
  if (!collection) {
    // Payload looks the first segment up on a plain object: `toString`, `constructor`… are "found".
    return first in Object.prototype ? { status: 404, key: 'routeNotFound' } : null
  }
  if (collection.endpoints === false) return { status: 404, key: 'routeNotFound' }
  if (!WRITES.has(method)) return null
  const override =
    request.headers.get('X-Payload-HTTP-Method-Override') ?? request.headers.get('X-HTTP-Method-Override')
  if (method === 'POST' && override === 'GET') return null
  // (`type` is Payload's own test of the type: the part before `;`, as is.)
  if (type.includes('multipart/')) {
    let form: FormData
    try {
      form = await request.clone().formData()
    } catch {
      return { status: 400, key: 'malformedUpload' }
    }
    // A `file` part that is text is Payload's reference to a file a storage adapter received directly;
    // e-Muni stores uploads itself, so there is no such file: the file must come as a file part.
    if (form.getAll('file').some((f) => typeof f === 'string')) return { status: 400, key: 'fileNotAFile' }
    const part = form.get('_payload')
    if (part === null) return null
    if (typeof part !== 'string') return { status: 400, key: 'payloadPartNotObject' }
    if (jsonDepth(part) > maxDepth()) return { status: 400, key: 'bodyTooDeep' }
    if (hasNul(part)) return { status: 400, key: 'nulCharacter' }
    try {
      if (!isObject(JSON.parse(part))) return { status: 400, key: 'payloadPartNotObject' }
    } catch {
      return { status: 400, key: 'payloadPartNotObject' }
    }
    return null
  }
  const text = request.body ? await request.clone().text() : ''
  if (type === 'application/json' && text !== '') {
    if (jsonDepth(text) > maxDepth()) return { status: 400, key: 'bodyTooDeep' }
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      return { status: 400, key: 'bodyNotJson' }
    }
    return isObject(parsed) ? null : { status: 400, key: 'bodyNotObject' }
  }
  if (text !== '') return { status: 415, key: 'bodyTypeUnsupported' }
  // No body: the same as an empty object (Payload would read `undefined` and fail).
  const headers = new Headers(request.headers)
  headers.set('Content-Type', 'application/json')
  headers.delete('Content-Length')
  return { request: new Request(request.url, { method: request.method, headers, body: '{}' }) }
}

export const guardRest =
  (config: Promise<SanitizedConfig> | SanitizedConfig, handler: Handler): Handler =>
  async (request, context) => {
    const found = await verdict(await config, request)
    if (found && 'request' in found) return handler(found.request, context)
    if (!found) return handler(request, context)
    const lang = languageFromHeader(request.headers.get('accept-language'))
    return Response.json({ errors: [{ message: message(lang, found.key) }] }, { status: found.status })
  }

/**
 * GraphQL takes JSON (and `application/graphql`, which the gate in front of it reads): Payload would
 * try to read other bodies, multipart ones included, as form data and fail with a 500. Variables nested
 * deeper than JSON_MAX_DEPTH, NUL characters, subscriptions (which the schema does not have) and
 * `@skip`/`@include` without a true or false fail further on: 400.
 */
export const guardGraphql =
  (handler: (request: Request) => Promise<Response>): ((request: Request) => Promise<Response>) =>
  async (request) => {
    const type = (request.headers.get('Content-Type') || '').split(';', 1)[0].trim().toLowerCase()
    const lang = languageFromHeader(request.headers.get('accept-language'))
    if (type !== 'application/json' && !type.startsWith('application/graphql'))
      return Response.json({ errors: [{ message: message(lang, 'graphqlBodyType') }] }, { status: 415 })
    // A subscription (the schema has none) makes the GraphQL handler throw: a 500 with no body.
    const text = await request.clone().text()
    if (type === 'application/json' && jsonDepth(text) > maxDepth())
      return Response.json({ errors: [{ message: message(lang, 'bodyTooDeep') }] }, { status: 400 })
    if (hasNul(text) || NUL_IN_URL.test(new URL(request.url).search))
      return Response.json({ errors: [{ message: message(lang, 'nulCharacter') }] }, { status: 400 })
    if (/\bsubscription\b/.test(text) && asksForSubscription(text, type))
      return Response.json({ errors: [{ message: message(lang, 'graphqlNoSubscriptions') }] }, { status: 400 })
    if (/@(skip|include)\b/.test(text) && !directivesAreBoolean(text, type))
      return Response.json({ errors: [{ message: message(lang, 'graphqlDirectiveValue') }] }, { status: 400 })
    return handler(request)
  }

/** The operations of a GraphQL body (JSON, a batch, or `application/graphql`), with their variables. */
const operationsOf = (text: string, type: string): { query: unknown; variables: unknown }[] => {
  if (type !== 'application/json') return [{ query: text, variables: undefined }]
  try {
    const body: unknown = JSON.parse(text)
    return (Array.isArray(body) ? body : [body]).map((b) =>
      isObject(b) ? { query: b.query, variables: b.variables } : { query: undefined, variables: undefined },
    )
  } catch {
    return []
  }
}

/**
 * `@skip(if: …)` and `@include(if: …)` take true or false: Payload's complexity rule reads them before
 * the document is validated, and anything else makes it throw — a 500 with no body.
 */
const directivesAreBoolean = (text: string, type: string): boolean =>
  operationsOf(text, type).every(({ query, variables }) => {
    if (typeof query !== 'string') return true
    let document: DocumentNode
    try {
      document = parse(query)
    } catch {
      return true // the gate in front of GraphQL answers unparseable documents
    }
    const given = isObject(variables) ? variables : {}
    const defaults = new Map<string, ValueNode | undefined>()
    for (const d of document.definitions)
      if (d.kind === Kind.OPERATION_DEFINITION)
        for (const v of d.variableDefinitions ?? []) defaults.set(v.variable.name.value, v.defaultValue)
    let ok = true
    visit(document, {
      Directive(node) {
        if (node.name.value !== 'skip' && node.name.value !== 'include') return
        const value = node.arguments?.find((a) => a.name.value === 'if')?.value
        if (value?.kind === Kind.BOOLEAN) return
        if (value?.kind === Kind.VARIABLE) {
          const name = value.name.value
          if (typeof given[name] === 'boolean') return
          if (given[name] === undefined && defaults.get(name)?.kind === Kind.BOOLEAN) return
        }
        ok = false
      },
    })
    return ok
  })

const asksForSubscription = (text: string, type: string): boolean =>
  operationsOf(text, type).some(({ query }) => {
    if (typeof query !== 'string') return false
    try {
      return parse(query).definitions.some(
        (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'subscription',
      )
    } catch {
      return false
    }
  })
