/**
 * Polls and participatory budgets, with secret ballots. Who took part is recorded (a participation:
 * poll or budget + person, unique) to stop double voting; what they chose is stored apart, in a ballot
 * row with a random id, no timestamps, no person, no audit entry — no API and no row links the two.
 * Results are computed when read, and only once the poll or budget has closed (server time).
 */
import type { CollectionConfig } from 'payload'

import { l } from '@e-muni/sdk'
import { districtAccess, processAccess } from '../access/index'
import { managersOfTenant } from './processes'
import { common, resultsField, TARGET_LABELS } from './ballotFields'

export { BudgetBallots, BudgetParticipations, PollBallots, PollParticipations } from './secretBallots'

export const Polls: CollectionConfig = {
  slug: 'participa-polls',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'Poll', pluralName: 'Polls' },
  typescript: { interface: 'Poll' },
  labels: {
    singular: l('Encuesta', 'Enquete', 'Poll', 'Sondage'),
    plural: l('Encuestas', 'Enquetes', 'Polls', 'Sondages'),
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'opensAt', 'closesAt', 'published'] },
  access: processAccess,
  hooks: { beforeValidate: [managersOfTenant] },
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
  slug: 'participa-budgets',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'Budget', pluralName: 'Budgets' },
  typescript: { interface: 'Budget' },
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
  hooks: { beforeValidate: [managersOfTenant] },
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

export const BudgetProjects: CollectionConfig = {
  slug: 'participa-budget-projects',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'BudgetProject', pluralName: 'BudgetProjects' },
  typescript: { interface: 'BudgetProject' },
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
      relationTo: 'participa-budgets',
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
      relationTo: 'participa-districts',
      label: l('Barrio', 'Bairro', 'District', 'Quartier'),
    },
  ],
}
