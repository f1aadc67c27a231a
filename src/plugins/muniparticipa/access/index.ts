/**
 * Who may do what in MuniParticipa. Moderators (a role this module contributes) and municipal admins
 * run processes and moderate; people take part through the GraphQL mutations, which check phases,
 * verification and limits before anything is written.
 */
import type { Access, PayloadRequest, Where } from 'payload'

import { hasRoleIn, idOf, inTenantsWithRole, isPlatformAdmin, MUNICIPAL_ADMIN, tenantsWithRole } from '@e-muni/sdk'

export const MODERATOR = 'moderator'
export const MANAGERS = [MODERATOR, MUNICIPAL_ADMIN]

type User = PayloadRequest['user']

export const isPerson = (user: User | null | undefined): boolean => user?.collection === 'people'
export const isManager = (user: User | null | undefined, tenant: unknown): boolean =>
  isPlatformAdmin(user) || hasRoleIn(user, idOf(tenant), MANAGERS)
/** Who imports the municipality's census (it replaces who may take part): its municipal admins, platform admins. */
export const mayImportCensus = (user: User | null | undefined, tenant: unknown): boolean =>
  isPlatformAdmin(user) || hasRoleIn(user, idOf(tenant), [MUNICIPAL_ADMIN])

const mine = (user: User | null | undefined): Where | false =>
  isPlatformAdmin(user) ? {} : (inTenantsWithRole(user, MANAGERS) as Where | false)
const or = (...parts: (Where | false)[]): Where | boolean => {
  if (parts.some((p) => p && Object.keys(p).length === 0)) return true
  const kept = parts.filter((p): p is Where => Boolean(p))
  return kept.length === 0 ? false : kept.length === 1 ? kept[0] : { or: kept }
}
const managersScoped: Access = ({ req }) => (isPlatformAdmin(req.user) ? true : inTenantsWithRole(req.user, MANAGERS))
const managersSomewhere: Access = ({ req }) =>
  isPlatformAdmin(req.user) || tenantsWithRole(req.user, MANAGERS).length > 0
const nobody: Access = () => false
const platformOnly: Access = ({ req }) => isPlatformAdmin(req.user)

/** Processes and districts: public once published; managers see and edit their municipality's. */
export const processAccess = {
  read: (({ req }) => or({ published: { equals: true } }, mine(req.user))) as Access,
  create: managersSomewhere,
  update: managersScoped,
  delete: managersScoped,
}
export const districtAccess = {
  read: (() => true) as Access,
  create: managersSomewhere,
  update: managersScoped,
  delete: managersScoped,
}

/** Proposals and comments: public when published; the author sees their own; managers moderate. */
const authored = (field: string): Access =>
  (({ req }) =>
    or(
      { status: { equals: 'published' } },
      isPerson(req.user) && { [field]: { equals: req.user!.id } },
      mine(req.user),
    )) as Access
export const proposalAccess = { read: authored('author'), create: nobody, update: managersScoped, delete: platformOnly }
export const commentAccess = { read: authored('author'), create: nobody, update: managersScoped, delete: platformOnly }

/** Supports: counted in public; a row is read only by its person (and managers). */
export const supportAccess = {
  read: (({ req }) => or(isPerson(req.user) && { person: { equals: req.user!.id } }, mine(req.user))) as Access,
  create: nobody,
  update: nobody,
  delete: platformOnly,
}
/** Reports: managers only. */
export const reportAccess = { read: managersScoped, create: nobody, update: nobody, delete: platformOnly }

/** Census entries are keyed hashes; only managers count them, nobody edits them through the API. */
export const censusAccess = { read: managersScoped, create: nobody, update: nobody, delete: managersScoped }
/** A person's verification: the person and managers. */
export const verificationAccess = {
  read: (({ req }) => or(isPerson(req.user) && { person: { equals: req.user!.id } }, mine(req.user))) as Access,
  create: nobody,
  update: nobody,
  delete: managersScoped,
}
