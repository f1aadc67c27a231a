/** Supports of proposals (one per person, within the process's limit) and reports of proposals and comments. */
import type { CollectionConfig } from 'payload'

import { l, personal } from '@e-muni/sdk'
import { reportAccess, supportAccess } from '../access/index'

export const Supports: CollectionConfig = {
  slug: 'participa-supports',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'Support', pluralName: 'Supports' },
  typescript: { interface: 'Support' },
  labels: {
    singular: l('Apoyo', 'Apoio', 'Support', 'Soutien'),
    plural: l('Apoyos', 'Apoios', 'Supports', 'Soutiens'),
  },
  admin: { defaultColumns: ['proposal', 'createdAt'] },
  access: supportAccess,
  fields: [
    {
      name: 'proposal',
      type: 'relationship',
      relationTo: 'participa-proposals',
      required: true,
      index: true,
      label: l('Propuesta', 'Proposta', 'Proposal', 'Proposition'),
    },
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
    // One support per person per proposal, and at most the process's limit per person: both held by unique indexes.
    { name: 'uniqueKey', type: 'text', unique: true, admin: { hidden: true } },
    { name: 'slotKey', type: 'text', unique: true, admin: { hidden: true } },
  ],
}

export const Reports: CollectionConfig = {
  slug: 'participa-reports',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'Report', pluralName: 'Reports' },
  typescript: { interface: 'Report' },
  labels: {
    singular: l('Denuncia', 'Denúncia', 'Report', 'Signalement'),
    plural: l('Denuncias', 'Denúncias', 'Reports', 'Signalements'),
  },
  admin: { defaultColumns: ['targetCollection', 'targetId', 'reason', 'createdAt'] },
  access: reportAccess,
  fields: [
    {
      name: 'targetCollection',
      type: 'select',
      options: [
        { value: 'proposals', label: l('Propuesta', 'Proposta', 'Proposal', 'Proposition') },
        { value: 'comments', label: l('Comentario', 'Comentário', 'Comment', 'Commentaire') },
      ],
      required: true,
      label: l('Tipo de contenido', 'Tipo de conteúdo', 'Content type', 'Type de contenu'),
    },
    {
      name: 'targetId',
      type: 'text',
      required: true,
      index: true,
      label: l('Id del contenido', 'Id do conteúdo', 'Content id', 'Id du contenu'),
    },
    {
      name: 'person',
      custom: personal(),
      type: 'relationship',
      relationTo: 'people',
      required: true,
      label: l('Denunciado por', 'Denunciado por', 'Reported by', 'Signalé par'),
    },
    {
      name: 'reason',
      type: 'textarea',
      maxLength: 1000,
      label: l('Motivo', 'Motivo', 'Reason', 'Motif'),
      custom: personal(),
    },
    // One report per person per proposal or comment.
    { name: 'uniqueKey', type: 'text', unique: true, admin: { hidden: true } },
  ],
}
