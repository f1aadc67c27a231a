/** A service request's own fields: what was asked, its code, who has it, by when, who asked; then the follow-up. */
import type { CollectionConfig, Where } from 'payload'

import { l, type Language, LANGUAGES, type Localized, personal } from '@e-muni/sdk'
import { SERVICE_STAFF } from '../access/index'
import { requestFollowUpFields } from './requestFollowUpFields'

/** Each platform language by its name, in the four languages. */
const LANGUAGE_NAMES: Record<Language, Localized> = {
  es: l('Español', 'Espanhol', 'Spanish', 'Espagnol'),
  pt: l('Portugués', 'Português', 'Portuguese', 'Portugais'),
  en: l('Inglés', 'Inglês', 'English', 'Anglais'),
  fr: l('Francés', 'Francês', 'French', 'Français'),
}

/**
 * What the citizen wrote (name, contact, service, description): staff record it when they take a
 * request at the counter, and read it afterwards. Payload's field access drops a change of it from any
 * save that is not MuniServi's own (those run with overrideAccess); the admin shows it read-only.
 */
const citizenData = { update: () => false }

const hiddenNumber = (name: string) => ({ name, type: 'number' as const, index: true, admin: { hidden: true } })

export const requestFields: CollectionConfig['fields'] = [
  {
    type: 'row',
    fields: [
      {
        name: 'trackingCode',
        type: 'text',
        index: true,
        label: l('Código de seguimiento', 'Código de acompanhamento', 'Tracking code', 'Code de suivi'),
        admin: { readOnly: true },
      },
      {
        name: 'service',
        type: 'relationship',
        relationTo: 'servi-services',
        required: true,
        index: true,
        access: citizenData,
        label: l('Servicio', 'Serviço', 'Service', 'Service'),
      },
    ],
  },
  // The database refuses a second request with the same code in one municipality.
  { name: 'uniqueKey', type: 'text', unique: true, admin: { hidden: true } },
  { name: 'codePrefix', type: 'text', index: true, admin: { hidden: true } },
  hiddenNumber('year'),
  hiddenNumber('sequence'),
  {
    type: 'row',
    fields: [
      {
        name: 'assignee',
        custom: personal(),
        type: 'relationship',
        relationTo: 'users',
        index: true,
        label: l('Asignada a', 'Atribuída a', 'Assignee', 'Assignée à'),
        admin: { components: { Cell: '/src/plugins/muniservi/admin/InboxCells#AssigneeCell' } },
        // Only service staff of the request's municipality.
        filterOptions: ({ data }): Where | false => {
          const tenant = (data as { tenant?: unknown })?.tenant
          const id = typeof tenant === 'object' && tenant ? (tenant as { id: unknown }).id : tenant
          return id === undefined || id === null
            ? false
            : ({ and: [{ 'tenants.tenant': { equals: id } }, { 'tenants.roles': { in: SERVICE_STAFF } }] } as Where)
        },
      },
      {
        name: 'dueAt',
        type: 'date',
        index: true,
        label: l('Vence', 'Vence', 'Due', 'Échéance'),
        admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'overdue',
        type: 'checkbox',
        index: true,
        defaultValue: false,
        label: l('Vencida', 'Vencida', 'Overdue', 'En retard'),
        admin: { readOnly: true, components: { Cell: '/src/plugins/muniservi/admin/InboxCells#OverdueCell' } },
      },
    ],
  },
  {
    name: 'answers',
    custom: personal(),
    type: 'json',
    label: l('Respuestas', 'Respostas', 'Answers', 'Réponses'),
    // Read under the form's labels, with the attachments previewed (no code editor, no network).
    admin: { readOnly: true, components: { Field: '/src/plugins/muniservi/admin/Answers#Answers' } },
  },
  {
    name: 'attachments',
    type: 'relationship',
    relationTo: 'servi-attachments',
    hasMany: true,
    label: l('Adjuntos', 'Anexos', 'Attachments', 'Pièces jointes'),
    admin: { readOnly: true },
  },
  {
    name: 'description',
    type: 'textarea',
    maxLength: 4000,
    access: citizenData,
    label: l('Descripción', 'Descrição', 'Description', 'Description'),
  },
  {
    name: 'location',
    custom: personal('public-when-the-service-shows-the-place'),
    type: 'group',
    label: l('Ubicación', 'Localização', 'Location', 'Emplacement'),
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'lat', type: 'number', min: -90, max: 90, label: l('Latitud', 'Latitude', 'Latitude', 'Latitude') },
          {
            name: 'lng',
            type: 'number',
            min: -180,
            max: 180,
            label: l('Longitud', 'Longitude', 'Longitude', 'Longitude'),
          },
        ],
      },
      { name: 'address', type: 'text', label: l('Dirección', 'Endereço', 'Address', 'Adresse') },
    ],
  },
  {
    type: 'collapsible',
    label: l('Solicitante', 'Solicitante', 'Requester', 'Demandeur'),
    fields: [
      {
        name: 'requester',
        custom: personal(),
        type: 'relationship',
        relationTo: 'people',
        index: true,
        label: l('Persona registrada', 'Pessoa cadastrada', 'Registered person', 'Personne inscrite'),
        admin: { readOnly: true },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'requesterName',
            custom: personal(),
            type: 'text',
            required: true,
            access: citizenData,
            label: l('Nombre', 'Nome', 'Name', 'Nom'),
          },
          {
            name: 'requesterEmail',
            custom: personal(),
            type: 'email',
            required: true,
            index: true,
            access: citizenData,
            label: l('Correo', 'E-mail', 'Email', 'Courriel'),
          },
          {
            name: 'requesterPhone',
            custom: personal(),
            type: 'text',
            access: citizenData,
            label: l('Teléfono', 'Telefone', 'Phone', 'Téléphone'),
          },
          {
            name: 'language',
            type: 'select',
            defaultValue: 'es',
            options: LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] })),
            label: l('Idioma', 'Idioma', 'Language', 'Langue'),
          },
        ],
      },
    ],
  },
  ...requestFollowUpFields,
]
