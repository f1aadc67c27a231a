/**
 * Sealed bids, the files of opened bids, and their evaluations.
 *
 * A bid row holds a receipt (id, server time, SHA-256 of the sealed content) and the sealed content
 * itself, which no API returns. Amounts and documents exist in plain form only after the opening job
 * has opened the tender's bids. Bids are written only by submitBid / withdrawBid and the opening job.
 */
import type { Where, CollectionBeforeChangeHook, CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { DOCUMENT_TYPES as FILE_TYPES, idOf, l, moduleText, personal, requireRoleIn, uploadDir } from '@e-muni/sdk'
import { bidAccess, bidDocumentAccess, EVALUATOR, evaluationAccess, OFFICERS } from '../access/index'
import { fail, guardSystemFields } from '../hooks/common'
import { MODULE } from '../i18n/index'

const nobody = () => false

export const Bids: CollectionConfig = {
  slug: 'compra-bids',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'Bid', pluralName: 'Bids' },
  typescript: { interface: 'Bid' },
  labels: {
    singular: l('Oferta', 'Proposta', 'Bid', 'Offre'),
    plural: l('Ofertas', 'Propostas', 'Bids', 'Offres'),
  },
  admin: { useAsTitle: 'supplierName', defaultColumns: ['tender', 'supplierName', 'status', 'submittedAt', 'amount'] },
  access: bidAccess,
  // No audit entry while a bid is sealed: who bid when, and how often, stays unknown until the opening.
  custom: { auditWhen: (doc: { opened?: unknown }) => Boolean(doc.opened) },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'tender',
          type: 'relationship',
          relationTo: 'compra-tenders',
          required: true,
          index: true,
          label: l('Licitación', 'Licitação', 'Tender', "Appel d'offres"),
        },
        {
          name: 'supplier',
          type: 'relationship',
          relationTo: 'compra-suppliers',
          required: true,
          index: true,
          label: l('Proveedor', 'Fornecedor', 'Supplier', 'Fournisseur'),
        },
      ],
    },
    {
      name: 'supplierName',
      type: 'text',
      label: l('Razón social', 'Razão social', 'Legal name', 'Raison sociale'),
      custom: personal('public-when-its-bid-is-opened'),
    },
    {
      name: 'bidder',
      custom: personal(),
      type: 'relationship',
      relationTo: 'people',
      index: true,
      label: l('Presentada por', 'Enviada por', 'Submitted by', 'Déposée par'),
    },
    // One bid per supplier per tender, held by the database.
    { name: 'uniqueKey', type: 'text', unique: true, admin: { hidden: true } },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'submitted',
      index: true,
      options: [
        { value: 'submitted', label: l('Presentada', 'Enviada', 'Submitted', 'Déposée') },
        { value: 'withdrawn', label: l('Retirada', 'Retirada', 'Withdrawn', 'Retirée') },
      ],
      label: l('Estado', 'Estado', 'Status', 'Statut'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'submittedAt',
          type: 'date',
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: l(
            'Recibida (hora del servidor)',
            'Recebida (hora do servidor)',
            'Received (server time)',
            'Reçue (heure du serveur)',
          ),
        },
        { name: 'version', type: 'number', defaultValue: 1, label: l('Versión', 'Versão', 'Version', 'Version') },
      ],
    },
    {
      name: 'sha256',
      type: 'text',
      label: l(
        'SHA-256 del contenido sellado',
        'SHA-256 do conteúdo lacrado',
        'SHA-256 of the sealed content',
        'SHA-256 du contenu scellé',
      ),
    },
    // The sealed content: no API returns it, not even to a platform admin.
    {
      name: 'sealed',
      type: 'textarea',
      access: { read: nobody, update: nobody, create: nobody },
      admin: { hidden: true },
    },
    {
      name: 'opened',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: l('Abierta', 'Aberta', 'Opened', 'Ouverte'),
    },
    {
      type: 'row',
      fields: [
        { name: 'amount', type: 'number', label: l('Monto', 'Valor', 'Amount', 'Montant') },
        { name: 'currency', type: 'text', label: l('Moneda', 'Moeda', 'Currency', 'Devise') },
      ],
    },
    { name: 'lines', type: 'json', label: l('Desglose', 'Detalhamento', 'Breakdown', 'Détail') },
    {
      name: 'note',
      type: 'textarea',
      label: l('Nota del oferente', 'Nota do proponente', "Bidder's note", 'Note du soumissionnaire'),
    },
    {
      name: 'documents',
      type: 'relationship',
      relationTo: 'compra-bid-documents',
      hasMany: true,
      label: l('Documentos', 'Documentos', 'Documents', 'Documents'),
    },
  ],
}

export const BidDocuments: CollectionConfig = {
  slug: 'compra-bid-documents',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'BidDocument', pluralName: 'BidDocuments' },
  typescript: { interface: 'BidDocument' },
  labels: {
    singular: l('Documento de oferta', 'Documento de proposta', 'Bid document', "Document d'offre"),
    plural: l('Documentos de ofertas', 'Documentos de propostas', 'Bid documents', "Documents d'offres"),
  },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'bid', 'mimeType', 'filesize'] },
  access: bidDocumentAccess,
  // Stored by the opening just before the bid names them: ones no bid names (a crash in between) are swept.
  custom: { ownedBy: [{ collection: 'compra-bids', field: 'documents' }] },
  upload: { staticDir: uploadDir('bid-documents'), mimeTypes: FILE_TYPES },
  fields: [
    {
      name: 'bid',
      type: 'relationship',
      relationTo: 'compra-bids',
      index: true,
      admin: { readOnly: true },
      label: l('Oferta', 'Proposta', 'Bid', 'Offre'),
    },
    {
      name: 'bidder',
      custom: personal(),
      type: 'relationship',
      relationTo: 'people',
      index: true,
      admin: { readOnly: true },
      label: l('Presentado por', 'Enviado por', 'Submitted by', 'Déposé par'),
    },
  ],
}

const evaluationGuard: CollectionBeforeValidateHook = async ({ data, originalDoc, operation, req }) => {
  if (!data) return data
  guardSystemFields(req, ['tender', 'evaluator', 'uniqueKey'], data, originalDoc, operation)
  const bid = (await req.payload.findByID({
    collection: 'compra-bids',
    id: idOf(data.bid ?? originalDoc?.bid)!,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })) as unknown as Record<string, unknown> | null
  if (!bid) throw fail(moduleText(req, MODULE, 'evaluationBid'))
  data.tenant = bid.tenant
  requireRoleIn(req, bid.tenant, [EVALUATOR, ...OFFICERS], () => moduleText(req, MODULE, 'noRoleHere'))
  const tender = (await req.payload.findByID({
    collection: 'compra-tenders',
    id: idOf(bid.tender)!,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Record<string, unknown>
  if (!bid.opened || bid.status !== 'submitted' || tender.status !== 'evaluation')
    throw fail(moduleText(req, MODULE, 'evaluationNotNow'), 409)
  return data
}

const evaluationStamp: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const bid = (await req.payload.findByID({
    collection: 'compra-bids',
    id: idOf(data.bid)!,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Record<string, unknown>
  data.tender = idOf(bid.tender)
  data.evaluator = req.user?.collection === 'users' ? req.user.id : null
  data.uniqueKey = `${idOf(data.bid)}:${data.evaluator ?? 'system'}`
  return data
}

export const BidEvaluations: CollectionConfig = {
  slug: 'compra-bid-evaluations',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'BidEvaluation', pluralName: 'BidEvaluations' },
  typescript: { interface: 'BidEvaluation' },
  labels: {
    singular: l('Evaluación de oferta', 'Avaliação de proposta', 'Bid evaluation', "Évaluation d'offre"),
    plural: l('Evaluaciones', 'Avaliações', 'Bid evaluations', 'Évaluations'),
  },
  admin: { defaultColumns: ['bid', 'evaluator', 'score'] },
  access: evaluationAccess,
  hooks: { beforeValidate: [evaluationGuard], beforeChange: [evaluationStamp] },
  fields: [
    {
      name: 'bid',
      type: 'relationship',
      relationTo: 'compra-bids',
      required: true,
      index: true,
      label: l('Oferta', 'Proposta', 'Bid', 'Offre'),
      // What can be scored now: opened bids of tenders in evaluation (the hook checks the same).
      filterOptions: (): Where => ({
        and: [
          { opened: { equals: true } },
          { status: { equals: 'submitted' } },
          { 'tender.status': { equals: 'evaluation' } },
        ],
      }),
    },
    {
      name: 'tender',
      type: 'relationship',
      relationTo: 'compra-tenders',
      index: true,
      admin: { readOnly: true },
      label: l('Licitación', 'Licitação', 'Tender', "Appel d'offres"),
    },
    {
      name: 'evaluator',
      custom: personal(),
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true },
      label: l('Evaluador', 'Avaliador', 'Evaluator', 'Évaluateur'),
    },
    // One evaluation per evaluator per bid.
    { name: 'uniqueKey', type: 'text', unique: true, admin: { hidden: true } },
    {
      name: 'score',
      type: 'number',
      required: true,
      min: 0,
      max: 100,
      label: l('Puntaje (0–100)', 'Pontuação (0–100)', 'Score (0–100)', 'Note (0–100)'),
    },
    {
      name: 'justification',
      type: 'textarea',
      required: true,
      maxLength: 4000,
      label: l('Justificación', 'Justificativa', 'Justification', 'Justification'),
    },
  ],
}
