import type { CollectionConfig, Field } from 'payload'

import { tenantContentAccess, requireContentRole } from '../access/content'
import { l } from '../i18n/index'

const itemFields: Field[] = [
  { name: 'label', type: 'text', localized: true, required: true, label: l('Texto', 'Texto', 'Label', 'Libellé') },
  { name: 'page', type: 'relationship', relationTo: 'pages', label: l('Página', 'Página', 'Page', 'Page') },
  { name: 'url', type: 'text', label: l('o dirección', 'ou endereço', 'or address', 'ou adresse') },
]

/** The portal's menu: one document per municipality (a "global" per tenant). */
export const Navigation: CollectionConfig = {
  slug: 'navigation',
  labels: {
    singular: l('Navegación', 'Navegação', 'Navigation', 'Navigation'),
    plural: l('Navegación', 'Navegação', 'Navigation', 'Navigation'),
  },
  admin: { group: l('Portal', 'Portal', 'Portal', 'Portail') },
  access: tenantContentAccess({ versioned: false }),
  hooks: { beforeValidate: [requireContentRole] },
  fields: [
    {
      name: 'items',
      type: 'array',
      labels: {
        singular: l('Ítem', 'Item', 'Item', 'Article'),
        plural: l('Ítems', 'Itens', 'Items', 'Articles'),
      },
      maxRows: 12,
      label: l('Elementos del menú', 'Itens do menu', 'Menu items', 'Éléments du menu'),
      fields: [
        ...itemFields,
        {
          name: 'children',
          type: 'array',
          labels: {
            singular: l('Subenlace', 'Sublink', 'Sub-link', 'Sous-lien'),
            plural: l('Subenlaces', 'Sublinks', 'Sub-links', 'Sous-liens'),
          },
          maxRows: 12,
          label: l('Subelementos', 'Subitens', 'Sub-items', 'Sous-éléments'),
          fields: itemFields,
        },
      ],
    },
  ],
}
