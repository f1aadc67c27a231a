/** Suppliers registered in a municipality, linked to the `people` account that acts for them. */
import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { idOf, l, moduleText, personal, requireRoleIn } from '@e-muni/sdk'
import { OFFICERS, supplierAccess } from '../access/index'
import { fail, guardSystemFields, isInternal } from '../hooks/common'
import { MODULE } from '../i18n/index'
import { supplierWorkflow } from '../workflows/suppliers'
import { CATEGORIES } from '../workflows/states'

/** Tax ids compare without spaces, dots, dashes or slashes, in capitals. */
export const normalTaxId = (v: unknown): string =>
  String(v ?? '')
    .replace(/[\s./-]/g, '')
    .toUpperCase()

const guard: CollectionBeforeValidateHook = async ({ data, originalDoc, operation, req, context }) => {
  if (!data || isInternal(context)) return data
  const tenant = idOf(data.tenant ?? originalDoc?.tenant)
  requireRoleIn(req, tenant, OFFICERS, () => moduleText(req, MODULE, 'noRoleHere'))
  guardSystemFields(req, ['uniqueKey'], data, originalDoc, operation)
  // The database's unique index holds the line; this says it in words first.
  const merged = { ...originalDoc, ...data }
  const key = `${tenant}:${String(merged.country ?? '')
    .trim()
    .toUpperCase()}:${normalTaxId(merged.taxId)}`
  const { docs } = await req.payload.find({
    collection: 'compra-suppliers',
    where: { uniqueKey: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs[0] && String((docs[0] as { id: unknown }).id) !== String(originalDoc?.id)) {
    const municipality = await req.payload.findByID({
      collection: 'municipalities',
      id: tenant!,
      depth: 0,
      overrideAccess: true,
      req,
    })
    throw fail(
      moduleText(req, MODULE, 'taxIdTaken', {
        taxId: normalTaxId(merged.taxId),
        municipality: municipality.name as string,
      }),
      409,
    )
  }
  return data
}

/** One registration per tax id and country in a municipality: a unique index on `uniqueKey`. */
const stamp: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  if (data.taxId !== undefined) data.taxId = normalTaxId(data.taxId)
  if (data.country !== undefined)
    data.country = String(data.country ?? '')
      .trim()
      .toUpperCase()
  data.uniqueKey = `${idOf(merged.tenant)}:${String(merged.country ?? '').toUpperCase()}:${normalTaxId(merged.taxId)}`
  return data
}

export const Suppliers: CollectionConfig = supplierWorkflow.apply({
  slug: 'compra-suppliers',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'Supplier', pluralName: 'Suppliers' },
  typescript: { interface: 'Supplier' },
  labels: {
    singular: l('Proveedor', 'Fornecedor', 'Supplier', 'Fournisseur'),
    plural: l('Proveedores', 'Fornecedores', 'Suppliers', 'Fournisseurs'),
  },
  admin: { useAsTitle: 'legalName', defaultColumns: ['legalName', 'taxId', 'categories', 'status'] },
  access: supplierAccess,
  hooks: { beforeValidate: [guard], beforeChange: [stamp] },
  fields: [
    {
      name: 'legalName',
      custom: personal('public-when-its-bid-is-opened'),
      type: 'text',
      required: true,
      index: true,
      label: l('Razón social', 'Razão social', 'Legal name', 'Raison sociale'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'country',
          type: 'text',
          required: true,
          minLength: 2,
          maxLength: 2,
          label: l('País (ISO 3166-1)', 'País (ISO 3166-1)', 'Country (ISO 3166-1)', 'Pays (ISO 3166-1)'),
        },
        {
          name: 'taxId',
          custom: personal('public-when-its-bid-is-opened'),
          type: 'text',
          required: true,
          index: true,
          label: l('Identificación tributaria', 'CNPJ / CPF', 'Tax id', 'Identifiant fiscal'),
        },
      ],
    },
    { name: 'uniqueKey', type: 'text', unique: true, admin: { hidden: true } },
    {
      name: 'categories',
      type: 'select',
      hasMany: true,
      required: true,
      options: CATEGORIES,
      label: l('Rubros', 'Categorias', 'Categories', 'Catégories'),
    },
    {
      name: 'account',
      custom: personal(),
      type: 'relationship',
      relationTo: 'people',
      index: true,
      label: l(
        'Cuenta que lo representa',
        'Conta que o representa',
        'Account acting for it',
        'Compte qui le représente',
      ),
    },
    { name: 'address', type: 'textarea', label: l('Domicilio', 'Endereço', 'Address', 'Adresse'), custom: personal() },
    {
      name: 'contacts',
      custom: personal(),
      type: 'array',
      labels: {
        singular: l('Contacto', 'Contato', 'Contact', 'Contact'),
        plural: l('Contactos', 'Contatos', 'Contacts', 'Contacts'),
      },
      label: l('Contactos', 'Contatos', 'Contacts', 'Contacts'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: l('Nombre', 'Nome', 'Name', 'Nom') },
            { name: 'email', type: 'email', label: l('Correo', 'E-mail', 'Email', 'Courriel') },
            { name: 'phone', type: 'text', label: l('Teléfono', 'Telefone', 'Phone', 'Téléphone') },
          ],
        },
      ],
    },
  ],
})
