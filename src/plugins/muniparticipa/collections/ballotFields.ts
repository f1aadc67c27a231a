/** The fields polls and budgets share, and what participations and ballots belong to. */
import type { Field } from 'payload'

import { l } from '@e-muni/sdk'

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
export const resultsField: Field = {
  name: 'results',
  type: 'json',
  virtual: true,
  admin: { readOnly: true },
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
