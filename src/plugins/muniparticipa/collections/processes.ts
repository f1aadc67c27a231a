/** Participatory processes with their phases (by server time), and the municipality's districts. */
import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { l, moduleText, personal, requireRoleIn } from '@e-muni/sdk'
import { districtAccess, MANAGERS, processAccess } from '../access/index'
import { fail } from '../hooks/common'
import { MODULE } from '../i18n/index'
import { PHASES } from '../workflows/states'

/** Managers write only in their municipality; phases must not overlap and must end after they start. */
export const managersOfTenant: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  requireRoleIn(req, data?.tenant ?? originalDoc?.tenant, MANAGERS, () => moduleText(req, MODULE, 'noRoleHere'))
  return data
}

const checkPhases: CollectionBeforeValidateHook = ({ data, req }) => {
  const phases = (data?.phases ?? []) as { phase?: string; startsAt?: string; endsAt?: string }[]
  const spans = phases
    .map((p, i) => ({ i, phase: p.phase, start: Date.parse(String(p.startsAt)), end: Date.parse(String(p.endsAt)) }))
    .sort((a, b) => a.start - b.start)
  for (const span of spans)
    if (!(span.end > span.start))
      throw fail(moduleText(req, MODULE, 'phaseEndsBeforeStart', { phase: String(span.phase) }))
  for (let k = 1; k < spans.length; k += 1)
    if (spans[k].start < spans[k - 1].end)
      throw fail(moduleText(req, MODULE, 'phasesOverlap', { a: String(spans[k - 1].phase), b: String(spans[k].phase) }))
  return data
}

export const Districts: CollectionConfig = {
  slug: 'participa-districts',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'District', pluralName: 'Districts' },
  typescript: { interface: 'District' },
  labels: {
    singular: l('Barrio', 'Bairro', 'District', 'Quartier'),
    plural: l('Barrios', 'Bairros', 'Districts', 'Quartiers'),
  },
  admin: { useAsTitle: 'name' },
  access: districtAccess,
  hooks: { beforeValidate: [managersOfTenant] },
  fields: [
    { name: 'name', type: 'text', required: true, label: l('Nombre', 'Nome', 'Name', 'Nom'), custom: personal(false) },
  ],
}

export const Processes: CollectionConfig = {
  slug: 'participa-processes',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'Process', pluralName: 'Processes' },
  typescript: { interface: 'Process' },
  labels: {
    singular: l('Proceso participativo', 'Processo participativo', 'Participatory process', 'Processus participatif'),
    plural: l(
      'Procesos participativos',
      'Processos participativos',
      'Participatory processes',
      'Processus participatifs',
    ),
  },
  admin: { useAsTitle: 'slug', defaultColumns: ['slug', 'title', 'published'] },
  // The portal's lists (a municipality's published processes, newest first) read only the rows they show.
  indexes: [{ fields: ['tenant', 'published', 'createdAt'] }],
  access: processAccess,
  hooks: { beforeValidate: [managersOfTenant, checkPhases] },
  fields: [
    {
      name: 'slug',
      type: 'text',
      required: true,
      index: true,
      label: l('Identificador', 'Identificador', 'Slug', 'Identifiant'),
    },
    // Not `required` (localized): a required localized field fails writes made in another language.
    { name: 'title', type: 'text', localized: true, label: l('Título', 'Título', 'Title', 'Titre') },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: l('Descripción', 'Descrição', 'Description', 'Description'),
    },
    {
      name: 'published',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: l('Publicado', 'Publicado', 'Published', 'Publié'),
    },
    {
      name: 'phases',
      type: 'array',
      labels: {
        singular: l('Fase', 'Fase', 'Phase', 'Phase'),
        plural: l('Fases', 'Fases', 'Phases', 'Phases'),
      },
      label: l('Fases', 'Fases', 'Phases', 'Phases'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'phase',
              type: 'select',
              required: true,
              options: [...PHASES],
              label: l('Fase', 'Fase', 'Phase', 'Phase'),
            },
            {
              name: 'startsAt',
              type: 'date',
              required: true,
              admin: { date: { pickerAppearance: 'dayAndTime' } },
              label: l('Desde', 'De', 'From', 'Du'),
            },
            {
              name: 'endsAt',
              type: 'date',
              required: true,
              admin: { date: { pickerAppearance: 'dayAndTime' } },
              label: l('Hasta', 'Até', 'Until', 'Au'),
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'supportsPerPerson',
          type: 'number',
          min: 1,
          defaultValue: 10,
          label: l('Apoyos por persona', 'Apoios por pessoa', 'Supports per person', 'Soutiens par personne'),
        },
        {
          name: 'supportThreshold',
          type: 'number',
          min: 1,
          defaultValue: 100,
          label: l(
            'Apoyos para calificar',
            'Apoios para qualificar',
            'Supports to qualify',
            'Soutiens pour se qualifier',
          ),
        },
        {
          name: 'reportsToHide',
          type: 'number',
          min: 1,
          defaultValue: 3,
          label: l('Denuncias que ocultan', 'Denúncias que ocultam', 'Reports that hide', 'Signalements qui masquent'),
        },
      ],
    },
    {
      // The phase last announced to followers (the phases job).
      name: 'announcedPhase',
      type: 'select',
      options: [...PHASES],
      admin: { readOnly: true, position: 'sidebar' },
      label: l('Fase anunciada', 'Fase anunciada', 'Announced phase', 'Phase annoncée'),
    },
    {
      name: 'requireVerification',
      type: 'checkbox',
      defaultValue: false,
      label: l(
        'Solo residentes verificados',
        'Somente residentes verificados',
        'Verified residents only',
        'Résidents vérifiés uniquement',
      ),
    },
    {
      name: 'categories',
      type: 'array',
      labels: {
        singular: l('Categoría', 'Categoria', 'Category', 'Catégorie'),
        plural: l('Categorías', 'Categorias', 'Categories', 'Catégories'),
      },
      label: l('Categorías', 'Categorias', 'Categories', 'Catégories'),
      fields: [{ name: 'name', type: 'text', required: true, label: l('Nombre', 'Nome', 'Name', 'Nom') }],
      custom: personal(false),
    },
  ],
}
