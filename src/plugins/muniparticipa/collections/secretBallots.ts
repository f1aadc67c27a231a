/** Participations (who took part in a poll or budget) and secret ballots (what was chosen), kept apart. */
import { randomUUID } from 'node:crypto'

import type { CollectionConfig, Field } from 'payload'

import { l, personal } from '@e-muni/sdk'
import { processAccess } from '../access/index'
import { nobody, type Target, TARGET_LABELS } from './ballotFields'

/** `poll` → `Poll`: the GraphQL and TypeScript names kept from before the slugs took the `participa-` namespace. */
const legacyName = (target: Target, kind: 'Participation' | 'Ballot') =>
  `${target[0].toUpperCase()}${target.slice(1)}${kind}`

const participation = (slug: string, target: Target, label: ReturnType<typeof l>): CollectionConfig => ({
  slug,
  graphQL: { singularName: legacyName(target, 'Participation'), pluralName: `${legacyName(target, 'Participation')}s` },
  typescript: { interface: legacyName(target, 'Participation') },
  labels: { singular: label, plural: label },
  admin: { defaultColumns: [target, 'createdAt'] },
  // The portal shows neither (results, after closing, are read from the poll or budget): a ballot does
  // not expire the municipality's portal cache.
  custom: { portalShows: false },
  // Who took part is known to managers (turnout), never what they chose.
  access: { read: processAccess.update, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: target,
      type: 'relationship',
      relationTo: `participa-${target}s`,
      required: true,
      index: true,
      label: TARGET_LABELS[target],
    },
    {
      name: 'person',
      custom: personal(),
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
  'participa-poll-voters',
  'poll',
  l('Participación en encuestas', 'Participação em enquetes', 'Poll participation', 'Participation aux sondages'),
)
export const BudgetParticipations = participation(
  'participa-budget-voters',
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
  graphQL: { singularName: legacyName(target, 'Ballot'), pluralName: `${legacyName(target, 'Ballot')}s` },
  typescript: { interface: legacyName(target, 'Ballot') },
  labels,
  timestamps: false,
  custom: { audit: false, portalShows: false },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'id', type: 'text', defaultValue: () => randomUUID(), admin: { hidden: true } },
    {
      name: target,
      type: 'relationship',
      relationTo: `participa-${target}s`,
      required: true,
      index: true,
      label: TARGET_LABELS[target],
    },
    ...fields,
  ],
})

export const PollBallots = ballot(
  'participa-poll-ballots',
  'poll',
  {
    singular: l('Voto de encuesta', 'Voto de enquete', 'Poll ballot', 'Vote de sondage'),
    plural: l('Votos de encuestas', 'Votos de enquetes', 'Poll ballots', 'Votes de sondages'),
  },
  [{ name: 'choices', type: 'json', required: true, label: l('Respuestas', 'Respostas', 'Choices', 'Choix') }],
)
export const BudgetBallots = ballot(
  'participa-budget-ballots',
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
