/** MuniCompra's counts on the admin's home page: tenders closing this week, questions to answer, tenders to evaluate. */
import type { Where } from 'payload'

import { l, MUNICIPAL_ADMIN, type DashboardWidget } from '@e-muni/sdk'
import { EVALUATOR, PROCUREMENT_OFFICER } from './access/index'

const WEEK = 7 * 86_400_000

export const dashboard: DashboardWidget[] = [
  {
    key: 'closing',
    label: l(
      'Licitaciones que cierran esta semana',
      'Licitações que encerram nesta semana',
      'Tenders closing this week',
      'Appels d’offres clôturant cette semaine',
    ),
    collection: 'compra-tenders',
    roles: [PROCUREMENT_OFFICER, MUNICIPAL_ADMIN],
    where: ({ now }): Where => ({
      and: [
        { status: { equals: 'published' } },
        { submissionDeadline: { greater_than: now.toISOString() } },
        { submissionDeadline: { less_than_equal: new Date(now.getTime() + WEEK).toISOString() } },
      ],
    }),
  },
  {
    key: 'questions',
    label: l('Consultas por responder', 'Esclarecimentos a responder', 'Questions to answer', 'Questions à traiter'),
    collection: 'compra-clarifications',
    roles: [PROCUREMENT_OFFICER, MUNICIPAL_ADMIN],
    where: () => ({ answeredAt: { exists: false } }),
  },
  {
    key: 'evaluation',
    label: l(
      'Licitaciones en evaluación',
      'Licitações em avaliação',
      'Tenders in evaluation',
      'Appels d’offres en évaluation',
    ),
    collection: 'compra-tenders',
    roles: [EVALUATOR, PROCUREMENT_OFFICER],
    where: () => ({ status: { equals: 'evaluation' } }),
  },
]
