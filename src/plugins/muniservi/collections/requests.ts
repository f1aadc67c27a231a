/** Service requests, their private attachments, and the Open311 API keys. */
import { createHash, randomBytes } from 'node:crypto'

import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  FieldAccess,
  Where,
} from 'payload'

import { l, type Language, LANGUAGES, type Localized, uploadDir, uploadGuard } from '@e-muni/sdk'
import { attachmentAccess, isServiceStaff, keyAccess, requestAccess, SERVICE_STAFF } from '../access/index'
import { keepConversation } from '../hooks/conversation'
import { guardRequestWrite, stampRequest } from '../hooks/requests'
import { ATTACHMENT_TYPES } from '../lib/form'
import { requestWorkflow } from '../workflows/requests'

const staffOnly: FieldAccess = ({ req, doc, data }) => isServiceStaff(req.user, (doc ?? data)?.tenant)

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

const requestFields: CollectionConfig['fields'] = [
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
        relationTo: 'services',
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
    type: 'json',
    label: l('Respuestas', 'Respostas', 'Answers', 'Réponses'),
    // Read under the form's labels, with the attachments previewed (no code editor, no network).
    admin: { readOnly: true, components: { Field: '/src/plugins/muniservi/admin/Answers#Answers' } },
  },
  {
    name: 'attachments',
    type: 'relationship',
    relationTo: 'service-attachments',
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
            type: 'text',
            required: true,
            access: citizenData,
            label: l('Nombre', 'Nome', 'Name', 'Nom'),
          },
          {
            name: 'requesterEmail',
            type: 'email',
            required: true,
            index: true,
            access: citizenData,
            label: l('Correo', 'E-mail', 'Email', 'Courriel'),
          },
          {
            name: 'requesterPhone',
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
  {
    name: 'messages',
    type: 'array',
    labels: {
      singular: l('Mensaje', 'Mensagem', 'Message', 'Message'),
      plural: l('Mensajes', 'Mensagens', 'Messages', 'Messages'),
    },
    label: l(
      'Mensajes con el solicitante (públicos)',
      'Mensagens com o solicitante (públicas)',
      'Messages with the requester (public)',
      'Messages avec le demandeur (publics)',
    ),
    // A conversation: each message under who wrote it, when, and its first words. Read-only in the admin
    // (sent messages are not rewritten); staff write the next one in `newMessage`.
    admin: {
      readOnly: true,
      initCollapsed: true,
      components: { RowLabel: '/src/plugins/muniservi/admin/RowLabels#MessageRowLabel' },
    },
    fields: [
      {
        name: 'from',
        type: 'select',
        defaultValue: 'staff',
        options: [
          { value: 'staff', label: l('Municipio', 'Município', 'Municipality', 'Municipalité') },
          { value: 'requester', label: l('Solicitante', 'Solicitante', 'Requester', 'Demandeur') },
        ],
        label: l('De', 'De', 'From', 'De'),
        // Staff write as the municipality; the requester's replies come from the portal.
        admin: { readOnly: true },
      },
      {
        name: 'body',
        type: 'textarea',
        required: true,
        maxLength: 4000,
        label: l('Mensaje', 'Mensagem', 'Message', 'Message'),
      },
      {
        name: 'at',
        type: 'date',
        defaultValue: () => new Date().toISOString(),
        label: l('Fecha', 'Data', 'Date', 'Date'),
        admin: { readOnly: true },
      },
    ],
  },
  {
    // The next message to the requester, added to the conversation on save (hooks/conversation.ts).
    name: 'newMessage',
    type: 'textarea',
    virtual: true,
    maxLength: 4000,
    // Payload shows a virtual field read-only (and the admin's save leaves it out) unless told otherwise.
    admin: { readOnly: false },
    // Read back empty: after a save the box is clear for the next one (not sent again with the next save).
    hooks: { afterRead: [() => ''] },
    label: l(
      'Escribir al vecino (se agrega a la conversación al guardar)',
      'Escrever ao cidadão (entra na conversa ao salvar)',
      'Write to the requester (added to the conversation on save)',
      'Écrire au demandeur (ajouté à la conversation à l’enregistrement)',
    ),
  },
  {
    // Never in a public or requester-facing answer: the field is readable by service staff only.
    name: 'internalNotes',
    type: 'array',
    labels: {
      singular: l('Nota interna', 'Nota interna', 'Internal note', 'Note interne'),
      plural: l('Notas internas', 'Notas internas', 'Internal notes', 'Notes internes'),
    },
    label: l('Notas internas', 'Notas internas', 'Internal notes', 'Notes internes'),
    access: { read: staffOnly, create: staffOnly, update: staffOnly },
    // Read-only in the admin (notes are not rewritten); staff write the next one in `newNote`.
    admin: {
      readOnly: true,
      initCollapsed: true,
      components: { RowLabel: '/src/plugins/muniservi/admin/RowLabels#NoteRowLabel' },
    },
    fields: [
      { name: 'body', type: 'textarea', required: true, maxLength: 4000, label: l('Nota', 'Nota', 'Note', 'Note') },
      { name: 'author', type: 'text', label: l('Autor', 'Autor', 'Author', 'Auteur'), admin: { readOnly: true } },
      {
        name: 'at',
        type: 'date',
        defaultValue: () => new Date().toISOString(),
        label: l('Fecha', 'Data', 'Date', 'Date'),
        admin: { readOnly: true },
      },
    ],
  },
  {
    // The next internal note, added on save with its author and date (hooks/conversation.ts).
    name: 'newNote',
    type: 'textarea',
    virtual: true,
    maxLength: 4000,
    // Payload shows a virtual field read-only (and the admin's save leaves it out) unless told otherwise.
    admin: { readOnly: false },
    // Read back empty: after a save the box is clear for the next one (not sent again with the next save).
    hooks: { afterRead: [() => ''] },
    access: { read: staffOnly, create: staffOnly, update: staffOnly },
    label: l(
      'Nueva nota interna (solo personal municipal)',
      'Nova nota interna (só equipe municipal)',
      'New internal note (staff only)',
      'Nouvelle note interne (personnel seulement)',
    ),
  },
  {
    name: 'rating',
    type: 'group',
    label: l('Calificación', 'Avaliação', 'Rating', 'Évaluation'),
    admin: { readOnly: true },
    fields: [
      {
        name: 'score',
        type: 'number',
        min: 1,
        max: 5,
        label: l('Puntuación (1–5)', 'Nota (1–5)', 'Score (1–5)', 'Note (1–5)'),
      },
      {
        name: 'comment',
        type: 'textarea',
        maxLength: 2000,
        label: l('Comentario', 'Comentário', 'Comment', 'Commentaire'),
      },
      { name: 'ratedAt', type: 'date', label: l('Calificada el', 'Avaliada em', 'Rated on', 'Évaluée le') },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'resolvedAt',
        type: 'date',
        index: true,
        label: l('Resuelta el', 'Resolvida em', 'Resolved on', 'Résolue le'),
        admin: { readOnly: true },
      },
      {
        name: 'closedAt',
        type: 'date',
        label: l('Cerrada el', 'Encerrada em', 'Closed on', 'Clôturée le'),
        admin: { readOnly: true },
      },
      {
        name: 'source',
        type: 'select',
        options: [
          { value: 'web', label: l('Sitio web', 'Site', 'Website', 'Site web') },
          { value: 'open311', label: l('Open311', 'Open311', 'Open311', 'Open311') },
          {
            value: 'staff',
            label: l('Personal municipal', 'Equipe municipal', 'Municipal staff', 'Personnel municipal'),
          },
        ],
        label: l('Origen', 'Origem', 'Source', 'Origine'),
        admin: { readOnly: true },
      },
    ],
  },
  { name: 'open311Token', type: 'text', index: true, admin: { hidden: true } },
  {
    name: 'mediaUrl',
    type: 'text',
    label: l('URL de imagen (Open311)', 'URL da imagem (Open311)', 'Media URL (Open311)', 'URL du média (Open311)'),
    admin: { readOnly: true },
  },
]

export const ServiceRequests: CollectionConfig = requestWorkflow.apply({
  slug: 'service-requests',
  labels: {
    singular: l('Solicitud de servicio', 'Solicitação de serviço', 'Service request', 'Demande de service'),
    plural: l(
      'Solicitudes (bandeja)',
      'Solicitações (caixa de entrada)',
      'Requests (inbox)',
      'Demandes (boîte de réception)',
    ),
  },
  admin: {
    useAsTitle: 'trackingCode',
    // The inbox: what, who asked and when, its state, who has it, by when.
    defaultColumns: ['trackingCode', 'service', 'requesterName', 'createdAt', 'status', 'assignee', 'dueAt', 'overdue'],
    listSearchableFields: ['trackingCode', 'requesterEmail', 'requesterName'],
    components: { beforeListTable: ['/src/plugins/muniservi/admin/InboxFilters#InboxFilters'] },
  },
  defaultSort: 'dueAt',
  access: requestAccess,
  hooks: { beforeValidate: [guardRequestWrite], beforeChange: [stampRequest, keepConversation] },
  fields: requestFields,
})

export const ServiceAttachments: CollectionConfig = {
  slug: 'service-attachments',
  labels: {
    singular: l('Adjunto de solicitud', 'Anexo de solicitação', 'Request attachment', 'Pièce jointe'),
    plural: l('Adjuntos de solicitudes', 'Anexos de solicitações', 'Request attachments', 'Pièces jointes'),
  },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'field', 'mimeType', 'filesize'] },
  access: attachmentAccess,
  // Stored just before their request: one its request never got (a crash in between) is swept.
  custom: { ownedBy: [{ collection: 'service-requests', field: 'attachments' }] },
  hooks: { beforeOperation: [uploadGuard(ATTACHMENT_TYPES)] },
  upload: { staticDir: uploadDir('service-attachments'), mimeTypes: ATTACHMENT_TYPES },
  fields: [
    { name: 'field', type: 'text', label: l('Campo', 'Campo', 'Field', 'Champ') },
    {
      name: 'requester',
      type: 'relationship',
      relationTo: 'people',
      index: true,
      label: l('Solicitante', 'Solicitante', 'Requester', 'Demandeur'),
      admin: { readOnly: true },
    },
  ],
}

export const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex')
export const newKey = (): string => `o311_${randomBytes(24).toString('base64url')}`
const PLAIN = 'muniservi:plainKey'

/**
 * On creation, the key (given, or generated) is replaced by its hash. A key is never changed
 * afterwards (the form's default would otherwise produce a new one on every save): to rotate, create
 * a new key and deactivate the old one.
 */
const hashOnWrite: CollectionBeforeChangeHook = ({ data, operation, context }) => {
  if (operation === 'create') {
    const key = typeof data.key === 'string' && data.key.trim() ? data.key.trim() : newKey()
    data.keyHash = hashKey(key)
    data.keyPrefix = key.slice(0, 9)
    context[PLAIN] = key
  } else {
    delete data.keyHash
    delete data.keyPrefix
  }
  delete data.key
  return data
}

/** The key itself is shown once, in the answer to its creation; only its hash is stored. */
const showOnce: CollectionAfterChangeHook = ({ doc, context }) => {
  if (context[PLAIN]) return { ...doc, key: context[PLAIN] }
  return doc
}

export const Open311Keys: CollectionConfig = {
  slug: 'open311-keys',
  labels: {
    singular: l('Clave Open311', 'Chave Open311', 'Open311 key', 'Clé Open311'),
    plural: l('Claves Open311', 'Chaves Open311', 'Open311 keys', 'Clés Open311'),
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'keyPrefix', 'active', 'lastUsedAt'] },
  access: keyAccess,
  hooks: { beforeChange: [hashOnWrite], afterChange: [showOnce] },
  fields: [
    { name: 'name', type: 'text', required: true, label: l('Aplicación', 'Aplicação', 'Application', 'Application') },
    {
      name: 'key',
      type: 'text',
      virtual: true,
      defaultValue: () => newKey(),
      label: l('Clave', 'Chave', 'Key', 'Clé'),
      admin: {
        condition: (data) => !data?.id,
        description: l(
          'Cópiela ahora: solo se guarda su huella (hash) y no se podrá volver a ver.',
          'Copie-a agora: só a sua impressão (hash) é guardada e não poderá ser vista de novo.',
          'Copy it now: only its hash is stored and it cannot be shown again.',
          'Copiez-la maintenant : seule son empreinte (hash) est conservée, elle ne pourra plus être affichée.',
        ),
      },
    },
    { name: 'keyHash', type: 'text', unique: true, access: { read: () => false }, admin: { hidden: true } },
    {
      name: 'keyPrefix',
      type: 'text',
      label: l('Comienza con', 'Começa com', 'Starts with', 'Commence par'),
      admin: { readOnly: true },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: l('Activa', 'Ativa', 'Active', 'Active') },
    {
      name: 'lastUsedAt',
      type: 'date',
      label: l('Último uso', 'Último uso', 'Last used', 'Dernière utilisation'),
      admin: { readOnly: true },
    },
  ],
}
