import type { CollectionConfig } from 'payload'

import { tenantContentAccess, requireContentRole } from '../access/content'
import { l } from '../i18n/index'
import { seoFields, slugField } from './fields'

export const News: CollectionConfig = {
  slug: 'news',
  labels: {
    singular: l('Noticia', 'Notícia', 'News item', 'Actualité'),
    plural: l('Noticias', 'Notícias', 'News', 'Actualités'),
  },
  admin: {
    group: l('Portal', 'Portal', 'Portal', 'Portail'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status'],
  },
  access: tenantContentAccess({ versioned: true }),
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 25 },
  hooks: { beforeValidate: [requireContentRole] },
  indexes: [
    { fields: ['tenant', 'slug'], unique: true },
    // The portal's lists (a municipality's published news, newest first) read only the rows they show,
    // and count without visiting the table, however many municipalities share it (BENCHMARKS.md).
    { fields: ['tenant', '_status', 'publishedAt', 'createdAt'] },
  ],
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: l('Título', 'Título', 'Title', 'Titre') },
    slugField('title'),
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: l('Fecha de publicación', 'Data de publicação', 'Publication date', 'Date de publication'),
      admin: { position: 'sidebar' },
      hooks: {
        beforeChange: [
          ({ value, siblingData }) =>
            value ?? (siblingData?._status === 'published' ? new Date().toISOString() : value),
        ],
      },
    },
    { name: 'excerpt', type: 'textarea', localized: true, label: l('Resumen', 'Resumo', 'Summary', 'Résumé') },
    { name: 'image', type: 'upload', relationTo: 'media', label: l('Imagen', 'Imagem', 'Image', 'Image') },
    { name: 'body', type: 'richText', localized: true, label: l('Cuerpo', 'Corpo', 'Body', 'Corps') },
    seoFields,
  ],
}
