/**
 * REST side of the fuzzer: bodies for every collection generated from its fields (the registry's
 * field types, enriched by the collection's GraphQL input type for enum values and nested shapes),
 * raw malformed bodies (invalid JSON, wrong content types, truncated multipart, top-level arrays, huge
 * numbers) and malformed query strings (where/sort/depth/limit/page/locale/draft garbage).
 */
import fc from 'fast-check'
import { getNamedType, GraphQLEnumType, GraphQLList, GraphQLNonNull, type GraphQLInputObjectType } from 'graphql'

import type { CollectionInfo, FieldInfo } from './registry'
import type { InputValues, Known } from './fuzz-graphql'
import {
  deepNest,
  heavyAny,
  hostileAny,
  hostileDate,
  hostileId,
  hostileNumber,
  hostileString,
  objectOf,
  ODD_IDS,
  PROTO_KEYS,
  summarize,
  withOneHostile,
} from './fuzz-values'

/** encodeURIComponent that survives lone surrogates. */
export const enc = (text: string): string => {
  try {
    return encodeURIComponent(text)
  } catch {
    return encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '\uFFFD'))
  }
}

const scalarText = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : value === undefined
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value)

/** Query string from key/value pairs; `raw` leaves the values unencoded (odd `%` sequences reach the server). */
export const queryString = (pairs: [string, unknown][], raw = false): string =>
  pairs
    .map(([k, v]) => `${raw ? k : enc(k)}=${raw ? scalarText(v).replace(/[#\s]/g, enc) : enc(scalarText(v))}`)
    .join('&')

const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
]
const ODD_OPERATORS = ['$gt', '$ne', '', 'EQUALS', '__proto__', 'constructor', 'regex', 'equals ', 'in[0]']
const ODD_PATHS = [
  'id',
  'password',
  'hash',
  'salt',
  'resetPasswordToken',
  'tenant.name',
  'tenant.slug',
  'tenant.tenants.roles',
  'a.b.c.d.e',
  '__proto__',
  'constructor.prototype',
  'sessions.id',
  'createdAt',
  '_status',
  'version.title',
  '',
  '.',
  'id)--',
  "title' OR 1=1 --",
]

const whereValue = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber.map(String) },
  { weight: 1, arbitrary: hostileDate },
  { weight: 1, arbitrary: fc.constantFrom('true', 'false', 'null', '', '[1,2]', '{"a":1}', '1,2,3', '-1,-2') },
)

/** `where[...]` pairs under a prefix: operators real and not, nested and/or, bare values, deep chains. */
export const whereGarbage = (fields: string[], prefix = 'where'): fc.Arbitrary<[string, unknown][]> => {
  const path = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...fields, 'id') },
    { weight: 2, arbitrary: fc.constantFrom(...ODD_PATHS) },
    {
      weight: 1,
      arbitrary: hostileString.filter((s) => s.length < 200),
    },
  )
  const op = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...OPERATORS) },
    { weight: 1, arbitrary: fc.constantFrom(...ODD_OPERATORS) },
  )
  const clause: fc.Arbitrary<[string, unknown][]> = fc.oneof(
    fc.tuple(path, op, whereValue).map(([p, o, v]) => [[`${prefix}[${p}][${o}]`, v]] as [string, unknown][]),
    fc
      .tuple(path, op, fc.array(whereValue, { minLength: 1, maxLength: 4 }))
      .map(([p, o, vs]) => vs.map((v, i) => [`${prefix}[${p}][${o}][${i}]`, v] as [string, unknown])),
    fc
      .tuple(fc.constantFrom('or', 'and', 'OR', 'not'), fc.nat(3), path, op, whereValue)
      .map(([rel, i, p, o, v]) => [[`${prefix}[${rel}][${i}][${p}][${o}]`, v]] as [string, unknown][]),
    fc
      .tuple(fc.integer({ min: 5, max: 60 }), op, whereValue)
      .map(([n, o, v]) => [[`${prefix}${'[or][0]'.repeat(n)}[id][${o}]`, v]] as [string, unknown][]),
    fc.tuple(path, whereValue).map(([p, v]) => [[`${prefix}[${p}]`, v]] as [string, unknown][]),
    whereValue.map((v) => [[prefix, v]] as [string, unknown][]),
    whereValue.map((v) => [[`${prefix}[]`, v]] as [string, unknown][]),
    fc
      .tuple(
        path,
        fc.constantFrom('near', 'within', 'intersects'),
        fc.constantFrom('1,2', '1,2,3,4', 'a,b', '999,999,-1', '{"type":"Polygon"}'),
      )
      .map(([p, o, v]) => [[`${prefix}[${p}][${o}]`, v]] as [string, unknown][]),
  )
  return fc.array(clause, { minLength: 1, maxLength: 4 }).map((cs) => cs.flat())
}

const numberish = fc.oneof(
  fc.constantFrom(
    '-1',
    '0',
    '1',
    '1e10',
    '1e400',
    'abc',
    '',
    '1.5',
    '9999999999999999999',
    'NaN',
    'Infinity',
    '0x10',
    '[]',
    ' 1',
    '2;',
  ),
  hostileNumber.map(String),
)

/** The other query parameters Payload reads: sort, depth, limit, page, locale, draft, select, populate… */
export const paramGarbage = (fields: string[]): fc.Arbitrary<[string, unknown][]> =>
  fc
    .array(
      fc.oneof(
        fc.tuple(
          fc.constant('sort'),
          fc.oneof(
            fc.constantFrom(...fields, ...fields.map((f) => `-${f}`), ...ODD_PATHS, '--id', 'id,-id,title', '-'),
            hostileString,
          ),
        ),
        fc.tuple(fc.constantFrom('depth', 'limit', 'page'), numberish),
        fc.tuple(
          fc.constantFrom('locale', 'fallback-locale', 'fallbackLocale'),
          fc.oneof(
            fc.constantFrom('es', 'pt', 'en', 'fr', 'all', '*', 'xx', 'none', 'null', 'es,pt', ''),
            hostileString,
          ),
        ),
        fc.tuple(
          fc.constantFrom('draft', 'pagination', 'trash', 'autosave', 'overrideLock', 'disableErrors'),
          fc.oneof(fc.constantFrom('true', 'false', 'maybe', '', '1', '0'), hostileString),
        ),
        fc.tuple(
          fc.oneof(
            fc.constantFrom(...fields, ...ODD_PATHS).map((f) => `select[${f}]`),
            fc.constant('select'),
          ),
          fc.constantFrom('true', 'false', '1', 'x', ''),
        ),
        fc.tuple(
          fc.oneof(
            fc.constantFrom(...fields, ...ODD_PATHS).map((f) => `populate[${f}][id]`),
            fc.constant('populate'),
          ),
          fc.constantFrom('true', 'false', 'x'),
        ),
        fc.tuple(
          fc.constantFrom(...fields, 'x').map((f) => `joins[${f}][limit]`),
          numberish,
        ),
        fc.tuple(
          fc.constantFrom(...PROTO_KEYS, 'where[__proto__][polluted]', '__proto__[admin]', 'constructor[prototype][x]'),
          fc.constant('1'),
        ),
      ),
      { minLength: 1, maxLength: 5 },
    )
    .map((pairs) => pairs as [string, unknown][])

/** A whole malformed query string: where and other parameters, encoded or raw. */
export const queryGarbage = (fields: string[]): fc.Arbitrary<string> =>
  fc
    .tuple(whereGarbage(fields), paramGarbage(fields), fc.boolean(), fc.boolean())
    .map(([where, params, withWhere, raw]) => queryString(withWhere ? [...where, ...params] : params, raw))

// --- bodies ---------------------------------------------------------------------------------------

const lexical = (text: string, node = 'paragraph') => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: null,
    children: [
      {
        type: node,
        format: '',
        indent: 0,
        version: 1,
        direction: null,
        children: [{ type: 'text', text, version: 1, format: 0 }],
      },
    ],
  },
})

const richText = fc.oneof(
  hostileString.map((s) => lexical(s)),
  fc
    .tuple(
      hostileString,
      fc.constantFrom('heading', 'list', 'upload', 'relationship', 'link', 'block', 'unknown', '__proto__', ''),
    )
    .map(([s, n]) => lexical(s, n)),
  fc.constantFrom<unknown>(
    { root: null },
    { root: {} },
    { root: { children: 'x' } },
    { root: { type: 'root', children: [null] } },
    { root: { type: 'root', children: [{ type: 'text' }] } },
    { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 5 }] }] } },
    { root: { type: 'root', children: [{ type: 'upload', relationTo: 'media', value: 'x' }] } },
    { root: { type: 'root', children: [{ type: 'relationship', relationTo: 'users', value: { id: 1 } }] } },
    { root: { type: 'root', children: [{ type: 'link', fields: { url: 'javascript:alert(1)' }, children: [] }] } },
    [],
    'plain text',
  ),
  hostileAny,
)

const enumValues = (type: GraphQLEnumType): string[] =>
  type.getValues().flatMap((v) => [String(v.value ?? v.name), v.name.replace(/_/g, '-'), v.name])

/** A plausible value for a field from its GraphQL input type, with REST's select values. */
const fromInput = (
  values: InputValues,
  type: ReturnType<GraphQLInputObjectType['getFields']>[string]['type'],
  name: string,
) => {
  const named = getNamedType(type)
  if (named instanceof GraphQLEnumType) {
    const options = fc.constantFrom(...enumValues(named))
    const inner = type instanceof GraphQLNonNull ? type.ofType : type
    return inner instanceof GraphQLList ? fc.array(options, { maxLength: 3 }) : options
  }
  return values.value(type, name, 1)
}

const byType = (field: FieldInfo, known: Known): fc.Arbitrary<unknown> => {
  const ids = known.ids.length ? fc.constantFrom(...known.ids) : hostileId
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
      return fc.oneof(fc.string({ maxLength: 30 }), hostileString)
    case 'email':
      return fc.oneof(fc.emailAddress(), hostileString)
    case 'number':
      return hostileNumber
    case 'checkbox':
      return fc.boolean()
    case 'date':
      return hostileDate
    case 'relationship':
    case 'upload':
      return fc.oneof(
        { weight: 4, arbitrary: ids },
        { weight: 2, arbitrary: hostileId },
        { weight: 1, arbitrary: fc.array(ids, { maxLength: 3 }) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.constantFrom('media', 'users', 'people', 'x'), ids)
            .map(([relationTo, value]) => ({ relationTo, value })),
        },
      )
    case 'richText':
      return richText
    case 'json':
      return fc.oneof({ weight: 6, arbitrary: hostileAny }, { weight: 1, arbitrary: heavyAny })
    case 'blocks':
      return fc.array(
        fc
          .tuple(
            fc.oneof(fc.constantFrom('hero', 'content', 'richText', 'cta', 'gallery', 'cards', 'faq'), hostileString),
            hostileAny,
          )
          .map(([blockType, v]) =>
            objectOf([
              ['blockType', blockType],
              ...(v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v) : [['value', v]]),
            ] as [string, unknown][]),
          ),
        { maxLength: 3 },
      )
    default:
      return hostileAny
  }
}

/** One field's value: plausible (from the input type or the field type), hostile, or huge. */
const fieldValue = (field: FieldInfo, input: GraphQLInputObjectType | null, values: InputValues, known: Known) => {
  const gql = input?.getFields()[field.name]
  const plausible =
    field.type === 'richText'
      ? richText
      : gql
        ? fc.oneof(fromInput(values, gql.type, field.name), byType(field, known))
        : byType(field, known)
  return fc.oneof(
    { weight: 6, arbitrary: plausible },
    { weight: 3, arbitrary: hostileAny },
    { weight: 1, arbitrary: fc.constant(null) },
  )
}

const calmDate = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString())

/** A plausible value for a field (undefined: leave the field out). */
const calmValue = (field: FieldInfo, input: GraphQLInputObjectType | null, values: InputValues, known: Known) => {
  const gql = input?.getFields()[field.name]
  const ids = known.ids.length ? fc.constantFrom(...known.ids) : fc.nat(20)
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
      return field.name === 'password'
        ? fc.constant('Fuzz-Clave-larga-2026!')
        : fc.string({ minLength: 1, maxLength: 30 })
    case 'email':
      return fc.emailAddress()
    case 'number':
      return fc.integer({ min: 0, max: 1000 })
    case 'checkbox':
      return fc.boolean()
    case 'date':
      return calmDate
    case 'relationship':
    case 'upload':
      return gql ? fromInput(values, gql.type, field.name) : ids
    case 'richText':
      return fc.string({ maxLength: 40 }).map((t) => lexical(t))
    case 'json':
      return known.shaped.get(field.name.toLowerCase()) ?? fc.jsonValue({ maxDepth: 2 })
    case 'select':
    case 'array':
    case 'group':
    case 'blocks':
      return gql ? fromInput(values, gql.type, field.name) : fc.constant(undefined)
    default:
      return fc.constant(undefined)
  }
}

/**
 * A body for a create or update of the collection: a subset of its fields with plausible values,
 * one of them hostile; or hostile values everywhere, plus unknown and prototype keys.
 */
export const restBody = (
  collection: CollectionInfo,
  input: GraphQLInputObjectType | null,
  values: { wild: InputValues; calm: InputValues },
  known: Known,
): fc.Arbitrary<Record<string, unknown>> => {
  const fields: FieldInfo[] = [
    ...collection.fields,
    ...(collection.auth
      ? [{ name: 'password', type: 'text', hidden: false, readProtected: false, localized: false }]
      : []),
  ]
  const tenants = known.byName.get('tenant') ?? []
  const writable = fields.filter((f) => !f.hidden && !['id', 'createdAt', 'updatedAt'].includes(f.name))
  const calm = fc
    .tuple(
      ...writable.map((f) =>
        fc.option(
          f.name === 'tenant' && tenants.length
            ? fc.constantFrom(...tenants.map(Number))
            : calmValue(f, input, values.calm, known),
          { freq: 2, nil: undefined },
        ),
      ),
    )
    .map((vals) =>
      objectOf(writable.map((f, i) => [f.name, vals[i]] as [string, unknown]).filter(([, v]) => v !== undefined)),
    )
  return withOneHostile(calm, wildBody(fields, input, values.wild, known, tenants)) as fc.Arbitrary<
    Record<string, unknown>
  >
}

const wildBody = (
  fields: FieldInfo[],
  input: GraphQLInputObjectType | null,
  values: InputValues,
  known: Known,
  tenants: string[],
): fc.Arbitrary<Record<string, unknown>> => {
  return fc
    .tuple(
      fc.tuple(
        ...fields.map((f) =>
          fc.option(
            f.name === 'tenant' && tenants.length
              ? fc.oneof(fc.constantFrom(...tenants.map(Number)), fieldValue(f, input, values, known))
              : fieldValue(f, input, values, known),
            { freq: 3, nil: undefined },
          ),
        ),
      ),
      fc.array(
        fc.tuple(
          fc.oneof(
            fc.constantFrom(...PROTO_KEYS, 'id', 'unknownField', '_id', '$set', 'tenant.id'),
            hostileString.filter((s) => s.length < 100),
          ),
          hostileAny,
        ),
        { maxLength: 2 },
      ),
    )
    .map(([vals, extra]) =>
      objectOf([
        ...fields.map((f, i) => [f.name, vals[i]] as [string, unknown]).filter(([, v]) => v !== undefined),
        ...extra,
      ]),
    )
}

// --- raw bodies -----------------------------------------------------------------------------------

const BOUNDARY = 'fuzzBoundary7MA4YWxkTrZu0gW'

const multipart = (
  parts: { name: string; filename?: string; type?: string; content: string | Uint8Array }[],
  truncate?: number,
) => {
  const chunks: Buffer[] = []
  for (const p of parts) {
    chunks.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ''}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`,
      ),
      Buffer.from(p.content),
      Buffer.from('\r\n'),
    )
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`))
  const all = Buffer.concat(chunks)
  return new Uint8Array(truncate === undefined ? all : all.subarray(0, Math.max(0, Math.floor(all.length * truncate))))
}

const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`

const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

type Raw = { headers: Record<string, string>; body: string | Uint8Array; note: string }

const rawJson = (text: string, type = 'application/json'): Raw => ({
  headers: { 'Content-Type': type },
  body: text,
  note: `${type}: ${summarize(text, 120)}`,
})

const RAW_TEXTS = [
  '{',
  '{"title":',
  '{"title": "x",}',
  "{'title': 'x'}",
  '{title: "x"}',
  'NaN',
  '[1,2',
  '\u0000',
  '',
  'null',
  '1',
  '"a string"',
  'true',
  '[]',
  '[{}]',
  '[{"title":"x"}]',
  '{"a":1e400}',
  '{"title":-1e400,"tenant":1e400}',
  '{"tenant":123456789012345678901234567890,"id":1e21}',
  '{"__proto__":{"isAdmin":true,"roles":["platform-admin"]}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  '{"title":"a","title":{"$gt":""}}',
  '\uFEFF{"title":"bom"}',
  '{"title":"\\ud800"}',
  '{"title":"\\u0000"}',
  '{"where":{"id":{"exists":true}}}',
  '{"id":"1 OR 1=1"}',
  '{"tenant":"1 OR 1=1"}',
  '{"tenant":{"equals":1}}',
  '{"tenant":[1,2]}',
  '{"tenant":-1}',
  '{"_status":"published","_verified":true,"roles":["platform-admin"]}',
  '{"password":null,"email":null}',
  '['.repeat(20_000) + ']'.repeat(20_000),
  '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000),
  `{"title":"${'x'.repeat(200_000)}"}`,
]

/** Raw bodies that are malformed as JSON, as a content type, or as multipart. */
export const rawBody: fc.Arbitrary<Raw> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...RAW_TEXTS).map((t) => rawJson(t)) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...RAW_TEXTS.slice(0, 20)),
        fc.constantFrom(
          'text/plain',
          'application/xml',
          'application/x-www-form-urlencoded',
          'application/json; charset=utf-16',
          'application/json; charset=latin1',
          'application/graphql',
          'multipart/form-data',
          'multipart/form-data; boundary=',
          'foo/bar; boundary="',
          'application/octet-stream',
          '*/*',
          'application/json, text/plain',
        ),
      )
      .map(([t, type]) => rawJson(t, type)),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('a=1&b[c]=2&__proto__[x]=1', 'title=x&tenant=1&tenant=2', 'title=%zz', '=&=&&')
      .map((t) => rawJson(t, 'application/x-www-form-urlencoded')),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('<x><title>a</title></x>', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>')
      .map((t) => rawJson(t, 'application/xml')),
  },
  {
    weight: 2,
    arbitrary: fc.uint8Array({ maxLength: 2_000 }).map((bytes) => ({
      headers: { 'Content-Type': 'application/json' },
      body: bytes,
      note: `application/json: ${bytes.length} random bytes`,
    })),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.oneof(
          fc.constantFrom(...RAW_TEXTS.slice(0, 30)),
          hostileAny.map((v) => JSON.stringify(v) ?? 'null'),
        ),
        fc.constantFrom(undefined, 0, 0.1, 0.5, 0.9, 0.99),
        fc.boolean(),
        fc.constantFrom('_payload', 'data', 'file', '', '__proto__'),
      )
      .map(([payload, truncate, withFile, name]) => ({
        headers: { 'Content-Type': MULTIPART },
        body: multipart(
          [
            { name, content: payload },
            ...(withFile ? [{ name: 'file', filename: 'a.png', type: 'image/png', content: PNG_1PX }] : []),
          ],
          truncate,
        ),
        note: `multipart ${name}=${summarize(payload, 100)}${withFile ? ' + file' : ''}${truncate === undefined ? '' : ` truncated at ${truncate}`}`,
      })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Raw>(
      {
        headers: { 'Content-Type': MULTIPART },
        body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title":"x"`,
        note: 'multipart without end',
      },
      {
        headers: { 'Content-Type': MULTIPART },
        body: `--${BOUNDARY}\r\n\r\n\r\n--${BOUNDARY}--`,
        note: 'multipart part without headers',
      },
      { headers: { 'Content-Type': MULTIPART }, body: 'not multipart at all', note: 'multipart garbage' },
      {
        headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
        body: `--x\r\nContent-Disposition: form-data; name="file"; filename="../../../etc/passwd"\r\nContent-Type: image/png\r\n\r\n${'A'.repeat(100)}\r\n--x--\r\n`,
        note: 'multipart traversal filename',
      },
      {
        headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
        body: `--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n\r\n--x--\r\n`,
        note: 'multipart empty file',
      },
      { headers: {}, body: '{"title":"no content type"}', note: 'no content type' },
    ),
  },
)

/** A FormData body (a `_payload` JSON part and, for uploads, a file), built per case. */
export const formDataCase = (
  payload: unknown,
  upload: boolean,
  file: { bytes: Uint8Array; name: string; type: string },
) => {
  const form = new FormData()
  form.append('_payload', JSON.stringify(payload) ?? 'null')
  if (upload)
    form.append(
      'file',
      new Blob([Buffer.from(file.bytes.length ? file.bytes : PNG_1PX)], { type: file.type }),
      file.name,
    )
  return form
}

export const fileArbitrary = fc.record({
  bytes: fc.oneof(fc.constant(new Uint8Array(PNG_1PX)), fc.uint8Array({ maxLength: 4_000 })),
  name: fc.oneof(
    fc.constantFrom(
      'a.png',
      'a.pdf',
      '../../x.png',
      'a.png.exe',
      '.htaccess',
      'con.png',
      'a'.repeat(300) + '.png',
      'ñ 😀 ‮gnp.exe',
      '',
    ),
    hostileString.filter((s) => s.length < 300),
  ),
  type: fc.constantFrom(
    'image/png',
    'application/pdf',
    'text/html',
    'image/svg+xml',
    'application/octet-stream',
    '',
    'x/y',
  ),
})

/** Ids to put in a path: a real one mostly, else odd ones (encoded). */
export const pathId = (real: number | string | null): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: real === null ? 0 : 4, arbitrary: fc.constant(String(real)) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...ODD_IDS.filter((v) => typeof v !== 'object' || v === null))
        .map((v) => enc(String(v))),
    },
    { weight: 1, arbitrary: hostileString.filter((s) => s.length < 500).map(enc) },
  )

export { deepNest, MULTIPART, multipart, PNG_1PX }
