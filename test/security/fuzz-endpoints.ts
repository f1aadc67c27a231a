/**
 * The modules' own REST endpoints (`/api/m/{municipality}/{module}/…`, Open311, OCDS) and Payload's
 * auth endpoints, fuzzed like the collections: hostile JSON, forms, multipart and CSV bodies, odd
 * municipality slugs and ids, malformed query strings.
 */
import fc from 'fast-check'

import type { FuzzRequest } from './fuzz-client'
import type { Known } from './fuzz-graphql'
import { enc, fileArbitrary, MULTIPART, multipart, queryGarbage, queryString, rawBody } from './fuzz-rest'
import { hostileAny, hostileDate, hostileNumber, hostileString, objectOf, PROTO_KEYS, summarize } from './fuzz-values'

export type Actor = 'anonymous' | 'citizen' | 'editor' | 'municipal-admin' | 'platform-admin'
export const ACTORS: Actor[] = ['anonymous', 'citizen', 'editor', 'municipal-admin', 'platform-admin']

export type FuzzCase = {
  actor: Actor
  request: FuzzRequest
  /** log in afresh (logout would end the shared session) */ throwaway?: boolean
}

export type Target = {
  name: string
  runs: number
  arbitrary: fc.Arbitrary<FuzzCase>
  /** the collection whose documents it writes and reads: targets of one collection run one after another */
  collection?: string
}

export type EndpointContext = {
  /** the municipality the actors work in, and another one */
  home: string
  other: string
  known: Known
  open311Key: string
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

/** POST /api/m/{municipality}/muniservi/requests, JSON or multipart. */
const serviceRequests = (ctx: EndpointContext): Target[] => {
  const answers = ctx.known.shaped.get('answers') ?? hostileAny
  const body = fc
    .tuple(
      fc.record(
        {
          service: fc.oneof({ weight: 3, arbitrary: pick(ctx.known, 'service') }, { weight: 2, arbitrary: hostileAny }),
          answers: fc.oneof({ weight: 3, arbitrary: answers }, { weight: 1, arbitrary: hostileAny }),
          description: text,
          location: fc.oneof(
            fc.record(
              {
                lat: fc.oneof(hostileNumber, hostileString),
                lng: fc.oneof(hostileNumber, hostileString),
                address: text,
              },
              { requiredKeys: [] },
            ),
            hostileAny,
          ),
          name: text,
          email: fc.oneof(fc.emailAddress(), hostileString),
          phone: text,
          language: fc.oneof(fc.constantFrom('es', 'pt', 'en', 'fr', 'xx'), hostileString),
        },
        { requiredKeys: [] },
      ),
      extraKeys,
    )
    .map(([b, extra]) => withExtra(b, extra))
  const path = (slug: string) => `/api/m/${slug}/muniservi/requests`
  return [
    {
      name: 'POST /api/m/:municipality/muniservi/requests (JSON)',
      runs: 150,
      arbitrary: fc
        .tuple(actorArb, slugArb(ctx), fc.oneof({ weight: 5, arbitrary: body }, { weight: 1, arbitrary: hostileAny }))
        .map(([actor, slug, b]) => ({ actor, request: { method: 'POST', path: path(slug), body: b ?? null } })),
    },
    {
      name: 'POST /api/m/:municipality/muniservi/requests (multipart, raw)',
      runs: 100,
      arbitrary: fc
        .tuple(
          actorArb,
          slugArb(ctx),
          body,
          fc.array(
            fc.tuple(
              fc.oneof(
                pick(ctx.known, 'answerkey'),
                hostileString.filter((s) => s.length < 100),
              ),
              fileArbitrary,
            ),
            { maxLength: 3 },
          ),
          fc.constantFrom(undefined, undefined, 0.5, 0.9),
          fc.boolean(),
          rawBody,
        )
        .map(([actor, slug, b, files, truncate, raw, malformed]): FuzzCase => {
          if (raw)
            return {
              actor,
              request: {
                method: 'POST',
                path: path(slug),
                headers: malformed.headers,
                body: malformed.body,
                note: malformed.note,
              },
            }
          const parts = [
            { name: 'data', content: JSON.stringify(b) },
            ...files.map(([key, f]) => ({
              name: `answers.${key.replace(/["\r\n]/g, '')}`,
              filename: f.name.replace(/["\r\n]/g, ''),
              type: f.type,
              content: f.bytes,
            })),
          ]
          return {
            actor,
            request: {
              method: 'POST',
              path: path(slug),
              headers: { 'Content-Type': MULTIPART },
              body: multipart(parts, truncate),
              note: `multipart data=${summarize(b, 200)} files=${files.length}${truncate ? ` truncated ${truncate}` : ''}`,
            },
          }
        }),
    },
  ]
}

/** POST /api/m/{municipality}/muniparticipa/census: CSV text or multipart. */
const census = (ctx: EndpointContext): Target => {
  const line = fc.oneof(
    fc
      .tuple(
        fc.oneof(fc.stringMatching(/^[0-9]{6,12}$/), hostileString),
        fc.oneof(hostileDate, fc.constantFrom('1980-05-17', '17/05/1980', '')),
      )
      .map(([d, b]) => `${d},${b}`),
    hostileString,
    fc.constantFrom(
      'document,birthDate',
      ',,,,',
      '"unterminated,1990-01-01',
      '"a""b",1990-01-01',
      '\u0000,\u0000',
      '=cmd|"/c calc"!A0,1990-01-01',
    ),
  )
  const csv = fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'))
        .map(([lines, eol]) => lines.join(eol)),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 1_000, max: 20_000 })
        .map((n) => Array.from({ length: n }, (_, i) => `${10_000_000 + i},1990-01-01`).join('\n')),
    },
    { weight: 1, arbitrary: hostileString },
  )
  return {
    name: 'POST /api/m/:municipality/muniparticipa/census',
    runs: 80,
    arbitrary: fc
      .tuple(
        fc.oneof({ weight: 4, arbitrary: fc.constant<Actor>('municipal-admin') }, { weight: 1, arbitrary: actorArb }),
        slugArb(ctx),
        csv,
        fc.constantFrom('text/csv', 'text/plain', 'text/csv; charset=latin1', 'multipart', 'application/json', ''),
      )
      .map(([actor, slug, body, type]): FuzzCase => {
        const path = `/api/m/${slug}/muniparticipa/census`
        if (type === 'multipart')
          return {
            actor,
            request: {
              method: 'POST',
              path,
              headers: { 'Content-Type': MULTIPART },
              body: multipart([{ name: 'file', filename: 'census.csv', type: 'text/csv', content: body }]),
              note: `multipart csv ${summarize(body, 200)}`,
            },
          }
        return {
          actor,
          request: {
            method: 'POST',
            path,
            headers: type ? { 'Content-Type': type } : {},
            body,
            note: `${type}: ${summarize(body, 200)}`,
          },
        }
      }),
  }
}

/** Open311 GeoReport v2: POST requests, GET lists and items, each as .json or .xml. */
const open311 = (ctx: EndpointContext): Target[] => {
  const format = fc.constantFrom('json', 'xml', 'html', '')
  const base = (slug: string) => `/api/open311/v2/${slug}`
  const form = fc
    .tuple(
      fc.record(
        {
          api_key: fc.oneof(
            { weight: 4, arbitrary: fc.constant(ctx.open311Key) },
            { weight: 1, arbitrary: hostileString },
          ),
          service_code: fc.oneof(
            { weight: 3, arbitrary: pick(ctx.known, 'service') },
            { weight: 1, arbitrary: hostileString },
          ),
          lat: fc.oneof(hostileNumber.map(String), hostileString),
          long: fc.oneof(hostileNumber.map(String), hostileString),
          address_string: hostileString,
          description: hostileString,
          first_name: hostileString,
          last_name: hostileString,
          email: fc.oneof(fc.emailAddress(), hostileString),
          phone: hostileString,
          media_url: fc.oneof(
            fc.constantFrom('https://example.org/a.png', 'javascript:alert(1)', 'http://', 'https://x y'),
            hostileString,
          ),
          device_id: hostileString,
        },
        { requiredKeys: [] },
      ),
      fc.array(
        fc.tuple(
          fc.oneof(
            pick(ctx.known, 'answerkey'),
            hostileString.filter((s) => s.length < 60),
          ),
          fc.boolean(),
          hostileString,
        ),
        { maxLength: 4 },
      ),
    )
    .map(([fields, attributes]) => [
      ...Object.entries(fields),
      ...attributes.map(([k, list, v]) => [`attribute[${k}]${list ? '[]' : ''}`, v] as [string, unknown]),
    ])
  return [
    {
      name: 'POST /api/open311/v2/:municipality/requests',
      runs: 120,
      arbitrary: fc
        .tuple(
          actorArb,
          slugArb(ctx),
          format,
          form,
          fc.constantFrom(
            'application/x-www-form-urlencoded',
            'application/x-www-form-urlencoded',
            'multipart',
            'application/json',
            'text/plain',
          ),
          fc.boolean(),
        )
        .map(([actor, slug, f, pairs, type, raw]): FuzzCase => {
          const path = `${base(slug)}/requests${f ? `.${f}` : ''}`
          if (type === 'multipart')
            return {
              actor,
              request: {
                method: 'POST',
                path,
                headers: { 'Content-Type': MULTIPART },
                body: multipart(pairs.map(([k, v]) => ({ name: k.replace(/["\r\n]/g, ''), content: String(v) }))),
                note: `multipart ${summarize(Object.fromEntries(pairs), 300)}`,
              },
            }
          return {
            actor,
            request: {
              method: 'POST',
              path,
              headers: { 'Content-Type': type },
              body: type === 'application/json' ? JSON.stringify(Object.fromEntries(pairs)) : queryString(pairs, raw),
              note: `${type} ${summarize(Object.fromEntries(pairs), 300)}`,
            },
          }
        }),
    },
    {
      name: 'GET /api/open311/v2/:municipality/:resource',
      runs: 80,
      arbitrary: fc
        .tuple(
          actorArb,
          slugArb(ctx),
          fc.oneof(
            fc.constantFrom('discovery', 'services', 'requests', 'tokens', 'x'),
            hostileString.filter((s) => s.length < 100).map(enc),
          ),
          format,
          fc.array(
            fc.tuple(
              fc.constantFrom(
                'start_date',
                'end_date',
                'status',
                'service_request_id',
                'service_code',
                'jurisdiction_id',
                'page',
                '__proto__',
              ),
              fc.oneof(
                hostileDate,
                hostileString,
                fc.constantFrom(
                  'open',
                  'closed',
                  'open,closed',
                  Array.from({ length: 150 }, (_, i) => `X-${i}`).join(','),
                ),
              ),
            ),
            { maxLength: 4 },
          ),
          fc.boolean(),
        )
        .map(([actor, slug, resource, f, params, raw]) => ({
          actor,
          request: { method: 'GET', path: `${base(slug)}/${resource}${f ? `.${f}` : ''}?${queryString(params, raw)}` },
        })),
    },
    {
      name: 'GET /api/open311/v2/:municipality/:resource/:id',
      runs: 60,
      arbitrary: fc
        .tuple(
          actorArb,
          slugArb(ctx),
          fc.constantFrom('services', 'requests', 'tokens', 'x'),
          fc.oneof(
            pick(ctx.known, 'service'),
            pick(ctx.known, 'code'),
            hostileString.filter((s) => s.length < 300),
          ),
          format,
        )
        .map(([actor, slug, kind, id, f]) => ({
          actor,
          request: { method: 'GET', path: `${base(slug)}/${kind}/${enc(id)}${f ? `.${f}` : ''}` },
        })),
    },
  ]
}

/** OCDS: releases.json (paged, filtered), releases/{ocid}.json, records/{ocid}.json. */
const ocds = (ctx: EndpointContext): Target => ({
  name: 'GET /api/ocds/:municipality/…',
  runs: 80,
  arbitrary: fc
    .tuple(
      actorArb,
      slugArb(ctx),
      fc.constantFrom('releases.json', 'releases', 'records'),
      fc.oneof(
        pick(ctx.known, 'ocid'),
        hostileString.filter((s) => s.length < 300),
      ),
      fc.array(
        fc.tuple(
          fc.constantFrom('page', 'limit', 'since', 'until', 'since[]', 'limit[a]', '__proto__'),
          fc.oneof(hostileNumber.map(String), hostileDate, hostileString),
        ),
        { maxLength: 4 },
      ),
      fc.boolean(),
    )
    .map(([actor, slug, kind, ocid, params, raw]) => ({
      actor,
      request: {
        method: 'GET',
        path:
          kind === 'releases.json'
            ? `/api/ocds/${slug}/releases.json?${queryString(params, raw)}`
            : `/api/ocds/${slug}/${kind}/${enc(ocid)}.json`,
      },
    })),
})

/** Anything under /api/m/: unknown modules, paths and methods. */
const moduleGarbage = (ctx: EndpointContext): Target => ({
  name: 'ANY /api/m/:municipality/:module/:path',
  runs: 40,
  arbitrary: fc
    .tuple(
      actorArb,
      slugArb(ctx),
      fc.oneof(
        fc.constantFrom('muniservi', 'municompra', 'muniparticipa', 'muniagenda', 'sdk', 'x'),
        hostileString.filter((s) => s.length < 60).map(enc),
      ),
      fc.oneof(
        fc.constantFrom('requests', 'census', 'summary', '', '..', 'requests/1'),
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
const moduleCommands = (ctx: EndpointContext, commands: { module: string; name: string }[]): Target => {
  // The fields the modules' commands read (GraphQL argument names), and one every object has.
  const fields = fc.constantFrom(
    ...['slot', 'booking', 'tender', 'question', 'legalName', 'country', 'taxId', 'categories', 'contacts', 'address'],
    ...['amount', 'currency', 'lines', 'documents', 'note', 'process', 'title', 'body', 'category', 'district'],
    ...['location', 'images', 'proposal', 'parent', 'collection', 'id', 'reason', 'follow', 'poll', 'answers'],
    ...['budget', 'projects', 'code', 'document', 'birthDate', 'service', 'description', 'name', 'email', 'phone'],
    ...['language', 'attachments', 'token', 'message', 'score', 'comment', '__proto__', 'constructor'],
  )
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
    name: `POST /api/${slug}/{login,forgot-password,reset-password,unlock,verify,refresh-token,logout,me}`,
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
const graphqlRaw = (queries: string[]): Target => {
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
      `{"query":"mutation($d: JSON) { submitServiceRequest(municipality: \\"villa-esperanza\\", service: \\"X\\", answers: $d) { trackingCode } }","variables":{"d":${deep(20_000)}}}`,
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

export const endpointTargets = (
  ctx: EndpointContext,
  authSlugs: string[],
  queries: string[],
  commands: { module: string; name: string }[],
): Target[] => [
  graphqlRaw(queries),
  ...(commands.length ? [moduleCommands(ctx, commands)] : []),
  ...serviceRequests(ctx),
  census(ctx),
  ...open311(ctx),
  ocds(ctx),
  moduleGarbage(ctx),
  ...authSlugs.map(authEndpoints),
]

export { queryGarbage }
