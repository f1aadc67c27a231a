/**
 * Query input the database cannot use is the client's mistake, not a server error: without these
 * checks, `?limit=1e309`, `?where=abc`, `where[id][in]=abc` or `where[tenant][like]=x` reach SQLite or
 * PostgreSQL as NaN, Infinity or a wrong type and come back as 500 "unknown error".
 * - `queryParamGuard` (express, in front of REST): `limit`, `page` and `depth` are whole numbers,
 *   `where` and `data` given as JSON strings are JSON.
 * - `whereGuard` (a `beforeOperation` hook on every collection, so REST and GraphQL alike): identifiers,
 *   numbers and relationships are compared with numbers, list operators get lists of them, geometric
 *   operators apply to point fields only, selects are compared with their options, pages start at 1.
 * Both answer 400 with a message naming the parameter or field.
 * The hook also refuses a `sort` through a relationship onto a field the caller may not read
 * (`sort=assignee.hash`): Payload checks sort paths like `where` paths, but skips the ones it cannot
 * resolve — and the database still sorts by them, which orders documents by another account's
 * password hash.
 */
import type { RequestHandler } from 'express'
import type {
  CollectionBeforeOperationHook,
  FlattenedField,
  PayloadRequest,
  SanitizedCollectionConfig,
  SanitizedConfig,
  Where,
} from 'payload'
import { APIError } from 'payload'

import { languageFromHeader, message, tr, type MessageKey } from '../i18n/index'

const WHOLE = /^-?\d{1,9}$/
const NUMERIC = /^-?\d{1,15}(\.\d{1,15})?$/

/** Express: refuses REST query parameters Payload would turn into a database error. */
export const queryParamGuard: RequestHandler = (req, res, next) => {
  const at = req.originalUrl.indexOf('?')
  if (at < 0) return next()
  const params = new URLSearchParams(req.originalUrl.slice(at + 1))
  const seen = new Set<string>()
  let problem: { name: string; expected: MessageKey } | undefined
  for (const [key, value] of params) {
    const base = key.split('[')[0]
    if (['limit', 'page', 'depth'].includes(base)) {
      // `limit[a]=1` or `limit=1&limit=2` would reach Payload as an object or a list.
      // A page before the first makes a negative OFFSET, which PostgreSQL refuses.
      if (
        key !== base ||
        seen.has(base) ||
        (value !== '' && (!WHOLE.test(value) || (base === 'page' && Number(value) < 1)))
      )
        problem = { name: base, expected: base === 'page' ? 'expectPageNumber' : 'expectWholeNumber' }
      seen.add(base)
    } else if ((key === 'where' || key === 'data') && value !== '') {
      try {
        const parsed: unknown = JSON.parse(value)
        if (key === 'where' && (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)))
          problem = { name: key, expected: 'expectConditions' }
      } catch {
        problem = { name: key, expected: key === 'where' ? 'expectConditions' : 'expectJson' }
      }
    }
    if (problem) break
  }
  if (!problem) return next()
  const lang = languageFromHeader(req.headers['accept-language'])
  res.status(400).json({
    errors: [
      {
        message: message(lang, 'invalidQueryParameter', {
          name: problem.name,
          expected: message(lang, problem.expected),
        }),
      },
    ],
  })
}

type Resolved = {
  kind: 'id' | 'number' | 'relationship' | 'polymorphic' | 'point' | 'select' | 'other'
  numericIds: boolean
  options?: string[]
}

/** Every field a path goes through (following groups, arrays and single-collection relationships). */
const fieldsAlong = (
  config: SanitizedConfig,
  collection: SanitizedCollectionConfig,
  path: string,
): FlattenedField[] => {
  const out: FlattenedField[] = []
  let fields: FlattenedField[] = collection.flattenedFields
  for (const segment of path.split('.')) {
    const field = fields.find((f) => f.name === segment)
    if (!field) break
    out.push(field)
    if (field.type === 'group' || field.type === 'array' || field.type === 'tab') fields = field.flattenedFields
    else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string')
      fields = config.collections.find((c) => c.slug === field.relationTo)?.flattenedFields ?? []
    else break
  }
  return out
}

/** May the caller read this field (as Payload asks field access for a query path: without a document)? */
const mayRead = async (req: PayloadRequest, field: FlattenedField): Promise<boolean> => {
  if ('hidden' in field && field.hidden) return false
  const read = 'access' in field ? field.access?.read : undefined
  if (!read) return true
  try {
    return Boolean(await read({ req, doc: undefined, data: undefined, siblingData: undefined, id: undefined } as never))
  } catch {
    return false
  }
}

const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .filter((s): s is string => typeof s === 'string')
    .map((s) => s.trim().replace(/^-/, '').replace(/__/g, '.'))
    .filter((s) => s.includes('.'))

/** The field a query path ends on (following groups, arrays and single-collection relationships). */
const resolvePath = (config: SanitizedConfig, collection: SanitizedCollectionConfig, path: string): Resolved | null => {
  const numericIds = (config.db as { defaultIDType?: string } | undefined)?.defaultIDType === 'number'
  const segments = path.split('.')
  let fields: FlattenedField[] = collection.flattenedFields
  for (let i = 0; i < segments.length; i++) {
    const last = i === segments.length - 1
    const field = fields.find((f) => f.name === segments[i])
    if (!field) return segments[i] === 'id' && last ? { kind: 'id', numericIds } : null
    if (last) {
      if (field.type === 'number' && !field.hasMany) return { kind: 'number', numericIds }
      if (field.type === 'point') return { kind: 'point', numericIds }
      if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string')
        return { kind: 'relationship', numericIds }
      if (field.type === 'relationship' || field.type === 'upload') return { kind: 'polymorphic', numericIds }
      if (field.type === 'select' && !field.hasMany)
        return {
          kind: 'select',
          numericIds,
          options: field.options.map((o) => (typeof o === 'string' ? o : o.value)),
        }
      if (field.name === 'id') return { kind: 'id', numericIds: field.type === 'number' }
      return { kind: 'other', numericIds }
    }
    if (field.type === 'group' || field.type === 'array' || field.type === 'tab') {
      fields = field.flattenedFields
    } else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      const target = config.collections.find((c) => c.slug === field.relationTo)
      if (!target) return null
      fields = target.flattenedFields
    } else return null
  }
  return null
}

const LIST = ['in', 'not_in', 'all']
const COMPARE = ['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const GEO = ['near', 'within', 'intersects']
/** One value: Payload's own code passes dates as Date objects (the admin's document-lock check). */
const isScalar = (v: unknown) => v === null || v instanceof Date || ['string', 'number', 'boolean'].includes(typeof v)
const isNumeric = (v: unknown) =>
  v === null ||
  v === 'null' ||
  (typeof v === 'number' && Number.isFinite(v)) ||
  (typeof v === 'string' && NUMERIC.test(v.trim()))

/** The reason a condition cannot be run, or null. */
const conditionProblem = (resolved: Resolved | null, operator: string, value: unknown): MessageKey | null => {
  if (GEO.includes(operator)) {
    if (resolved && resolved.kind !== 'point') return 'operatorNotForField'
    if (operator === 'near' && resolved) {
      const parts = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [value]
      if (!parts.every((p) => isNumeric(typeof p === 'string' ? p.trim() : p))) return 'expectNumber'
    }
    return null
  }
  // A relationship to several collections is queried by {relationTo, value}, or on its .value or
  // .relationTo: Payload's SQL adapters throw ("Not supported": a 500) on anything else, exists included.
  if (resolved?.kind === 'polymorphic') {
    const items = LIST.includes(operator) && Array.isArray(value) ? value : [value]
    const pair = (v: unknown) =>
      typeof v === 'object' && v !== null && !Array.isArray(v) && 'relationTo' in v && 'value' in v
    return ['equals', 'not_equals', ...LIST].includes(operator) && items.every(pair) ? null : 'expectPolymorphic'
  }
  if (!resolved || operator === 'exists') return null
  if (resolved.kind === 'select') {
    // PostgreSQL stores a select as an enum: it refuses to compare it with anything else, or as text.
    if (['like', 'not_like', 'contains'].includes(operator)) return 'operatorNotForField'
    if (!LIST.includes(operator) && !COMPARE.includes(operator)) return null
    const items = LIST.includes(operator) && typeof value === 'string' ? value.split(',') : [value].flat()
    if (!items.every(isScalar)) return 'expectSingleValue'
    return items.every((v) => v === null || v === 'null' || resolved.options!.includes(String(v)))
      ? null
      : 'expectOption'
  }
  const numeric = resolved.kind === 'number' || (resolved.kind !== 'other' && resolved.numericIds)
  const expected: MessageKey = resolved.kind === 'number' ? 'expectNumber' : 'expectIdentifier'
  if (LIST.includes(operator)) {
    const items = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [value]
    if (!items.every(isScalar)) return 'expectSingleValue'
    return numeric && resolved.kind !== 'point' && !items.every(isNumeric) ? expected : null
  }
  if (resolved.kind === 'other' || resolved.kind === 'point') return null
  if (!isScalar(value)) return 'expectSingleValue'
  if (COMPARE.includes(operator)) return numeric && !isNumeric(value) ? expected : null
  // like, not_like, contains: text operators on an identifier or a relationship.
  return resolved.kind === 'relationship' ? 'operatorNotForField' : null
}

const checkWhere = (req: PayloadRequest, collection: SanitizedCollectionConfig, where: unknown, depth = 0): void => {
  if (!where || typeof where !== 'object' || depth > 20) return
  for (const [key, condition] of Object.entries(where as Where)) {
    // Payload reads `AND`/`Or` as `and`/`or` too.
    const andOr = key.toLowerCase() === 'and' || key.toLowerCase() === 'or'
    if (andOr && Array.isArray(condition)) {
      for (const part of condition) checkWhere(req, collection, part, depth + 1)
      continue
    }
    if (condition === undefined) continue
    // A path's conditions are an object of operators (`{"title":{"like":"x"}}`); `and`/`or` take a list.
    // The SQL adapters read any list as and/or (a TypeError on a path) and a null as operators (a
    // TypeError), and ignore a text or a number, so a filter would silently not apply: refuse them all.
    if (andOr || condition === null || typeof condition !== 'object' || Array.isArray(condition))
      throw new APIError(
        tr(req, 'invalidQueryParameter', { name: `where[${key}]`, expected: tr(req, 'expectConditions') }),
        400,
        undefined,
        true,
      )
    const resolved = resolvePath(req.payload.config, collection, key)
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      const problem = conditionProblem(resolved, operator, value)
      if (problem)
        throw new APIError(
          tr(req, 'invalidQueryValue', {
            path: key,
            operator,
            expected: tr(req, problem, { values: (resolved?.options ?? []).join(', ') }),
          }),
          400,
          undefined,
          true,
        )
    }
  }
}

/**
 * beforeOperation, every collection: what the caller sends (not trusted server code) — `where`
 * values, the page, and sort paths through relationships. (Document ids: src/hooks/inputGuard.ts.)
 */
export const whereGuard: CollectionBeforeOperationHook = async ({ args, collection, req }) => {
  const { where, sort, overrideAccess } = args as { where?: Where; sort?: unknown; overrideAccess?: boolean }
  if (overrideAccess) return args
  if (where) checkWhere(req, collection, where)
  const { page } = args as { page?: unknown }
  if (
    page !== undefined &&
    page !== null &&
    page !== '' &&
    !(typeof page === 'number' && Number.isInteger(page) && page >= 1)
  )
    throw new APIError(
      tr(req, 'invalidQueryParameter', { name: 'page', expected: tr(req, 'expectPageNumber') }),
      400,
      undefined,
      true,
    )
  for (const path of sortPaths(sort)) {
    for (const field of fieldsAlong(req.payload.config, collection, path)) {
      if (await mayRead(req, field)) continue
      throw new APIError(
        tr(req, 'invalidQueryValue', { path, operator: 'sort', expected: tr(req, 'operatorNotForField') }),
        400,
        undefined,
        true,
      )
    }
  }
  return args
}
