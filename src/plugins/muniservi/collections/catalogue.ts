/**
 * The catalogue of services (trámites), after Uruguay's law 19.355 art. 76 and Mexico's LFPA art. 69-M:
 * every service is published with its requirements, total cost, maximum duration, what silence
 * means and the responsible office — and, where it is done online, its form.
 */
import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { fail, idOf, l, personal, requireRoleIn } from '@e-muni/sdk'
import { t } from '../kit'
import { CATALOGUE_MANAGERS, catalogueAccess, categoryAccess } from '../access/index'
import { formProblems, type FormField } from '../lib/form'
import { serviceFields } from './serviceFields'
import { serviceFormFields } from './serviceFormFields'

export const ServiceCategories: CollectionConfig = {
  slug: 'servi-categories',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'ServiceCategory', pluralName: 'ServiceCategories' },
  typescript: { interface: 'ServiceCategory' },
  labels: {
    singular: l('Categoría de servicios', 'Categoria de serviços', 'Service category', 'Catégorie de services'),
    plural: l('Categorías de servicios', 'Categorias de serviços', 'Service categories', 'Catégories de services'),
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'order'] },
  access: categoryAccess,
  defaultSort: 'order',
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: l('Nombre', 'Nome', 'Name', 'Nom'),
      custom: personal(false),
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      index: true,
      label: l('Identificador', 'Identificador', 'Slug', 'Identifiant'),
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: l('Descripción', 'Descrição', 'Description', 'Description'),
    },
    { name: 'order', type: 'number', defaultValue: 0, label: l('Orden', 'Ordem', 'Order', 'Ordre') },
  ],
}

const normaliseCode: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  if (typeof data.code === 'string') data.code = data.code.trim().toUpperCase()
  const code = (data.code ?? originalDoc?.code) as string | undefined
  if (code !== undefined && !/^[A-Z][A-Z0-9]{1,9}$/.test(code)) throw fail(t(req, 'badCode'), 400)
  const tenant = idOf(data.tenant ?? originalDoc?.tenant)
  // Before looking the code up: the answer "that code exists" must not reach staff of another
  // municipality (inactive services are not public).
  requireRoleIn(req, tenant, CATALOGUE_MANAGERS, () => t(req, 'noRoleHere'))
  if (code && tenant !== undefined) {
    const { docs } = await req.payload.find({
      collection: 'servi-services',
      where: { and: [{ tenant: { equals: tenant } }, { code: { equals: code } }] },
      depth: 0,
      limit: 2,
      overrideAccess: true,
      req,
    })
    if ((docs as { id: unknown }[]).some((d) => String(d.id) !== String(originalDoc?.id)))
      throw fail(t(req, 'duplicateCode', { code }), 400)
  }
  const form = (data.form ?? originalDoc?.form ?? []) as FormField[]
  const problems = formProblems(form)
  if (problems.length) throw fail(t(req, 'formInvalid', { problems: problems.join('; ') }), 400)
  return data
}

export const Services: CollectionConfig = {
  slug: 'servi-services',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'Service', pluralName: 'Services' },
  typescript: { interface: 'Service' },
  labels: {
    singular: l('Servicio (trámite)', 'Serviço', 'Service', 'Service (démarche)'),
    plural: l('Servicios (trámites)', 'Serviços', 'Services', 'Services (démarches)'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'category', 'maxBusinessDays', 'active', 'open311'],
    listSearchableFields: ['name', 'code'],
  },
  access: catalogueAccess,
  hooks: { beforeValidate: [normaliseCode] },
  fields: [...serviceFields, ...serviceFormFields],
}
