/**
 * Polls and participatory budgets, with secret ballots. Who took part is recorded (a participation:
 * poll or budget + person, unique) to stop double voting; what they chose is stored apart, in a ballot
 * row with a random id, no timestamps, no person, no audit entry — no API and no row links the two.
 * Results are computed when read, and only once the poll or budget has closed (server time).
 */
import { randomUUID } from 'node:crypto'

import type { CollectionAfterReadHook, CollectionConfig, Field } from 'payload'

import { l } from '@e-muni/sdk'
import { districtAccess, processAccess } from '../access/index'
import { budgetResults, pollResults } from '../lib/ballots'
import { managersOfTenant } from './processes'

const nobody = () => false
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
const common: Field[] = [
  {
    name: 'process',
    type: 'relationship',
    relationTo: 'processes',
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
const resultsField: Field = {
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

const withPollResults: CollectionAfterReadHook = async ({ doc, req }) => {
  doc.results = Date.now() >= Date.parse(doc.closesAt) ? await pollResults(req, doc) : null
  return doc
}
const withBudgetResults: CollectionAfterReadHook = async ({ doc, req }) => {
  doc.results = Date.now() >= Date.parse(doc.closesAt) ? await budgetResults(req, doc) : null
  return doc
}

export const Polls: CollectionConfig = {
  slug: 'polls',
  labels: {
    singular: l('Encuesta', 'Enquete', 'Poll', 'Sondage'),
    plural: l('Encuestas', 'Enquetes', 'Polls', 'Sondages'),
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'opensAt', 'closesAt', 'published'] },
  access: processAccess,
  hooks: { beforeValidate: [managersOfTenant], afterRead: [withPollResults] },
  fields: [
    ...common,
    {
      name: 'questions',
      type: 'array',
      labels: {
        singular: l('Pregunta', 'Pergunta', 'Question', 'Question'),
        plural: l('Preguntas', 'Perguntas', 'Questions', 'Questions'),
      },
      minRows: 1,
      label: l('Preguntas', 'Perguntas', 'Questions', 'Questions'),
      fields: [
        { name: 'text', type: 'text', required: true, label: l('Pregunta', 'Pergunta', 'Question', 'Question') },
        {
          name: 'multiple',
          type: 'checkbox',
          defaultValue: false,
          label: l('Varias respuestas', 'Várias respostas', 'Multiple choice', 'Choix multiple'),
        },
        {
          name: 'options',
          type: 'array',
          labels: {
            singular: l('Opción', 'Opção', 'Option', 'Option'),
            plural: l('Opciones', 'Opções', 'Options', 'Options'),
          },
          minRows: 2,
          label: l('Opciones', 'Opções', 'Options', 'Options'),
          fields: [{ name: 'label', type: 'text', required: true, label: l('Opción', 'Opção', 'Option', 'Option') }],
        },
      ],
    },
    resultsField,
  ],
}

export const Budgets: CollectionConfig = {
  slug: 'budgets',
  labels: {
    singular: l('Presupuesto participativo', 'Orçamento participativo', 'Participatory budget', 'Budget participatif'),
    plural: l(
      'Presupuestos participativos',
      'Orçamentos participativos',
      'Participatory budgets',
      'Budgets participatifs',
    ),
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'total', 'rule', 'closesAt'] },
  access: processAccess,
  hooks: { beforeValidate: [managersOfTenant], afterRead: [withBudgetResults] },
  fields: [
    ...common,
    {
      type: 'row',
      fields: [
        {
          name: 'total',
          type: 'number',
          required: true,
          min: 0,
          label: l('Monto total', 'Valor total', 'Total amount', 'Montant total'),
        },
        {
          name: 'rule',
          type: 'select',
          required: true,
          defaultValue: 'knapsack',
          options: [
            {
              value: 'knapsack',
              label: l('Hasta el monto total', 'Até o valor total', 'Up to the total amount', "Jusqu'au montant total"),
            },
            {
              value: 'approval',
              label: l(
                'Entre un mínimo y un máximo de proyectos',
                'Entre um mínimo e um máximo de projetos',
                'Between a minimum and a maximum of projects',
                'Entre un minimum et un maximum de projets',
              ),
            },
          ],
          label: l('Regla', 'Regra', 'Rule', 'Règle'),
        },
        {
          name: 'minProjects',
          type: 'number',
          min: 0,
          label: l('Mínimo de proyectos', 'Mínimo de projetos', 'Minimum projects', 'Minimum de projets'),
        },
        {
          name: 'maxProjects',
          type: 'number',
          min: 1,
          label: l('Máximo de proyectos', 'Máximo de projetos', 'Maximum projects', 'Maximum de projets'),
        },
      ],
    },
    resultsField,
  ],
}

/** What participations and ballots belong to. */
const TARGET_LABELS = {
  poll: l('Encuesta', 'Enquete', 'Poll', 'Sondage'),
  budget: l('Presupuesto', 'Orçamento', 'Budget', 'Budget'),
}
type Target = keyof typeof TARGET_LABELS

export const BudgetProjects: CollectionConfig = {
  slug: 'budget-projects',
  labels: {
    singular: l('Proyecto', 'Projeto', 'Project', 'Projet'),
    plural: l('Proyectos del presupuesto', 'Projetos do orçamento', 'Budget projects', 'Projets du budget'),
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'budget', 'cost', 'district'] },
  access: districtAccess,
  hooks: { beforeValidate: [managersOfTenant] },
  fields: [
    {
      name: 'budget',
      type: 'relationship',
      relationTo: 'budgets',
      required: true,
      index: true,
      label: TARGET_LABELS.budget,
    },
    { name: 'title', type: 'text', required: true, label: l('Título', 'Título', 'Title', 'Titre') },
    { name: 'description', type: 'textarea', label: l('Descripción', 'Descrição', 'Description', 'Description') },
    { name: 'cost', type: 'number', required: true, min: 0, label: l('Costo', 'Custo', 'Cost', 'Coût') },
    {
      name: 'district',
      type: 'relationship',
      relationTo: 'districts',
      label: l('Barrio', 'Bairro', 'District', 'Quartier'),
    },
  ],
}

const participation = (slug: string, target: Target, label: ReturnType<typeof l>): CollectionConfig => ({
  slug,
  labels: { singular: label, plural: label },
  admin: { defaultColumns: [target, 'createdAt'] },
  // Who took part is known to managers (turnout), never what they chose.
  access: { read: processAccess.update, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: target,
      type: 'relationship',
      relationTo: `${target}s`,
      required: true,
      index: true,
      label: TARGET_LABELS[target],
    },
    {
      name: 'person',
      type: 'relationship',
      relationTo: 'people',
      required: true,
      index: true,
      label: l('Persona', 'Pessoa', 'Person', 'Personne'),
    },
    { name: 'uniqueKey', type: 'text', unique: true, admin: { hidden: true } },
  ],
})

export const PollParticipations = participation(
  'poll-participations',
  'poll',
  l('Participación en encuestas', 'Participação em enquetes', 'Poll participation', 'Participation aux sondages'),
)
export const BudgetParticipations = participation(
  'budget-participations',
  'budget',
  l('Participación en presupuestos', 'Participação em orçamentos', 'Budget participation', 'Participation aux budgets'),
)

/** A secret ballot: random id, no timestamps, no person, not audited, not readable through any API. */
const ballot = (
  slug: string,
  target: Target,
  labels: { singular: ReturnType<typeof l>; plural: ReturnType<typeof l> },
  fields: Field[],
): CollectionConfig => ({
  slug,
  labels,
  timestamps: false,
  custom: { audit: false },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'id', type: 'text', defaultValue: () => randomUUID(), admin: { hidden: true } },
    {
      name: target,
      type: 'relationship',
      relationTo: `${target}s`,
      required: true,
      index: true,
      label: TARGET_LABELS[target],
    },
    ...fields,
  ],
})

export const PollBallots = ballot(
  'poll-ballots',
  'poll',
  {
    singular: l('Voto de encuesta', 'Voto de enquete', 'Poll ballot', 'Vote de sondage'),
    plural: l('Votos de encuestas', 'Votos de enquetes', 'Poll ballots', 'Votes de sondages'),
  },
  [{ name: 'choices', type: 'json', required: true, label: l('Respuestas', 'Respostas', 'Choices', 'Choix') }],
)
export const BudgetBallots = ballot(
  'budget-ballots',
  'budget',
  {
    singular: l('Voto de presupuesto', 'Voto de orçamento', 'Budget ballot', 'Vote de budget'),
    plural: l('Votos de presupuestos', 'Votos de orçamentos', 'Budget ballots', 'Votes de budgets'),
  },
  [
    // SHA-256 of the ballot code only its voter holds: the one way to find this ballot again, to change it.
    {
      name: 'codeHash',
      type: 'text',
      required: true,
      unique: true,
      label: l(
        'Huella del código de voto',
        'Impressão do código de voto',
        'Ballot code hash',
        'Empreinte du code de vote',
      ),
    },
    {
      name: 'projects',
      type: 'json',
      required: true,
      label: l('Proyectos elegidos', 'Projetos escolhidos', 'Chosen projects', 'Projets choisis'),
    },
  ],
)
