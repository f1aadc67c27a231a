/**
 * GraphQL names and shapes for the isolation matrix, read from the committed `schema.graphql`: which
 * queries and mutations Payload generated for a collection, a selection set covering every field a
 * document type exposes, and the coercion of a REST document into a mutation's input type.
 */
import fs from 'node:fs'
import path from 'node:path'

import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql'

import { ROOT } from '../../src/plugins/sdk/testing/server'

export type GqlNames = {
  /** e.g. `Page`, `Media` */
  singular: string
  /** the list query, e.g. `Pages`, `allMedia` */
  list: string
  byId: string
  count: string | null
  versions: string | null
  version: string | null
  create: string | null
  update: string | null
  delete: string | null
  duplicate: string | null
  restoreVersion: string | null
  /** GraphQL type of the `id` argument, e.g. `Int!` */
  idType: string
  versionIdType: string | null
  whereType: string
  versionsWhereType: string | null
  docType: GraphQLObjectType
  versionType: GraphQLObjectType | null
}

let schemaCache: GraphQLSchema | undefined
export const committedSchema = (): GraphQLSchema =>
  (schemaCache ??= buildSchema(fs.readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8')))

/** Payload's type-name formatting of a slug (`service-requests` → `service_requests`). */
const formatSlug = (slug: string) => slug.replace(/[^_a-zA-Z0-9]/g, '_')

const argType = (field: GraphQLField<unknown, unknown> | undefined, name: string): string | null => {
  const arg = field?.args.find((a) => a.name === name)
  return arg ? arg.type.toString() : null
}

/**
 * The operations Payload generated for a collection: found through `docAccess<Singular>`, whose type is
 * named after the slug, then by Payload's naming rules. Null when the collection is not in GraphQL.
 */
export const gqlNames = (slug: string): GqlNames | null => {
  const schema = committedSchema()
  const query = schema.getQueryType()!.getFields()
  const mutation = schema.getMutationType()!.getFields()
  const docAccess = Object.values(query).find(
    (f) => f.name.startsWith('docAccess') && getNamedType(f.type).name === `${formatSlug(slug)}DocAccess`,
  )
  if (!docAccess) return null
  const singular = docAccess.name.slice('docAccess'.length)
  const byIdField = query[singular]
  if (!byIdField) return null
  const whereType = `${singular}_where`
  const listField = Object.values(query).find(
    (f) => !f.name.startsWith('count') && f.args.some((a) => a.name === 'where' && a.type.toString() === whereType),
  )
  if (!listField) return null
  const list = listField.name
  const has = (fields: Record<string, unknown>, name: string) => (name in fields ? name : null)
  const versions = has(query, `versions${list}`)
  const version = has(query, `version${singular}`)
  const versionType = version ? (getNamedType(query[version].type) as GraphQLObjectType) : null
  return {
    singular,
    list,
    byId: singular,
    count: has(query, `count${list}`),
    versions,
    version,
    create: has(mutation, `create${singular}`),
    update: has(mutation, `update${singular}`),
    delete: has(mutation, `delete${singular}`),
    duplicate: has(mutation, `duplicate${singular}`),
    restoreVersion: has(mutation, `restoreVersion${singular}`),
    idType: argType(byIdField, 'id')!,
    versionIdType: version ? argType(query[version], 'id')!.replace(/!?$/, '!') : null,
    whereType,
    versionsWhereType: versions ? argType(query[versions], 'where') : null,
    docType: getNamedType(byIdField.type) as GraphQLObjectType,
    versionType,
  }
}

/** Types that are a collection's document (a relationship to them selects only `id`). */
const documentTypes = (): Set<string> => {
  const query = committedSchema().getQueryType()!.getFields()
  return new Set(
    Object.values(query)
      .filter((f) => f.name.startsWith('docAccess'))
      .map((f) => f.name.slice('docAccess'.length))
      .filter((name) => name in query)
      .map((name) => getNamedType(query[name].type).name),
  )
}

/**
 * A selection set with every field of `type` that takes no required argument: leaves by name,
 * documents of other collections as `{ id }`, unions as `{ __typename }`, nested objects up to `maxDepth`.
 */
export const selectionFor = (type: GraphQLObjectType, maxDepth = 4): string => {
  const docs = documentTypes()
  const walk = (t: GraphQLObjectType, depth: number): string => {
    const parts: string[] = []
    for (const field of Object.values(t.getFields())) {
      if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue
      const named = getNamedType(field.type)
      if (isLeafType(named)) parts.push(field.name)
      else if (isUnionType(named)) parts.push(`${field.name} { __typename }`)
      else if (isObjectType(named)) {
        if (docs.has(named.name)) {
          if ('id' in named.getFields()) parts.push(`${field.name} { id }`)
        } else if (depth < maxDepth) {
          const inner = walk(named, depth + 1)
          if (inner) parts.push(`${field.name} { ${inner} }`)
        }
      }
    }
    return parts.join(' ')
  }
  return walk(type, 1)
}

/** Payload's enum value names: the value with anything but letters, digits and `_` as `_`. */
const enumName = (value: string) => value.replace(/[^_a-zA-Z0-9]/g, '_').replace(/^(\d)/, '_$1')

/**
 * A REST document coerced into a GraphQL input type: fields the type does not have are dropped, enum
 * values renamed, relationships given as ids; returns undefined when a value cannot be expressed.
 */
export const coerceInput = (value: unknown, type: GraphQLInputType): unknown => {
  if (value === null || value === undefined) return undefined
  const inner = isNonNullType(type) ? type.ofType : type
  if (isListType(inner)) {
    const items = (Array.isArray(value) ? value : [value])
      .map((v) => coerceInput(v, inner.ofType))
      .filter((v) => v !== undefined)
    return items
  }
  if (isEnumType(inner)) {
    const values = inner.getValues().map((v) => v.name)
    const name = typeof value === 'string' ? enumName(value) : undefined
    return name && values.includes(name) ? name : undefined
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== 'object' || Array.isArray(value)) return undefined
    const out: Record<string, unknown> = {}
    for (const [key, field] of Object.entries(inner.getFields())) {
      const v = coerceInput((value as Record<string, unknown>)[key], field.type)
      if (v !== undefined) out[key] = v
    }
    return out
  }
  // Scalars
  const relationId = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v)
  switch (inner.name) {
    case 'Int': {
      const n = Number(relationId(value))
      return Number.isInteger(n) ? n : undefined
    }
    case 'Float': {
      const n = Number(value)
      return Number.isFinite(n) ? n : undefined
    }
    case 'Boolean':
      return typeof value === 'boolean' ? value : undefined
    case 'String':
    case 'EmailAddress':
    case 'DateTime': {
      const v = relationId(value)
      return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined
    }
    default:
      return value
  }
}

/** A placeholder for a required input the document did not give (the request must be valid GraphQL). */
const placeholder = (type: GraphQLInputType): unknown => {
  const inner = isNonNullType(type) ? type.ofType : type
  if (isListType(inner)) return []
  if (isEnumType(inner)) return inner.getValues()[0]?.name
  if (isInputObjectType(inner)) return fillRequired({}, inner)
  switch (inner.name) {
    case 'Int':
    case 'Float':
      return 1
    case 'Boolean':
      return false
    case 'JSON':
    case 'JSONObject':
      return {}
    case 'DateTime':
      return new Date().toISOString()
    case 'EmailAddress':
      return 'sonda@aislamiento.test'
    default:
      return 'isolation-probe'
  }
}

/** `value` with every required field of `type` it lacks filled with a placeholder. */
export const fillRequired = (value: Record<string, unknown>, type: GraphQLInputType): Record<string, unknown> => {
  const inner = isNonNullType(type) ? type.ofType : type
  if (!isInputObjectType(inner)) return value
  const out = { ...value }
  for (const [key, field] of Object.entries(inner.getFields()))
    if (out[key] === undefined && isNonNullType(field.type) && field.defaultValue === undefined)
      out[key] = placeholder(field.type)
  return out
}

/** The type of a mutation argument (e.g. `data` of `createPage`). */
export const mutationArgType = (mutation: string, arg: string): GraphQLInputType | null => {
  const field = committedSchema().getMutationType()!.getFields()[mutation]
  return field?.args.find((a) => a.name === arg)?.type ?? null
}

export const mutationArgTypeName = (mutation: string, arg: string): string | null =>
  mutationArgType(mutation, arg)?.toString() ?? null

/** Names of the String fields of an input type (for an update that changes something visible). */
export const stringInputFields = (type: GraphQLInputType | null): string[] => {
  const inner = type && isNonNullType(type) ? type.ofType : type
  if (!inner || !isInputObjectType(inner)) return []
  return Object.values(inner.getFields())
    .filter((f) => {
      const t = isNonNullType(f.type) ? f.type.ofType : f.type
      return !isListType(t) && getNamedType(t).name === 'String'
    })
    .map((f) => f.name)
}
