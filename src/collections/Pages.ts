import type { Block, CollectionConfig } from 'payload'

import { tenantContentAccess, requireContentRole } from '../access/content'
import { l } from '../i18n/index'
import { seoFields, slugField } from './fields'

const linkFields = [
  {
    name: 'label',
    type: 'text',
    localized: true,
    required: true,
    label: l('Texto del enlace', 'Texto do link', 'Link text', 'Texte du lien'),
  },
  {
    name: 'page',
    type: 'relationship',
    relationTo: 'pages',
    label: l('Página', 'Página', 'Page', 'Page'),
  },
  {
    name: 'url',
    type: 'text',
    label: l('o dirección externa', 'ou endereço externo', 'or external address', 'ou adresse externe'),
  },
] as const

export const RichTextBlock: Block = {
  slug: 'richText',
  labels: { singular: l('Texto', 'Texto', 'Rich text', 'Texte'), plural: l('Textos', 'Textos', 'Rich text', 'Textes') },
  fields: [
    {
      name: 'content',
      type: 'richText',
      localized: true,
      required: true,
      label: l('Contenido', 'Conteúdo', 'Content', 'Contenu'),
    },
  ],
}

export const ImageBlock: Block = {
  slug: 'image',
  labels: { singular: l('Imagen', 'Imagem', 'Image', 'Image'), plural: l('Imágenes', 'Imagens', 'Images', 'Images') },
  fields: [
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      required: true,
      label: l('Imagen', 'Imagem', 'Image', 'Image'),
    },
    { name: 'caption', type: 'text', localized: true, label: l('Leyenda', 'Legenda', 'Caption', 'Légende') },
  ],
}

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  labels: {
    singular: l('Llamada a la acción', 'Chamada para ação', 'Call to action', "Appel à l'action"),
    plural: l('Llamadas a la acción', 'Chamadas para ação', 'Calls to action', "Appels à l'action"),
  },
  fields: [
    {
      name: 'heading',
      type: 'text',
      localized: true,
      required: true,
      label: l('Título', 'Título', 'Heading', 'Titre'),
    },
    { name: 'text', type: 'textarea', localized: true, label: l('Texto', 'Texto', 'Text', 'Texte') },
    { name: 'link', type: 'group', label: l('Enlace', 'Link', 'Link', 'Lien'), fields: [...linkFields] },
  ],
}

export const CardsBlock: Block = {
  slug: 'cards',
  labels: {
    singular: l('Tarjetas', 'Cartões', 'Cards', 'Cartes'),
    plural: l('Tarjetas', 'Cartões', 'Cards', 'Cartes'),
  },
  fields: [
    { name: 'heading', type: 'text', localized: true, label: l('Título', 'Título', 'Heading', 'Titre') },
    {
      name: 'cards',
      type: 'array',
      label: l('Tarjetas', 'Cartões', 'Cards', 'Cartes'),
      labels: {
        singular: l('Tarjeta', 'Cartão', 'Card', 'Carte'),
        plural: l('Tarjetas', 'Cartões', 'Cards', 'Cartes'),
      },
      minRows: 1,
      maxRows: 12,
      fields: [
        {
          name: 'title',
          type: 'text',
          localized: true,
          required: true,
          label: l('Título', 'Título', 'Title', 'Titre'),
        },
        { name: 'text', type: 'textarea', localized: true, label: l('Texto', 'Texto', 'Text', 'Texte') },
        { name: 'image', type: 'upload', relationTo: 'media', label: l('Imagen', 'Imagem', 'Image', 'Image') },
        {
          name: 'link',
          type: 'group',
          label: l('Enlace', 'Link', 'Link', 'Lien'),
          fields: [...linkFields].map((f) => ({ ...f, required: false })),
        },
      ],
    },
  ],
}

/** Portal pages built from blocks; drafts, versions and scheduled publishing. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: l('Página', 'Página', 'Page', 'Page'), plural: l('Páginas', 'Páginas', 'Pages', 'Pages') },
  admin: {
    group: l('Portal', 'Portal', 'Portal', 'Portail'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
  },
  access: tenantContentAccess({ versioned: true }),
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: { beforeValidate: [requireContentRole] },
  indexes: [{ fields: ['tenant', 'slug'], unique: true }],
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: l('Título', 'Título', 'Title', 'Titre') },
    slugField('title'),
    {
      name: 'layout',
      type: 'blocks',
      label: l('Contenido', 'Conteúdo', 'Content', 'Contenu'),
      blocks: [RichTextBlock, ImageBlock, CallToActionBlock, CardsBlock],
    },
    seoFields,
  ],
}
