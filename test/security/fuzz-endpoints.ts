/**
 * The modules' commands over REST (`/api/m/{municipality}/{module}/{command}`), anything else under `/api/m/`,
 * raw GraphQL bodies and Payload's auth endpoints, fuzzed like the collections: hostile JSON, forms and
 * multipart bodies, odd municipality slugs and ids, malformed query strings. A module's own endpoints (Open311,
 * OCDS, a CSV import) are its fixtures' targets (`fuzzKit` gives them the arbitraries used here).
 */
import fc from 'fast-check'

import type { FuzzActor, FuzzCase, FuzzKit, FuzzTarget } from '../../src/plugins/sdk/testing/fixturesFuzz'
import type { Known } from './fuzz-graphql'
import { enc, fileArbitrary, MULTIPART, multipart, queryGarbage, queryString, rawBody } from './fuzz-rest'
import { hostileAny, hostileDate, hostileNumber, hostileString, objectOf, PROTO_KEYS, summarize } from './fuzz-values'

export type Actor = FuzzActor
export type Target = FuzzTarget
export type { FuzzCase }
export const ACTORS: Actor[] = ['anonymous', 'citizen', 'editor', 'municipal-admin', 'platform-admin']

export type EndpointContext = {
  /** the municipality the actors work in, and another one */
  home: string
  other: string
  known: Known
  /** the installed modules' slugs, for paths under /api/m/ */
  modules: string[]
}

export const actorArb = fc.constantFrom(...ACTORS)

const pick = (known: Known, name: string): fc.Arbitrary<string> => {
  const values = known.byName.get(name) ?? []
  return values.length ? fc.constantFrom(...values) : hostileString
}

/** A municipality slug: the home one mostly, the other one, or a hostile one (encoded for a path). */
const slugArb = (ctx: EndpointContext) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant(ctx.home) },
    { weight: 1, arbitrary: fc.constant(ctx.other) },
    { weight: 1, arbitrary: hostileString.filter((s) => s.length < 300).map(enc) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '..',
        '%2e%2e',
        '%00',
        'VILLA-ESPERANZA',
        'villa-esperanza%20',
        '__proto__',
        'constructor',
      ),
    },
  )

const withExtra = (body: Record<string, unknown>, extra: [string, unknown][]) =>
  objectOf([...Object.entries(body).filter(([, v]) => v !== undefined), ...extra])

const extraKeys = fc.array(
  fc.tuple(fc.constantFrom(...PROTO_KEYS, 'tenant', 'status', 'requester', 'id'), hostileAny),
  { maxLength: 2 },
)

const text = fc.oneof(
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: hostileString },
  { weight: 1, arbitrary: hostileAny },
)

/** Anything under /api/m/: unknown modules, paths and methods. */
const moduleGarbage = (ctx: EndpointContext, commands: string[]): Target => ({
  name: 'ANY /api/m/:municipality/:module/:path',
  runs: 40,
  arbitrary: fc
    .tuple(
      actorArb,
      slugArb(ctx),
      fc.oneof(fc.constantFrom(...ctx.modules, 'sdk', 'x'), hostileString.filter((s) => s.length < 60).map(enc)),
      fc.oneof(
        fc.constantFrom(...commands, '', '..', `${commands[0] ?? 'x'}/1`),
        hostileString.filter((s) => s.length < 60).map(enc),
      ),
      fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'),
      hostileAny,
    )
    .map(([actor, slug, mod, rest, method, body]) => ({
      actor,
      request: {
        method,
        path: `/api/m/${slug}/${mod}/${rest}`,
        body: method === 'GET' || method === 'OPTIONS' ? undefined : (body ?? null),
      },
    })),
})

/**
 * POST /api/m/{municipality}/{module}/{command}: the module commands (served as REST by the SDK), each with hostile
 * objects of the fields commands read, hostile values of any shape, or bodies that are not JSON at all.
 */
const moduleCommands = (
  ctx: EndpointContext,
  commands: { module: string; name: string; fields: string[] }[],
): Target => {
  // The fields the modules' commands read (their GraphQL mutations' argument names), and one every object has.
  const fields = fc.constantFrom(...new Set([...commands.flatMap((c) => c.fields), '__proto__', 'constructor']))
  const body = fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.tuple(fields, hostileAny), { maxLength: 4 }).map(objectOf) },
    { weight: 2, arbitrary: hostileAny },
    { weight: 1, arbitrary: rawBody },
  )
  return {
    name: 'POST /api/m/:municipality/:module/:command',
    runs: 300,
    arbitrary: fc
      .tuple(actorArb, slugArb(ctx), fc.constantFrom(...commands), body)
      .map(([actor, slug, command, b]) => ({
        actor,
        request: { method: 'POST', path: `/api/m/${slug}/${command.module}/${command.name}`, body: b ?? null },
      })),
  }
}

/** Payload's auth endpoints of an auth collection (login with made-up addresses only: no demo account is locked). */
const authEndpoints = (slug: string): Target => {
  const email = fc.oneof(fc.emailAddress(), hostileString, hostileAny)
  const password = fc.oneof(fc.string({ minLength: 8, maxLength: 40 }), hostileString, hostileAny)
  const op = fc.oneof(
    fc.tuple(fc.constant('login'), fc.record({ email, password }, { requiredKeys: [] })),
    fc.tuple(fc.constant('forgot-password'), fc.record({ email }, { requiredKeys: [] })),
    fc.tuple(
      fc.constant('reset-password'),
      fc.record({ token: fc.oneof(hostileString, hostileAny), password }, { requiredKeys: [] }),
    ),
    fc.tuple(fc.constant('unlock'), fc.record({ email }, { requiredKeys: [] })),
    // The app's own (people only; elsewhere a 404).
    fc.tuple(fc.constant('resend-verification'), fc.record({ email }, { requiredKeys: [] })),
    fc.tuple(fc.constant('first-register'), fc.record({ email, password, name: hostileString }, { requiredKeys: [] })),
    fc.tuple(fc.constant('refresh-token'), hostileAny),
    fc.tuple(fc.constant('logout'), hostileAny),
    fc.tuple(
      hostileString.filter((s) => s.length < 200).map((t) => `verify/${enc(t)}`),
      hostileAny,
    ),
    fc.tuple(fc.constant('me'), fc.constant(undefined)),
    fc.tuple(fc.constant('access'), fc.constant(undefined)),
  )
  return {
    name: `POST /api/${slug}/{login,forgot-password,reset-password,unlock,resend-verification,verify,refresh-token,logout,me}`,
    runs: 80,
    arbitrary: fc
      .tuple(
        actorArb,
        op,
        fc.boolean(),
        rawBody,
        fc.constantFrom('', '?logout-all=true', '?allSessions=1', '?depth=-1'),
      )
      .map(([actor, [name, body], raw, malformed, query]): FuzzCase => {
        const path = `/api/${slug}/${name}${query}`
        const method = name === 'me' || name === 'access' ? 'GET' : 'POST'
        const throwaway = name === 'logout'
        if (raw && method === 'POST')
          return {
            actor,
            throwaway,
            request: { method, path, headers: malformed.headers, body: malformed.body, note: malformed.note },
          }
        return { actor, throwaway, request: { method, path, body: method === 'GET' ? undefined : (body ?? null) } }
      }),
  }
}

/**
 * Raw GraphQL requests: bodies that are not JSON or not a request, batches, variables of the wrong
 * kind or nested deep, GET, other content types; `queries` are valid operations to start from.
 */
const graphqlRaw = (queries: string[], jsonQuery?: string): Target => {
  const query = fc.constantFrom(...queries)
  const deep = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`
  const body = fc.oneof(
    fc.constantFrom(
      '',
      '{',
      'null',
      '[]',
      '"query"',
      '{"query":5}',
      '{"query":null}',
      '{"query":["mutation { x }"]}',
      '{"query":"mutation {"}',
      '{"query":"mutation { __typename }","variables":"text"}',
      '{"query":"mutation { __typename }","variables":[1,2]}',
      '{"query":"mutation { __typename }","operationName":5}',
      '{"query":"mutation A { __typename } mutation B { __typename }"}',
      '{"query":"mutation A { __typename }","operationName":"B"}',
      '{"query":"subscription { x }"}',
      String.raw`{"query":"mutation { __typename @skip(if: \"x\") }"}`,
      '{"query":"mutation { __typename @unknown }"}',
      '{"query":"mutation { __typename @skip(if: 5) }"}',
      '{"query":"mutation { __typename @include }"}',
      '{"query":"mutation($v: Boolean) { __typename @include(if: $v) }","variables":{"v":"yes"}}',
      '{"query":"mutation($v: Boolean = true) { __typename @skip(if: $v) }"}',
      '{"query":"fragment F on Mutation { ...F } mutation { ...F }"}',
      `{"query":"mutation($d: JSON) { __typename }","variables":{"d":${deep(20_000)}}}`,
      `{"query":"mutation { __typename }","extensions":${deep(5_000)}}`,
      // A JSON argument of a real mutation (the schema's first), nested deep.
      ...(jsonQuery ? [`{"query":${JSON.stringify(jsonQuery)},"variables":{"d":${deep(20_000)}}}`] : []),
      `{"query":"mutation($d: mutationPageInput!) { createPage(data: $d) { id } }","variables":{"d":{"title":"x","slug":"x","layout":${deep(20_000)}}}}`,
      '{"query":"mutation { __typename }","variables":{"__proto__":{"isAdmin":true}}}',
      `{"query":"${'mutation { __typename } '.repeat(2_000)}"}`,
    ),
    query.map((q) => JSON.stringify(Array.from({ length: 20 }, () => ({ query: q })))),
    fc.tuple(query, hostileAny).map(([q, v]) => JSON.stringify({ query: q, variables: v })),
    fc.tuple(query, fc.integer({ min: 2, max: 300 })).map(([q, n]) => {
      const inner = q.replace(/^mutation[^{]*\{/, '').replace(/\}\s*$/, '')
      return JSON.stringify({
        query: `mutation { ${Array.from({ length: n }, (_, i) => `a${i}: ${inner}`).join(' ')} }`,
      })
    }),
  )
  return {
    name: 'POST /api/graphql (raw)',
    runs: 120,
    arbitrary: fc
      .tuple(
        actorArb,
        body,
        fc.constantFrom(
          'application/json',
          'application/json',
          'application/graphql',
          'text/plain',
          'multipart/form-data',
          '',
          'GET',
        ),
      )
      .map(([actor, b, type]): FuzzCase => {
        if (type === 'GET')
          return { actor, request: { method: 'GET', path: `/api/graphql?query=${enc(b.slice(0, 4_000))}` } }
        return {
          actor,
          request: {
            method: 'POST',
            path: '/api/graphql',
            headers: type ? { 'Content-Type': type } : {},
            body: b,
            note: `${type}: ${summarize(b, 300)}`,
          },
        }
      }),
  }
}

/** What the modules' fuzz targets are given: the arbitraries the endpoints above are made of. */
export const fuzzKit = (ctx: EndpointContext): FuzzKit => ({
  fc,
  home: ctx.home,
  other: ctx.other,
  actor: actorArb,
  slug: slugArb(ctx),
  pick: (name) => pick(ctx.known, name.toLowerCase()),
  values: (name) => ctx.known.byName.get(name.toLowerCase()) ?? [],
  text,
  hostile: { any: hostileAny, string: hostileString, number: hostileNumber, date: hostileDate },
  withExtraKeys: (body) => fc.tuple(body, extraKeys).map(([b, extra]) => withExtra(b, extra)),
  file: fileArbitrary,
  rawBody,
  multipart,
  MULTIPART,
  queryString,
  enc,
  summarize,
})

export const endpointTargets = (
  ctx: EndpointContext,
  authSlugs: string[],
  queries: string[],
  commands: { module: string; name: string; fields: string[] }[],
  moduleTargets: Target[],
  jsonQuery?: string,
): Target[] => [
  graphqlRaw(queries, jsonQuery),
  ...(commands.length ? [moduleCommands(ctx, commands)] : []),
  ...moduleTargets,
  moduleGarbage(
    ctx,
    commands.map((c) => c.name),
  ),
  ...authSlugs.map(authEndpoints),
]

export { queryGarbage }
