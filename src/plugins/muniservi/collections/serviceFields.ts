/** A service's published fields: what it is, what it takes and costs, its deadline, office and channels. */
import type { CollectionConfig } from 'payload'

import { l, personal } from '@e-muni/sdk'

export const localizedText = (name: string, label: ReturnType<typeof l>, extra: Record<string, unknown> = {}) =>
  ({ name, type: 'text', localized: true, label, ...extra }) as const

export const serviceFields: CollectionConfig['fields'] = [
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
      localizedText('name', l('Nombre', 'Nome', 'Name', 'Nom'), { required: true, custom: personal(false) }),
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
    relationTo: 'servi-categories',
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
    custom: personal(false),
    type: 'group',
    label: l('Oficina responsable', 'Órgão responsável', 'Responsible office', 'Service responsable'),
    fields: [
      localizedText('name', l('Nombre', 'Nome', 'Name', 'Nom')),
      { name: 'email', type: 'email', label: l('Correo', 'E-mail', 'Email', 'Courriel') },
    ],
  },
  {
    name: 'channels',
    custom: personal(false),
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
]
