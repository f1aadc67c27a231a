/** The states of a service request (shared by the workflow, the emails and Open311). */
import { l, type Localized } from '@e-muni/sdk'

export type RequestStatus =
  'submitted' | 'in-review' | 'needs-information' | 'approved' | 'rejected' | 'closed' | 'cancelled'

export const REQUEST_STATES: { value: RequestStatus; label: Localized }[] = [
  { value: 'submitted', label: l('Recibida', 'Recebida', 'Submitted', 'Reçue') },
  { value: 'in-review', label: l('En revisión', 'Em análise', 'In review', "En cours d'examen") },
  {
    value: 'needs-information',
    label: l('Requiere información', 'Aguardando informações', 'Needs information', "Besoin d'informations"),
  },
  { value: 'approved', label: l('Aprobada', 'Aprovada', 'Approved', 'Approuvée') },
  { value: 'rejected', label: l('Rechazada', 'Indeferida', 'Rejected', 'Refusée') },
  { value: 'closed', label: l('Cerrada', 'Encerrada', 'Closed', 'Clôturée') },
  { value: 'cancelled', label: l('Cancelada', 'Cancelada', 'Cancelled', 'Annulée') },
]

/** States in which a request still waits for the municipality (the SLA clock runs). */
export const OPEN_STATES = ['submitted', 'in-review']
/** Open311 "closed": the municipality has decided, or the requester withdrew. */
export const FINISHED_STATES = ['approved', 'rejected', 'closed', 'cancelled']
