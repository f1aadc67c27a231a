/** The workflow engine's types: a transition, its event, a workflow's definition and what `defineWorkflow` returns. */
import type { CollectionConfig, Field, FieldAccess, PayloadRequest } from 'payload'

import type { Localized } from './language'
import type { ID } from './roles'

export type WorkflowDoc = Record<string, unknown> & { id: ID; tenant?: unknown }

export type TransitionEvent = {
  req: PayloadRequest
  collection: string
  doc: WorkflowDoc
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
  guard?: (args: { doc: WorkflowDoc; req: PayloadRequest }) => true | string | Promise<true | string>
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
  owner?: (args: { doc: WorkflowDoc; user: NonNullable<PayloadRequest['user']> }) => boolean
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
