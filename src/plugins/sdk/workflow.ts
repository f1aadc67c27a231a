/**
 * The workflow engine. `defineWorkflow` turns a declarative table (states, transitions, roles,
 * guards, required fields, effects) into the fields and hooks of a collection. Enforcement is a
 * `beforeChange` hook, so REST, GraphQL, the Local API and the admin all go through it:
 * - a new document starts in the initial state;
 * - a change of state must be a declared transition (400 naming the allowed ones), taken by one of
 *   its roles in the document's municipality (403), with its required fields and guard satisfied (400);
 * - each transition appends to the document's history (actor, time, from, to, comment) — which no
 *   API can edit — writes an audit entry, and runs its effects after the change is saved.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig, PayloadRequest } from 'payload'
import { sql } from '@payloadcms/db-postgres/drizzle'
import { APIError } from 'payload'

import { hasRoleIn, idOf, isPlatformAdmin, PLATFORM_ADMIN } from './roles'
import { writeAuditEntry } from './audit'
import { requestLanguage, type Localized } from './language'
import { sdkText as tr } from './messages'
import {
  asList,
  COMMENT,
  STATUS_FILTER_LABELS,
  STATUS_FILTERS_COMPONENT,
  WORKFLOW_LABELS,
  workflowFields,
} from './workflowFields'
import type { Transition, Workflow, WorkflowDefinition, WorkflowDoc as Doc } from './workflowTypes'

export type { Transition, TransitionEvent, Workflow, WorkflowDefinition } from './workflowTypes'
export {
  HISTORY_ROW_LABEL_COMPONENT,
  KEEP_IN_ADMIN_SAVE,
  STATUS_FILTERS_COMPONENT,
  WORKFLOW_ACTIONS_COMPONENT,
} from './workflowFields'
export { deadlineTask } from './deadline'

const PENDING = 'emuni:workflow:pending'
type Pending = { from: string; to: string; comment?: string; transition: Transition }
const pendingOf = (req: PayloadRequest): Record<string, Pending> => {
  const context = (req.context ??= {}) as Record<string, unknown>
  return (context[PENDING] ??= {}) as Record<string, Pending>
}

export const defineWorkflow = (input: WorkflowDefinition): Workflow => {
  const definition = { field: 'status', ...input }
  const { field, states, initial, transitions } = definition
  const label = (req: PayloadRequest, state: string) =>
    states.find((s) => s.value === state)?.label[requestLanguage(req)] ?? state
  const allowedFrom = (state: string) => transitions.filter((t) => asList(t.from).includes(state)).map((t) => t.to)
  const fields = workflowFields(definition)

  const enforce: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
    const fail = (status: number, message: string) => new APIError(message, status, undefined, true)
    const comment = typeof data[COMMENT] === 'string' && data[COMMENT].trim() ? data[COMMENT].trim() : undefined
    delete data[COMMENT]
    if (operation === 'create') {
      if (data[field] !== undefined && data[field] !== initial)
        throw fail(400, tr(req, 'initialState', { initial: label(req, initial) }))
      if (Array.isArray(data.history) && data.history.length) throw fail(400, tr(req, 'historyReadOnly'))
      data[field] = initial
      data.history = []
      return data
    }
    const previousHistory = (originalDoc?.history as unknown[]) ?? []
    if ('history' in data && JSON.stringify(stripIds(data.history)) !== JSON.stringify(stripIds(previousHistory))) {
      throw fail(400, tr(req, 'historyReadOnly'))
    }
    const from = originalDoc?.[field] as string
    const to = (data[field] as string | undefined) ?? from
    data.history = previousHistory
    if (to === from) return data

    // Two transitions of one document at once (two runs of a deadline job) both read the old state on
    // PostgreSQL (READ COMMITTED) and both moved it, each with its history entry and effects (CI: two
    // extra OCDS releases). Serialised per document; the second then sees the first's state.
    const current = await lockAndReadState(req, collection.slug, originalDoc?.id, field)
    if (current !== undefined && current !== from)
      throw fail(409, tr(req, 'stateChangedMeanwhile', { current: label(req, current) }))

    const candidates = transitions.filter((t) => asList(t.from).includes(from) && t.to === to)
    if (!candidates.length) {
      throw fail(
        400,
        tr(req, 'transitionNotAllowed', {
          from: label(req, from),
          to: label(req, to),
          allowed:
            allowedFrom(from)
              .map((s) => `«${label(req, s)}»`)
              .join(', ') || tr(req, 'none'),
        }),
      )
    }
    const tenant = idOf(data.tenant ?? originalDoc?.tenant)
    const user = req.user
    const isOwner = Boolean(user && definition.owner?.({ doc: (originalDoc ?? {}) as Doc, user }))
    const permitted = candidates.find((t) =>
      !user
        ? t.roles.includes('system')
        : (isPlatformAdmin(user) && t.roles.includes(PLATFORM_ADMIN)) ||
          hasRoleIn(user, tenant, t.roles) ||
          (isOwner && t.roles.includes('owner')),
    )
    if (!permitted) throw fail(403, tr(req, 'transitionRole', { from: label(req, from), to: label(req, to) }))
    const merged = { ...originalDoc, ...data } as Doc
    const missing = (permitted.requires ?? []).filter((name) => {
      const value = name === COMMENT ? comment : merged[name]
      return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
    })
    if (missing.length) {
      const lang = requestLanguage(req)
      const named = missing.map((name) => {
        if (name === COMMENT) return WORKFLOW_LABELS.comment[lang]
        const found = collection.flattenedFields.find((f) => 'name' in f && f.name === name) as
          { label?: unknown } | undefined
        const text = found?.label
        return typeof text === 'string' ? text : ((text as Localized | undefined)?.[lang] ?? name)
      })
      throw fail(400, tr(req, 'transitionRequires', { to: label(req, to), fields: named.join(', ') }))
    }
    if (permitted.guard) {
      const verdict = await permitted.guard({ doc: merged, req })
      if (verdict !== true) throw fail(400, verdict)
    }
    data.history = [
      ...previousHistory,
      {
        actor: user ? `${user.collection}:${user.id}` : 'system',
        actorEmail: (user as { email?: string } | null)?.email ?? null,
        at: new Date().toISOString(),
        from,
        to,
        comment: comment ?? null,
      },
    ]
    // Kept per document: one request (or a context object reused by a caller) may change several.
    pendingOf(req)[`${collection.slug}:${String(originalDoc?.id)}`] = { from, to, comment, transition: permitted }
    return data
  }

  const after: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
    const all = pendingOf(req)
    const key = `${collection.slug}:${String(doc.id)}`
    const pending = all[key]
    if (!pending) return doc
    delete all[key]
    await writeAuditEntry({
      req,
      collection: collection.slug,
      doc,
      operation: 'transition',
      municipality: doc.tenant,
      changed: [field],
      transition: { from: pending.from, to: pending.to, comment: pending.comment },
    })
    for (const effect of pending.transition.effects ?? []) {
      await effect({
        req,
        collection: collection.slug,
        doc,
        from: pending.from,
        to: pending.to,
        comment: pending.comment,
      })
    }
    return doc
  }

  const statusFilters = {
    path: STATUS_FILTERS_COMPONENT,
    clientProps: { statusField: field, states, labels: STATUS_FILTER_LABELS },
  }
  const apply = (collection: CollectionConfig): CollectionConfig => ({
    ...collection,
    admin: definition.listFilters
      ? {
          ...collection.admin,
          components: {
            ...collection.admin?.components,
            beforeListTable: [
              { ...statusFilters, clientProps: { ...statusFilters.clientProps, collection: collection.slug } },
              ...(collection.admin?.components?.beforeListTable ?? []),
            ],
          },
        }
      : collection.admin,
    // Read by the conformance kit (sdk/testing/conformance): which field is the workflow's, from where.
    custom: {
      ...collection.custom,
      workflow: { field, initial, states: states.map((s) => s.value), reachable: allowedFrom(initial) },
    },
    fields: [...collection.fields, ...fields],
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), enforce],
      afterChange: [...(collection.hooks?.afterChange ?? []), after],
    },
  })

  return { definition, fields, apply, allowedFrom }
}

type Sessions = Record<string, { db?: { execute?: (query: unknown) => Promise<unknown> } }>

/**
 * On PostgreSQL: takes a lock on the document for the rest of the write's transaction, then reads its
 * state as committed now. Undefined elsewhere (SQLite writes one transaction at a time).
 */
const lockAndReadState = async (
  req: PayloadRequest,
  collection: string,
  id: unknown,
  field: string,
): Promise<string | undefined> => {
  const db = req.payload.db as unknown as { name?: string; sessions?: Sessions }
  if (db.name !== 'postgres' || id === undefined || id === null) return undefined
  const transaction = req.transactionID ? await req.transactionID : undefined
  const session = transaction !== undefined ? db.sessions?.[String(transaction)] : undefined
  if (!session?.db?.execute) return undefined
  await session.db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`emuni:${collection}:${String(id)}`}))`)
  const doc = (await req.payload.findByID({
    collection: collection as never,
    id: id as number | string,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Record<string, unknown> | null
  return typeof doc?.[field] === 'string' ? (doc[field] as string) : undefined
}

const stripIds = (rows: unknown): unknown =>
  (Array.isArray(rows) ? rows : []).map((row) => {
    const { id: _id, ...rest } = (row ?? {}) as Record<string, unknown>
    return Object.fromEntries(
      Object.entries(rest).map(([k, v]) => [k, k === 'at' && v ? new Date(v as string).toISOString() : v]),
    )
  })
