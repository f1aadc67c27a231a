/** A service request's fields after its submission: the conversation, internal notes, rating and outcome. */
import type { CollectionConfig, FieldAccess } from 'payload'

import { l, personal } from '@e-muni/sdk'
import { isServiceStaff } from '../access/index'

const staffOnly: FieldAccess = ({ req, doc, data }) => isServiceStaff(req.user, (doc ?? data)?.tenant)

export const requestFollowUpFields: CollectionConfig['fields'] = [
  {
    name: 'messages',
    custom: personal(),
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
    custom: personal(),
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
    custom: personal(),
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
    custom: personal(),
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
    custom: personal(),
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
