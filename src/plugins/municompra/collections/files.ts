/** Files of tenders and contracts (public), and the OCDS releases MuniCompra writes. */
import type { CollectionConfig } from 'payload'

import { DOCUMENT_TYPES, l, uploadDir, uploadGuard } from '@e-muni/sdk'
import { fileAccess, releaseAccess } from '../access/index'
import { officersOfTenant } from './plans'

export const ProcurementFiles: CollectionConfig = {
  slug: 'compra-files',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'ProcurementFile', pluralName: 'ProcurementFiles' },
  typescript: { interface: 'ProcurementFile' },
  labels: {
    singular: l('Archivo de compras', 'Arquivo de contratações', 'Procurement file', "Fichier d'achats"),
    plural: l('Archivos de compras', 'Arquivos de contratações', 'Procurement files', "Fichiers d'achats"),
  },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'mimeType', 'filesize'] },
  access: fileAccess,
  hooks: { beforeOperation: [uploadGuard(DOCUMENT_TYPES)], beforeValidate: [officersOfTenant] },
  upload: { staticDir: uploadDir('procurement-files'), mimeTypes: DOCUMENT_TYPES },
  fields: [{ name: 'title', type: 'text', label: l('Título', 'Título', 'Title', 'Titre') }],
}

export const OcdsReleases: CollectionConfig = {
  slug: 'compra-ocds-releases',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'OcdsRelease', pluralName: 'OcdsReleases' },
  typescript: { interface: 'OcdsRelease' },
  labels: {
    singular: l('Entrega OCDS', 'Release OCDS', 'OCDS release', 'Publication OCDS'),
    plural: l('Entregas OCDS', 'Releases OCDS', 'OCDS releases', 'Publications OCDS'),
  },
  admin: { useAsTitle: 'releaseId', defaultColumns: ['releaseId', 'tags', 'date'] },
  access: releaseAccess,
  defaultSort: 'date',
  fields: [
    {
      name: 'ocid',
      type: 'text',
      required: true,
      index: true,
      admin: { readOnly: true },
      label: l(
        'Identificador OCDS (ocid)',
        'Identificador OCDS (ocid)',
        'OCDS identifier (ocid)',
        'Identifiant OCDS (ocid)',
      ),
    },
    {
      name: 'releaseId',
      type: 'text',
      required: true,
      unique: true,
      admin: { readOnly: true },
      label: l(
        'Identificador de la entrega',
        'Identificador da release',
        'Release id',
        'Identifiant de la publication',
      ),
    },
    {
      name: 'date',
      type: 'date',
      required: true,
      index: true,
      admin: { readOnly: true },
      label: l('Fecha', 'Data', 'Date', 'Date'),
    },
    { name: 'tags', type: 'text', admin: { readOnly: true }, label: l('Etiquetas', 'Etiquetas', 'Tags', 'Étiquettes') },
    {
      name: 'tender',
      type: 'relationship',
      relationTo: 'compra-tenders',
      index: true,
      admin: { readOnly: true },
      label: l('Licitación', 'Licitação', 'Tender', "Appel d'offres"),
    },
    {
      name: 'release',
      type: 'json',
      required: true,
      admin: { readOnly: true },
      label: l('Entrega (JSON)', 'Release (JSON)', 'Release (JSON)', 'Publication (JSON)'),
    },
  ],
}
