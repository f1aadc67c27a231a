/** The fields polls and budgets share, and what participations and ballots belong to. */
import type { Field } from 'payload'

import { computedField, l } from '@e-muni/sdk'
import { budgetResults as budgetResultsOf, pollResults as pollResultsOf } from '../lib/ballots'

export const nobody = () => false
const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }
const window: Field = {
  type: 'row',
  fields: [
    {
      name: 'opensAt',
      type: 'date',
      required: true,
      index: true,
      admin: dayAndTime,
      label: l('Abre', 'Abre', 'Opens', 'Ouvre'),
    },
    {
      name: 'closesAt',
      type: 'date',
      required: true,
      index: true,
      admin: dayAndTime,
      label: l('Cierra', 'Fecha', 'Closes', 'Ferme'),
    },
  ],
}
export const common: Field[] = [
  {
    name: 'process',
    type: 'relationship',
    relationTo: 'participa-processes',
    index: true,
    label: l('Proceso', 'Processo', 'Process', 'Processus'),
  },
  { name: 'title', type: 'text', localized: true, label: l('Título', 'Título', 'Title', 'Titre') },
  {
    name: 'published',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    label: l('Publicado', 'Publicado', 'Published', 'Publié'),
  },
  window,
  {
    name: 'requireVerification',
    type: 'checkbox',
    defaultValue: false,
    label: l(
      'Solo residentes verificados',
      'Somente residentes verificados',
      'Verified residents only',
      'Résidents vérifiés uniquement',
    ),
  },
]
const closed = (doc: Record<string, unknown>) => Date.now() >= Date.parse(String(doc.closesAt))
const pollResults = computedField(['closesAt', 'questions'], ({ doc, req }) =>
  closed(doc) ? pollResultsOf(req, doc as never) : null,
)
const budgetResults = computedField(['closesAt', 'total'], ({ doc, req }) =>
  closed(doc) ? budgetResultsOf(req, doc as never) : null,
)

/** Results, computed when read (only when `results` is returned), and only once closed (server time). */
export const resultsField: Field = {
  name: 'results',
  type: 'json',
  virtual: true,
  admin: { readOnly: true },
  hooks: { afterRead: [(args) => (args.collection?.slug === 'participa-polls' ? pollResults : budgetResults)(args)] },
  label: l(
    'Resultados (tras el cierre)',
    'Resultados (após o encerramento)',
    'Results (after closing)',
    'Résultats (après clôture)',
  ),
}

/** What participations and ballots belong to. */
export const TARGET_LABELS = {
  poll: l('Encuesta', 'Enquete', 'Poll', 'Sondage'),
  budget: l('Presupuesto', 'Orçamento', 'Budget', 'Budget'),
}
export type Target = keyof typeof TARGET_LABELS
