/**
 * Accountability: accepted proposals and winning budget projects become public results, with a status
 * and a progress percentage the municipality keeps up to date. Created by MuniParticipa itself (one per
 * proposal or project: a unique index); managers edit status and progress. And who follows a process
 * (emailed when its phase changes).
 */
import type { CollectionConfig } from 'payload'

import { l, personal } from '@e-muni/sdk'
import { districtAccess, verificationAccess } from '../access/index'
import { managersOfTenant } from './processes'

export const RESULT_STATES = [
  { value: 'planned', label: l('Planificado', 'Planejado', 'Planned', 'Prévu') },
  { value: 'in-progress', label: l('En ejecución', 'Em execução', 'In progress', 'En cours') },
  { value: 'completed', label: l('Terminado', 'Concluído', 'Completed', 'Terminé') },
  { value: 'cancelled', label: l('Cancelado', 'Cancelado', 'Cancelled', 'Annulé') },
]

export const AccountabilityResults: CollectionConfig = {
  slug: 'participa-results',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'AccountabilityResult', pluralName: 'AccountabilityResults' },
  typescript: { interface: 'AccountabilityResult' },
  labels: {
    singular: l(
      'Resultado (rendición de cuentas)',
      'Resultado (prestação de contas)',
      'Result (accountability)',
      'Résultat (redevabilité)',
    ),
    plural: l('Rendición de cuentas', 'Prestação de contas', 'Accountability', 'Redevabilité'),
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'status', 'progress'] },
  access: districtAccess,
  hooks: { beforeValidate: [managersOfTenant] },
  fields: [
    { name: 'title', type: 'text', required: true, label: l('Título', 'Título', 'Title', 'Titre') },
    { name: 'description', type: 'textarea', label: l('Descripción', 'Descrição', 'Description', 'Description') },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          options: RESULT_STATES,
          defaultValue: 'planned',
          index: true,
          label: l('Estado', 'Estado', 'Status', 'Statut'),
        },
        {
          name: 'progress',
          type: 'number',
          min: 0,
          max: 100,
          defaultValue: 0,
          label: l('Avance (%)', 'Progresso (%)', 'Progress (%)', 'Avancement (%)'),
        },
      ],
    },
    {
      name: 'process',
      type: 'relationship',
      relationTo: 'participa-processes',
      index: true,
      admin: { readOnly: true },
      label: l('Proceso', 'Processo', 'Process', 'Processus'),
    },
    {
      name: 'proposal',
      type: 'relationship',
      relationTo: 'participa-proposals',
      admin: { readOnly: true },
      label: l('Propuesta', 'Proposta', 'Proposal', 'Proposition'),
    },
    {
      name: 'project',
      type: 'relationship',
      relationTo: 'participa-budget-projects',
      admin: { readOnly: true },
      label: l('Proyecto', 'Projeto', 'Project', 'Projet'),
    },
    { name: 'uniqueKey', type: 'text', unique: true, admin: { hidden: true } },
  ],
}

export const ProcessFollowers: CollectionConfig = {
  slug: 'participa-followers',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'ProcessFollower', pluralName: 'ProcessFollowers' },
  typescript: { interface: 'ProcessFollower' },
  labels: {
    singular: l('Seguidor', 'Seguidor', 'Follower', 'Abonné'),
    plural: l('Seguidores', 'Seguidores', 'Followers', 'Abonnés'),
  },
  admin: { defaultColumns: ['process', 'person'] },
  access: verificationAccess,
  fields: [
    {
      name: 'process',
      type: 'relationship',
      relationTo: 'participa-processes',
      required: true,
      index: true,
      label: l('Proceso', 'Processo', 'Process', 'Processus'),
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
}
