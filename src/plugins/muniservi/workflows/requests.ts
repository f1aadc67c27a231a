/**
 * The life of a service request:
 * submitted → in review → needs information → (the requester answers) → in review → approved | rejected → closed;
 * the requester may cancel while it is still submitted. Every change of state emails the requester.
 */
import { defineWorkflow, l, MUNICIPAL_ADMIN, PLATFORM_ADMIN } from '@e-muni/sdk'
import { SERVICE_AGENT, SERVICE_SUPERVISOR } from '../access/index'
import { emailRequesterOnChange } from '../hooks/notifications'
import { REQUEST_STATES } from './states'

const STAFF = [SERVICE_AGENT, SERVICE_SUPERVISOR, MUNICIPAL_ADMIN, PLATFORM_ADMIN]

export { FINISHED_STATES, OPEN_STATES, REQUEST_STATES } from './states'

const effects = [emailRequesterOnChange]

export const requestWorkflow = defineWorkflow({
  states: REQUEST_STATES,
  initial: 'submitted',
  // Every change of state emails the requester, with the comment.
  commentAudience: l('visible al vecino', 'visível ao cidadão', 'visible to the requester', 'visible par le demandeur'),
  owner: ({ doc, user }) =>
    user.collection === 'people' &&
    String((doc.requester as { id?: unknown } | null)?.id ?? doc.requester) === String(user.id),
  transitions: [
    {
      from: 'submitted',
      to: 'in-review',
      roles: STAFF,
      effects,
      action: l('Comenzar revisión', 'Iniciar análise', 'Start review', "Commencer l'examen"),
    },
    {
      from: 'submitted',
      to: 'cancelled',
      roles: ['owner', ...STAFF],
      effects,
      action: l('Cancelar solicitud', 'Cancelar solicitação', 'Cancel request', 'Annuler la demande'),
      confirm: true,
    },
    // The question for the requester is the transition's comment.
    {
      from: 'in-review',
      to: 'needs-information',
      roles: STAFF,
      requires: ['transitionComment'],
      effects,
      action: l(
        'Pedir información al vecino',
        'Pedir informações ao cidadão',
        'Ask the requester for information',
        'Demander des informations au demandeur',
      ),
    },
    // The requester's answer (respondToServiceRequest) — or staff, when the answer came by phone.
    {
      from: 'needs-information',
      to: 'in-review',
      roles: ['owner', 'system', ...STAFF],
      effects,
      action: l('Retomar revisión', 'Retomar análise', 'Resume review', "Reprendre l'examen"),
    },
    {
      from: 'in-review',
      to: 'approved',
      roles: STAFF,
      effects,
      action: l('Aprobar', 'Aprovar', 'Approve', 'Approuver'),
      confirm: true,
    },
    {
      from: 'in-review',
      to: 'rejected',
      roles: STAFF,
      requires: ['transitionComment'],
      effects,
      action: l('Rechazar', 'Indeferir', 'Reject', 'Refuser'),
      confirm: true,
    },
    {
      from: ['approved', 'rejected'],
      to: 'closed',
      roles: STAFF,
      effects,
      action: l('Cerrar solicitud', 'Encerrar solicitação', 'Close request', 'Clôturer la demande'),
      confirm: true,
    },
  ],
})
