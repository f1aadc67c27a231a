/** The annual procurement plan: what the municipality expects to buy, by quarter. Public. */
import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { idOf, l, moduleText, requireRoleIn } from '@e-muni/sdk'
import { OFFICERS, publicAccess } from '../access/index'
import { MODULE } from '../i18n/index'
import { CATEGORIES } from '../workflows/states'

/** Officers write only in their own municipality (the multi-tenant plugin scopes reads). */
export const officersOfTenant: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const tenant = idOf(data?.tenant ?? originalDoc?.tenant)
  requireRoleIn(req, tenant, OFFICERS, () => moduleText(req, MODULE, 'noRoleHere'))
  return data
}

export const ProcurementPlans: CollectionConfig = {
  slug: 'compra-plans',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'ProcurementPlan', pluralName: 'ProcurementPlans' },
  typescript: { interface: 'ProcurementPlan' },
  labels: {
    singular: l(
      'Plan anual de compras',
      'Plano anual de contratações',
      'Annual procurement plan',
      "Plan annuel d'achats",
    ),
    plural: l(
      'Planes anuales de compras',
      'Planos anuais de contratações',
      'Procurement plans',
      "Plans annuels d'achats",
    ),
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'year'] },
  access: publicAccess,
  hooks: { beforeValidate: [officersOfTenant] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: l('Título', 'Título', 'Title', 'Titre') },
    {
      name: 'year',
      type: 'number',
      required: true,
      min: 2000,
      max: 2100,
      index: true,
      label: l('Año', 'Ano', 'Year', 'Année'),
    },
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
              name: 'category',
              type: 'select',
              required: true,
              options: CATEGORIES,
              label: l('Categoría', 'Categoria', 'Category', 'Catégorie'),
            },
            {
              name: 'estimatedValue',
              type: 'number',
              min: 0,
              label: l('Valor estimado', 'Valor estimado', 'Estimated value', 'Valeur estimée'),
            },
            {
              name: 'quarter',
              type: 'select',
              options: [
                {
                  value: 'Q1',
                  label: l('Primer trimestre', 'Primeiro trimestre', 'First quarter', 'Premier trimestre'),
                },
                {
                  value: 'Q2',
                  label: l('Segundo trimestre', 'Segundo trimestre', 'Second quarter', 'Deuxième trimestre'),
                },
                {
                  value: 'Q3',
                  label: l('Tercer trimestre', 'Terceiro trimestre', 'Third quarter', 'Troisième trimestre'),
                },
                {
                  value: 'Q4',
                  label: l('Cuarto trimestre', 'Quarto trimestre', 'Fourth quarter', 'Quatrième trimestre'),
                },
              ],
              label: l('Trimestre', 'Trimestre', 'Quarter', 'Trimestre'),
            },
          ],
        },
      ],
    },
  ],
}
