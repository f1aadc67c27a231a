/** Field builders shared by the core collections. */
import type { Field, TextField } from 'payload'

import { l, tr } from '../i18n/index'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Lower-cases and strips accents: "Página de Inicio" → "pagina-de-inicio". */
export const slugify = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)

/** A slug filled from `from` when left empty; unique per municipality through a compound index. */
export const slugField = (from = 'title', overrides: Partial<TextField> = {}): TextField =>
  ({
    name: 'slug',
    type: 'text',
    index: true,
    required: true,
    label: l('Identificador (URL)', 'Identificador (URL)', 'Slug (URL)', 'Identifiant (URL)'),
    admin: { position: 'sidebar' },
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          if (typeof value === 'string' && value.trim()) return value.trim()
          const source = siblingData?.[from]
          const text =
            typeof source === 'string' ? source : source && typeof source === 'object' ? Object.values(source)[0] : ''
          return typeof text === 'string' && text ? slugify(text) : value
        },
      ],
    },
    validate: (value: unknown, { req }: { req: Parameters<typeof tr>[0] }) =>
      typeof value === 'string' && SLUG_PATTERN.test(value) ? true : tr(req, 'invalidSlug'),
    ...overrides,
  }) as TextField

export const seoFields: Field = {
  name: 'seo',
  type: 'group',
  label: l('SEO', 'SEO', 'SEO', 'SEO'),
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      maxLength: 70,
      label: l('Título SEO', 'Título SEO', 'SEO title', 'Titre SEO'),
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 160,
      label: l('Descripción SEO', 'Descrição SEO', 'SEO description', 'Description SEO'),
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      label: l('Imagen para redes sociales', 'Imagem para redes sociais', 'Social sharing image', 'Image de partage'),
    },
  ],
}
