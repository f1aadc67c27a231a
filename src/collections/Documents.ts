import type { CollectionConfig } from 'payload'

import { tenantContentAccess, requireContentRole } from '../access/content'
import { DOCUMENT_TYPES, uploadDir, uploadGuard } from '../plugins/sdk/uploads'
import { l } from '../i18n/index'

export const DOCUMENT_KINDS = [
  { value: 'budget', label: l('Presupuesto', 'Orçamento', 'Budget', 'Budget') },
  { value: 'ordinance', label: l('Ordenanza', 'Lei municipal', 'Ordinance', 'Arrêté') },
  { value: 'minutes', label: l('Acta', 'Ata', 'Minutes', 'Procès-verbal') },
  {
    value: 'audit-report',
    label: l('Informe de auditoría', 'Relatório de auditoria', 'Audit report', "Rapport d'audit"),
  },
  {
    value: 'procurement-plan',
    label: l('Plan de compras', 'Plano de compras', 'Procurement plan', 'Plan de passation des marchés'),
  },
]

/** Transparency documents: each one a file (PDF or office document) with its kind and fiscal year. */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: {
    singular: l(
      'Documento de transparencia',
      'Documento de transparência',
      'Transparency document',
      'Document de transparence',
    ),
    plural: l(
      'Documentos de transparencia',
      'Documentos de transparência',
      'Transparency documents',
      'Documents de transparence',
    ),
  },
  admin: {
    group: l('Portal', 'Portal', 'Portal', 'Portail'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'fiscalYear', '_status'],
  },
  access: tenantContentAccess({ versioned: true }),
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 25 },
  hooks: { beforeOperation: [uploadGuard(DOCUMENT_TYPES)], beforeValidate: [requireContentRole] },
  upload: { staticDir: uploadDir('documents'), mimeTypes: DOCUMENT_TYPES },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: l('Título', 'Título', 'Title', 'Titre') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: DOCUMENT_KINDS,
      label: l('Tipo', 'Tipo', 'Kind', 'Type'),
    },
    {
      name: 'fiscalYear',
      type: 'number',
      required: true,
      index: true,
      min: 1900,
      max: 2200,
      label: l('Ejercicio fiscal', 'Exercício fiscal', 'Fiscal year', 'Exercice budgétaire'),
    },
    { name: 'summary', type: 'textarea', localized: true, label: l('Resumen', 'Resumo', 'Summary', 'Résumé') },
    { name: 'date', type: 'date', index: true, label: l('Fecha', 'Data', 'Date', 'Date') },
  ],
}
