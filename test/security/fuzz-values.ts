/**
 * Hostile values for the fuzzer (test/security/fuzz.test.ts): strings (injections, unicode, NUL bytes,
 * up to ~100 KB), numbers (negative, huge, NaN-like), dates far out of range, invalid ids, deeply
 * nested objects and arrays, prototype-pollution keys. Everything is a fast-check arbitrary, so a
 * failing case replays from its seed.
 */
import fc from 'fast-check'

export const SQL_INJECTIONS = [
  "' OR '1'='1",
  "' OR 1=1 --",
  '" OR ""="',
  '1; DROP TABLE users; --',
  "'; DELETE FROM municipalities; --",
  "' UNION SELECT hash, salt FROM users --",
  "1' AND SLEEP(5) --",
  "'||pg_sleep(5)||'",
  '%',
  '_',
  '\\',
  "''",
  '`',
  '1 OR 1=1',
  "admin'--",
  '$1',
  '?',
]

export const NOSQL_INJECTIONS = [
  '{"$gt":""}',
  '{"$ne":null}',
  '$where',
  'this.password.match(/.*/)',
  '[$ne]=1',
  '{"$regex":".*"}',
  "'; return true; var a='",
]

export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty', 'toString']

export const ODD_STRINGS = [
  '',
  ' ',
  '\t\n\r',
  'a\u0000b',
  '\u0000',
  '\u202Eevil\u202C',
  'مرحبا بالعالم',
  'שלום',
  '👩‍👩‍👧‍👦🏳️‍🌈💥',
  '\uFEFF',
  '\uD800',
  '\uDFFF\uD800',
  'Ω≈ç√∫˜µ≤≥÷',
  'Ｔｈｅ　ｑｕｉｃｋ',
  '\u0085\u2028\u2029',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}',
  '${7*7}',
  '../../../../etc/passwd',
  'file:///etc/passwd',
  'null',
  'undefined',
  'true',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0',
  '1e309',
  '0x1F',
  '9999999999999999999999999999',
  '1.5',
  '[]',
  '{}',
  '[object Object]',
  '%00',
  '%',
  '%%',
  '%zz',
  'a'.repeat(256),
  '\\u0000',
  '😀'.repeat(300),
]

export const ODD_DATES = [
  '0000-00-00',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '+275760-09-13T00:00:00.000Z',
  '+275760-09-14T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '-000001-01-01T00:00:00Z',
  '2024-02-30',
  '2024-13-01',
  '2024-01-01T25:61:61Z',
  '1970-01-01',
  'yesterday',
  'not a date',
  '2024-01-01T00:00:00+99:99',
  '99999-01-01',
  '1e20',
  '-1',
  '',
]

export const ODD_NUMBERS = [
  -1,
  0,
  -0,
  1,
  0.5,
  -0.5,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 32,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  1e20,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  123456789.12345679,
]

/** Ids that exist nowhere or are not ids at all. */
export const ODD_IDS: unknown[] = [
  0,
  -1,
  2 ** 31 - 1,
  2 ** 31,
  2 ** 53,
  1e20,
  99999999,
  1.5,
  'abc',
  '',
  ' ',
  '1 OR 1=1',
  "1'; DROP TABLE pages; --",
  '507f1f77bcf86cd799439011',
  '00000000-0000-0000-0000-000000000000',
  '../1',
  '%00',
  '1e3',
  '0x10',
  '-1',
  'null',
  '__proto__',
  true,
  null,
  [],
  {},
  [1, 2],
  { equals: 1 },
]

const bigString = fc
  .tuple(fc.integer({ min: 1_000, max: 100_000 }), fc.constantFrom('A', 'é', '😀', '\u0000', "'", ' ', '<b>'))
  .map(([n, unit]) => unit.repeat(Math.max(1, Math.floor(n / unit.length))))

/** Strings: injections, unicode oddities, control characters, random text and (rarely) huge ones. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SQL_INJECTIONS, ...NOSQL_INJECTIONS, ...ODD_STRINGS, ...PROTO_KEYS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD_DATES) },
  { weight: 1, arbitrary: bigString },
)

/** Numbers: boundaries, huge, tiny, fractional, plus NaN/Infinity (which JSON turns into null). */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ODD_NUMBERS) },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY) },
)

export const hostileDate: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...ODD_DATES),
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
)

export const hostileId: fc.Arbitrary<unknown> = fc.constantFrom(...ODD_IDS)

/** An object with the given entries, keys such as `__proto__` kept as own properties. */
export const objectOf = (entries: [string, unknown][]): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const [k, v] of entries)
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true })
  return out
}

const hostileKey = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.constantFrom(...PROTO_KEYS, '$where', '$gt', '$ne', '', ' ', 'a.b', 'a[0]', 'id', 'tenant'),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
)

/** Objects nested 50 to 1,000 levels deep (arrays, objects, or both; raw bodies nest deeper). */
export const deepNest: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 50, max: 1_000 }), fc.constantFrom('array', 'object', 'mixed'))
  .map(([depth, kind]) => {
    let value: unknown = 'bottom'
    for (let i = 0; i < depth; i++)
      value = kind === 'array' || (kind === 'mixed' && i % 2) ? [value] : objectOf([['a', value]])
    return value
  })

/** Any hostile JSON-able value, recursively (small), plus deep nests and prototype keys. */
export const hostileAny: fc.Arbitrary<unknown> = fc.letrec<{ any: unknown }>((tie) => ({
  any: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: hostileString },
    { weight: 3, arbitrary: hostileNumber },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: hostileDate },
    { weight: 2, arbitrary: fc.array(tie('any'), { maxLength: 4 }) },
    {
      weight: 2,
      arbitrary: fc.array(fc.tuple(hostileKey, tie('any')), { maxLength: 4 }).map((e) => objectOf(e)),
    },
    { weight: 1, arbitrary: fc.constant(JSON.parse('{"__proto__":{"polluted":"yes","isAdmin":true}}')) },
    { weight: 1, arbitrary: fc.constant({ constructor: { prototype: { polluted: 'yes' } } }) },
  ),
})).any

/** Rarely: a deep nest or a large array (1,000–20,000 elements). */
export const heavyAny: fc.Arbitrary<unknown> = fc.oneof(
  deepNest,
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => Array.from({ length: n }, (_, i) => i)),
  fc.integer({ min: 1_000, max: 5_000 }).map((n) => objectOf(Array.from({ length: n }, (_, i) => [`k${i}`, i]))),
)

/** A hostile value of any kind, mixed with the given "plausible" arbitrary. */
export const mixed = (plausible: fc.Arbitrary<unknown>, hostile: fc.Arbitrary<unknown> = hostileAny) =>
  fc.oneof(
    { weight: 3, arbitrary: plausible },
    { weight: 2, arbitrary: hostile },
    { weight: 1, arbitrary: fc.constant(null) },
  )

/** Stable 32-bit hash of a string (per-target seeds derived from the run's seed). */
export const hash32 = (text: string): number => {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 16777619)
  }
  return h | 0
}

/** A short, printable summary of a value for failure reports (long strings and nests abbreviated). */
export const summarize = (value: unknown, max = 400): string => {
  let text: string
  try {
    text = JSON.stringify(value, (_k, v: unknown) =>
      typeof v === 'string' && v.length > 60 ? `${v.slice(0, 40)}…(${v.length} chars)` : v,
    )
  } catch {
    text = String(value)
  }
  if (text === undefined) text = String(value)
  return text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text
}

/**
 * The value with one of its leaves (a scalar, or an empty object or list, anywhere inside) replaced:
 * a plausible document with exactly one hostile field reaches further than one hostile everywhere.
 */
export const replaceLeaf = (value: unknown, index: number, replacement: unknown): unknown => {
  const copy = JSON.parse(JSON.stringify(value ?? null)) as unknown
  const leaves: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = []
  const walk = (node: unknown) => {
    if (Array.isArray(node))
      node.forEach((v, i) =>
        v && typeof v === 'object' && Object.keys(v).length ? walk(v) : leaves.push({ parent: node, key: i }),
      )
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node as Record<string, unknown>))
        if (v && typeof v === 'object' && Object.keys(v).length) walk(v)
        else leaves.push({ parent: node as Record<string, unknown>, key: k })
  }
  walk(copy)
  if (!leaves.length)
    return copy && typeof copy === 'object' && !Array.isArray(copy)
      ? objectOf([...Object.entries(copy), ['unexpected', replacement]])
      : replacement
  const { parent, key } = leaves[index % leaves.length]
  if (Array.isArray(parent)) parent[key as number] = replacement
  else Object.defineProperty(parent, key, { value: replacement, enumerable: true, writable: true, configurable: true })
  return copy
}

/** Plausible values, some hostile, or exactly one hostile leaf in a plausible value. */
export const withOneHostile = (calm: fc.Arbitrary<unknown>, wild: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 2, arbitrary: wild },
    {
      weight: 2,
      arbitrary: fc.tuple(calm, fc.nat(), hostileAny).map(([value, i, hostile]) => replaceLeaf(value, i, hostile)),
    },
    { weight: 1, arbitrary: calm },
  )
