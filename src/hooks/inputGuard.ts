/**
 * Malformed input is the client's mistake, not a server error. Payload 3.90 trusts the shape of what it
 * is given: an id like `abc` reaches the database as NaN, `{ "tenant": { "equals": 1 } }` or
 * `"phases": "x"` make its field hooks throw TypeErrors, `"createdAt": [1]` fails in the database —
 * all answered 500 "unknown error", sometimes after other hooks already ran. This checks, before any
 * hook (a `beforeOperation` hook on every collection, Payload's own included; REST, GraphQL and the
 * local API alike):
 * - the document id of findByID/update/delete/restore/duplicate has the collection's id type
 *   (else 404, as for any id that names no document);
 * - the data is an object, and each field's value has the field's shape: groups are objects, arrays
 *   and blocks lists of rows (blocks of a known type), relationships ids (or `{ relationTo, value }`),
 *   dates real dates, points two numbers, rich text a `root` node; for data a caller sends (not
 *   trusted server code), texts are text, checkboxes true or false, and Payload's own account fields
 *   (sessions, hash, reset tokens, lock counters) absent, and the related documents exist.
 * Every problem is reported at once, per field, as a ValidationError (400). `where` conditions the SQL
 * adapters cannot run are refused too (beside src/lib/queryGuard.ts, which checks ids and numbers), and
 * so is a `select` that leaves fields out of a collection with blocks (Payload's adapters throw on it).
 * `clientErrors` (afterError) turns the errors Payload raises on some client input into 4xx answers, and
 * Payload's `verifyEmail…` mutations refuse a missing token.
 */
import type {
  AfterErrorHook,
  Block,
  CollectionBeforeOperationHook,
  Field,
  GlobalBeforeOperationHook,
  PayloadRequest,
  SanitizedCollectionConfig,
  SanitizedConfig,
  SanitizedGlobalConfig,
} from 'payload'
import { APIError, NotFound, ValidationError } from 'payload'

import { tr, type MessageKey } from '../i18n/index'
import { dropAdminEchoes, isAdminSave } from './adminSave'

type Problem = { path: string; message: string }
type Relation = { path: string; collection: string; id: number | string }
type Ctx = {
  req: PayloadRequest
  config: SanitizedConfig
  trusted: boolean
  problems: Problem[]
  relations: Relation[]
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

const NUMERIC_ID = /^\d{1,10}$/

/** Does the collection store numeric ids (the adapter's default, unless it declares a text `id` field)? */
const numericIds = (config: SanitizedConfig, slug: string): boolean => {
  const collection = config.collections.find((c) => c.slug === slug)
  const idField = collection?.flattenedFields.find((f) => f.name === 'id')
  if (idField) return idField.type === 'number'
  return (config.db as { defaultIDType?: string } | undefined)?.defaultIDType !== 'text'
}

/** Numeric ids are 32-bit (PostgreSQL's `serial`): larger ones name nothing, and overflow the column. */
const MAX_ID = 2 ** 31 - 1

const idFits = (config: SanitizedConfig, slug: string, id: unknown): boolean => {
  if (numericIds(config, slug))
    return (
      (typeof id === 'number' && Number.isSafeInteger(id) && Math.abs(id) <= MAX_ID) ||
      (typeof id === 'string' && NUMERIC_ID.test(id.trim()) && Number(id) <= MAX_ID)
    )
  return (
    (typeof id === 'string' && id.length > 0 && id.length <= 1000) || (typeof id === 'number' && Number.isFinite(id))
  )
}

const EMPTY_RELATION = new Set<unknown>([null, '', 'none', 'null'])

/** Does the value name a document of the right collection (and if so, note it for the existence check)? */
const relationFits = (ctx: Ctx, path: string, relationTo: string | string[], value: unknown): boolean => {
  let collection: string
  let id: unknown
  if (Array.isArray(relationTo)) {
    if (!isObject(value) || typeof value.relationTo !== 'string' || !relationTo.includes(value.relationTo)) return false
    collection = value.relationTo
    id = isObject(value.value) ? value.value.id : value.value
  } else {
    collection = relationTo
    id = isObject(value) ? value.id : value
  }
  if (!idFits(ctx.config, collection, id)) return false
  ctx.relations.push({ path, collection, id: numericIds(ctx.config, collection) ? Number(id) : (id as string) })
  return true
}

/**
 * Payload does not check that related documents exist before writing (drafts are not validated at
 * all), so a relationship to a document that does not exist reaches the database, which refuses it —
 * on SQLite after part of the document was written. Checked here first, for what callers send.
 */
const checkRelationsExist = async (ctx: Ctx) => {
  const byCollection = new Map<string, Relation[]>()
  for (const r of ctx.relations) byCollection.set(r.collection, [...(byCollection.get(r.collection) ?? []), r])
  for (const [collection, relations] of byCollection) {
    const ids = [...new Set(relations.map((r) => r.id))]
    const { docs } = await ctx.req.payload.find({
      collection: collection as never,
      where: { id: { in: ids } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      draft: true,
      select: {} as never,
      // In the write's own transaction: a read outside it takes a second pooled connection, and ten
      // writes at once (DATABASE_POOL_MAX) then each held one and waited for another, forever.
      req: ctx.req,
    })
    const found = new Set((docs as { id: number | string }[]).map((d) => String(d.id)))
    for (const r of relations)
      if (!found.has(String(r.id)))
        ctx.problems.push({
          path: r.path,
          message: tr(ctx.req, 'fieldRelatedNotFound', { collection, id: String(r.id) }),
        })
  }
}

/** Payload's own fields of accounts, which only Payload writes (a client that sends them is refused). */
const AUTH_MANAGED = [
  'sessions',
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'resetPasswordRequestedAt',
  '_verificationToken',
  'loginAttempts',
  'lockUntil',
]

/**
 * ISO 8601 (a date, or a date and time with an optional zone), a real day, years 1 to 9999: what both
 * databases store. (`new Date` alone takes `477` or `2024-02-30`, which PostgreSQL refuses.)
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/

const validDate = (value: unknown): boolean => {
  if (value instanceof Date) return !Number.isNaN(value.getTime())
  if (typeof value !== 'string') return false
  const match = ISO_DATE.exec(value.trim())
  if (!match || Number.isNaN(new Date(value).getTime())) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const calendar = new Date(Date.UTC(year, month - 1, day))
  return year >= 1 && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day
}

const numeric = (v: unknown) =>
  (typeof v === 'number' && Number.isFinite(v)) ||
  (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)))

const blocksOf = (config: SanitizedConfig, field: Field): Block[] => {
  const own = ('blocks' in field && Array.isArray(field.blocks) ? field.blocks : []) as Block[]
  const refs = ('blockReferences' in field && Array.isArray(field.blockReferences) ? field.blockReferences : []) as (
    string | Block
  )[]
  const shared = (config.blocks ?? []) as Block[]
  return [
    ...own,
    ...refs
      .map((r) => (typeof r === 'string' ? shared.find((b) => b.slug === r) : r))
      .filter((b): b is Block => Boolean(b)),
  ]
}

const checkFields = (ctx: Ctx, fields: Field[], data: Record<string, unknown>, path: string): void => {
  const fail = (at: string, key: MessageKey, vars?: Record<string, string | number>) =>
    ctx.problems.push({ path: at, message: tr(ctx.req, key, vars) })
  for (const field of fields) {
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) {
      checkFields(ctx, field.fields, data, path)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const value = data[tab.name]
          const at = path ? `${path}.${tab.name}` : tab.name
          if (isObject(value)) checkFields(ctx, tab.fields, value, at)
          else if (value !== undefined && value !== null) fail(at, 'fieldExpectsGroup')
        } else checkFields(ctx, tab.fields, data, path)
      }
      continue
    }
    if (!('name' in field) || !field.name) continue
    const value = data[field.name]
    if (value === undefined) continue
    const at = path ? `${path}.${field.name}` : field.name
    // With ?locale=all a localized field holds one value per locale: left to Payload.
    if ('localized' in field && field.localized && ctx.req.locale === 'all') continue
    switch (field.type) {
      case 'group':
        if (isObject(value)) checkFields(ctx, field.fields, value, at)
        else if (value !== null) fail(at, 'fieldExpectsGroup')
        break
      case 'array':
        // `null` clears the list; Payload's database layer reads a null list as an object and fails.
        // `0` is how Payload's admin form sends a list with no rows (Payload reads it as an empty list).
        if (value === null || value === 0 || value === '0') data[field.name] = []
        else if (Array.isArray(value))
          value.forEach((row, i) => {
            if (isObject(row)) checkFields(ctx, field.fields, row, `${at}.${i}`)
            else fail(`${at}.${i}`, 'fieldExpectsRow')
          })
        else fail(at, 'fieldExpectsList')
        break
      case 'blocks': {
        if (value === 0 || value === '0') {
          data[field.name] = []
          break
        }
        if (!Array.isArray(value)) {
          if (value !== null) fail(at, 'fieldExpectsList')
          break
        }
        const blocks = blocksOf(ctx.config, field)
        value.forEach((row, i) => {
          const block = isObject(row) ? blocks.find((b) => b.slug === row.blockType) : undefined
          if (!isObject(row)) fail(`${at}.${i}`, 'fieldExpectsRow')
          else if (!block)
            fail(`${at}.${i}`, 'fieldUnknownBlock', {
              value: String(row.blockType ?? ''),
              allowed: blocks.map((b) => b.slug).join(', '),
            })
          else checkFields(ctx, block.fields, row, `${at}.${i}`)
        })
        break
      }
      case 'relationship':
      case 'upload': {
        if (EMPTY_RELATION.has(value)) break
        const ok =
          'hasMany' in field && field.hasMany && Array.isArray(value)
            ? value.every((v, i) => relationFits(ctx, `${at}.${i}`, field.relationTo, v))
            : relationFits(ctx, at, field.relationTo, value)
        if (!ok)
          fail(at, 'fieldExpectsRelation', {
            collection: Array.isArray(field.relationTo) ? field.relationTo.join(', ') : field.relationTo,
          })
        break
      }
      case 'date':
        // An empty date clears it; the timestamps cannot be cleared (a stored '' breaks every later read).
        if (value === '' && !['createdAt', 'updatedAt'].includes(field.name)) data[field.name] = null
        else if (value !== null && !validDate(value)) fail(at, 'fieldExpectsDate')
        else if (value === null && ['createdAt', 'updatedAt'].includes(field.name) && !path)
          fail(at, 'fieldExpectsDate')
        break
      case 'point':
        if (value !== null && !(Array.isArray(value) && value.length === 2 && value.every(numeric)))
          fail(at, 'fieldExpectsPoint')
        break
      case 'richText':
        if (
          value !== null &&
          typeof value !== 'string' &&
          !(isObject(value) && isObject(value.root) && Array.isArray(value.root.children))
        )
          fail(at, 'fieldExpectsRichText')
        break
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
      case 'select':
      case 'radio': {
        if (ctx.trusted || value === null) break
        const text = (v: unknown) => typeof v === 'string'
        const many = 'hasMany' in field && field.hasMany
        if (many ? !(Array.isArray(value) ? value.every(text) : text(value)) : !text(value)) {
          fail(at, 'fieldExpectsText')
          break
        }
        // Drafts skip Payload's validation, so a value outside the options (`"_status": "x"` included)
        // would be stored as is in SQLite and refused by PostgreSQL's enum (a 500 in a bulk update).
        if (field.type !== 'select' && field.type !== 'radio') break
        const allowed = field.options.map((o) => (typeof o === 'string' ? o : o.value))
        const wrong = (Array.isArray(value) ? value : [value]).find(
          (v) => !allowed.includes(v as string) && !(field.type === 'radio' && v === ''),
        )
        if (wrong !== undefined)
          fail(at, 'fieldExpectsOption', {
            value: String(wrong).length > 40 ? `${String(wrong).slice(0, 40)}…` : String(wrong),
            allowed: allowed.join(', '),
          })
        break
      }
      case 'checkbox':
        if (!ctx.trusted && value !== null && typeof value !== 'boolean') fail(at, 'fieldExpectsBoolean')
        break
      default:
        break
    }
  }
}

type Args = {
  id?: unknown
  duplicateFromID?: unknown
  data?: unknown
  overrideAccess?: boolean
  req?: PayloadRequest
}

const DATE_OPERATORS = ['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']

/** The field a `where` path names, through groups, tabs and arrays (not across relationships). */
const fieldAt = (collection: SanitizedCollectionConfig, path: string) => {
  let fields = collection.flattenedFields as { name: string; type: string; flattenedFields?: unknown }[]
  let found: (typeof fields)[number] | undefined
  for (const segment of path.split('.')) {
    found = fields.find((f) => f.name === segment)
    if (!found) return undefined
    fields = (found.flattenedFields ?? []) as typeof fields
  }
  return found
}

const TEXT_OPERATORS = ['like', 'not_like', 'contains']
const SINGLE_VALUE = [...DATE_OPERATORS, ...TEXT_OPERATORS]
/** Fields stored as text: the only ones PostgreSQL compares with (I)LIKE. */
const TEXT_FIELDS = ['text', 'textarea', 'email', 'code', 'select', 'radio']
/** One value: Payload's own code passes dates as Date objects (the admin's document-lock check). */
const isScalar = (v: unknown) => v === null || v instanceof Date || ['string', 'number', 'boolean'].includes(typeof v)

/**
 * `where` conditions the SQL adapters cannot run: `all` (MongoDB only: a TypeError elsewhere), a list
 * where one value is compared (SQLite: "row value misused"), text operators on fields that are not text
 * (PostgreSQL has no ILIKE for dates, numbers, booleans or JSON), and date comparisons with no date (the
 * value reaches the database as undefined or NaN).
 */
const checkWhereShapes = (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  where: unknown,
  depth = 0,
): void => {
  if (!isObject(where) || depth > 20) return
  const operators = (req.payload.db as { operators?: Record<string, unknown> }).operators
  const refuse = (path: string, operator: string, expected: MessageKey) => {
    throw new APIError(
      tr(req, 'invalidQueryValue', { path, operator, expected: tr(req, expected) }),
      400,
      undefined,
      true,
    )
  }
  for (const [key, condition] of Object.entries(where)) {
    if (['and', 'or'].includes(key.toLowerCase()) && Array.isArray(condition)) {
      for (const part of condition) checkWhereShapes(req, collection, part, depth + 1)
      continue
    }
    if (!isObject(condition)) continue
    const field = (fieldAt(collection, key) ??
      (key === 'id' && numericIds(req.payload.config, collection.slug) ? { type: 'number' } : undefined)) as
      { type?: string; hasMany?: boolean } | undefined
    for (const [operator, value] of Object.entries(condition)) {
      if (operator === 'all' && operators && !operators.all) refuse(key, operator, 'operatorNotForField')
      const listAllowed = operator === 'contains' && field?.hasMany
      if (SINGLE_VALUE.includes(operator) && !isScalar(value) && !listAllowed)
        refuse(key, operator, 'expectSingleValue')
      if (TEXT_OPERATORS.includes(operator) && field?.type && !TEXT_FIELDS.includes(field.type))
        refuse(key, operator, 'operatorNotForField')
      if (field?.type !== 'date') continue
      const values = ['in', 'not_in'].includes(operator)
        ? Array.isArray(value)
          ? value
          : String(value).split(',')
        : DATE_OPERATORS.includes(operator)
          ? [value]
          : []
      if (values.some((v) => v !== null && v !== 'null' && !validDate(v))) refuse(key, operator, 'expectDateValue')
    }
  }
}

/** A valid id that names no document (ids start at 1), for lookups told to answer null. */
const noDocument = (config: SanitizedConfig, slug: string) => (numericIds(config, slug) ? 0 : '-')

const guard =
  (collection: SanitizedCollectionConfig): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    const a = args as Args & { disableErrors?: boolean; where?: unknown; draft?: boolean; autosave?: boolean }
    const { config } = req.payload
    if (a.where && !a.overrideAccess) checkWhereShapes(req, collection, a.where)
    // `select` leaving fields out (`select[x]=false`) makes Payload's SQL adapters throw a TypeError on
    // collections with blocks (a 500 for anyone, anonymous included): list the fields to include instead.
    const select = (a as { select?: unknown }).select
    if (
      operation === 'read' &&
      isObject(select) &&
      Object.values(select).some((v) => v === false) &&
      collection.flattenedFields.some((f) => f.type === 'blocks')
    )
      throw new APIError(tr(req, 'selectExclusionUnsupported'), 400, undefined, true)
    // findByID (a read with an `id`): server code looking up an optional relation asks with
    // `disableErrors` for null when there is nothing — also when there is no id at all.
    if (operation === 'read' && Object.prototype.hasOwnProperty.call(a, 'id')) {
      if (a.id === undefined || a.id === null || !idFits(config, collection.slug, a.id)) {
        if (!a.disableErrors) throw new NotFound(req.t)
        return { ...args, id: noDocument(config, collection.slug) }
      }
    }
    for (const key of ['id', 'duplicateFromID'] as const) {
      const id = a[key]
      if (id !== undefined && id !== null && !idFits(config, collection.slug, id)) throw new NotFound(req.t)
    }
    if (operation !== 'create' && operation !== 'update') return args
    return (await checkData(req, { collection }, a)) as typeof args
  }

/**
 * The data of a create or update (a collection's document or a global): its shape, field by field, all
 * problems at once as a ValidationError (400).
 */
const checkData = async <A extends Args>(
  req: PayloadRequest,
  target: { collection: SanitizedCollectionConfig } | { global: SanitizedGlobalConfig },
  a: A,
): Promise<A> => {
  const { slug, fields } = 'collection' in target ? target.collection : target.global
  // No data at all (a multipart upload with only its file): no fields.
  const data = a.data === undefined ? {} : a.data
  if (!isObject(data)) throw new APIError(tr(req, 'bodyNotObject'), 400, undefined, true)
  // The admin's edit view sends read-only fields back as it loaded them: not edits (src/hooks/adminSave.ts).
  if (a.overrideAccess !== true && isAdminSave(req, 'collection' in target ? { collection: slug } : { global: slug }))
    dropAdminEchoes(fields, data)
  const ctx: Ctx = { req, config: req.payload.config, trusted: a.overrideAccess === true, problems: [], relations: [] }
  if ('collection' in target && target.collection.auth && !ctx.trusted)
    for (const name of AUTH_MANAGED)
      if (name in data) ctx.problems.push({ path: name, message: tr(req, 'fieldSystemManaged') })
  // Payload's own collections and globals (preferences, locks, jobs…), written by Payload's own code:
  // their field hooks complete what it sends (the admin saves a preference with `user: { collection,
  // value }`, which the field's beforeValidate hook replaces).
  if (!(ctx.trusted && slug.startsWith('payload-'))) checkFields(ctx, fields, data, '')
  if (!ctx.problems.length && !ctx.trusted && ctx.relations.length) await checkRelationsExist(ctx)
  if (ctx.problems.length)
    throw new ValidationError(
      { ...('collection' in target ? { collection: slug } : { global: slug }), errors: ctx.problems, req },
      req.t,
    )
  return a.data === undefined ? { ...a, data } : a
}

/**
 * beforeOperation, every global: the same checks of the data of an update. (A date like `"%"` in a
 * global's `createdAt` was stored by SQLite, and every later read of the global failed: found by the
 * fuzzer on `updatePayloadJobsStat`.)
 */
const guardGlobal =
  (global: SanitizedGlobalConfig): GlobalBeforeOperationHook =>
  async ({ args, operation, req }) =>
    operation === 'update' ? checkData(req, { global }, args as Args) : args

type Resolver = (
  source: unknown,
  args: Record<string, unknown>,
  context: { req: PayloadRequest },
  info: unknown,
) => unknown

/**
 * Payload's `verifyEmail…` mutations look the account up by whatever token they get: none at all (the
 * argument is optional in the schema) reaches the database as `undefined` and fails there. The same
 * mutations, refusing a missing token first — Payload's own and the configuration's custom mutations of the
 * same name, which replace Payload's (the account audit's wraps Payload's resolver: unguarded, it answered a
 * missing token with a 500).
 */
const refusingMissingToken = <F extends { resolve?: Resolver }>(field: F): F => ({
  ...field,
  resolve: (source: unknown, args: Record<string, unknown>, ctx: { req: PayloadRequest }, info: unknown) => {
    if (typeof args.token !== 'string' || args.token.trim() === '')
      throw new APIError(tr(ctx.req, 'verificationTokenMissing'), 400, undefined, true)
    return field.resolve!(source, args, ctx, info)
  },
})

const verifyMutations =
  (previous: SanitizedConfig['graphQL']['mutations']): SanitizedConfig['graphQL']['mutations'] =>
  (graphQL, context) => {
    const own = (previous ? previous(graphQL, context) : {}) as Record<string, { resolve?: Resolver }>
    const builtIn = ((context as { Mutation?: { fields?: Record<string, { resolve?: Resolver }> } }).Mutation?.fields ??
      {}) as Record<string, { resolve?: Resolver }>
    const guard = (fields: Record<string, { resolve?: Resolver }>) =>
      Object.fromEntries(
        Object.entries(fields).map(([name, field]) => [
          name,
          /^verifyEmail[A-Z]/.test(name) && typeof field.resolve === 'function' ? refusingMissingToken(field) : field,
        ]),
      )
    const verifyOnly = Object.fromEntries(Object.entries(builtIn).filter(([name]) => /^verifyEmail[A-Z]/.test(name)))
    return { ...guard(verifyOnly), ...guard(own) }
  }

/** Installs the guard first on every collection of the sanitized config, and the guarded mutations. */
export const guardInput = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections)
    collection.hooks.beforeOperation = [guard(collection), ...(collection.hooks.beforeOperation ?? [])]
  for (const global of config.globals)
    global.hooks = { ...global.hooks, beforeOperation: [guardGlobal(global), ...(global.hooks?.beforeOperation ?? [])] }
  config.graphQL = { ...config.graphQL, mutations: verifyMutations(config.graphQL?.mutations) }
  return config
}

/**
 * Errors Payload raises on client input, answered as such: verifying the email of accounts that are
 * not verified by email (Payload queries a column those collections do not have), an upload to fetch
 * from an address that cannot be fetched, values the database refuses.
 */
/** The database's error code (SQLite's `SQLITE_…`, PostgreSQL's SQLSTATE) behind an error, if any. */
const databaseCode = (error: unknown): string | undefined => {
  let e = error as {
    code?: unknown
    extendedCode?: unknown
    message?: unknown
    cause?: unknown
    originalError?: unknown
  }
  for (let i = 0; e && i < 6; i++) {
    for (const code of [e.extendedCode, e.code])
      if (typeof code === 'string' && /^(SQLITE_CONSTRAINT_|[0-9A-Z]{5}$)/.test(code)) return code
    if (typeof e.message === 'string' && /FOREIGN KEY constraint failed/.test(e.message))
      return 'SQLITE_CONSTRAINT_FOREIGNKEY'
    e = (e.originalError ?? e.cause) as typeof e
  }
  return undefined
}

/**
 * Values the database refuses that validation let through (or skipped: drafts are not validated):
 * a relationship to a document that does not exist (or was just deleted), and on PostgreSQL numbers
 * out of range, NUL characters, texts too long for an index.
 */
const DATABASE_REFUSALS: Record<string, MessageKey> = {
  SQLITE_CONSTRAINT_FOREIGNKEY: 'relatedMissing',
  '23503': 'relatedMissing',
  '22003': 'valueNotStorable',
  '22P02': 'valueNotStorable',
  '22P05': 'valueNotStorable',
  '22007': 'valueNotStorable',
  '22008': 'valueNotStorable',
  '22001': 'valueNotStorable',
  '22021': 'valueNotStorable',
  '54000': 'valueNotStorable',
}

export const clientErrors: AfterErrorHook = ({ error, req, graphqlResult }) => {
  const text = error?.message ?? ''
  const refused = DATABASE_REFUSALS[databaseCode(error) ?? '']
  let answer: { status: number; message: string } | undefined
  if (refused) answer = { status: 400, message: tr(req, refused) }
  // JSON Payload parses itself (a multipart `_payload` starting with a byte-order mark, which the check
  // in front of Payload, reading the part as text, does not see): V8's JSON.parse messages name JSON.
  else if (error?.name === 'SyntaxError' && /JSON/.test(text)) answer = { status: 400, message: tr(req, 'bodyNotJson') }
  else if (/^Cannot find field for path at _verificationToken/.test(text))
    answer = { status: 404, message: tr(req, 'verificationNotUsed') }
  // A file to fetch from an address the client gave (`url` and `filename` without a file) that cannot
  // be fetched — a private address, nothing there: Payload's own message says which. (By message: class
  // names do not survive the production bundle.)
  else if (/Failed to fetch|Blocked unsafe attempt|Invalid file url|Too many redirects/.test(text))
    answer = { status: 400, message: text }
  if (!answer) return
  const { message } = answer
  if (graphqlResult)
    return {
      graphqlResult: {
        ...graphqlResult,
        message,
        extensions: { ...(graphqlResult.extensions ?? {}), statusCode: answer.status },
      },
    }
  return { status: answer.status, response: { errors: [{ message }] } }
}
