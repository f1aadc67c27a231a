/**
 * The audit of the auth collections (`users`, `people`), issue 22: creations, changes (roles, municipality
 * assignments, verification, email, name…), password changes, reset requests and resets, lockouts after failed logins,
 * unlocks and deletions each append an entry to the audit log — that they happened, never a secret: the
 * hash, the salt, the tokens, the sessions and the password are neither compared nor written (an entry holds
 * field names, the actor and a summary made of roles and municipality ids).
 *
 * Payload writes some of these without collection hooks (a reset, a verification, a lockout and an unlock go
 * straight to the database), so besides the change hooks this uses the operation hooks where Payload has
 * them (`resetPassword`, `unlock`), the error hook for the failed login that locks an account, and wraps the
 * verification endpoint and mutation (`verifyEmail` has no hook).
 *
 * Who: the signed-in user; the account itself where a token emailed to it was the proof (verification,
 * reset) or where it signed itself up; `system` otherwise (a lockout, the seed). Where: a staff account's
 * entry is written once per municipality it belongs to before or after the change (so each municipality's
 * admin sees what happened to their staff); a platform account's and a person's carry no municipality
 * (only platform admins read those).
 */
import type {
  AfterErrorHook,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterOperationHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Endpoint,
  PayloadHandler,
  PayloadRequest,
} from 'payload'
import type { GraphQLFieldConfig } from 'graphql'

import { changedFields, writeAuditEntry } from '../plugins/sdk/audit'
import { idOf, type ID } from '../plugins/sdk/roles'

type Doc = Record<string, unknown> & { id: ID }

/** Never compared, never named: secrets and the login bookkeeping (audited as lockouts and unlocks). */
const NOT_COMPARED = new Set([
  'hash',
  'salt',
  'password',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verificationToken',
  'apiKey',
  'apiKeyIndex',
  'enableAPIKey',
  'sessions',
  'loginAttempts',
  'lockUntil',
  // Payload's marks on an auth document, not fields.
  'collection',
  '_strategy',
])

type Row = { tenant?: unknown; roles?: unknown }

const rowsOf = (doc?: Record<string, unknown> | null): Row[] =>
  Array.isArray(doc?.tenants) ? (doc.tenants as Row[]) : []

const rolesOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String).sort() : [])

/** The municipalities (ids as text) a staff account belongs to. */
const municipalitiesOf = (doc?: Record<string, unknown> | null): string[] =>
  rowsOf(doc)
    .map((row) => idOf(row.tenant))
    .filter((id): id is ID => id !== undefined)
    .map(String)

const diff = (before: string[], after: string[]): string =>
  [
    ...after.filter((r) => !before.includes(r)).map((r) => `+${r}`),
    ...before.filter((r) => !after.includes(r)).map((r) => `-${r}`),
  ].join(' ')

/** What changed in roles and assignments, readably: `roles +platform-admin; municipality 3 +editor`. */
const rolesSummary = (doc: Record<string, unknown>, previous?: Record<string, unknown> | null): string => {
  const parts: string[] = []
  const platform = diff(rolesOf(previous?.roles), rolesOf(doc.roles))
  if (platform) parts.push(`roles ${platform}`)
  const byTenant = (d?: Record<string, unknown> | null) =>
    new Map(rowsOf(d).map((row) => [String(idOf(row.tenant)), rolesOf(row.roles)]))
  const before = byTenant(previous)
  const after = byTenant(doc)
  for (const tenant of new Set([...before.keys(), ...after.keys()])) {
    const change = diff(before.get(tenant) ?? [], after.get(tenant) ?? [])
    if (change) parts.push(`municipality ${tenant} ${change}`)
  }
  return parts.join('; ')
}

type Write = {
  req: PayloadRequest
  collection: string
  doc: Doc
  operation: 'create' | 'update' | 'delete'
  changed: string[]
  /** the versions whose municipalities the entry goes to */
  versions: (Record<string, unknown> | null | undefined)[]
  actor?: { id: string; email?: string | null } | null
  what?: string
}

/** One entry per municipality the account belongs to (before or after), or one without municipality. */
const write = async ({ req, collection, doc, operation, changed, versions, actor, what }: Write) => {
  const municipalities = [...new Set(versions.flatMap((v) => municipalitiesOf(v)))]
  const detail = what ? `: ${what}` : ''
  const summary = `${operation} ${collection}/${doc.id}${detail}`
  for (const municipality of municipalities.length ? municipalities : [null])
    await writeAuditEntry({ req, collection, doc, operation, municipality, changed, actor, summary })
}

const self = (collection: string, doc: { id: ID; email?: unknown }) => ({
  id: `${collection}:${doc.id}`,
  email: typeof doc.email === 'string' ? doc.email : null,
})

const passwordKey = (collection: string, id: ID) => `audit:password:${collection}:${id}`

/** A password given in an update is gone (hashed) by afterChange: note that it was given. */
const notePassword: CollectionBeforeChangeHook = ({ collection, context, data, operation, originalDoc }) => {
  if (operation === 'update' && originalDoc && typeof data?.password === 'string' && data.password)
    context[passwordKey(collection.slug, originalDoc.id as ID)] = true
  return data
}

const afterChange: CollectionAfterChangeHook = async ({ collection, context, doc, operation, previousDoc, req }) => {
  // Fields nobody reads through the API (Payload's hidden auth fields, and any other) are not compared.
  const hidden = new Set(
    (
      (collection as { flattenedFields?: { name?: string; hidden?: boolean; virtual?: unknown }[] }).flattenedFields ??
      []
    )
      .filter((f) => (f.hidden || f.virtual) && f.name)
      .map((f) => f.name as string),
  )
  const ignore = new Set([...NOT_COMPARED, ...hidden])
  const previous = operation === 'create' ? undefined : (previousDoc as Doc)
  const changed = changedFields(doc as Doc, previous, ignore)
  if (
    '_verified' in doc &&
    (operation === 'create' ? doc._verified === true : Boolean(doc._verified) !== Boolean(previous?._verified))
  )
    changed.push('_verified')
  if (operation === 'update' && context[passwordKey(collection.slug, doc.id)]) {
    delete context[passwordKey(collection.slug, doc.id)]
    changed.push('password')
  }
  changed.sort()
  if (operation === 'update' && changed.length === 0) return doc
  // Someone signing themselves up (over the API, not the seed's Local API) is the actor of their creation.
  const signUp = operation === 'create' && !req.user && req.payloadAPI !== 'local'
  await write({
    req,
    collection: collection.slug,
    doc: doc as Doc,
    operation,
    changed,
    versions: [previous, doc],
    actor: signUp ? self(collection.slug, doc as Doc) : undefined,
    what: rolesSummary(doc, previous),
  })
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await write({ req, collection: collection.slug, doc: doc as Doc, operation: 'delete', changed: [], versions: [doc] })
}

type Snapshot = {
  collection: string
  id: ID
  email?: string
  lockUntil?: unknown
  loginAttempts?: unknown
  tenants?: unknown
}

const SNAPSHOT = 'audit:account'
const FORGOT = 'audit:account:forgot'

const snapshot = async (
  req: PayloadRequest,
  collection: string,
  where: Record<string, unknown>,
): Promise<Snapshot | undefined> => {
  const found = (await req.payload.db
    .findOne({ collection: collection as never, where: where as never })
    .catch(() => null)) as (Doc & { email?: string }) | null
  if (!found) return undefined
  return {
    collection,
    id: found.id,
    email: found.email,
    lockUntil: found.lockUntil ?? null,
    loginAttempts: found.loginAttempts ?? 0,
    tenants: found.tenants,
  }
}

const lockChanged = (before: Snapshot) => Boolean(before.lockUntil) || Number(before.loginAttempts ?? 0) > 0

const emailOf = (data: unknown): string | undefined => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' && email ? email.trim().toLowerCase() : undefined
}

/** Reads the account before a login, a reset or an unlock: what they change is compared with it after. */
const beforeOperation: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const data = (args as { data?: Record<string, unknown> }).data
  if (operation === 'resetPassword' && typeof data?.token === 'string' && data.token)
    req.context[SNAPSHOT] = await snapshot(req, collection.slug, { resetPasswordToken: { equals: data.token } })
  else if ((operation === 'login' || operation === 'unlock') && emailOf(data))
    req.context[SNAPSHOT] = await snapshot(req, collection.slug, { email: { equals: emailOf(data) } })
  // Under its own key: the update that stores the reset token runs its own operation hooks on this request.
  else if (operation === 'forgotPassword' && emailOf(data))
    req.context[FORGOT] = await snapshot(req, collection.slug, { email: { equals: emailOf(data) } })
  return args
}

const afterOperation: CollectionAfterOperationHook = async ({ collection, operation, req, result }) => {
  const asked = req.context[FORGOT] as Snapshot | undefined
  if (operation === 'forgotPassword' && asked?.collection === collection.slug) {
    delete req.context[FORGOT]
    // A reset asked for (the emailed link): by whoever is signed in, else by an anonymous visitor — not the
    // account's owner, whom only the link proves. An unknown email writes nothing (Payload answers alike).
    if (result)
      await write({
        req,
        collection: collection.slug,
        doc: { id: asked.id, email: asked.email } as Doc,
        operation: 'update',
        changed: [],
        versions: [asked],
        actor: req.user ? undefined : { id: 'anonymous', email: null },
        what: 'password reset requested',
      })
    return result
  }
  const before = req.context[SNAPSHOT] as Snapshot | undefined
  if (!before || before.collection !== collection.slug) return result
  delete req.context[SNAPSHOT]
  const doc = { id: before.id, email: before.email } as Doc
  const lock = lockChanged(before) ? ['lockUntil', 'loginAttempts'] : []
  if (operation === 'resetPassword' && result)
    await write({
      req,
      collection: collection.slug,
      doc,
      operation: 'update',
      changed: ['password', ...lock],
      versions: [before],
      actor: self(collection.slug, doc),
      what: 'password reset',
    })
  if (operation === 'unlock' && result && lock.length)
    await write({
      req,
      collection: collection.slug,
      doc,
      operation: 'update',
      changed: lock,
      versions: [before],
      what: 'unlocked',
    })
  return result
}

/**
 * A failed login that locks the account (Payload counts the attempt and sets `lockUntil` outside any hook):
 * after the error, the account is read again; a new lock is an entry by the system.
 */
export const auditLockouts: AfterErrorHook = async ({ error, req }) => {
  const before = req?.context?.[SNAPSHOT] as Snapshot | undefined
  const name = (error as { name?: string; originalError?: { name?: string } })?.originalError?.name ?? error?.name
  if (!before || (name !== 'AuthenticationError' && name !== 'LockedAuth')) return
  delete req.context[SNAPSHOT]
  const after = await snapshot(req, before.collection, { id: { equals: before.id } })
  if (!after?.lockUntil || new Date(String(after.lockUntil)).getTime() <= Date.now()) return
  if (String(after.lockUntil) === String(before.lockUntil ?? '')) return
  const doc = { id: before.id, email: before.email } as Doc
  try {
    await write({
      req,
      collection: before.collection,
      doc,
      operation: 'update',
      changed: ['lockUntil', 'loginAttempts'],
      versions: [before],
      actor: null,
      what: `locked after ${String(after.loginAttempts)} failed logins`,
    })
  } catch (err) {
    req.payload.logger.error({ err }, 'could not audit an account lockout')
  }
}

/** Which account a verification token belongs to (read before Payload's verifyEmail clears it). */
const verifying = (req: PayloadRequest, collection: string, token: unknown) =>
  typeof token === 'string' && token ? snapshot(req, collection, { _verificationToken: { equals: token } }) : undefined

const auditVerified = async (req: PayloadRequest, account: Snapshot) => {
  const doc = { id: account.id, email: account.email } as Doc
  await write({
    req,
    collection: account.collection,
    doc,
    operation: 'update',
    changed: ['_verified'],
    versions: [account],
    actor: self(account.collection, doc),
    what: 'email verified',
  })
}

/** REST `POST /api/<collection>/verify/:token`: Payload's own handler, then the entry. */
const verifyEndpoint = (slug: string): Endpoint => {
  const endpoint: Endpoint = {
    path: '/verify/:id',
    method: 'post',
    handler: (async (req) => {
      const own = (req.payload.collections as Record<string, { config: CollectionConfig }>)[slug]?.config.endpoints
      const original = Array.isArray(own)
        ? own.find((e: Endpoint) => e !== endpoint && e.path === '/verify/:id' && e.method === 'post')
        : undefined
      if (!original) throw new Error(`Payload’s verify endpoint for ${slug} is missing`)
      const account = await verifying(req, slug, req.routeParams?.id)
      const response = await original.handler(req)
      if (account && response.status < 400) await auditVerified(req, account)
      return response
    }) as PayloadHandler,
  }
  return endpoint
}

/** GraphQL `verifyEmail<Collection>`: Payload's resolver, then the entry. */
export const verifyMutation = (slug: string, generated: GraphQLFieldConfig<unknown, { req: PayloadRequest }>) => ({
  ...generated,
  resolve: async (
    source: unknown,
    args: { token?: string } & Record<string, unknown>,
    context: { req: PayloadRequest },
    info: Parameters<NonNullable<typeof generated.resolve>>[3],
  ) => {
    const account = await verifying(context.req, slug, args.token)
    const result = await generated.resolve!(source, args, context, info)
    if (account && result) await auditVerified(context.req, account)
    return result
  },
})

/** Adds the account audit to an auth collection. */
export const auditedAccounts = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  endpoints: [
    ...(Array.isArray(collection.endpoints) ? collection.endpoints : []),
    ...(collection.auth && typeof collection.auth === 'object' && collection.auth.verify
      ? [verifyEndpoint(collection.slug)]
      : []),
  ],
  hooks: {
    ...collection.hooks,
    beforeOperation: [...(collection.hooks?.beforeOperation ?? []), beforeOperation],
    beforeChange: [...(collection.hooks?.beforeChange ?? []), notePassword],
    afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
    afterOperation: [...(collection.hooks?.afterOperation ?? []), afterOperation],
  },
})
