/**
 * Roles and the predicates built on them. Staff users (the `users` auth collection) hold
 * `platform-admin` globally, or roles per municipality in their `tenants` rows.
 * Citizens and suppliers (`people`) hold no staff role at all.
 */
import type { Access, PayloadRequest, Where } from 'payload'

import { l, type Localized } from '../i18n/index'
import { moduleRoles } from '../plugins/sdk/registry'

export const PLATFORM_ADMIN = 'platform-admin'
export const MUNICIPAL_ADMIN = 'municipal-admin'
export const EDITOR = 'editor'

export const PLATFORM_ROLES: { value: string; label: Localized }[] = [
  {
    value: PLATFORM_ADMIN,
    label: l(
      'Administrador de la plataforma',
      'Administrador da plataforma',
      'Platform administrator',
      'Administrateur de la plateforme',
    ),
  },
]

export const CORE_TENANT_ROLES: { value: string; label: Localized }[] = [
  {
    value: MUNICIPAL_ADMIN,
    label: l(
      'Administrador municipal',
      'Administrador municipal',
      'Municipal administrator',
      'Administrateur municipal',
    ),
  },
  { value: EDITOR, label: l('Editor', 'Editor', 'Editor', 'Éditeur') },
]

/** Per-municipality role choices: the core roles plus every role the installed modules contribute. */
export const tenantRoleOptions = (): { value: string; label: Localized }[] => [
  ...CORE_TENANT_ROLES,
  ...moduleRoles().map((r) => ({ value: r.slug, label: r.label })),
]

/** Roles that may edit MuniPortal content of a municipality. */
export const CONTENT_ROLES = [MUNICIPAL_ADMIN, EDITOR]

type ID = number | string
type TenantRow = { tenant?: ID | { id: ID } | null; roles?: string[] | null }
export type StaffUser = {
  id: ID
  collection: 'users'
  roles?: string[] | null
  tenants?: TenantRow[] | null
}

type AnyUser = PayloadRequest['user']

export const isStaff = (user: AnyUser | null | undefined): user is AnyUser & StaffUser =>
  Boolean(user && user.collection === 'users')

export const isPlatformAdmin = (user: AnyUser | null | undefined): boolean =>
  isStaff(user) && Array.isArray(user.roles) && user.roles.includes(PLATFORM_ADMIN)

export const idOf = (value: ID | { id: ID } | null | undefined): ID | undefined =>
  value && typeof value === 'object' ? value.id : (value ?? undefined)

/** Municipality ids where the user holds any of `roles`. */
export const tenantsWithRole = (user: AnyUser | null | undefined, roles: string[]): ID[] => {
  if (!isStaff(user)) return []
  return (user.tenants ?? [])
    .filter((row) => (row.roles ?? []).some((r) => roles.includes(r)))
    .map((row) => idOf(row.tenant))
    .filter((id): id is ID => id !== undefined)
}

export const hasRoleIn = (user: AnyUser | null | undefined, tenant: ID | undefined, roles: string[]): boolean =>
  tenant !== undefined && tenantsWithRole(user, roles).some((id) => String(id) === String(tenant))

export const platformAdminOnly: Access = ({ req }) => isPlatformAdmin(req.user)

export const anyone: Access = () => true

/**
 * Where-constraint limiting to documents of municipalities where the user holds one of `roles`.
 * `false` when there are none.
 */
export const inTenantsWithRole = (
  user: AnyUser | null | undefined,
  roles: string[],
  field = 'tenant',
): Where | false => {
  const ids = tenantsWithRole(user, roles)
  return ids.length ? { [field]: { in: ids } } : false
}
