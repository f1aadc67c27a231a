/* eslint-disable @typescript-eslint/no-explicit-any -- documents read here are loosely shaped */
/**
 * Proposals, their comments, supports and reports. Written by people only through the GraphQL
 * mutations (which check the phase, verification and limits); moderated by managers through the
 * workflow. Support counts are counted from the supports themselves when read, so they are exact.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterReadHook,
  CollectionBeforeChangeHook,
  CollectionBeforeValidateHook,
  CollectionConfig,
  Field,
} from 'payload'

import { idOf, IMAGE_TYPES, isBlank, l, moduleText, perRequest, sameValue, uploadDir, uploadGuard } from '@e-muni/sdk'
import { commentAccess, isManager, proposalAccess, reportAccess, supportAccess } from '../access/index'
import { fail, isInternal } from '../hooks/common'
import { sendToAuthor } from '../hooks/notifications'
import { MODULE, templates } from '../i18n/index'
import { ensureResult } from '../lib/results'
import { commentWorkflow, proposalWorkflow } from '../workflows/index'
import { ANSWERS } from '../workflows/states'
import { managersOfTenant } from './processes'

const SYSTEM = ['author', 'process', 'proposal', 'parent', 'reportCount', 'supportCount', 'qualified', 'images']

/** Fields only MuniParticipa's own code sets. */
const guard: CollectionBeforeValidateHook = ({ data, originalDoc, operation, req, context }) => {
  if (!data || isInternal(context)) return data
  for (const field of SYSTEM) {
    if (!(field in data)) continue
    const changed = operation === 'create' ? !isBlank(data[field]) : !sameValue(data[field], originalDoc?.[field])
    if (changed) throw fail(moduleText(req, MODULE, 'systemField', { field }))
  }
  return data
}

/** An official answer is dated; a rejection says why. */
const stampAnswer: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!('answer' in data) || sameValue(data.answer, originalDoc?.answer)) return data
  const answer = { ...(data.answer as Record<string, unknown>) }
  if (answer.status === 'rejected' && !String(answer.text ?? '').trim())
    throw fail(moduleText(req, MODULE, 'answerReason'))
  answer.answeredAt = new Date().toISOString()
  data.answer = answer
  return data
}

const emailAnswer: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !doc.answer?.status || sameValue(doc.answer, previousDoc?.answer)) return doc
  if (doc.answer.status === 'accepted')
    await ensureResult(req, {
      tenant: idOf(doc.tenant),
      title: doc.title,
      description: doc.answer.text ?? null,
      process: idOf(doc.process),
      proposal: doc.id,
      uniqueKey: `proposal:${doc.id}`,
    })
  const label = ANSWERS.find((a) => a.value === doc.answer.status)?.label
  await sendToAuthor(req, doc, templates.proposalAnswered, (lang) => ({
    title: doc.title,
    answer: label?.[lang] ?? doc.answer.status,
    text: doc.answer.text ?? '',
  }))
  return doc
}

/** The number of supports (and whether it reaches the process's threshold), counted when read. */
const countSupports: CollectionAfterReadHook = async ({ doc, req }) => {
  const cache = (((req.context ??= {}) as Record<string, any>)['muniparticipa:thresholds'] ??= new Map())
  const processId = String(idOf(doc.process))
  if (!cache.has(processId))
    cache.set(
      processId,
      req.payload
        .findByID({
          collection: 'processes',
          id: processId,
          depth: 0,
          overrideAccess: true,
          req,
          disableErrors: true,
        })
        .then((p: any) => p?.supportThreshold ?? null),
    )
  const [{ totalDocs }, threshold] = await Promise.all([
    req.payload.count({
      collection: 'supports',
      where: { proposal: { equals: doc.id } },
      overrideAccess: true,
      req,
    }),
    cache.get(processId),
  ])
  doc.supportCount = totalDocs
  doc.qualified = threshold !== null && totalDocs >= threshold
  return doc
}

const authorField: Field = {
  name: 'author',
  type: 'relationship',
  relationTo: 'people',
  index: true,
  // Staff cannot read people: the relationship would show as "Sin título - ID: 6". The admin shows
  // `authorName` instead.
  admin: { readOnly: true, hidden: true },
  label: l('Autor', 'Autor', 'Author', 'Auteur'),
}
/** The author's name, for the municipality's moderators (not their email; nobody else reads it). */
const authorName: Field = {
  name: 'authorName',
  type: 'text',
  virtual: true,
  admin: { readOnly: true },
  label: l('Autor', 'Autor', 'Author', 'Auteur'),
  hooks: {
    afterRead: [
      ({ siblingData, req }) => {
        const id = idOf(siblingData?.author)
        if (id === undefined || id === null || !isManager(req.user, siblingData?.tenant)) return undefined
        // One read per author per request (a list shows many proposals of few authors).
        const names = perRequest(req, 'muniparticipa:authorNames', () => new Map<string, Promise<string | null>>())
        if (!names.has(String(id)))
          names.set(
            String(id),
            req.payload
              .findByID({ collection: 'people', id, depth: 0, overrideAccess: true, disableErrors: true, req })
              .then((person) => (person as { name?: string } | null)?.name ?? null)
              .catch(() => null),
          )
        return names.get(String(id))
      },
    ],
  },
}
const reportCount: Field = {
  name: 'reportCount',
  type: 'number',
  admin: { readOnly: true },
  label: l('Denuncias', 'Denúncias', 'Reports', 'Signalements'),
}

/** Nobody changes a citizen's text through the API or the admin (their own edits run with overrideAccess). */
const citizensText = () => false

export const Proposals: CollectionConfig = proposalWorkflow.apply({
  slug: 'proposals',
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
    afterRead: [countSupports],
  },
  fields: [
    {
      name: 'process',
      type: 'relationship',
      relationTo: 'processes',
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
          relationTo: 'districts',
          index: true,
          label: l('Barrio', 'Bairro', 'District', 'Quartier'),
        },
      ],
    },
    {
      name: 'location',
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
      relationTo: 'proposal-images',
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
    },
    {
      name: 'qualified',
      type: 'checkbox',
      virtual: true,
      admin: { readOnly: true },
      label: l('Calificada', 'Qualificada', 'Qualified', 'Qualifiée'),
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
  slug: 'comments',
  labels: {
    singular: l('Comentario', 'Comentário', 'Comment', 'Commentaire'),
    plural: l('Comentarios', 'Comentários', 'Comments', 'Commentaires'),
  },
  admin: { useAsTitle: 'body', defaultColumns: ['proposal', 'body', 'authorName', 'status', 'reportCount'] },
  access: commentAccess,
  hooks: { beforeValidate: [managersOfTenant, guard] },
  fields: [
    {
      name: 'proposal',
      type: 'relationship',
      relationTo: 'proposals',
      required: true,
      index: true,
      admin: { readOnly: true },
      label: l('Propuesta', 'Proposta', 'Proposal', 'Proposition'),
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'comments',
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

export const Supports: CollectionConfig = {
  slug: 'supports',
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
      relationTo: 'proposals',
      required: true,
      index: true,
      label: l('Propuesta', 'Proposta', 'Proposal', 'Proposition'),
    },
    {
      name: 'process',
      type: 'relationship',
      relationTo: 'processes',
      required: true,
      index: true,
      label: l('Proceso', 'Processo', 'Process', 'Processus'),
    },
    {
      name: 'person',
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
  slug: 'reports',
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
      type: 'relationship',
      relationTo: 'people',
      required: true,
      label: l('Denunciado por', 'Denunciado por', 'Reported by', 'Signalé par'),
    },
    { name: 'reason', type: 'textarea', maxLength: 1000, label: l('Motivo', 'Motivo', 'Reason', 'Motif') },
    // One report per person per proposal or comment.
    { name: 'uniqueKey', type: 'text', unique: true, admin: { hidden: true } },
  ],
}

/** Images of proposals: public (they illustrate public proposals), judged by their bytes. */
export const ProposalImages: CollectionConfig = {
  slug: 'proposal-images',
  labels: {
    singular: l('Imagen de propuesta', 'Imagem de proposta', 'Proposal image', 'Image de proposition'),
    plural: l('Imágenes de propuestas', 'Imagens de propostas', 'Proposal images', 'Images de propositions'),
  },
  admin: { useAsTitle: 'filename' },
  access: { read: () => true, create: () => false, update: () => false, delete: proposalAccess.update },
  // Stored just before their proposal: one its proposal never got (a crash in between) is swept.
  custom: { ownedBy: [{ collection: 'proposals', field: 'images' }] },
  hooks: { beforeOperation: [uploadGuard(IMAGE_TYPES)] },
  upload: { staticDir: uploadDir('proposal-images'), mimeTypes: IMAGE_TYPES },
  fields: [
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'people',
      admin: { readOnly: true },
      label: l('Autor', 'Autor', 'Author', 'Auteur'),
    },
  ],
}
