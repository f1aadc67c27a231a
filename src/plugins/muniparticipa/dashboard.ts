/** MuniParticipa's counts on the admin's home page: proposals to moderate, and reported ones. */
import type { Where } from 'payload'

import { l, MUNICIPAL_ADMIN, type DashboardWidget } from '@e-muni/sdk'
import { MODERATOR } from './access/index'

export const dashboard: DashboardWidget[] = [
  {
    key: 'pending',
    label: l('Propuestas por moderar', 'Propostas a moderar', 'Proposals to moderate', 'Propositions à modérer'),
    collection: 'participa-proposals',
    roles: [MODERATOR, MUNICIPAL_ADMIN],
    where: () => ({ status: { equals: 'pending' } }),
  },
  {
    key: 'reported',
    label: l('Propuestas denunciadas', 'Propostas denunciadas', 'Reported proposals', 'Propositions signalées'),
    collection: 'participa-proposals',
    roles: [MODERATOR, MUNICIPAL_ADMIN],
    where: (): Where => ({ and: [{ status: { equals: 'published' } }, { reportCount: { greater_than: 0 } }] }),
  },
]
