import type { CollectionConfig } from 'payload'

import { tenantContentAccess, requireContentRole } from '../access/content'
import { l, tr } from '../i18n/index'
import { seoFields, slugField } from './fields'
import { personal } from '../plugins/sdk/privacy'

export const Events: CollectionConfig = {
  slug: 'events',
  labels: {
    singular: l('Evento', 'Evento', 'Event', 'Événement'),
    plural: l('Eventos', 'Eventos', 'Events', 'Événements'),
  },
  admin: {
    group: l('Portal', 'Portal', 'Portal', 'Portail'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'start', 'place', '_status'],
  },
  access: tenantContentAccess({ versioned: true }),
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 25 },
  hooks: { beforeValidate: [requireContentRole] },
  indexes: [{ fields: ['tenant', 'slug'], unique: true }],
  defaultSort: 'start',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: l('Título', 'Título', 'Title', 'Titre') },
    slugField('title'),
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'date',
          required: true,
          index: true,
          label: l('Inicio', 'Início', 'Start', 'Début'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'end',
          type: 'date',
          index: true,
          label: l('Fin', 'Fim', 'End', 'Fin'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          validate: (
            value: unknown,
            { siblingData, req }: { siblingData: { start?: string }; req: Parameters<typeof tr>[0] },
          ) =>
            !value || !siblingData?.start || new Date(value as string) >= new Date(siblingData.start)
              ? true
              : tr(req, 'endBeforeStart'),
        },
      ],
    },
    { name: 'place', type: 'text', localized: true, label: l('Lugar', 'Local', 'Place', 'Lieu') },
    { name: 'address', type: 'text', label: l('Dirección', 'Endereço', 'Address', 'Adresse'), custom: personal(false) },
    { name: 'summary', type: 'textarea', localized: true, label: l('Resumen', 'Resumo', 'Summary', 'Résumé') },
    { name: 'image', type: 'upload', relationTo: 'media', label: l('Imagen', 'Imagem', 'Image', 'Image') },
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: l('Descripción', 'Descrição', 'Description', 'Description'),
    },
    seoFields,
  ],
}
