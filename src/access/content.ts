/**
 * Access for MuniPortal content (tenant-scoped). The multi-tenant plugin adds, on top of these,
 * the constraint "only the municipalities in the staff user's tenants rows" — but it does nothing for
 * anonymous readers or `people`, so the public rules (published only) live here.
 */
import type { CollectionConfig, CollectionBeforeValidateHook, Payload } from 'payload'
import { APIError } from 'payload'

import { tr } from '../i18n/index'
import { installedModules } from '../plugins/sdk/compose'
import {
  CONTENT_ROLES,
  hasRoleIn,
  idOf,
  inTenantsWithRole,
  isPlatformAdmin,
  isStaff,
  tenantRoleOptions,
  tenantsWithRole,
} from './roles'

const anyTenantRole = (payload: Payload) => tenantRoleOptions(installedModules(payload).roles).map((r) => r.value)

/** Access rules for a tenant-scoped content collection; `versioned` hides drafts from the public. */
export const tenantContentAccess = ({ versioned }: { versioned: boolean }): CollectionConfig['access'] => ({
  read: ({ req }) => {
    if (isPlatformAdmin(req.user)) return true
    if (isStaff(req.user)) return inTenantsWithRole(req.user, anyTenantRole(req.payload))
    return versioned ? { _status: { equals: 'published' } } : true
  },
  readVersions: ({ req }) => {
    if (isPlatformAdmin(req.user)) return true
    return inTenantsWithRole(req.user, CONTENT_ROLES, 'version.tenant')
  },
  create: ({ req, data }) => {
    if (isPlatformAdmin(req.user)) return true
    if (tenantsWithRole(req.user, CONTENT_ROLES).length === 0) return false
    const tenant = idOf(data?.tenant)
    return tenant === undefined || hasRoleIn(req.user, tenant, CONTENT_ROLES)
  },
  update: ({ req }) => (isPlatformAdmin(req.user) ? true : inTenantsWithRole(req.user, CONTENT_ROLES)),
  delete: ({ req }) => (isPlatformAdmin(req.user) ? true : inTenantsWithRole(req.user, CONTENT_ROLES)),
})

/**
 * The document's municipality must be one where the user edits content. Runs after the tenant
 * field has its default, so it also covers creates that leave the municipality to the selector.
 */
export const requireContentRole: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (!req.user || isPlatformAdmin(req.user)) return data
  const tenant = idOf(data?.tenant ?? originalDoc?.tenant)
  if (!isStaff(req.user) || !hasRoleIn(req.user, tenant, CONTENT_ROLES)) {
    throw new APIError(tr(req, 'noRoleInMunicipality', { municipality: String(tenant ?? '?') }), 403, undefined, true)
  }
  return data
}
