/**
 * Moderation. A proposal: pending → published | rejected (reason); the author withdraws it while
 * pending or published; a moderator hides a published one (reason), or the system does after the
 * process's report threshold; a moderator may publish a hidden one again. Comments start published
 * and are hidden and withdrawn the same way.
 */
import { defineWorkflow, idOf, MUNICIPAL_ADMIN, PLATFORM_ADMIN } from '../../sdk/index'
import { isManager, MODERATOR } from '../access/index'
import { emailAuthor } from '../hooks/notifications'
import { COMMENT_STATES, PROPOSAL_STATES } from './states'

const MANAGERS = [MODERATOR, MUNICIPAL_ADMIN, PLATFORM_ADMIN]
const effects = [emailAuthor]
const owner = ({ doc, user }: { doc: Record<string, unknown>; user: { collection: string; id: unknown } }) =>
  user.collection === 'people' && String(idOf(doc.author as never)) === String(user.id)
const historyRead = ({ req, doc }: { req: { user: unknown }; doc?: Record<string, unknown> }) =>
  isManager(req.user as never, doc?.tenant)

export const proposalWorkflow = defineWorkflow({
  states: PROPOSAL_STATES,
  initial: 'pending',
  owner,
  historyRead,
  transitions: [
    { from: 'pending', to: 'published', roles: MANAGERS, effects },
    { from: 'pending', to: 'rejected', roles: MANAGERS, requires: ['transitionComment'], effects },
    { from: ['pending', 'published'], to: 'withdrawn', roles: ['owner'], effects: [] },
    { from: 'published', to: 'hidden', roles: [...MANAGERS, 'system'], requires: ['transitionComment'], effects },
    { from: 'hidden', to: 'published', roles: MANAGERS, effects },
  ],
})

export const commentWorkflow = defineWorkflow({
  states: COMMENT_STATES,
  initial: 'published',
  owner,
  historyRead,
  transitions: [
    { from: 'published', to: 'hidden', roles: [...MANAGERS, 'system'], requires: ['transitionComment'], effects },
    { from: 'hidden', to: 'published', roles: MANAGERS, effects: [] },
    { from: 'published', to: 'withdrawn', roles: ['owner'], effects: [] },
  ],
})
