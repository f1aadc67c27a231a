/**
 * The life of a service request:
 * submitted → in review → needs information → (the requester answers) → in review → approved | rejected → closed;
 * the requester may cancel while it is still submitted. Every change of state emails the requester.
 */
import { defineWorkflow, MUNICIPAL_ADMIN, PLATFORM_ADMIN } from '../../sdk/index'
import { SERVICE_AGENT, SERVICE_SUPERVISOR } from '../access/index'
import { emailRequesterOnChange } from '../hooks/notifications'
import { REQUEST_STATES } from './states'

const STAFF = [SERVICE_AGENT, SERVICE_SUPERVISOR, MUNICIPAL_ADMIN, PLATFORM_ADMIN]

export { FINISHED_STATES, OPEN_STATES, REQUEST_STATES } from './states'

const effects = [emailRequesterOnChange]

export const requestWorkflow = defineWorkflow({
  states: REQUEST_STATES,
  initial: 'submitted',
  owner: ({ doc, user }) =>
    user.collection === 'people' &&
    String((doc.requester as { id?: unknown } | null)?.id ?? doc.requester) === String(user.id),
  transitions: [
    { from: 'submitted', to: 'in-review', roles: STAFF, effects },
    { from: 'submitted', to: 'cancelled', roles: ['owner', ...STAFF], effects },
    // The question for the requester is the transition's comment.
    { from: 'in-review', to: 'needs-information', roles: STAFF, requires: ['transitionComment'], effects },
    // The requester's answer (respondToServiceRequest) — or staff, when the answer came by phone.
    { from: 'needs-information', to: 'in-review', roles: ['owner', 'system', ...STAFF], effects },
    { from: 'in-review', to: 'approved', roles: STAFF, effects },
    { from: 'in-review', to: 'rejected', roles: STAFF, requires: ['transitionComment'], effects },
    { from: ['approved', 'rejected'], to: 'closed', roles: STAFF, effects },
  ],
})
