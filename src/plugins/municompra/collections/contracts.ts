/**
 * Contracts of awarded tenders: value, period, signed documents, amendments, milestones and payments.
 * Public; every change writes an OCDS release (contract, contractAmendment, implementation).
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { idOf, l, moduleText, personal, sameValue } from '@e-muni/sdk'
import { publicAccess } from '../access/index'
import { fail } from '../hooks/common'
import { MODULE } from '../i18n/index'
import { recordRelease } from '../lib/ocds'
import { contractWorkflow } from '../workflows/contracts'
import { documentRows } from './tenders'
import { officersOfTenant } from './plans'

/** OCDS milestoneType codes, each with its label. */
const MILESTONE_TYPES = [
  { value: 'delivery', label: l('Entrega', 'Entrega', 'Delivery', 'Livraison') },
  { value: 'reporting', label: l('Informe', 'Relatório', 'Reporting', 'Rapport') },
  { value: 'payment', label: l('Pago', 'Pagamento', 'Payment', 'Paiement') },
  { value: 'approval', label: l('Aprobación', 'Aprovação', 'Approval', 'Approbation') },
  { value: 'assessment', label: l('Evaluación', 'Avaliação', 'Assessment', 'Évaluation') },
  {
    value: 'engagement',
    label: l(
      'Participación de interesados',
      'Engajamento das partes interessadas',
      'Stakeholder engagement',
      'Concertation des parties prenantes',
    ),
  },
  { value: 'financing', label: l('Financiamiento', 'Financiamento', 'Financing', 'Financement') },
]

/** OCDS milestoneStatus codes, each with its label. */
const MILESTONE_STATUS = [
  { value: 'scheduled', label: l('Programado', 'Programado', 'Scheduled', 'Prévu') },
  { value: 'met', label: l('Cumplido', 'Cumprido', 'Met', 'Atteint') },
  { value: 'notMet', label: l('No cumplido', 'Não cumprido', 'Not met', 'Non atteint') },
  {
    value: 'partiallyMet',
    label: l('Cumplido parcialmente', 'Parcialmente cumprido', 'Partially met', 'Partiellement atteint'),
  },
]

/** A contract belongs to an awarded tender of its municipality; its supplier and currency come from the award. */
const stamp: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'update' && 'tender' in data && !sameValue(data.tender, originalDoc?.tender))
    throw fail(moduleText(req, MODULE, 'systemField', { field: 'tender' }))
  if (operation !== 'create') return data
  const tenderId = idOf(data.tender)
  if (tenderId === undefined || tenderId === null) throw fail(moduleText(req, MODULE, 'contractNeedsAward'))
  const tender = (await req.payload.findByID({
    collection: 'compra-tenders',
    id: tenderId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })) as unknown as {
    status?: string
    tenant?: unknown
    award?: { supplier?: unknown; supplierName?: string; value?: number }
    value?: { currency?: string }
  } | null
  if (!tender || tender.status !== 'awarded' || String(idOf(tender.tenant)) !== String(idOf(data.tenant)))
    throw fail(moduleText(req, MODULE, 'contractNeedsAward'))
  data.supplier = idOf(tender.award?.supplier)
  data.supplierName = tender.award?.supplierName
  data.currency = tender.value?.currency
  if (typeof data.value !== 'number') data.value = tender.award?.value
  return data
}

const TRACKED: [string, string][] = [
  ['amendments', 'contractAmendment'],
  ['milestones', 'implementation'],
  ['payments', 'implementation'],
]

/** Releases: on creation (contract) and when amendments, milestones or payments change. */
const release: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const tags =
    operation === 'create'
      ? ['contract']
      : [...new Set(TRACKED.filter(([f]) => !sameValue(doc[f], previousDoc?.[f])).map(([, tag]) => tag))]
  if (tags.length) await recordRelease(req, idOf(doc.tender)!, tags)
  return doc
}

export const Contracts: CollectionConfig = contractWorkflow.apply({
  slug: 'compra-contracts',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'Contract', pluralName: 'Contracts' },
  typescript: { interface: 'Contract' },
  labels: {
    singular: l('Contrato', 'Contrato', 'Contract', 'Contrat'),
    plural: l('Contratos', 'Contratos', 'Contracts', 'Contrats'),
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'tender', 'supplierName', 'value', 'status'] },
  access: publicAccess,
  hooks: { beforeValidate: [officersOfTenant], beforeChange: [stamp], afterChange: [release] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: l('Título', 'Título', 'Title', 'Titre') },
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
          admin: { readOnly: true },
          label: l('Proveedor', 'Fornecedor', 'Supplier', 'Fournisseur'),
        },
        {
          name: 'supplierName',
          custom: personal('public-when-its-bid-is-opened'),
          type: 'text',
          admin: { readOnly: true },
          label: l('Razón social', 'Razão social', 'Legal name', 'Raison sociale'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'value', type: 'number', min: 0, label: l('Monto', 'Valor', 'Value', 'Montant') },
        {
          name: 'currency',
          type: 'text',
          admin: { readOnly: true },
          label: l('Moneda', 'Moeda', 'Currency', 'Devise'),
        },
        { name: 'signedAt', type: 'date', label: l('Firmado', 'Assinado', 'Signed', 'Signé') },
      ],
    },
    {
      name: 'period',
      type: 'group',
      label: l('Plazo', 'Vigência', 'Period', 'Durée'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'start', type: 'date', label: l('Inicio', 'Início', 'Start', 'Début') },
            { name: 'end', type: 'date', label: l('Fin', 'Fim', 'End', 'Fin') },
          ],
        },
      ],
    },
    documentRows(),
    {
      name: 'amendments',
      type: 'array',
      labels: {
        singular: l('Enmienda', 'Alteração', 'Amendment', 'Modification'),
        plural: l('Enmiendas', 'Alterações', 'Amendments', 'Modifications'),
      },
      label: l('Modificaciones', 'Aditivos', 'Amendments', 'Avenants'),
      fields: [
        { name: 'date', type: 'date', required: true, label: l('Fecha', 'Data', 'Date', 'Date') },
        {
          name: 'description',
          type: 'textarea',
          required: true,
          label: l('Descripción', 'Descrição', 'Description', 'Description'),
        },
        { name: 'rationale', type: 'textarea', label: l('Motivo', 'Motivo', 'Rationale', 'Motif') },
      ],
    },
    {
      name: 'milestones',
      type: 'array',
      labels: {
        singular: l('Hito', 'Marco', 'Milestone', 'Jalon'),
        plural: l('Hitos', 'Marcos', 'Milestones', 'Jalons'),
      },
      label: l('Hitos', 'Marcos', 'Milestones', 'Jalons'),
      fields: [
        { name: 'title', type: 'text', required: true, label: l('Título', 'Título', 'Title', 'Titre') },
        {
          type: 'row',
          fields: [
            {
              name: 'type',
              type: 'select',
              options: MILESTONE_TYPES,
              defaultValue: 'delivery',
              label: l('Tipo', 'Tipo', 'Type', 'Type'),
            },
            {
              name: 'status',
              type: 'select',
              options: MILESTONE_STATUS,
              defaultValue: 'scheduled',
              label: l('Estado', 'Estado', 'Status', 'Statut'),
            },
            { name: 'dueDate', type: 'date', label: l('Vence', 'Prazo', 'Due', 'Échéance') },
            { name: 'dateMet', type: 'date', label: l('Cumplido', 'Cumprido', 'Met on', 'Atteint le') },
          ],
        },
      ],
    },
    {
      name: 'payments',
      type: 'array',
      labels: {
        singular: l('Pago', 'Pagamento', 'Payment', 'Paiement'),
        plural: l('Pagos', 'Pagamentos', 'Payments', 'Paiements'),
      },
      label: l('Pagos', 'Pagamentos', 'Payments', 'Paiements'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'date', type: 'date', required: true, label: l('Fecha', 'Data', 'Date', 'Date') },
            { name: 'amount', type: 'number', required: true, min: 0, label: l('Monto', 'Valor', 'Amount', 'Montant') },
            { name: 'description', type: 'text', label: l('Concepto', 'Descrição', 'Description', 'Description') },
          ],
        },
      ],
    },
  ],
})
