/** Tenders: the terms, the deadlines, the amendments, the opening record and the award. */
import type { CollectionConfig } from 'payload'

import { l } from '@e-muni/sdk'
import { tenderAccess } from '../access/index'
import { afterTenderChange } from '../hooks/effects'
import { guardTenderWrite, keepPublishedTenders, stampTender } from '../hooks/tenders'
import { tenderWorkflow } from '../workflows/tenders'
import { CATEGORIES, METHODS } from '../workflows/states'
import { dayAndTime, inOrder, readOnly } from './tenderDefaults'
import { detailsTab, itemsTab } from './tenderDetails'
import { documentRows } from './tenderDocuments'
import { afterPublicationTab } from './tenderRecord'

export { DOCUMENT_TYPES, documentRows } from './tenderDocuments'

/** The form's steps and its review (admin/TenderSteps.tsx). */
const TENDER_STEPS = '/src/plugins/municompra/admin/TenderSteps#TenderSteps'
const STEP_OPTIONS = { methods: METHODS, categories: CATEGORIES }

export const Tenders: CollectionConfig = tenderWorkflow.apply({
  slug: 'compra-tenders',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'Tender', pluralName: 'Tenders' },
  typescript: { interface: 'Tender' },
  labels: {
    singular: l('Licitación', 'Licitação', 'Tender', "Appel d'offres"),
    plural: l('Licitaciones', 'Licitações', 'Tenders', "Appels d'offres"),
  },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'title', 'status', 'submissionDeadline', 'bidCount'],
    listSearchableFields: ['reference', 'title'],
  },
  defaultSort: '-createdAt',
  // The portal's lists (a municipality's tenders in a state, newest first) read only the rows they show.
  indexes: [{ fields: ['tenant', 'status', 'publishedAt', 'createdAt'] }],
  access: tenderAccess,
  hooks: {
    beforeValidate: [guardTenderWrite],
    beforeChange: [stampTender],
    afterChange: [afterTenderChange],
    beforeDelete: [keepPublishedTenders],
  },
  fields: [
    {
      name: 'tenderSteps',
      type: 'ui',
      admin: { components: { Field: { path: TENDER_STEPS, clientProps: { mode: 'steps', ...STEP_OPTIONS } } } },
    },
    {
      type: 'tabs',
      tabs: [
        detailsTab,
        itemsTab,
        {
          label: l('Plazos', 'Prazos', 'Deadlines', 'Échéances'),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'enquiryDeadline',
                  type: 'date',
                  validate: inOrder,
                  label: l('Fin de consultas', 'Fim dos esclarecimentos', 'Enquiries until', 'Questions jusqu’au'),
                  admin: dayAndTime,
                },
                {
                  name: 'submissionDeadline',
                  type: 'date',
                  validate: inOrder,
                  index: true,
                  label: l('Cierre de ofertas', 'Prazo de propostas', 'Submission deadline', 'Date limite des offres'),
                  admin: dayAndTime,
                },
                {
                  name: 'openingAt',
                  type: 'date',
                  validate: inOrder,
                  index: true,
                  label: l('Apertura', 'Abertura', 'Opening', 'Ouverture'),
                  admin: dayAndTime,
                },
              ],
            },
          ],
        },
        {
          label: l('Documentos', 'Documentos', 'Documents', 'Documents'),
          fields: [documentRows()],
        },
        {
          label: l('Revisar y publicar', 'Revisar e publicar', 'Review and publish', 'Vérifier et publier'),
          fields: [
            {
              name: 'tenderReview',
              type: 'ui',
              admin: {
                components: { Field: { path: TENDER_STEPS, clientProps: { mode: 'review', ...STEP_OPTIONS } } },
              },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'publishedAt',
                  type: 'date',
                  admin: { ...readOnly, ...dayAndTime },
                  label: l('Publicada', 'Publicada', 'Published', 'Publié'),
                },
                {
                  name: 'bidCount',
                  type: 'number',
                  admin: readOnly,
                  label: l('Ofertas recibidas', 'Propostas recebidas', 'Bids received', 'Offres reçues'),
                },
              ],
            },
          ],
        },
        afterPublicationTab,
      ],
    },
  ],
})
