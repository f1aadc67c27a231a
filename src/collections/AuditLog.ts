import type { CollectionConfig } from 'payload'
import { APIError } from 'payload'

import { isPlatformAdmin, MUNICIPAL_ADMIN, tenantsWithRole } from '../access/roles'
import { l, tr } from '../i18n/index'
import { AUDIT_LOG } from '../plugins/sdk/audit'
import { personal } from '../plugins/sdk/privacy'

export { AUDIT_LOG }

const refuse = () => false

/**
 * Who changed what, when, in which municipality. Append-only: entries are written only by the
 * audit hooks (Local API); no API can create, update or delete one — not even a platform admin's.
 * Municipal admins read their municipality's entries; platform admins read all.
 */
export const AuditLog: CollectionConfig = {
  slug: AUDIT_LOG,
  labels: {
    singular: l('Registro de auditoría', 'Registro de auditoria', 'Audit entry', "Entrée d'audit"),
    plural: l('Auditoría', 'Auditoria', 'Audit log', "Journal d'audit"),
  },
  admin: {
    group: l('Plataforma', 'Plataforma', 'Platform', 'Plateforme'),
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'actorEmail', 'operation', 'collection', 'documentId', 'changedFields'],
    hidden: ({ user }) =>
      !isPlatformAdmin(user as never) && tenantsWithRole(user as never, [MUNICIPAL_ADMIN]).length === 0,
  },
  disableDuplicate: true,
  defaultSort: '-createdAt',
  access: {
    read: ({ req }) => {
      if (isPlatformAdmin(req.user)) return true
      const ids = tenantsWithRole(req.user, [MUNICIPAL_ADMIN]).map(String)
      return ids.length ? { municipality: { in: ids } } : false
    },
    create: refuse,
    update: refuse,
    delete: refuse,
  },
  hooks: {
    // Even server code with overrideAccess cannot rewrite history.
    beforeChange: [
      ({ operation, req, data }) => {
        if (operation !== 'create') throw new APIError(tr(req, 'auditAppendOnly'), 403, undefined, true)
        return data
      },
    ],
    beforeDelete: [
      ({ req }) => {
        throw new APIError(tr(req, 'auditAppendOnly'), 403, undefined, true)
      },
    ],
  },
  fields: [
    { name: 'summary', type: 'text', admin: { hidden: true } },
    {
      // The municipality's id as text, not a relationship: entries outlive a deleted municipality.
      name: 'municipality',
      type: 'text',
      index: true,
      label: l('Municipio', 'Município', 'Municipality', 'Municipalité'),
    },
    {
      name: 'operation',
      type: 'select',
      required: true,
      index: true,
      options: [
        { value: 'create', label: l('Alta', 'Criação', 'Create', 'Création') },
        { value: 'update', label: l('Modificación', 'Alteração', 'Update', 'Modification') },
        { value: 'delete', label: l('Baja', 'Exclusão', 'Delete', 'Suppression') },
        { value: 'transition', label: l('Transición', 'Transição', 'Transition', 'Transition') },
      ],
      label: l('Operación', 'Operação', 'Operation', 'Opération'),
    },
    {
      name: 'collection',
      type: 'text',
      required: true,
      index: true,
      label: l('Colección', 'Coleção', 'Collection', 'Collection'),
    },
    {
      name: 'documentId',
      type: 'text',
      required: true,
      index: true,
      label: l('Documento', 'Documento', 'Document', 'Document'),
    },
    {
      name: 'changedFields',
      type: 'text',
      hasMany: true,
      label: l('Campos cambiados', 'Campos alterados', 'Changed fields', 'Champs modifiés'),
    },
    // The account (`users:5`, `system`), a reference rather than a person's data (the email beside it is personal).
    {
      name: 'actor',
      type: 'text',
      index: true,
      label: l('Autor', 'Autor', 'Actor', 'Auteur'),
      custom: personal(false),
    },
    {
      name: 'actorEmail',
      custom: personal(),
      type: 'text',
      label: l('Correo del autor', 'E-mail do autor', 'Actor email', "Courriel de l'auteur"),
    },
    {
      name: 'transition',
      type: 'group',
      label: l('Transición', 'Transição', 'Transition', 'Transition'),
      fields: [
        { name: 'from', type: 'text', label: l('Desde', 'De', 'From', 'De') },
        { name: 'to', type: 'text', label: l('Hacia', 'Para', 'To', 'Vers') },
        { name: 'comment', type: 'textarea', label: l('Comentario', 'Comentário', 'Comment', 'Commentaire') },
      ],
    },
  ],
}
