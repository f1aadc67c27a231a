/** Service requests, their private attachments, and the Open311 API keys. */
import { createHash, randomBytes } from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { l, personal, uploadDir, uploadGuard } from '@e-muni/sdk'
import { attachmentAccess, keyAccess, requestAccess } from '../access/index'
import { keepConversation } from '../hooks/conversation'
import { guardRequestWrite, stampRequest } from '../hooks/requests'
import { ATTACHMENT_TYPES } from '../lib/form'
import { requestWorkflow } from '../workflows/requests'

import { requestFields } from './requestFields'

export const ServiceRequests: CollectionConfig = requestWorkflow.apply({
  slug: 'servi-requests',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'ServiceRequest', pluralName: 'ServiceRequests' },
  typescript: { interface: 'ServiceRequest' },
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
  slug: 'servi-attachments',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'ServiceAttachment', pluralName: 'ServiceAttachments' },
  typescript: { interface: 'ServiceAttachment' },
  labels: {
    singular: l('Adjunto de solicitud', 'Anexo de solicitação', 'Request attachment', 'Pièce jointe'),
    plural: l('Adjuntos de solicitudes', 'Anexos de solicitações', 'Request attachments', 'Pièces jointes'),
  },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'field', 'mimeType', 'filesize'] },
  access: attachmentAccess,
  // Stored just before their request: one its request never got (a crash in between) is swept.
  custom: { ownedBy: [{ collection: 'servi-requests', field: 'attachments' }] },
  hooks: { beforeOperation: [uploadGuard(ATTACHMENT_TYPES)] },
  upload: { staticDir: uploadDir('service-attachments'), mimeTypes: ATTACHMENT_TYPES },
  fields: [
    { name: 'field', type: 'text', label: l('Campo', 'Campo', 'Field', 'Champ') },
    {
      name: 'requester',
      custom: personal(),
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
  slug: 'servi-open311-keys',
  // The GraphQL and TypeScript names from before the slug took its module's namespace.
  graphQL: { singularName: 'Open311Key', pluralName: 'Open311Keys' },
  typescript: { interface: 'Open311Key' },
  labels: {
    singular: l('Clave Open311', 'Chave Open311', 'Open311 key', 'Clé Open311'),
    plural: l('Claves Open311', 'Chaves Open311', 'Open311 keys', 'Clés Open311'),
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'keyPrefix', 'active', 'lastUsedAt'] },
  access: keyAccess,
  hooks: { beforeChange: [hashOnWrite], afterChange: [showOnce] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: l('Aplicación', 'Aplicação', 'Application', 'Application'),
      custom: personal(false),
    },
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
