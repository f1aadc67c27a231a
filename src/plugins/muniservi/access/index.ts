/** Who may do what in MuniServi. Service staff act only in the municipalities where they hold a role. */
import type { Access, PayloadRequest, Where } from 'payload'

import {
  hasRoleIn,
  idOf,
  inTenantsWithRole,
  isPlatformAdmin,
  MUNICIPAL_ADMIN,
  tenantsWithRole,
  type ID,
} from '@e-muni/sdk'

export const SERVICE_AGENT = 'service-agent'
export const SERVICE_SUPERVISOR = 'service-supervisor'
/** Roles that work on service requests (the municipal admin oversees them). */
export const SERVICE_STAFF = [SERVICE_AGENT, SERVICE_SUPERVISOR, MUNICIPAL_ADMIN]
/** Roles that manage the catalogue and the Open311 keys. */
export const CATALOGUE_MANAGERS = [SERVICE_SUPERVISOR, MUNICIPAL_ADMIN]

type User = PayloadRequest['user']
/** A row of `users` as the Local API reads it (without the `collection` a signed-in user carries). */
type StaffRow = Omit<Extract<NonNullable<User>, { collection: 'users' }>, 'collection'>

export const isServiceStaff = (user: User | null | undefined, tenant: unknown): boolean =>
  isPlatformAdmin(user) || hasRoleIn(user, idOf(tenant), SERVICE_STAFF)

export const isPerson = (user: User | null | undefined): boolean => user?.collection === 'people'

/** A staff account (a row of `users`, read from the database) that works on the municipality's requests. */
export const worksOnRequestsIn = (user: StaffRow, tenant: unknown): boolean =>
  hasRoleIn({ ...user, collection: 'users' as const }, idOf(tenant), SERVICE_STAFF)

/** A staff account (a row of `users`) that supervises the municipality's requests (told of overdue ones). */
export const supervisesRequestsIn = (user: StaffRow, tenant: unknown): boolean =>
  hasRoleIn({ ...user, collection: 'users' as const }, idOf(tenant), [SERVICE_SUPERVISOR])

/** Documents of the municipalities where the user holds one of `roles` (all for a platform admin). */
const scoped =
  (roles: string[]): Access =>
  ({ req }) =>
    isPlatformAdmin(req.user) ? true : inTenantsWithRole(req.user, roles)

/** Creating: allowed when the user holds one of `roles` somewhere; the request hooks check where (`requireRoleIn`). */
const somewhere =
  (roles: string[]): Access =>
  ({ req }) =>
    isPlatformAdmin(req.user) || tenantsWithRole(req.user, roles).length > 0

/** The catalogue is public where active; its managers see and edit all of their municipality's. */
export const catalogueAccess = {
  read: (({ req }) => {
    if (isPlatformAdmin(req.user)) return true
    const mine = inTenantsWithRole(req.user, SERVICE_STAFF)
    const active: Where = { active: { equals: true } }
    return mine ? { or: [active, mine] } : active
  }) as Access,
  create: somewhere(CATALOGUE_MANAGERS),
  update: scoped(CATALOGUE_MANAGERS),
  delete: scoped(CATALOGUE_MANAGERS),
}

/** Categories have no `active` flag: public to read. */
export const categoryAccess = {
  read: (() => true) as Access,
  create: somewhere(CATALOGUE_MANAGERS),
  update: scoped(CATALOGUE_MANAGERS),
  delete: scoped(CATALOGUE_MANAGERS),
}

/** A person reads their own requests; service staff those of their municipalities; nobody else. */
const ownOrStaff =
  (field: string): Access =>
  ({ req }) => {
    if (isPlatformAdmin(req.user)) return true
    if (isPerson(req.user)) return { [field]: { equals: req.user!.id } }
    return inTenantsWithRole(req.user, SERVICE_STAFF)
  }

export const requestAccess = {
  read: ownOrStaff('requester'),
  // People submit through `submitServiceRequest` (which validates answers and files); staff may
  // record a request made at the counter or by phone.
  create: somewhere(SERVICE_STAFF),
  update: scoped(SERVICE_STAFF),
  delete: (({ req }) => isPlatformAdmin(req.user)) as Access,
}

/**
 * Files kept between the portal's two steps (`lib/staging.ts`) are read by nobody, staff and admins included:
 * only the claim with their receipt uses them.
 */
// `not_like` takes the pattern as given (the adapters add no wildcard to it, unlike `like`): a prefix.
const notStaged: Where = { or: [{ field: { exists: false } }, { field: { not_like: 'staged:%' } }] }

export const attachmentAccess = {
  read: (async (args) => {
    const base = await ownOrStaff('requester')(args)
    if (!base) return false
    return base === true ? notStaged : { and: [base, notStaged] }
  }) as Access,
  // Written only by the submission, which checks type and size before anything is stored.
  create: (() => false) as Access,
  update: (() => false) as Access,
  delete: (({ req }) => isPlatformAdmin(req.user)) as Access,
}

export const keyAccess = {
  read: scoped(CATALOGUE_MANAGERS),
  create: somewhere(CATALOGUE_MANAGERS),
  update: scoped(CATALOGUE_MANAGERS),
  delete: scoped(CATALOGUE_MANAGERS),
}

export type { ID }
