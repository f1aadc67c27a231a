/** MuniServi's counts on the admin's home page: the inbox's unassigned, overdue and own open requests. */
import type { Where } from 'payload'

import { l, MUNICIPAL_ADMIN, type DashboardWidget } from '@e-muni/sdk'
import { SERVICE_AGENT, SERVICE_SUPERVISOR } from './access/index'
import { OPEN_STATUSES } from './admin/inboxQueries'

const STAFF = [SERVICE_AGENT, SERVICE_SUPERVISOR, MUNICIPAL_ADMIN]
const open = { status: { in: OPEN_STATUSES } }

export const dashboard: DashboardWidget[] = [
  {
    key: 'unassigned',
    label: l(
      'Solicitudes sin asignar',
      'Solicitações sem responsável',
      'Unassigned requests',
      'Demandes non assignées',
    ),
    collection: 'servi-requests',
    roles: STAFF,
    where: (): Where => ({ and: [open, { assignee: { exists: false } }] }),
  },
  {
    key: 'overdue',
    label: l('Solicitudes vencidas', 'Solicitações vencidas', 'Overdue requests', 'Demandes en retard'),
    collection: 'servi-requests',
    roles: STAFF,
    where: (): Where => ({ and: [open, { overdue: { equals: true } }] }),
  },
  {
    key: 'mine',
    label: l('Asignadas a mí', 'Atribuídas a mim', 'Assigned to me', 'Assignées à moi'),
    collection: 'servi-requests',
    roles: [SERVICE_AGENT, SERVICE_SUPERVISOR],
    where: ({ userId }): Where => ({ and: [open, { assignee: { equals: userId } }] }),
  },
]
