/**
 * Role predicates every layer shares. Staff users (the `users` auth collection) hold `platform-admin`
 * globally, or roles per municipality in their `tenants` rows. Citizens and suppliers (`people`) hold
 * no staff role at all. The role lists (core and module roles, with labels) are the app's.
 */
import type { Access, DefaultDocumentIDType, PayloadRequest, Where } from 'payload'

export const PLATFORM_ADMIN = 'platform-admin'
export const MUNICIPAL_ADMIN = 'municipal-admin'

/**
 * A document id, as the app's database gives it: `number` on SQLite and PostgreSQL (serial ids), `string` on
 * MongoDB. Payload's generated types fix it for the app; a package checked alone sees `number | string`.
 */
export type ID = DefaultDocumentIDType
/** A document a module handles loosely (fields read by name). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- read field by field, as each caller knows it
export type Doc = Record<string, any> & { id: ID }
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

export const idOf = (value: unknown): ID | undefined => {
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  // As Payload does for ids that come from the wire: a numeric id may arrive as a string, and is used as one.
  return typeof id === 'number' || typeof id === 'string' ? (id as ID) : undefined
}

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
