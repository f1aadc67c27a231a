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
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  Field,
  FieldAccess,
  PayloadRequest,
  TaskConfig,
} from 'payload'
import { APIError } from 'payload'

import { hasRoleIn, idOf, isPlatformAdmin, PLATFORM_ADMIN } from '../../access/roles'
import { writeAuditEntry } from '../../hooks/audit'
import { l, requestLanguage, tr, type Localized } from '../../i18n/index'

type Doc = Record<string, unknown> & { id: number | string; tenant?: unknown }

export type TransitionEvent = {
  req: PayloadRequest
  collection: string
  doc: Doc
  from: string
  to: string
  comment?: string
}

export type Transition = {
  from: string | string[]
  to: string
  /**
   * tenant roles (in the document's municipality), or 'platform-admin'; 'system' for jobs and server
   * code; 'owner' for the person the workflow's `owner` function recognises (a requester, an author)
   */
  roles: string[]
  /** fields that must hold a value for this transition */
  requires?: string[]
  /** true to allow, or the reason (already translated) to refuse */
  guard?: (args: { doc: Doc; req: PayloadRequest }) => true | string | Promise<true | string>
  /** run after the change is saved (notify, queue a job) */
  effects?: ((event: TransitionEvent) => void | Promise<void>)[]
}

export type WorkflowDefinition = {
  field?: string
  states: { value: string; label: Localized }[]
  initial: string
  transitions: Transition[]
  /** Who may read the history (actors' emails and comments); everyone who reads the document by default. */
  historyRead?: FieldAccess
  /** Who owns a document (e.g. the citizen who filed it): transitions listing the 'owner' role are theirs. */
  owner?: (args: { doc: Doc; user: NonNullable<PayloadRequest['user']> }) => boolean
}

export type Workflow = {
  definition: Required<Pick<WorkflowDefinition, 'field'>> & WorkflowDefinition
  fields: Field[]
  /** Adds the workflow's fields and hooks to a collection. */
  apply: (collection: CollectionConfig) => CollectionConfig
  /** States reachable from `state`. */
  allowedFrom: (state: string) => string[]
}

const asList = (v: string | string[]) => (Array.isArray(v) ? v : [v])

type Pending = { from: string; to: string; comment?: string; transition: Transition }
const pendingOf = (req: PayloadRequest): Record<string, Pending> => {
  const context = (req.context ??= {}) as Record<string, unknown>
  return (context[PENDING] ??= {}) as Record<string, Pending>
}

/** The shared admin component for transitions (always in the import map: see payload.config.ts). */
export const WORKFLOW_ACTIONS_COMPONENT = '/admin/WorkflowActions#WorkflowActions'
const COMMENT = 'transitionComment'
const PENDING = 'emuni:workflow:pending'

export const defineWorkflow = (input: WorkflowDefinition): Workflow => {
  const definition = { field: 'status', ...input }
  const { field, states, initial, transitions } = definition
  const label = (req: PayloadRequest, state: string) =>
    states.find((s) => s.value === state)?.label[requestLanguage(req)] ?? state
  const allowedFrom = (state: string) => transitions.filter((t) => asList(t.from).includes(state)).map((t) => t.to)

  const fields: Field[] = [
    {
      name: field,
      type: 'select',
      // Not `required`: the engine always sets it, and GraphQL create inputs stay optional.
      index: true,
      defaultValue: initial,
      options: states,
      label: l('Estado', 'Estado', 'Status', 'Statut'),
      // Not a free dropdown: the state changes through the transition buttons below.
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'workflowActions',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: {
          Field: {
            path: WORKFLOW_ACTIONS_COMPONENT,
            clientProps: {
              statusField: field,
              states,
              transitions: transitions.map((t) => ({ from: asList(t.from), to: t.to })),
              labels: {
                title: l('Flujo de trabajo', 'Fluxo de trabalho', 'Workflow', 'Flux de travail'),
                current: l('Estado actual', 'Estado atual', 'Current state', 'État actuel'),
                comment: l(
                  'Comentario (opcional)',
                  'Comentário (opcional)',
                  'Comment (optional)',
                  'Commentaire (facultatif)',
                ),
              },
            },
          },
        },
      },
    },
    {
      // What the actor says about a transition; kept in the history, not on the document.
      name: COMMENT,
      type: 'textarea',
      virtual: true,
      label: l(
        'Comentario de la transición',
        'Comentário da transição',
        'Transition comment',
        'Commentaire de transition',
      ),
      // Entered in the workflow actions; hidden as a field of its own.
      admin: { hidden: true },
    },
    {
      name: 'history',
      type: 'array',
      ...(definition.historyRead ? { access: { read: definition.historyRead } } : {}),
      label: l('Historial', 'Histórico', 'History', 'Historique'),
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { name: 'actor', type: 'text', label: l('Autor', 'Autor', 'Actor', 'Auteur') },
        {
          name: 'actorEmail',
          type: 'text',
          label: l('Correo del autor', 'E-mail do autor', "Actor's email", "Courriel de l'auteur"),
        },
        {
          name: 'at',
          type: 'date',
          label: l('Fecha', 'Data', 'Date', 'Date'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'from', type: 'text', label: l('Desde', 'De', 'From', 'De') },
        { name: 'to', type: 'text', label: l('Hacia', 'Para', 'To', 'Vers') },
        { name: 'comment', type: 'textarea', label: l('Comentario', 'Comentário', 'Comment', 'Commentaire') },
      ],
    },
  ]

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
    const tenant = idOf((data.tenant ?? originalDoc?.tenant) as never)
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
    if (missing.length)
      throw fail(400, tr(req, 'transitionRequires', { to: label(req, to), fields: missing.join(', ') }))
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

  const apply = (collection: CollectionConfig): CollectionConfig => ({
    ...collection,
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

const stripIds = (rows: unknown): unknown =>
  (Array.isArray(rows) ? rows : []).map((row) => {
    const { id: _id, ...rest } = (row ?? {}) as Record<string, unknown>
    return Object.fromEntries(
      Object.entries(rest).map(([k, v]) => [k, k === 'at' && v ? new Date(v as string).toISOString() : v]),
    )
  })

/**
 * A deadline transition as a Payload job: every run moves the documents still in `from` whose
 * `dueField` date has passed to `to`, as the system (the transition must list the 'system' role).
 * Idempotent: it re-reads the state, so a second run moves nothing; its precision is the jobs
 * runner's cron interval (every minute by default).
 */
export const deadlineTask = ({
  slug,
  collection,
  workflow,
  from,
  to,
  dueField,
}: {
  slug: string
  collection: string
  workflow: Workflow
  from: string
  to: string
  dueField: string
}): TaskConfig =>
  ({
    slug,
    schedule: [{ cron: '* * * * *', queue: 'default' }],
    handler: async ({ req }: { req: PayloadRequest }) => {
      const field = workflow.definition.field
      const { docs } = await req.payload.find({
        collection: collection as never,
        where: { and: [{ [field]: { equals: from } }, { [dueField]: { less_than_equal: new Date().toISOString() } }] },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      let moved = 0
      for (const doc of docs as Doc[]) {
        // No `req`, so no user: the engine checks the transition as the system's.
        await req.payload.update({
          collection: collection as never,
          id: doc.id,
          data: { [field]: to } as never,
          overrideAccess: true,
        })
        moved += 1
      }
      return { output: { moved } }
    },
  }) as unknown as TaskConfig
