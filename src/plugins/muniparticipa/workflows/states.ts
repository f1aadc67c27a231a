/** States and phases of MuniParticipa's documents. */
import { l } from '@e-muni/sdk'

export const PHASES = [
  { value: 'information', label: l('Información', 'Informação', 'Information', 'Information') },
  { value: 'proposals', label: l('Propuestas', 'Propostas', 'Proposals', 'Propositions') },
  { value: 'supports', label: l('Apoyos', 'Apoios', 'Supports', 'Soutiens') },
  { value: 'voting', label: l('Votación', 'Votação', 'Voting', 'Vote') },
  { value: 'results', label: l('Resultados', 'Resultados', 'Results', 'Résultats') },
] as const
export type Phase = (typeof PHASES)[number]['value']

export const PROPOSAL_STATES = [
  {
    value: 'pending',
    label: l('Pendiente de moderación', 'Aguardando moderação', 'Pending moderation', 'En attente de modération'),
  },
  { value: 'published', label: l('Publicada', 'Publicada', 'Published', 'Publiée') },
  { value: 'rejected', label: l('Rechazada', 'Recusada', 'Rejected', 'Refusée') },
  { value: 'hidden', label: l('Oculta', 'Oculta', 'Hidden', 'Masquée') },
  { value: 'withdrawn', label: l('Retirada', 'Retirada', 'Withdrawn', 'Retirée') },
]

export const COMMENT_STATES = PROPOSAL_STATES.filter((s) => ['published', 'hidden', 'withdrawn'].includes(s.value))

export const ANSWERS = [
  { value: 'accepted', label: l('Aceptada', 'Aceita', 'Accepted', 'Acceptée') },
  { value: 'evaluating', label: l('En evaluación', 'Em avaliação', 'Evaluating', "À l'étude") },
  { value: 'rejected', label: l('Rechazada', 'Recusada', 'Rejected', 'Refusée') },
]
