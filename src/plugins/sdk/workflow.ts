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
import { sql } from '@payloadcms/db-postgres'
import { APIError } from 'payload'

import { hasRoleIn, idOf, isPlatformAdmin, PLATFORM_ADMIN, type ID } from './roles'
import { writeAuditEntry } from './audit'
import { l, requestLanguage, type Localized } from './language'
import { sdkText as tr } from './messages'

type Doc = Record<string, unknown> & { id: ID; tenant?: unknown }

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
  /** the action as a verb, for its button ("Publicar licitación"); "→ {state}" when absent */
  action?: Localized
  /** an irreversible step (publish, reject, cancel, award): the admin asks for confirmation first */
  confirm?: boolean
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
  /** Who reads a transition's comment besides staff ("visible al vecino"), shown beside the comment box. */
  commentAudience?: Localized
  /** Quick filters by state, with counts, above the collection's list (admin/StatusFilters.tsx). */
  listFilters?: boolean
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

/** The workflow actions' texts in the admin (admin/WorkflowActions.tsx). */
const WORKFLOW_LABELS = {
  title: l('Flujo de trabajo', 'Fluxo de trabalho', 'Workflow', 'Flux de travail'),
  current: l('Estado actual', 'Estado atual', 'Current state', 'État actuel'),
  comment: l('Comentario', 'Comentário', 'Comment', 'Commentaire'),
  optional: l('opcional', 'opcional', 'optional', 'facultatif'),
  requiredFor: l('obligatorio para', 'obrigatório para', 'required for', 'obligatoire pour'),
  commentMissing: l(
    'Escriba un comentario para «{{action}}».',
    'Escreva um comentário para «{{action}}».',
    'Write a comment to «{{action}}».',
    'Écrivez un commentaire pour «{{action}}».',
  ),
  confirm: l(
    '¿Confirma «{{action}}»? No se puede deshacer.',
    'Confirma «{{action}}»? Não pode ser desfeito.',
    'Confirm «{{action}}»? It cannot be undone.',
    'Confirmer «{{action}}» ? Ce n’est pas réversible.',
  ),
  savesEdits: l(
    'La acción guarda también los cambios del formulario.',
    'A ação também salva as alterações do formulário.',
    'The action also saves the form’s changes.',
    'L’action enregistre aussi les modifications du formulaire.',
  ),
  none: l(
    'No hay acciones disponibles para su rol en este estado.',
    'Não há ações disponíveis para o seu papel neste estado.',
    'No actions are available to your role in this state.',
    'Aucune action n’est disponible pour votre rôle dans cet état.',
  ),
}

type Pending = { from: string; to: string; comment?: string; transition: Transition }
const pendingOf = (req: PayloadRequest): Record<string, Pending> => {
  const context = (req.context ??= {}) as Record<string, unknown>
  return (context[PENDING] ??= {}) as Record<string, Pending>
}

/** The shared admin component for transitions (always in the import map: see payload.config.ts). */
export const WORKFLOW_ACTIONS_COMPONENT = '/admin/WorkflowActions#WorkflowActions'
/** The history's row labels, a timeline (always in the import map: see payload.config.ts). */
export const HISTORY_ROW_LABEL_COMPONENT = '/admin/HistoryRowLabel#HistoryRowLabel'
/** The list's quick filters by state (always in the import map: see payload.config.ts). */
export const STATUS_FILTERS_COMPONENT = '/admin/StatusFilters#StatusFilters'
const STATUS_FILTER_LABELS = {
  title: l('Por estado', 'Por estado', 'By state', 'Par état'),
  all: l('Todos', 'Todos', 'All', 'Tous'),
}
const COMMENT = 'transitionComment'
/**
 * `custom` flag of a field the admin shows read-only but whose value an admin save carries on purpose
 * (the workflow's state and comment: the engine checks them). Every other read-only field is dropped from
 * admin saves (src/hooks/adminSave.ts).
 */
export const KEEP_IN_ADMIN_SAVE = 'emuniKeepInAdminSave'
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
      custom: { [KEEP_IN_ADMIN_SAVE]: true },
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
              // Only what the client needs to offer the actions the user's roles allow (the server decides).
              transitions: transitions
                .filter((t) => t.roles.some((r) => r !== 'system' && r !== 'owner'))
                .map((t) => ({
                  from: asList(t.from),
                  to: t.to,
                  roles: t.roles,
                  action: t.action ?? null,
                  confirm: Boolean(t.confirm),
                  commentRequired: Boolean(t.requires?.includes(COMMENT)),
                })),
              commentAudience: definition.commentAudience ?? null,
              labels: WORKFLOW_LABELS,
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
      // Entered in the workflow actions; hidden as a field of its own. Kept in admin saves: Payload marks
      // every virtual field `admin.readOnly` unless it says `readOnly: false` (fields/config/sanitize), and
      // the admin save drops read-only fields (src/hooks/adminSave.ts).
      admin: { hidden: true },
      custom: { [KEEP_IN_ADMIN_SAVE]: true },
    },
    {
      name: 'history',
      type: 'array',
      labels: {
        singular: l('Paso', 'Etapa', 'Step', 'Étape'),
        plural: l('Historial', 'Histórico', 'History', 'Historique'),
      },
      ...(definition.historyRead ? { access: { read: definition.historyRead } } : {}),
      label: l('Historial', 'Histórico', 'History', 'Historique'),
      admin: {
        readOnly: true,
        initCollapsed: true,
        components: { RowLabel: { path: HISTORY_ROW_LABEL_COMPONENT, clientProps: { states } } },
      },
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
        // No `req`, so no user: the engine checks the transition as the system's. A 409: another run
        // of the job moved it first.
        const done = await req.payload
          .update({
            collection: collection as never,
            id: doc.id,
            data: { [field]: to } as never,
            overrideAccess: true,
          })
          .then(
            () => true,
            (error: unknown) => {
              if ((error as { status?: number }).status === 409) return false
              throw error
            },
          )
        if (done) moved += 1
      }
      return { output: { moved } }
    },
  }) as unknown as TaskConfig
