import type { Access, CollectionConfig, Where } from 'payload'

import {
  inTenantsWithRole,
  isPlatformAdmin,
  isStaff,
  MUNICIPAL_ADMIN,
  PLATFORM_ROLES,
  tenantsWithRole,
} from '../access/roles'
import { contentLocaleOnLogin } from '../hooks/contentLocale'
import { guardStaffAssignments, guardStaffDelete } from '../hooks/guardStaffAssignments'
import { l } from '../i18n/index'
import { enforcePasswordPolicy } from '../lib/passwordPolicy'
import { personal } from '../plugins/sdk/privacy'

/** Self, plus (for municipal admins) the users of the municipalities they administer. */
const selfOrAdministered: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) return true
  if (!isStaff(req.user)) return false
  const self: Where = { id: { equals: req.user.id } }
  const administered = inTenantsWithRole(req.user, [MUNICIPAL_ADMIN], 'tenants.tenant')
  return administered ? { or: [self, administered] } : self
}

/**
 * Staff accounts (the admin auth collection). Platform roles live in `roles`; per-municipality roles
 * in the `tenants` rows that the multi-tenant plugin adds (see payload.config.ts).
 */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: l('Usuario del personal', 'Usuário da equipe', 'Staff user', 'Utilisateur du personnel'),
    plural: l('Personal', 'Equipe', 'Staff', 'Personnel'),
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    group: l('Plataforma', 'Plataforma', 'Platform', 'Plateforme'),
  },
  auth: {
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && process.env.COOKIE_SECURE !== 'false',
    },
  },
  access: {
    admin: ({ req }) => isStaff(req.user),
    read: selfOrAdministered,
    create: ({ req }) => isPlatformAdmin(req.user) || tenantsWithRole(req.user, [MUNICIPAL_ADMIN]).length > 0,
    update: selfOrAdministered,
    delete: ({ req }) => {
      if (isPlatformAdmin(req.user)) return true
      const administered = inTenantsWithRole(req.user, [MUNICIPAL_ADMIN], 'tenants.tenant')
      return administered && isStaff(req.user) ? { and: [administered, { id: { not_equals: req.user.id } }] } : false
    },
  },
  hooks: {
    beforeOperation: [enforcePasswordPolicy],
    beforeValidate: [guardStaffAssignments],
    beforeDelete: [guardStaffDelete],
    afterLogin: [contentLocaleOnLogin],
  },
  fields: [
    { name: 'name', type: 'text', label: l('Nombre', 'Nome', 'Name', 'Nom'), custom: personal() },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      options: PLATFORM_ROLES,
      label: l('Roles de plataforma', 'Papéis de plataforma', 'Platform roles', 'Rôles de plateforme'),
      admin: { position: 'sidebar' },
    },
  ],
}
