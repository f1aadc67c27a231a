/** The tender form's tab after publication: the amendments, the opening record and the award. */
import type { Tab } from 'payload'

import { l, personal } from '@e-muni/sdk'
import { dayAndTime, readOnly } from './tenderDefaults'

export const afterPublicationTab: Tab = {
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
          label: l('Nuevo cierre de ofertas', 'Novo prazo de propostas', 'New deadline', 'Nouvelle date limite'),
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
      custom: personal('public-when-its-bid-is-opened'),
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
          relationTo: 'compra-bids',
          label: l('Oferta ganadora', 'Proposta vencedora', 'Winning bid', 'Offre retenue'),
        },
        {
          name: 'supplier',
          type: 'relationship',
          relationTo: 'compra-suppliers',
          admin: readOnly,
          label: l('Proveedor', 'Fornecedor', 'Supplier', 'Fournisseur'),
        },
        {
          name: 'supplierName',
          custom: personal('public-when-its-bid-is-opened'),
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
}
