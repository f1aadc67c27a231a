/** Tenders: the terms, the deadlines, the amendments, the opening record and the award. */
import type { CollectionConfig, Field, PayloadRequest, Validate } from 'payload'
import { getTenantFromCookie } from '@payloadcms/plugin-multi-tenant/utilities'

import { l, moduleText } from '@e-muni/sdk'
import { tenderAccess } from '../access/index'
import { afterTenderChange } from '../hooks/effects'
import { MODULE } from '../i18n/index'
import { guardTenderWrite, keepPublishedTenders, stampTender } from '../hooks/tenders'
import { tenderWorkflow } from '../workflows/tenders'
import { AWARD_CRITERIA, CATEGORIES, METHODS } from '../workflows/states'

const readOnly = { readOnly: true }
/** The form's steps and its review (admin/TenderSteps.tsx). */
const TENDER_STEPS = '/src/plugins/municompra/admin/TenderSteps#TenderSteps'
const STEP_OPTIONS = { methods: METHODS, categories: CATEGORIES }

/** The municipality the admin user works in (the multi-tenant plugin's tenant selector). */
const selectedTenant = (req: PayloadRequest) =>
  req.headers ? (getTenantFromCookie(req.headers, req.payload.db.defaultIDType) ?? undefined) : undefined

/**
 * A new tender's reference, suggested in the form: LIC-{year}-{number}, the number after the highest of
 * the year among the tenders the user reads in the municipality they work in (the admin's tenant cookie).
 * The officer may change it; the uniqueness check (409) catches two officers taking the same one.
 */
const suggestReference = async ({ req }: { req: PayloadRequest }): Promise<string | undefined> => {
  const tenant = selectedTenant(req)
  if (tenant === undefined || !req.user) return undefined
  const prefix = `LIC-${new Date().getFullYear()}-`
  const { docs } = await req.payload
    .find({
      collection: 'tenders',
      where: { and: [{ tenant: { equals: tenant } }, { reference: { like: prefix } }] },
      sort: '-reference',
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    .catch(() => ({ docs: [] as unknown[] }))
  const last = Number.parseInt(
    String((docs[0] as { reference?: string } | undefined)?.reference ?? '').slice(prefix.length),
    10,
  )
  return `${prefix}${String(Number.isFinite(last) ? last + 1 : 1).padStart(4, '0')}`
}

/** A new tender's currency, in the form: the municipality's (the server sets it too when none is given). */
const municipalCurrency = async ({ req }: { req: PayloadRequest }): Promise<string | undefined> => {
  const tenant = selectedTenant(req)
  if (tenant === undefined || !req.user) return undefined
  const municipality = await req.payload
    .findByID({
      collection: 'municipalities',
      id: tenant,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
      disableErrors: true,
    })
    .catch(() => null)
  return (municipality as { currency?: string } | null)?.currency ?? undefined
}

const DEADLINES = ['enquiryDeadline', 'submissionDeadline', 'openingAt'] as const
const timeOf = (v: unknown) => (typeof v === 'string' || v instanceof Date ? new Date(v).getTime() : NaN)
/**
 * The three deadlines in order (end of enquiries ≤ submission ≤ opening), checked on the date that changed
 * against the others as the form holds them: the officer sees it beside the date, before publishing.
 */
const inOrder: Validate = (value, { siblingData, previousValue, operation, path, req }) => {
  const mine = timeOf(value)
  if (Number.isNaN(mine) || (operation === 'update' && timeOf(previousValue) === mine)) return true
  const at = DEADLINES.indexOf(path.at(-1) as (typeof DEADLINES)[number])
  const others = DEADLINES.map((f) => timeOf((siblingData as Record<string, unknown>)?.[f]))
  const wrong = others.some(
    (other, i) => !Number.isNaN(other) && (i < at ? other > mine : i > at ? other < mine : false),
  )
  return wrong ? moduleText(req, MODULE, 'deadlineOrder') : true
}
const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/** The OCDS documentType codes offered, each with its label. */
export const DOCUMENT_TYPES = [
  {
    value: 'tenderNotice',
    label: l('Aviso de licitación', 'Aviso de licitação', 'Tender notice', "Avis d'appel d'offres"),
  },
  {
    value: 'biddingDocuments',
    label: l('Pliego de condiciones', 'Edital', 'Bidding documents', "Dossier d'appel d'offres"),
  },
  {
    value: 'technicalSpecifications',
    label: l(
      'Especificaciones técnicas',
      'Especificações técnicas',
      'Technical specifications',
      'Spécifications techniques',
    ),
  },
  {
    value: 'evaluationCriteria',
    label: l('Criterios de evaluación', 'Critérios de julgamento', 'Evaluation criteria', "Critères d'évaluation"),
  },
  { value: 'clarifications', label: l('Aclaraciones', 'Esclarecimentos', 'Clarifications', 'Éclaircissements') },
  {
    value: 'contractDraft',
    label: l('Borrador de contrato', 'Minuta do contrato', 'Draft contract', 'Projet de contrat'),
  },
  {
    value: 'billOfQuantity',
    label: l('Lista de cantidades', 'Planilha de quantitativos', 'Bill of quantities', 'Bordereau des quantités'),
  },
  {
    value: 'eligibilityCriteria',
    label: l('Criterios de elegibilidad', 'Critérios de habilitação', 'Eligibility criteria', "Critères d'éligibilité"),
  },
  { value: 'contractSigned', label: l('Contrato firmado', 'Contrato assinado', 'Signed contract', 'Contrat signé') },
  {
    value: 'contractAnnexe',
    label: l('Anexo del contrato', 'Anexo do contrato', 'Contract annex', 'Annexe au contrat'),
  },
  {
    value: 'completionCertificate',
    label: l(
      'Acta de recepción final',
      'Termo de recebimento definitivo',
      'Completion certificate',
      "Certificat d'achèvement",
    ),
  },
]

/** Item classification schemes (OCDS itemClassificationScheme codes). */
const CLASSIFICATION_SCHEMES = [
  { value: 'UNSPSC', label: l('UNSPSC', 'UNSPSC', 'UNSPSC', 'UNSPSC') },
  { value: 'CPV', label: l('CPV', 'CPV', 'CPV', 'CPV') },
  { value: 'CUCOP', label: l('CUCOP', 'CUCOP', 'CUCOP', 'CUCOP') },
  { value: 'CPC', label: l('CPC', 'CPC', 'CPC', 'CPC') },
  { value: 'HS', label: l('SA (HS)', 'SH (HS)', 'HS', 'SH (HS)') },
]

export const documentRows = (name = 'documents'): Field => ({
  name,
  type: 'array',
  labels: {
    singular: l('Documento', 'Documento', 'Document', 'Document'),
    plural: l('Documentos', 'Documentos', 'Documents', 'Documents'),
  },
  label: l('Documentos', 'Documentos', 'Documents', 'Documents'),
  fields: [
    { name: 'title', type: 'text', required: true, label: l('Título', 'Título', 'Title', 'Titre') },
    {
      name: 'file',
      type: 'upload',
      relationTo: 'procurement-files',
      required: true,
      label: l('Archivo', 'Arquivo', 'File', 'Fichier'),
    },
    {
      name: 'documentType',
      type: 'select',
      options: DOCUMENT_TYPES,
      label: l('Tipo (OCDS)', 'Tipo (OCDS)', 'Type (OCDS)', 'Type (OCDS)'),
    },
  ],
})

export const Tenders: CollectionConfig = tenderWorkflow.apply({
  slug: 'tenders',
  labels: {
    singular: l('Licitación', 'Licitação', 'Tender', "Appel d'offres"),
    plural: l('Licitaciones', 'Licitações', 'Tenders', "Appels d'offres"),
  },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'title', 'status', 'submissionDeadline', 'bidCount'],
    listSearchableFields: ['reference', 'title'],
  },
  defaultSort: '-createdAt',
  // The portal's lists (a municipality's tenders in a state, newest first) read only the rows they show.
  indexes: [{ fields: ['tenant', 'status', 'publishedAt', 'createdAt'] }],
  access: tenderAccess,
  hooks: {
    beforeValidate: [guardTenderWrite],
    beforeChange: [stampTender],
    afterChange: [afterTenderChange],
    beforeDelete: [keepPublishedTenders],
  },
  fields: [
    {
      name: 'tenderSteps',
      type: 'ui',
      admin: { components: { Field: { path: TENDER_STEPS, clientProps: { mode: 'steps', ...STEP_OPTIONS } } } },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: l('Datos', 'Dados', 'Details', 'Données'),
          fields: [
            {
              name: 'amendmentRationale',
              type: 'textarea',
              virtual: true,
              label: l(
                'Motivo de la enmienda (si cambia una licitación publicada)',
                'Motivo da alteração (ao mudar uma licitação publicada)',
                'Amendment rationale (when changing a published tender)',
                "Motif de la modification (pour un appel d'offres publié)",
              ),
              admin: { condition: (data) => data?.status === 'published' },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'reference',
                  type: 'text',
                  required: true,
                  index: true,
                  defaultValue: suggestReference,
                  label: l('Referencia', 'Referência', 'Reference', 'Référence'),
                  admin: {
                    description: l(
                      'Propuesta automáticamente (LIC-año-número); puede cambiarla: letras, números, punto, guion. Fija el identificador público al publicar.',
                      'Sugerida automaticamente (LIC-ano-número); pode alterá-la: letras, números, ponto, hífen. Fixa o identificador público ao publicar.',
                      'Suggested automatically (LIC-year-number); you may change it: letters, digits, dot, hyphen. Fixes the public identifier on publication.',
                      'Proposée automatiquement (LIC-année-numéro) ; modifiable : lettres, chiffres, point, tiret. Fixe l’identifiant public à la publication.',
                    ),
                  },
                },
                {
                  name: 'ocid',
                  type: 'text',
                  index: true,
                  admin: readOnly,
                  label: l(
                    'Identificador OCDS (ocid)',
                    'Identificador OCDS (ocid)',
                    'OCDS identifier (ocid)',
                    'Identifiant OCDS (ocid)',
                  ),
                },
              ],
            },
            { name: 'uniqueKey', type: 'text', unique: true, admin: { hidden: true } },
            // Not `required`: a localized required field fails every write made in another language (the
            // deadline jobs, the bid counter). Publication requires it (the workflow), in any language.
            { name: 'title', type: 'text', localized: true, label: l('Título', 'Título', 'Title', 'Titre') },
            {
              name: 'description',
              type: 'textarea',
              localized: true,
              label: l('Descripción', 'Descrição', 'Description', 'Description'),
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'method',
                  type: 'select',
                  required: true,
                  defaultValue: 'open',
                  index: true,
                  options: METHODS,
                  label: l('Procedimiento', 'Modalidade', 'Method', 'Procédure'),
                },
                {
                  name: 'category',
                  type: 'select',
                  required: true,
                  index: true,
                  options: CATEGORIES,
                  label: l('Categoría', 'Categoria', 'Category', 'Catégorie'),
                },
                {
                  name: 'awardCriteria',
                  type: 'select',
                  defaultValue: 'priceOnly',
                  options: AWARD_CRITERIA,
                  label: l(
                    'Criterio de adjudicación',
                    'Critério de julgamento',
                    'Award criteria',
                    "Critère d'attribution",
                  ),
                },
              ],
            },
            {
              name: 'invitedSuppliers',
              type: 'relationship',
              relationTo: 'suppliers',
              hasMany: true,
              label: l(
                'Proveedores invitados (procedimientos no abiertos)',
                'Fornecedores convidados (modalidades não abertas)',
                'Invited suppliers (non-open methods)',
                'Fournisseurs invités (procédures non ouvertes)',
              ),
              admin: { condition: (data) => data?.method && data.method !== 'open' },
            },
            {
              name: 'plan',
              type: 'relationship',
              relationTo: 'procurement-plans',
              label: l('Plan anual', 'Plano anual', 'Annual plan', 'Plan annuel'),
            },
          ],
        },
        {
          label: l('Ítems y valor', 'Itens e valor', 'Items and value', 'Articles et valeur'),
          fields: [
            {
              name: 'items',
              type: 'array',
              labels: {
                singular: l('Ítem', 'Item', 'Item', 'Article'),
                plural: l('Ítems', 'Itens', 'Items', 'Articles'),
              },
              label: l('Ítems', 'Itens', 'Items', 'Articles'),
              fields: [
                {
                  name: 'description',
                  type: 'text',
                  required: true,
                  label: l('Descripción', 'Descrição', 'Description', 'Description'),
                },
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'classificationScheme',
                      type: 'select',
                      defaultValue: 'UNSPSC',
                      options: CLASSIFICATION_SCHEMES,
                      label: l('Clasificador', 'Classificador', 'Scheme', 'Nomenclature'),
                    },
                    { name: 'classificationId', type: 'text', label: l('Código', 'Código', 'Code', 'Code') },
                    {
                      name: 'quantity',
                      type: 'number',
                      min: 0,
                      label: l('Cantidad', 'Quantidade', 'Quantity', 'Quantité'),
                    },
                    { name: 'unit', type: 'text', label: l('Unidad', 'Unidade', 'Unit', 'Unité') },
                  ],
                },
              ],
            },
            {
              name: 'value',
              type: 'group',
              label: l('Valor estimado', 'Valor estimado', 'Estimated value', 'Valeur estimée'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'amount', type: 'number', min: 0, label: l('Monto', 'Valor', 'Amount', 'Montant') },
                    {
                      name: 'currency',
                      type: 'text',
                      defaultValue: municipalCurrency,
                      admin: {
                        description: l(
                          'Código de tres letras (UYU, BRL, USD…); de entrada, la del municipio.',
                          'Código de três letras (UYU, BRL, USD…); de início, a do município.',
                          'Three-letter code (UYU, BRL, USD…); the municipality’s to begin with.',
                          'Code à trois lettres (UYU, BRL, USD…) ; celle de la municipalité au départ.',
                        ),
                      },
                      hooks: {
                        beforeValidate: [
                          ({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
                        ],
                      },
                      validate: (value: unknown, { req }: { req: PayloadRequest }) =>
                        value === undefined || value === null || value === '' || /^[A-Z]{3}$/.test(String(value))
                          ? true
                          : moduleText(req, MODULE, 'badCurrencyCode'),
                      label: l('Moneda', 'Moeda', 'Currency', 'Devise'),
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: l('Plazos', 'Prazos', 'Deadlines', 'Échéances'),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'enquiryDeadline',
                  type: 'date',
                  validate: inOrder,
                  label: l('Fin de consultas', 'Fim dos esclarecimentos', 'Enquiries until', 'Questions jusqu’au'),
                  admin: dayAndTime,
                },
                {
                  name: 'submissionDeadline',
                  type: 'date',
                  validate: inOrder,
                  index: true,
                  label: l('Cierre de ofertas', 'Prazo de propostas', 'Submission deadline', 'Date limite des offres'),
                  admin: dayAndTime,
                },
                {
                  name: 'openingAt',
                  type: 'date',
                  validate: inOrder,
                  index: true,
                  label: l('Apertura', 'Abertura', 'Opening', 'Ouverture'),
                  admin: dayAndTime,
                },
              ],
            },
          ],
        },
        {
          label: l('Documentos', 'Documentos', 'Documents', 'Documents'),
          fields: [documentRows()],
        },
        {
          label: l('Revisar y publicar', 'Revisar e publicar', 'Review and publish', 'Vérifier et publier'),
          fields: [
            {
              name: 'tenderReview',
              type: 'ui',
              admin: {
                components: { Field: { path: TENDER_STEPS, clientProps: { mode: 'review', ...STEP_OPTIONS } } },
              },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'publishedAt',
                  type: 'date',
                  admin: { ...readOnly, ...dayAndTime },
                  label: l('Publicada', 'Publicada', 'Published', 'Publié'),
                },
                {
                  name: 'bidCount',
                  type: 'number',
                  admin: readOnly,
                  label: l('Ofertas recibidas', 'Propostas recebidas', 'Bids received', 'Offres reçues'),
                },
              ],
            },
          ],
        },
        {
          label: l('Después de publicar', 'Após a publicação', 'After publication', 'Après publication'),
          // Amendments, the opening record and the award: nothing to fill before the tender is published.
          admin: { condition: (data) => Boolean(data?.status) && data.status !== 'draft' },
          fields: [
            {
              name: 'amendments',
              type: 'array',
              labels: {
                singular: l('Enmienda', 'Alteração', 'Amendment', 'Modification'),
                plural: l('Enmiendas', 'Alterações', 'Amendments', 'Modifications'),
              },
              label: l('Enmiendas', 'Alterações', 'Amendments', 'Modifications'),
              admin: { ...readOnly, initCollapsed: true },
              fields: [
                { name: 'at', type: 'date', admin: dayAndTime, label: l('Fecha', 'Data', 'Date', 'Date') },
                {
                  name: 'fields',
                  type: 'text',
                  label: l('Campos modificados', 'Campos alterados', 'Changed fields', 'Champs modifiés'),
                },
                { name: 'rationale', type: 'textarea', label: l('Motivo', 'Motivo', 'Rationale', 'Motif') },
                {
                  name: 'previousDeadline',
                  type: 'date',
                  admin: dayAndTime,
                  label: l(
                    'Cierre de ofertas anterior',
                    'Prazo de propostas anterior',
                    'Previous deadline',
                    'Date limite précédente',
                  ),
                },
                {
                  name: 'newDeadline',
                  type: 'date',
                  admin: dayAndTime,
                  label: l(
                    'Nuevo cierre de ofertas',
                    'Novo prazo de propostas',
                    'New deadline',
                    'Nouvelle date limite',
                  ),
                },
              ],
            },
            {
              name: 'openedAt',
              type: 'date',
              admin: { ...readOnly, ...dayAndTime },
              label: l('Abierta el', 'Aberta em', 'Opened at', 'Ouvert le'),
            },
            {
              name: 'openingRecord',
              type: 'array',
              labels: {
                singular: l('Oferta abierta', 'Proposta aberta', 'Opened bid', 'Offre ouverte'),
                plural: l('Acta de apertura', 'Ata de abertura', 'Opening record', "Procès-verbal d'ouverture"),
              },
              label: l('Acta de apertura', 'Ata de abertura', 'Opening record', "Procès-verbal d'ouverture"),
              admin: readOnly,
              fields: [
                {
                  name: 'supplierName',
                  type: 'text',
                  label: l('Razón social', 'Razão social', 'Legal name', 'Raison sociale'),
                },
                {
                  name: 'taxId',
                  type: 'text',
                  label: l('Identificación tributaria', 'CNPJ / CPF', 'Tax id', 'Identifiant fiscal'),
                },
                { name: 'amount', type: 'number', label: l('Monto', 'Valor', 'Amount', 'Montant') },
                { name: 'currency', type: 'text', label: l('Moneda', 'Moeda', 'Currency', 'Devise') },
                {
                  name: 'submittedAt',
                  type: 'date',
                  admin: dayAndTime,
                  label: l('Presentada el', 'Enviada em', 'Submitted at', 'Déposée le'),
                },
                { name: 'bid', type: 'text', label: l('Oferta', 'Proposta', 'Bid', 'Offre') },
              ],
            },
            {
              name: 'award',
              type: 'group',
              label: l('Adjudicación', 'Adjudicação', 'Award', 'Attribution'),
              admin: { condition: (data) => ['evaluation', 'awarded'].includes(data?.status) },
              fields: [
                {
                  name: 'bid',
                  type: 'relationship',
                  relationTo: 'bids',
                  label: l('Oferta ganadora', 'Proposta vencedora', 'Winning bid', 'Offre retenue'),
                },
                {
                  name: 'supplier',
                  type: 'relationship',
                  relationTo: 'suppliers',
                  admin: readOnly,
                  label: l('Proveedor', 'Fornecedor', 'Supplier', 'Fournisseur'),
                },
                {
                  name: 'supplierName',
                  type: 'text',
                  admin: readOnly,
                  label: l('Razón social', 'Razão social', 'Legal name', 'Raison sociale'),
                },
                {
                  type: 'row',
                  fields: [
                    { name: 'value', type: 'number', min: 0, label: l('Monto', 'Valor', 'Value', 'Montant') },
                    { name: 'date', type: 'date', label: l('Fecha', 'Data', 'Date', 'Date') },
                  ],
                },
                {
                  name: 'reasons',
                  type: 'textarea',
                  label: l('Fundamentos', 'Fundamentação', 'Reasons', 'Motifs'),
                },
              ],
            },
          ],
        },
      ],
    },
  ],
})
