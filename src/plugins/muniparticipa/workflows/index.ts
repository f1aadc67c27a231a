/**
 * Moderation. A proposal: pending → published | rejected (reason); the author withdraws it while
 * pending or published; a moderator hides a published one (reason), or the system does after the
 * process's report threshold; a moderator may publish a hidden one again. Comments start published
 * and are hidden and withdrawn the same way.
 */
import type { PayloadRequest } from 'payload'

import { defineWorkflow, idOf, l, MUNICIPAL_ADMIN, type Transition, PLATFORM_ADMIN } from '@e-muni/sdk'
import { isManager, MODERATOR } from '../access/index'
import { emailAuthor } from '../hooks/notifications'
import { COMMENT_STATES, PROPOSAL_STATES } from './states'

const MANAGERS = [MODERATOR, MUNICIPAL_ADMIN, PLATFORM_ADMIN]
const effects = [emailAuthor]
const owner = ({ doc, user }: { doc: Record<string, unknown>; user: { collection: string; id: unknown } }) =>
  user.collection === 'people' && String(idOf(doc.author)) === String(user.id)
const historyRead = ({ req, doc }: { req: Pick<PayloadRequest, 'user'>; doc?: Record<string, unknown> }) =>
  isManager(req.user, doc?.tenant)

/** The author is emailed each change, with the comment. */
const commentAudience = l('visible al autor', 'visível ao autor', 'visible to the author', "visible par l'auteur")
/** Moderation hides a proposal or comment with the reason, which its author reads. */
const hideTransition: Transition = {
  from: 'published',
  to: 'hidden',
  roles: [...MANAGERS, 'system'],
  requires: ['transitionComment'],
  effects,
  action: l('Ocultar', 'Ocultar', 'Hide', 'Masquer'),
}
const show = { action: l('Volver a mostrar', 'Mostrar novamente', 'Show again', 'Afficher à nouveau') }

export const proposalWorkflow = defineWorkflow({
  states: PROPOSAL_STATES,
  initial: 'pending',
  owner,
  historyRead,
  commentAudience,
  listFilters: true,
  transitions: [
    {
      from: 'pending',
      to: 'published',
      roles: MANAGERS,
      effects,
      action: l('Publicar propuesta', 'Publicar proposta', 'Publish proposal', 'Publier la proposition'),
    },
    {
      from: 'pending',
      to: 'rejected',
      roles: MANAGERS,
      requires: ['transitionComment'],
      effects,
      action: l('Rechazar propuesta', 'Rejeitar proposta', 'Reject proposal', 'Refuser la proposition'),
      confirm: true,
    },
    { from: ['pending', 'published'], to: 'withdrawn', roles: ['owner'], effects: [] },
    hideTransition,
    { from: 'hidden', to: 'published', roles: MANAGERS, effects, ...show },
  ],
})

export const commentWorkflow = defineWorkflow({
  states: COMMENT_STATES,
  initial: 'published',
  owner,
  historyRead,
  commentAudience,
  listFilters: true,
  transitions: [
    hideTransition,
    { from: 'hidden', to: 'published', roles: MANAGERS, effects: [], ...show },
    { from: 'published', to: 'withdrawn', roles: ['owner'], effects: [] },
  ],
})
