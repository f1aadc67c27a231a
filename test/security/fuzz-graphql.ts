/**
 * GraphQL side of the fuzzer: every mutation of the committed schema.graphql, its arguments generated
 * from their declared types with hostile variants (wrong types, null for required, omitted required
 * arguments, out-of-range numbers and enums, unknown fields), sent as variables or as inline literals.
 */
import fs from 'node:fs'
import path from 'node:path'

import fc from 'fast-check'
import {
  buildSchema,
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  isLeafType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql'

import { ROOT } from '../../src/plugins/sdk/testing/server'
import {
  heavyAny,
  hostileAny,
  hostileDate,
  hostileId,
  hostileNumber,
  hostileString,
  objectOf,
  ODD_NUMBERS,
  PROTO_KEYS,
  withOneHostile,
} from './fuzz-values'

export const loadSchema = (): GraphQLSchema => buildSchema(fs.readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'))

export type Mutation = GraphQLField<unknown, unknown>

export const mutations = (schema: GraphQLSchema): Mutation[] =>
  Object.values(schema.getMutationType()?.getFields() ?? {})

/** Values that reach past the first checks: real slugs, codes and ids, by argument or field name. */
export type Known = {
  /** by argument/field name (lower case): real values, e.g. municipality → slugs, tender → ids */
  byName: Map<string, string[]>
  /** every real id (numbers as strings too) */
  ids: (number | string)[]
  /** every real short string (slugs, codes, tracking codes) */
  strings: string[]
  /** plausible structured values by argument/field name (lower case), e.g. a service form's answers */
  shaped: Map<string, fc.Arbitrary<unknown>>
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/

/** An arbitrary for the value of one input type; `undefined` means "leave it out". */
export class InputValues {
  private cache = new Map<string, fc.Arbitrary<unknown>>()

  /** `calm`: plausible values only (real ids and slugs, short text, valid dates and enums). */
  constructor(
    private known: Known,
    private calm = false,
  ) {}

  private calmScalar(type: GraphQLScalarType, name: string): fc.Arbitrary<unknown> {
    const pool = this.pool(name)
    const knownId = this.known.ids.length ? fc.constantFrom(...this.known.ids) : fc.nat(50)
    const shaped = this.known.shaped.get(name.toLowerCase())
    switch (type.name) {
      case 'Int':
        return fc.oneof(
          knownId.map((v) => Number(v) || 1),
          fc.integer({ min: 0, max: 100 }),
        )
      case 'Float':
        return fc.double({ min: 0, max: 1e6, noNaN: true })
      case 'Boolean':
        return fc.boolean()
      case 'JSON':
      case 'JSONObject':
        return shaped ?? fc.jsonValue({ maxDepth: 2 })
      case 'DateTime':
        return fc
          .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString())
      case 'EmailAddress':
        return fc.emailAddress()
      default:
        // Dates travel as strings in Payload's inputs: a date for a field named like one.
        if (/(At|Date|date|Deadline|Expiration|Until)$|^(start|end|date)$/.test(name))
          return fc
            .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString())
        return fc.oneof(
          ...(pool ? [{ weight: 4, arbitrary: pool }] : []),
          { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) },
          {
            weight: 1,
            arbitrary: fc
              .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
              .map((d) => d.toISOString()),
          },
        )
    }
  }

  private pool(name: string): fc.Arbitrary<unknown> | null {
    const values = this.known.byName.get(name.toLowerCase())
    return values?.length ? fc.constantFrom(...values) : null
  }

  private scalar(type: GraphQLScalarType, name: string): fc.Arbitrary<unknown> {
    const shaped = this.known.shaped.get(name.toLowerCase())
    if (shaped && type.name.startsWith('JSON'))
      return fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 1, arbitrary: hostileAny })
    const pool = this.pool(name)
    const wrong = fc.oneof(hostileAny, fc.constantFrom(...PROTO_KEYS))
    const knownId = this.known.ids.length ? fc.constantFrom(...this.known.ids) : hostileId
    switch (type.name) {
      case 'Int':
        return fc.oneof(
          { weight: 3, arbitrary: knownId.map((v) => (typeof v === 'number' ? v : Number(v) || 0)) },
          { weight: 2, arbitrary: fc.integer() },
          { weight: 2, arbitrary: fc.constantFrom(...ODD_NUMBERS) },
          { weight: 1, arbitrary: wrong },
        )
      case 'Float':
        return fc.oneof({ weight: 4, arbitrary: hostileNumber }, { weight: 1, arbitrary: wrong })
      case 'Boolean':
        return fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: 1, arbitrary: wrong })
      case 'JSON':
      case 'JSONObject':
        return fc.oneof({ weight: 8, arbitrary: hostileAny }, { weight: 1, arbitrary: heavyAny })
      case 'DateTime':
        return fc.oneof({ weight: 4, arbitrary: hostileDate }, { weight: 1, arbitrary: wrong })
      case 'EmailAddress':
        return fc.oneof(
          { weight: 3, arbitrary: fc.emailAddress() },
          { weight: 2, arbitrary: hostileString },
          { weight: 1, arbitrary: wrong },
        )
      default: {
        // String, ID: the real values of that name first, then any known string, then hostile ones.
        const known = this.known.strings.length ? fc.constantFrom(...this.known.strings) : hostileString
        return fc.oneof(
          ...(pool ? [{ weight: 5, arbitrary: pool }] : []),
          { weight: 1, arbitrary: known },
          { weight: 4, arbitrary: hostileString },
          { weight: 1, arbitrary: knownId.map(String) },
          { weight: 1, arbitrary: wrong },
        )
      }
    }
  }

  /** The value of a named (unwrapped) type. */
  private named(type: GraphQLInputType, name: string, depth: number): fc.Arbitrary<unknown> {
    if (type instanceof GraphQLScalarType) return this.calm ? this.calmScalar(type, name) : this.scalar(type, name)
    if (type instanceof GraphQLEnumType) {
      const values = type.getValues().map((v) => v.name)
      if (this.calm) return fc.constantFrom(...values)
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...values) },
        { weight: 1, arbitrary: hostileString },
        { weight: 1, arbitrary: fc.constantFrom('UNKNOWN_VALUE', 'null', '', 'true', '__proto__') },
        { weight: 1, arbitrary: hostileNumber },
      )
    }
    if (type instanceof GraphQLInputObjectType) {
      const key = `${type.name}@${depth}`
      const cached = this.cache.get(key)
      if (cached) return cached
      const fields = Object.values(type.getFields())
      if (this.calm) {
        const calm =
          depth > 4
            ? fc.constant({})
            : fc
                .tuple(...fields.map((f) => this.value(f.type, f.name, depth + 1)))
                .map((values) =>
                  objectOf(
                    fields.map((f, i) => [f.name, values[i]] as [string, unknown]).filter(([, v]) => v !== undefined),
                  ),
                )
        this.cache.set(key, calm)
        return calm
      }
      const arb =
        depth > 4
          ? fc.constant({})
          : fc
              .tuple(
                fc.tuple(...fields.map((f) => this.value(f.type, f.name, depth + 1))),
                fc.array(fc.tuple(fc.constantFrom(...PROTO_KEYS, 'unknownField', 'id', 'tenant'), hostileAny), {
                  maxLength: 2,
                }),
              )
              .map(([values, extra]) =>
                objectOf([
                  ...fields.map((f, i) => [f.name, values[i]] as [string, unknown]).filter(([, v]) => v !== undefined),
                  ...extra,
                ]),
              )
      const withHostile = fc.oneof({ weight: 6, arbitrary: arb }, { weight: 1, arbitrary: hostileAny })
      this.cache.set(key, withHostile)
      return withHostile
    }
    return hostileAny
  }

  /** A value for a (possibly wrapped) input type. */
  value(type: GraphQLInputType, name: string, depth = 0): fc.Arbitrary<unknown> {
    if (this.calm) {
      if (type instanceof GraphQLNonNull)
        return this.value(type.ofType, name, depth).filter((v) => v !== undefined && v !== null)
      const inner =
        type instanceof GraphQLList
          ? fc.array(
              this.value(type.ofType, name, depth + 1).filter((v) => v !== undefined),
              { maxLength: 3 },
            )
          : this.named(type, name, depth)
      return fc.oneof(inner, fc.constant(undefined))
    }
    if (type instanceof GraphQLNonNull) {
      return fc.oneof(
        { weight: 12, arbitrary: this.value(type.ofType, name, depth).filter((v) => v !== undefined && v !== null) },
        { weight: 1, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      )
    }
    const inner =
      type instanceof GraphQLList
        ? fc.oneof(
            { weight: 6, arbitrary: fc.array(this.value(type.ofType, name, depth + 1), { maxLength: 4 }) },
            { weight: 1, arbitrary: this.value(type.ofType, name, depth + 1) },
            { weight: 1, arbitrary: hostileAny },
          )
        : this.named(type, name, depth)
    return fc.oneof(
      { weight: 8, arbitrary: inner },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 2, arbitrary: fc.constant(undefined) },
    )
  }
}

/** The scalar fields of the return type, so that reading the answer back is exercised too. */
export const selectionFor = (type: GraphQLOutputType): string => {
  const named = getNamedType(type)
  if (!(named instanceof GraphQLObjectType)) return ''
  const leaves = Object.values(named.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some((a) => a.type instanceof GraphQLNonNull))
    .map((f) => f.name)
    .slice(0, 20)
  return ` { __typename ${leaves.join(' ')} }`
}

const unwrapEnum = (type: GraphQLInputType | undefined): GraphQLEnumType | null => {
  const named = type ? getNamedType(type) : undefined
  return named instanceof GraphQLEnumType ? named : null
}

const fieldType = (type: GraphQLInputType | undefined, key: string): GraphQLInputType | undefined => {
  const named = type ? getNamedType(type) : undefined
  return named instanceof GraphQLInputObjectType ? named.getFields()[key]?.type : undefined
}

const listItem = (type: GraphQLInputType | undefined): GraphQLInputType | undefined => {
  const t = type instanceof GraphQLNonNull ? type.ofType : type
  return t instanceof GraphQLList ? t.ofType : t
}

/** A GraphQL literal for a value (enums bare when the type says so; odd keys quoted, which is a syntax error). */
export const literal = (value: unknown, type?: GraphQLInputType): string => {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'string') return unwrapEnum(type) && NAME.test(value) ? value : JSON.stringify(value)
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : String(value)
  if (typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, listItem(type))).join(', ')}]`
  if (typeof value === 'object')
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${NAME.test(k) ? k : JSON.stringify(k)}: ${literal(v, fieldType(type, k))}`)
      .join(', ')}}`
  return JSON.stringify(String(value))
}

export type GraphqlCase = {
  mode: 'variables' | 'inline' | 'mistyped' | 'unknown-argument'
  args: Record<string, unknown>
}

/** The operation (query text and variables) for one case of a mutation. */
export const operation = (
  mutation: Mutation,
  c: GraphqlCase,
): { query: string; variables: Record<string, unknown> } => {
  const given = mutation.args.filter((a) => c.args[a.name] !== undefined)
  const selection = selectionFor(mutation.type)
  if (c.mode === 'inline' || c.mode === 'unknown-argument') {
    const parts = given.map((a) => `${a.name}: ${literal(c.args[a.name], a.type)}`)
    if (c.mode === 'unknown-argument') parts.push(`notAnArgument: ${literal(c.args[given[0]?.name] ?? 'x')}`)
    const args = parts.length ? `(${parts.join(', ')})` : ''
    return { query: `mutation { ${mutation.name}${args}${selection} }`, variables: {} }
  }
  const declared = given.map((a) => `$${a.name}: ${c.mode === 'mistyped' ? 'JSON' : String(a.type)}`)
  const vars = declared.length ? `(${declared.join(', ')})` : ''
  const args = given.length ? `(${given.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''
  return {
    query: `mutation Fuzz${vars} { ${mutation.name}${args}${selection} }`,
    variables: Object.fromEntries(given.map((a) => [a.name, c.args[a.name]])),
  }
}

/**
 * The arguments' arbitrary for one mutation; `ids` overrides the values of an `id` argument
 * (a real document for update/duplicate, never a real one for delete).
 */
export const argsArbitrary = (
  mutation: Mutation,
  values: { wild: InputValues; calm: InputValues },
  ids: fc.Arbitrary<unknown> | null,
): fc.Arbitrary<GraphqlCase> => {
  const args = (v: InputValues, calm: boolean) =>
    fc
      .tuple(
        ...mutation.args.map((a) =>
          a.name === 'id' && ids
            ? calm
              ? ids
              : fc.oneof(
                  { weight: 10, arbitrary: ids },
                  { weight: 1, arbitrary: fc.constant(null) },
                  { weight: 1, arbitrary: fc.constant(undefined) },
                )
            : v.value(a.type, a.name),
        ),
      )
      .map((vals) => Object.fromEntries(mutation.args.map((a, i) => [a.name, vals[i]])))
  return fc.record({
    mode: fc.constantFrom<GraphqlCase['mode']>(
      'variables',
      'variables',
      'variables',
      'inline',
      'inline',
      'mistyped',
      'unknown-argument',
    ),
    args: withOneHostile(args(values.calm, true), args(values.wild, false)) as fc.Arbitrary<Record<string, unknown>>,
  })
}

/**
 * Which collection a create/update/delete/duplicate/restoreVersion mutation belongs to: the `create…`
 * mutation whose data input shares the most field names with the collection names its suffix.
 */
export const mutationCollections = (
  schema: GraphQLSchema,
  collections: { slug: string; fields: { name: string }[] }[],
): Map<string, string> => {
  const creates = mutations(schema).filter((m) => m.name.startsWith('create') && m.args.some((a) => a.name === 'data'))
  const bySuffix = new Map<string, string>()
  for (const c of collections) {
    const names = new Set(c.fields.map((f) => f.name))
    let best: { suffix: string; score: number } | null = null
    for (const m of creates) {
      const data = getNamedType(m.args.find((a) => a.name === 'data')!.type) as GraphQLInputObjectType
      const keys = Object.keys(data.getFields())
      const shared = keys.filter((k) => names.has(k)).length
      const score = shared / new Set([...keys, ...names]).size
      if (!best || score > best.score) best = { suffix: m.name.slice('create'.length), score }
    }
    if (best && best.score > 0.5) bySuffix.set(best.suffix, c.slug)
  }
  const out = new Map<string, string>()
  for (const m of mutations(schema)) {
    const match = /^(create|update|delete|duplicate|restoreVersion)(.+)$/.exec(m.name)
    if (match && bySuffix.has(match[2])) out.set(m.name, bySuffix.get(match[2])!)
  }
  return out
}

/** The data input type of a collection's create mutation (for REST bodies shaped like the collection). */
export const dataInputOf = (
  schema: GraphQLSchema,
  collectionOf: Map<string, string>,
  slug: string,
): GraphQLInputObjectType | null => {
  for (const [name, s] of collectionOf) {
    if (s !== slug || !name.startsWith('create')) continue
    const mutations = schema.getMutationType()?.getFields() ?? {}
    const data = mutations[name]?.args.find((a) => a.name === 'data')
    if (data) return getNamedType(data.type) as GraphQLInputObjectType
  }
  return null
}
