/** The tender form's first tabs: its details, and its items and estimated value. */
import type { PayloadRequest, Tab } from 'payload'

import { l, moduleText } from '@e-muni/sdk'
import { MODULE } from '../i18n/index'
import { AWARD_CRITERIA, CATEGORIES, METHODS } from '../workflows/states'
import { municipalCurrency, readOnly, suggestReference } from './tenderDefaults'

/** Item classification schemes (OCDS itemClassificationScheme codes). */
const CLASSIFICATION_SCHEMES = [
  { value: 'UNSPSC', label: l('UNSPSC', 'UNSPSC', 'UNSPSC', 'UNSPSC') },
  { value: 'CPV', label: l('CPV', 'CPV', 'CPV', 'CPV') },
  { value: 'CUCOP', label: l('CUCOP', 'CUCOP', 'CUCOP', 'CUCOP') },
  { value: 'CPC', label: l('CPC', 'CPC', 'CPC', 'CPC') },
  { value: 'HS', label: l('SA (HS)', 'SH (HS)', 'HS', 'SH (HS)') },
]

export const detailsTab: Tab = {
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
          label: l('Criterio de adjudicación', 'Critério de julgamento', 'Award criteria', "Critère d'attribution"),
        },
      ],
    },
    {
      name: 'invitedSuppliers',
      type: 'relationship',
      relationTo: 'compra-suppliers',
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
      relationTo: 'compra-plans',
      label: l('Plan anual', 'Plano anual', 'Annual plan', 'Plan annuel'),
    },
  ],
}

export const itemsTab: Tab = {
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
                beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)],
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
}
