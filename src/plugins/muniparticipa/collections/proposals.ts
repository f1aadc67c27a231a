/**
 * Proposals, their comments, supports and reports. Written by people only through the GraphQL
 * mutations (which check the phase, verification and limits); moderated by managers through the
 * workflow. Support counts are counted from the supports themselves when read, so they are exact.
 */
import type { CollectionConfig } from 'payload'

import { IMAGE_TYPES, l, personal, uploadDir, uploadGuard } from '@e-muni/sdk'
import { commentAccess, proposalAccess } from '../access/index'
import { commentWorkflow, proposalWorkflow } from '../workflows/index'
import { ANSWERS } from '../workflows/states'
import { managersOfTenant } from './processes'
import { authorField, authorName, citizensText, reportCount } from './proposalFields'
import { emailAnswer, guard, qualified, stampAnswer, supportCount } from './proposalHooks'

export { Reports, Supports } from './supportsReports'

export const Proposals: CollectionConfig = proposalWorkflow.apply({
  slug: 'participa-proposals',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'Proposal', pluralName: 'Proposals' },
  typescript: { interface: 'Proposal' },
  labels: {
    singular: l('Propuesta', 'Proposta', 'Proposal', 'Proposition'),
    plural: l('Propuestas', 'Propostas', 'Proposals', 'Propositions'),
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'authorName', 'process', 'status', 'reportCount'] },
  access: proposalAccess,
  hooks: {
    beforeValidate: [managersOfTenant, guard],
    beforeChange: [stampAnswer],
    afterChange: [emailAnswer],
  },
  // Read by the computed fields (supportCount, qualified, authorName) whatever a read selects.
  forceSelect: { process: true, author: true },
  fields: [
    {
      name: 'process',
      type: 'relationship',
      relationTo: 'participa-processes',
      required: true,
      index: true,
      admin: { readOnly: true },
      label: l('Proceso', 'Processo', 'Process', 'Processus'),
    },
    // The citizen's words: moderators publish, hide or reject them, and do not rewrite them (read-only in
    // the admin; a change is dropped). The author's own writes run with overrideAccess.
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 200,
      access: { update: citizensText },
      label: l('Título', 'Título', 'Title', 'Titre'),
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: 10_000,
      access: { update: citizensText },
      label: l('Texto', 'Texto', 'Text', 'Texte'),
    },
    {
      type: 'row',
      fields: [
        { name: 'category', type: 'text', index: true, label: l('Categoría', 'Categoria', 'Category', 'Catégorie') },
        {
          name: 'district',
          type: 'relationship',
          relationTo: 'participa-districts',
          index: true,
          label: l('Barrio', 'Bairro', 'District', 'Quartier'),
        },
      ],
    },
    {
      name: 'location',
      custom: personal(false),
      type: 'group',
      label: l('Ubicación', 'Localização', 'Location', 'Emplacement'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'lat', type: 'number', min: -90, max: 90, label: l('Latitud', 'Latitude', 'Latitude', 'Latitude') },
            {
              name: 'lng',
              type: 'number',
              min: -180,
              max: 180,
              label: l('Longitud', 'Longitude', 'Longitude', 'Longitude'),
            },
            {
              name: 'address',
              type: 'text',
              maxLength: 300,
              label: l('Dirección', 'Endereço', 'Address', 'Adresse'),
            },
          ],
        },
      ],
    },
    {
      name: 'images',
      type: 'upload',
      relationTo: 'participa-proposal-images',
      hasMany: true,
      maxRows: 5,
      admin: { readOnly: true },
      label: l('Imágenes', 'Imagens', 'Images', 'Images'),
    },
    authorField,
    authorName,
    {
      name: 'supportCount',
      type: 'number',
      virtual: true,
      admin: { readOnly: true },
      label: l('Apoyos', 'Apoios', 'Supports', 'Soutiens'),
      hooks: { afterRead: [supportCount] },
    },
    {
      name: 'qualified',
      type: 'checkbox',
      virtual: true,
      admin: { readOnly: true },
      label: l('Calificada', 'Qualificada', 'Qualified', 'Qualifiée'),
      hooks: { afterRead: [qualified] },
    },
    reportCount,
    {
      name: 'answer',
      type: 'group',
      label: l('Respuesta oficial', 'Resposta oficial', 'Official answer', 'Réponse officielle'),
      fields: [
        { name: 'status', type: 'select', options: ANSWERS, label: l('Estado', 'Estado', 'Status', 'Statut') },
        { name: 'text', type: 'textarea', maxLength: 4000, label: l('Texto', 'Texto', 'Text', 'Texte') },
        {
          name: 'answeredAt',
          type: 'date',
          admin: { readOnly: true },
          label: l('Respondida el', 'Respondida em', 'Answered on', 'Répondue le'),
        },
      ],
    },
  ],
})

export const Comments: CollectionConfig = commentWorkflow.apply({
  slug: 'participa-comments',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'Comment', pluralName: 'Comments' },
  typescript: { interface: 'Comment' },
  labels: {
    singular: l('Comentario', 'Comentário', 'Comment', 'Commentaire'),
    plural: l('Comentarios', 'Comentários', 'Comments', 'Commentaires'),
  },
  admin: { useAsTitle: 'body', defaultColumns: ['proposal', 'body', 'authorName', 'status', 'reportCount'] },
  access: commentAccess,
  hooks: { beforeValidate: [managersOfTenant, guard] },
  // Read by authorName whatever a read selects.
  forceSelect: { author: true },
  fields: [
    {
      name: 'proposal',
      type: 'relationship',
      relationTo: 'participa-proposals',
      required: true,
      index: true,
      admin: { readOnly: true },
      label: l('Propuesta', 'Proposta', 'Proposal', 'Proposition'),
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'participa-comments',
      index: true,
      admin: { readOnly: true },
      label: l('En respuesta a', 'Em resposta a', 'In reply to', 'En réponse à'),
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: 4000,
      access: { update: citizensText },
      label: l('Texto', 'Texto', 'Text', 'Texte'),
    },
    authorField,
    authorName,
    reportCount,
  ],
})

/** Images of proposals: public (they illustrate public proposals), judged by their bytes. */
export const ProposalImages: CollectionConfig = {
  slug: 'participa-proposal-images',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'ProposalImage', pluralName: 'ProposalImages' },
  typescript: { interface: 'ProposalImage' },
  labels: {
    singular: l('Imagen de propuesta', 'Imagem de proposta', 'Proposal image', 'Image de proposition'),
    plural: l('Imágenes de propuestas', 'Imagens de propostas', 'Proposal images', 'Images de propositions'),
  },
  admin: { useAsTitle: 'filename' },
  access: { read: () => true, create: () => false, update: () => false, delete: proposalAccess.update },
  // Stored just before their proposal: one its proposal never got (a crash in between) is swept.
  custom: { ownedBy: [{ collection: 'participa-proposals', field: 'images' }] },
  hooks: { beforeOperation: [uploadGuard(IMAGE_TYPES)] },
  upload: { staticDir: uploadDir('proposal-images'), mimeTypes: IMAGE_TYPES },
  fields: [
    {
      name: 'author',
      custom: personal(),
      type: 'relationship',
      relationTo: 'people',
      admin: { readOnly: true },
      label: l('Autor', 'Autor', 'Author', 'Auteur'),
    },
  ],
}
