/**
 * Who may grant what. Field-level access would silently drop a forbidden value; this hook refuses it
 * with a 403 and a message instead, on every path (REST, GraphQL, Local API without override,
 * admin, duplicate):
 * - only a platform admin changes `roles` (platform roles);
 * - nobody but a platform admin changes their own municipality assignments;
 * - a municipal admin adds, changes or removes rows only for municipalities they administer.
 */
import type { CollectionBeforeDeleteHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { idOf, isPlatformAdmin, isStaff, MUNICIPAL_ADMIN, PLATFORM_ADMIN, tenantsWithRole } from '../access/roles'
import { tr } from '../i18n/index'

type Row = { tenant?: unknown; roles?: string[] | null }

const rowsByTenant = (rows: unknown): Map<string, string> => {
  const map = new Map<string, string>()
  for (const row of Array.isArray(rows) ? (rows as Row[]) : []) {
    const id = idOf(row?.tenant)
    if (id === undefined) continue
    const roles = [...(row.roles ?? [])].sort().join(',')
    map.set(String(id), map.has(String(id)) ? `${map.get(String(id))}|${roles}` : roles)
  }
  return map
}

const sameSet = (a: unknown, b: unknown) =>
  JSON.stringify([...((a as string[]) ?? [])].sort()) === JSON.stringify([...((b as string[]) ?? [])].sort())

/**
 * A municipal admin manages another account only when every municipality of that account is one
 * they administer, and never a platform admin: otherwise editing a shared account's password would
 * hand over another municipality.
 */
const assertMayManage = (
  actor: PayloadRequest['user'],
  target: { roles?: unknown; tenants?: unknown },
  req: PayloadRequest,
) => {
  const administered = tenantsWithRole(actor, [MUNICIPAL_ADMIN]).map(String)
  const targetTenants = [...rowsByTenant(target.tenants).keys()]
  const outside = targetTenants.find((id) => !administered.includes(id))
  if (Array.isArray(target.roles) && target.roles.includes(PLATFORM_ADMIN)) {
    throw new APIError(tr(req, 'onlyPlatformAdminRoles'), 403, undefined, true)
  }
  if (outside !== undefined) {
    throw new APIError(tr(req, 'notAdminOfMunicipality', { municipality: outside }), 403, undefined, true)
  }
}

/** Deleting another account follows the same rule as editing it. */
export const guardStaffDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const actor = req.user
  if (!actor || isPlatformAdmin(actor) || String(actor.id) === String(id)) return
  const target = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req })
  assertMayManage(actor, target as never, req)
}

export const guardStaffAssignments: CollectionBeforeValidateHook = async ({ data, originalDoc, req, operation }) => {
  if (!data) return data
  const actor = req.user

  // The very first account (Payload's first-register screen) becomes the platform admin.
  if (!actor && operation === 'create' && req.payloadAPI !== 'local') {
    const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
    if (totalDocs === 0) data.roles = [PLATFORM_ADMIN]
    return data
  }
  if (!actor || isPlatformAdmin(actor)) return data
  const forbid = (message: string) => new APIError(message, 403, undefined, true)
  if (!isStaff(actor)) throw forbid(tr(req, 'onlyPlatformAdminRoles'))

  if (operation === 'update' && originalDoc && String(originalDoc.id) !== String(actor.id)) {
    assertMayManage(actor, originalDoc, req)
  }
  if ('roles' in data && !sameSet(data.roles, originalDoc?.roles ?? [])) {
    throw forbid(tr(req, 'onlyPlatformAdminRoles'))
  }
  if (operation === 'create' && rowsByTenant(data.tenants).size === 0) {
    // An account outside every municipality would be invisible to the admin who made it.
    throw new APIError(tr(req, 'needsMunicipality'), 400, undefined, true)
  }
  if (!('tenants' in data)) return data

  const before = rowsByTenant(originalDoc?.tenants)
  const after = rowsByTenant(data.tenants)
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((id) => before.get(id) !== after.get(id))
  if (changed.length === 0) return data

  if (operation === 'update' && originalDoc && String(originalDoc.id) === String(actor.id)) {
    throw forbid(tr(req, 'notOwnAssignments'))
  }
  const administered = tenantsWithRole(actor, [MUNICIPAL_ADMIN]).map(String)
  const outside = changed.find((id) => !administered.includes(id))
  if (outside !== undefined) throw forbid(tr(req, 'notAdminOfMunicipality', { municipality: outside }))
  return data
}
