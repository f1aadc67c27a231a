import type { CollectionConfig } from 'payload'

import { tenantContentAccess, requireContentRole } from '../access/content'
import { IMAGE_TYPES, uploadDir, uploadGuard } from '../plugins/sdk/uploads'
import { l } from '../i18n/index'

/** Images of a municipality's portal, resized by sharp into the sizes the portal uses. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: l('Imagen', 'Imagem', 'Image', 'Image'),
    plural: l('Imágenes', 'Imagens', 'Images', 'Images'),
  },
  admin: { group: l('Portal', 'Portal', 'Portal', 'Portail'), useAsTitle: 'alt' },
  access: tenantContentAccess({ versioned: false }),
  hooks: { beforeOperation: [uploadGuard(IMAGE_TYPES)], beforeValidate: [requireContentRole] },
  upload: {
    staticDir: uploadDir('media'),
    mimeTypes: IMAGE_TYPES,
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, position: 'centre', withoutEnlargement: false },
      { name: 'card', width: 768, height: 512, withoutEnlargement: false },
      { name: 'hero', width: 1920, height: 800, withoutEnlargement: false },
      { name: 'og', width: 1200, height: 630, withoutEnlargement: false },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: l('Texto alternativo', 'Texto alternativo', 'Alternative text', 'Texte alternatif'),
      admin: {
        description: l(
          'Describe la imagen para quien no puede verla.',
          'Descreva a imagem para quem não pode vê-la.',
          'Describe the image for people who cannot see it.',
          "Décrivez l'image pour les personnes qui ne peuvent pas la voir.",
        ),
      },
    },
    { name: 'credit', type: 'text', label: l('Crédito', 'Crédito', 'Credit', 'Crédit') },
  ],
}
