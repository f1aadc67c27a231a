/** The states of MuniCompra's documents (shared by workflows, emails and OCDS). */
import { l } from '@e-muni/sdk'

export const TENDER_STATES = [
  { value: 'draft', label: l('Borrador', 'Rascunho', 'Draft', 'Brouillon') },
  { value: 'published', label: l('Publicada', 'Publicada', 'Published', 'Publié') },
  { value: 'closed', label: l('Cerrada a ofertas', 'Encerrada para propostas', 'Closed to bids', 'Clos aux offres') },
  { value: 'opened', label: l('Ofertas abiertas', 'Propostas abertas', 'Bids opened', 'Offres ouvertes') },
  { value: 'evaluation', label: l('En evaluación', 'Em avaliação', 'In evaluation', 'En évaluation') },
  { value: 'awarded', label: l('Adjudicada', 'Adjudicada', 'Awarded', 'Attribué') },
  { value: 'unsuccessful', label: l('Desierta', 'Deserta', 'Unsuccessful', 'Infructueux') },
  { value: 'cancelled', label: l('Cancelada', 'Cancelada', 'Cancelled', 'Annulé') },
]

/** Before the bids are opened (their content sealed). */
export const SEALED_STATES = ['draft', 'published', 'closed']

export const SUPPLIER_STATES = [
  {
    value: 'pending',
    label: l(
      'Pendiente de verificación',
      'Aguardando verificação',
      'Pending verification',
      'En attente de vérification',
    ),
  },
  { value: 'verified', label: l('Verificado', 'Verificado', 'Verified', 'Vérifié') },
  { value: 'rejected', label: l('Rechazado', 'Recusado', 'Rejected', 'Refusé') },
  { value: 'suspended', label: l('Suspendido', 'Suspenso', 'Suspended', 'Suspendu') },
]

export const CONTRACT_STATES = [
  {
    value: 'pending',
    label: l('Pendiente de firma', 'Aguardando assinatura', 'Pending signature', 'En attente de signature'),
  },
  { value: 'active', label: l('En ejecución', 'Em execução', 'Active', 'En cours') },
  { value: 'terminated', label: l('Terminado', 'Encerrado', 'Terminated', 'Terminé') },
  { value: 'cancelled', label: l('Anulado', 'Anulado', 'Cancelled', 'Annulé') },
]

export const CATEGORIES = [
  { value: 'goods', label: l('Bienes', 'Bens', 'Goods', 'Fournitures') },
  { value: 'works', label: l('Obras', 'Obras', 'Works', 'Travaux') },
  { value: 'services', label: l('Servicios', 'Serviços', 'Services', 'Services') },
]

export const METHODS = [
  { value: 'open', label: l('Abierto', 'Aberto', 'Open', 'Ouvert') },
  { value: 'selective', label: l('Selectivo', 'Seletivo', 'Selective', 'Restreint') },
  { value: 'limited', label: l('Limitado', 'Limitado', 'Limited', 'Limité') },
  { value: 'direct', label: l('Directo', 'Direto', 'Direct', 'Direct') },
]

export const AWARD_CRITERIA = [
  { value: 'priceOnly', label: l('Solo precio', 'Somente preço', 'Price only', 'Prix uniquement') },
  { value: 'costOnly', label: l('Solo costo', 'Somente custo', 'Cost only', 'Coût uniquement') },
  { value: 'qualityOnly', label: l('Solo calidad', 'Somente qualidade', 'Quality only', 'Qualité uniquement') },
  {
    value: 'ratedCriteria',
    label: l('Criterios ponderados', 'Critérios ponderados', 'Rated criteria', 'Critères pondérés'),
  },
]

export const stateLabel = (
  states: typeof TENDER_STATES,
  value: string,
  lang: keyof (typeof TENDER_STATES)[0]['label'],
) => states.find((s) => s.value === value)?.label[lang] ?? value
