/**
 * The catalogue of services (trámites), after Uruguay's law 19.355 art. 76 and Mexico's LFPA art. 69-M:
 * every service is published with its requirements, total cost, maximum duration, what silence
 * means and the responsible office — and, where it is done online, its form.
 */
import type { CollectionAfterReadHook, CollectionBeforeValidateHook, CollectionConfig, PayloadRequest } from 'payload'

import { fail, idOf, l, perRequest, requireRoleIn } from '@e-muni/sdk'
import { t } from '../kit'
import { CATALOGUE_MANAGERS, catalogueAccess, categoryAccess } from '../access/index'
import { FIELD_TYPES, formProblems, type FormField } from '../lib/form'
import { governmentServiceJsonLd } from '../lib/jsonLd'

export const ServiceCategories: CollectionConfig = {
  slug: 'service-categories',
  labels: {
    singular: l('Categoría de servicios', 'Categoria de serviços', 'Service category', 'Catégorie de services'),
    plural: l('Categorías de servicios', 'Categorias de serviços', 'Service categories', 'Catégories de services'),
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'order'] },
  access: categoryAccess,
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: l('Nombre', 'Nome', 'Name', 'Nom') },
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
      collection: 'services',
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

const addJsonLd: CollectionAfterReadHook = async ({ doc, req }) => {
  const tenant = idOf(doc.tenant)
  if (tenant === undefined) return doc
  const municipality = (await perRequest(req, `muniservi:municipality:${tenant}`, () =>
    req.payload.findByID({
      collection: 'municipalities',
      id: tenant,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    }),
  )) as Record<string, unknown> | null
  if (municipality) doc.jsonLd = governmentServiceJsonLd(doc, municipality, req as PayloadRequest)
  return doc
}

const localizedText = (name: string, label: ReturnType<typeof l>, extra: Record<string, unknown> = {}) =>
  ({ name, type: 'text', localized: true, label, ...extra }) as const

const FIELD_TYPE_LABELS: Record<(typeof FIELD_TYPES)[number], ReturnType<typeof l>> = {
  text: l('Texto corto', 'Texto curto', 'Short text', 'Texte court'),
  textarea: l('Texto largo', 'Texto longo', 'Long text', 'Texte long'),
  number: l('Número', 'Número', 'Number', 'Nombre'),
  date: l('Fecha', 'Data', 'Date', 'Date'),
  email: l('Correo', 'E-mail', 'Email', 'Courriel'),
  phone: l('Teléfono', 'Telefone', 'Phone', 'Téléphone'),
  select: l('Opción única', 'Escolha única', 'Single choice', 'Choix unique'),
  multiselect: l('Opción múltiple', 'Múltipla escolha', 'Multiple choice', 'Choix multiple'),
  checkbox: l('Casilla', 'Caixa de seleção', 'Checkbox', 'Case à cocher'),
  file: l('Archivo', 'Arquivo', 'File', 'Fichier'),
  location: l('Ubicación', 'Localização', 'Location', 'Emplacement'),
}

export const Services: CollectionConfig = {
  slug: 'services',
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
  hooks: { beforeValidate: [normaliseCode], afterRead: [addJsonLd] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          type: 'text',
          required: true,
          index: true,
          label: l('Código', 'Código', 'Code', 'Code'),
          admin: {
            description: l(
              'Prefijo de los códigos de seguimiento y código Open311 (p. ej. HAB).',
              'Prefixo dos códigos de acompanhamento e código Open311 (ex.: ALV).',
              'Prefix of tracking codes and Open311 service code (e.g. LIC).',
              'Préfixe des codes de suivi et code Open311 (p. ex. LIC).',
            ),
          },
        },
        localizedText('name', l('Nombre', 'Nome', 'Name', 'Nom'), { required: true }),
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      required: true,
      label: l('Resumen', 'Resumo', 'Summary', 'Résumé'),
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: l('Descripción', 'Descrição', 'Description', 'Description'),
    },
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'service-categories',
      index: true,
      label: l('Categoría', 'Categoria', 'Category', 'Catégorie'),
    },
    {
      name: 'audience',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['people'],
      label: l('Destinatarios', 'Público', 'Audience', 'Public'),
      options: [
        { value: 'people', label: l('Personas', 'Pessoas', 'People', 'Particuliers') },
        { value: 'businesses', label: l('Empresas', 'Empresas', 'Businesses', 'Entreprises') },
      ],
    },
    {
      name: 'requirements',
      type: 'array',
      labels: {
        singular: l('Requisito', 'Requisito', 'Requirement', 'Condition'),
        plural: l('Requisitos', 'Requisitos', 'Requirements', 'Conditions'),
      },
      label: l('Requisitos', 'Requisitos', 'Requirements', 'Conditions'),
      fields: [
        {
          name: 'text',
          type: 'text',
          localized: true,
          label: l('Requisito', 'Requisito', 'Requirement', 'Condition'),
        },
      ],
    },
    {
      name: 'documents',
      type: 'array',
      labels: {
        singular: l('Documento', 'Documento', 'Document', 'Document'),
        plural: l('Documentos', 'Documentos', 'Documents', 'Documents'),
      },
      label: l('Documentos a presentar', 'Documentos a apresentar', 'Documents to bring', 'Documents à fournir'),
      fields: [
        {
          name: 'text',
          type: 'text',
          localized: true,
          label: l('Documento', 'Documento', 'Document', 'Document'),
        },
      ],
    },
    {
      name: 'fee',
      type: 'group',
      label: l('Costo total', 'Custo total', 'Total cost', 'Coût total'),
      fields: [
        { name: 'free', type: 'checkbox', defaultValue: true, label: l('Gratuito', 'Gratuito', 'Free', 'Gratuit') },
        {
          type: 'row',
          fields: [
            {
              name: 'amount',
              type: 'number',
              min: 0,
              label: l('Importe', 'Valor', 'Amount', 'Montant'),
              admin: { condition: (_, s) => !s?.free },
            },
            {
              name: 'currency',
              type: 'text',
              label: l('Moneda (ISO 4217)', 'Moeda (ISO 4217)', 'Currency (ISO 4217)', 'Devise (ISO 4217)'),
              validate: (v: unknown) => !v || /^[A-Z]{3}$/.test(String(v)) || 'ISO 4217 (UYU, BRL, USD…)',
              admin: { condition: (_, s) => !s?.free },
            },
          ],
        },
      ],
    },
    {
      name: 'legalBasis',
      type: 'textarea',
      localized: true,
      label: l('Fundamento legal', 'Base legal', 'Legal basis', 'Base légale'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'maxBusinessDays',
          type: 'number',
          required: true,
          min: 0,
          max: 365,
          label: l(
            'Plazo máximo (días hábiles)',
            'Prazo máximo (dias úteis)',
            'Maximum time (business days)',
            'Délai maximal (jours ouvrés)',
          ),
        },
        {
          name: 'silence',
          type: 'select',
          required: true,
          defaultValue: 'none',
          label: l(
            'Si no hay respuesta en plazo',
            'Se não houver resposta no prazo',
            'If no answer in time',
            'Sans réponse dans le délai',
          ),
          options: [
            {
              value: 'approval',
              label: l('Se entiende aprobado', 'Considera-se aprovado', 'Deemed approved', 'Réputé accepté'),
            },
            {
              value: 'refusal',
              label: l('Se entiende denegado', 'Considera-se indeferido', 'Deemed refused', 'Réputé refusé'),
            },
            { value: 'none', label: l('No aplica', 'Não se aplica', 'Not applicable', 'Sans objet') },
          ],
        },
      ],
    },
    localizedText(
      'resultValidity',
      l('Vigencia del resultado', 'Validade do resultado', 'Validity of the result', 'Validité du résultat'),
    ),
    {
      name: 'office',
      type: 'group',
      label: l('Oficina responsable', 'Órgão responsável', 'Responsible office', 'Service responsable'),
      fields: [
        localizedText('name', l('Nombre', 'Nome', 'Name', 'Nom')),
        { name: 'email', type: 'email', label: l('Correo', 'E-mail', 'Email', 'Courriel') },
      ],
    },
    {
      name: 'channels',
      type: 'group',
      label: l('Canales', 'Canais', 'Channels', 'Canaux'),
      fields: [
        { name: 'online', type: 'checkbox', defaultValue: true, label: l('En línea', 'Online', 'Online', 'En ligne') },
        { name: 'inPerson', type: 'checkbox', label: l('Presencial', 'Presencial', 'In person', 'Sur place') },
        {
          name: 'address',
          type: 'textarea',
          label: l('Dirección', 'Endereço', 'Address', 'Adresse'),
          admin: { condition: (_, s) => Boolean(s?.inPerson) },
        },
        localizedText('hours', l('Horario', 'Horário', 'Opening hours', 'Horaires'), {
          admin: { condition: (_: unknown, s: Record<string, unknown>) => Boolean(s?.inPerson) },
        }),
        { name: 'phone', type: 'text', label: l('Teléfono', 'Telefone', 'Phone', 'Téléphone') },
      ],
    },
    {
      name: 'keywords',
      type: 'text',
      hasMany: true,
      label: l('Palabras clave', 'Palavras-chave', 'Keywords', 'Mots-clés'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'active',
          type: 'checkbox',
          defaultValue: true,
          index: true,
          label: l('Activo', 'Ativo', 'Active', 'Actif'),
        },
        {
          name: 'open311',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          label: l('Publicar en Open311', 'Publicar no Open311', 'Publish on Open311', 'Publier sur Open311'),
        },
      ],
    },
    {
      name: 'form',
      type: 'array',
      label: l('Formulario en línea', 'Formulário online', 'Online form', 'Formulaire en ligne'),
      labels: {
        singular: l('Campo', 'Campo', 'Field', 'Champ'),
        plural: l('Campos', 'Campos', 'Fields', 'Champs'),
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'text', required: true, label: l('Clave', 'Chave', 'Key', 'Clé') },
            {
              name: 'type',
              type: 'select',
              required: true,
              defaultValue: 'text',
              label: l('Tipo', 'Tipo', 'Type', 'Type'),
              options: FIELD_TYPES.map((value) => ({ value, label: FIELD_TYPE_LABELS[value] })),
            },
            { name: 'required', type: 'checkbox', label: l('Obligatorio', 'Obrigatório', 'Required', 'Obligatoire') },
          ],
        },
        // Not required: a translation may leave it empty and fall back to the municipality's language.
        localizedText('label', l('Etiqueta', 'Rótulo', 'Label', 'Libellé')),
        { name: 'help', type: 'textarea', localized: true, label: l('Ayuda', 'Ajuda', 'Help', 'Aide') },
        {
          name: 'options',
          type: 'array',
          labels: {
            singular: l('Opción', 'Opção', 'Option', 'Option'),
            plural: l('Opciones', 'Opções', 'Options', 'Options'),
          },
          label: l('Opciones', 'Opções', 'Options', 'Options'),
          admin: { condition: (_, s) => s?.type === 'select' || s?.type === 'multiselect' },
          fields: [
            { name: 'value', type: 'text', required: true, label: l('Valor', 'Valor', 'Value', 'Valeur') },
            localizedText('label', l('Etiqueta', 'Rótulo', 'Label', 'Libellé')),
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'min', type: 'number', label: l('Mínimo', 'Mínimo', 'Minimum', 'Minimum') },
            {
              name: 'max',
              type: 'number',
              label: l('Máximo', 'Máximo', 'Maximum', 'Maximum'),
              admin: {
                description: l(
                  'Texto: caracteres; número: valor; opciones: cantidad; archivo: MB.',
                  'Texto: caracteres; número: valor; opções: quantidade; arquivo: MB.',
                  'Text: characters; number: value; choices: count; file: MB.',
                  'Texte : caractères ; nombre : valeur ; choix : nombre ; fichier : Mo.',
                ),
              },
            },
          ],
        },
      ],
    },
    {
      name: 'jsonLd',
      type: 'json',
      virtual: true,
      label: l(
        'schema.org GovernmentService (JSON-LD)',
        'schema.org GovernmentService (JSON-LD)',
        'schema.org GovernmentService (JSON-LD)',
        'schema.org GovernmentService (JSON-LD)',
      ),
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
