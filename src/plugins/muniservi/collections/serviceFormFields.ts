/** A service's publication flags (active, Open311), its online form and its schema.org JSON-LD. */
import type { CollectionConfig } from 'payload'

import { computedField, idOf, l, perRequest } from '@e-muni/sdk'
import { FIELD_TYPES } from '../lib/form'
import { governmentServiceJsonLd } from '../lib/jsonLd'
import { localizedText } from './serviceFields'

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

/** What the JSON-LD is made of (lib/jsonLd.ts). */
const JSON_LD_SOURCES = [
  'tenant',
  'code',
  'name',
  'summary',
  'category',
  'office',
  'audience',
  'fee',
  'channels',
  'legalBasis',
  'keywords',
]

/**
 * The service's schema.org JSON-LD, built only when the read returns it. Field hooks run before
 * relationships are populated: the category's name is read here, so the JSON-LD is the same at any depth.
 */
const jsonLd = computedField(JSON_LD_SOURCES, async ({ doc, req }) => {
  const tenant = idOf(doc.tenant)
  if (tenant === undefined || tenant === null) return null
  const byId = (collection: 'municipalities' | 'servi-categories', id: unknown) =>
    perRequest(req, `muniservi:${collection}:${String(id)}`, () =>
      req.payload.findByID({
        collection,
        id: id as string | number,
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
      }),
    ) as Promise<Record<string, unknown> | null>
  const category = doc.category
  const [municipality, categoryDoc] = await Promise.all([
    byId('municipalities', tenant),
    category !== null && category !== undefined && typeof category !== 'object'
      ? byId('servi-categories', category)
      : Promise.resolve(category as Record<string, unknown> | null | undefined),
  ])
  return municipality ? governmentServiceJsonLd({ ...doc, category: categoryDoc }, municipality, req) : null
})

export const serviceFormFields: CollectionConfig['fields'] = [
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
    // How much of a request's location its public outputs (the Open311 feed) show. `approximate` by default:
    // a point rounded to 3 decimals (about 110 m, a block) and no address — a home is not a public place.
    name: 'locationPrivacy',
    type: 'select',
    required: true,
    defaultValue: 'approximate',
    options: [
      {
        value: 'exact',
        label: l(
          'Exacta (lugar público: calle, plaza)',
          'Exata (lugar público: rua, praça)',
          'Exact (public place: street, square)',
          'Exacte (lieu public : rue, place)',
        ),
      },
      {
        value: 'approximate',
        label: l(
          'Aproximada (a la cuadra, sin dirección)',
          'Aproximada (no quarteirão, sem endereço)',
          'Approximate (to the block, no address)',
          'Approximative (au pâté de maisons, sans adresse)',
        ),
      },
      { value: 'hidden', label: l('Oculta', 'Oculta', 'Hidden', 'Masquée') },
    ],
    label: l(
      'Ubicación en los datos públicos',
      'Localização nos dados públicos',
      'Location in public data',
      'Emplacement dans les données publiques',
    ),
    admin: {
      description: l(
        'Cuánto muestra el feed público (Open311) de la ubicación de cada solicitud. Los domicilios, nunca exacta.',
        'Quanto o feed público (Open311) mostra da localização de cada solicitação. Domicílios, nunca exata.',
        'How much of each request’s location the public feed (Open311) shows. Homes: never exact.',
        'Ce que le flux public (Open311) montre de l’emplacement de chaque demande. Domiciles : jamais exacte.',
      ),
    },
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
    hooks: { afterRead: [jsonLd] },
  },
]
