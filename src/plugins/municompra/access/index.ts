/**
 * Who may do what in MuniCompra. Procurement staff act only in the municipalities where they hold a
 * role; suppliers are `people` accounts acting for a registered supplier. Sealed bids have no
 * exception for anyone (see collections/bids.ts).
 */
import type { Access, PayloadRequest, Where } from 'payload'

import { hasRoleIn, idOf, inTenantsWithRole, isPlatformAdmin, MUNICIPAL_ADMIN, tenantsWithRole } from '@e-muni/sdk'

export const PROCUREMENT_OFFICER = 'procurement-officer'
export const EVALUATOR = 'evaluator'
/** Roles that run tenders (the municipal admin oversees them). */
export const OFFICERS = [PROCUREMENT_OFFICER, MUNICIPAL_ADMIN]
/** Roles that see opened bids and their evaluations. */
export const PROCUREMENT_STAFF = [PROCUREMENT_OFFICER, EVALUATOR, MUNICIPAL_ADMIN]

type User = PayloadRequest['user']

export const isPerson = (user: User | null | undefined): boolean => user?.collection === 'people'

export const isOfficer = (user: User | null | undefined, tenant: unknown): boolean =>
  isPlatformAdmin(user) || hasRoleIn(user, idOf(tenant), OFFICERS)

export const isProcurementStaff = (user: User | null | undefined, tenant: unknown): boolean =>
  isPlatformAdmin(user) || hasRoleIn(user, idOf(tenant), PROCUREMENT_STAFF)

/** Documents of the municipalities where the user holds one of `roles` (all for a platform admin). */
export const scoped =
  (roles: string[]): Access =>
  ({ req }) =>
    isPlatformAdmin(req.user) ? true : inTenantsWithRole(req.user, roles)

/** Allowed when the user holds one of `roles` somewhere; hooks check the document's municipality. */
export const somewhere =
  (roles: string[]): Access =>
  ({ req }) =>
    isPlatformAdmin(req.user) || tenantsWithRole(req.user, roles).length > 0

const or = (...parts: (Where | false | true)[]): Where | boolean => {
  if (parts.includes(true)) return true
  const kept = parts.filter((p): p is Where => Boolean(p))
  return kept.length === 0 ? false : kept.length === 1 ? kept[0] : { or: kept }
}

const nobody: Access = () => false
const platformOnly: Access = ({ req }) => isPlatformAdmin(req.user)

/** Public once published: everyone reads tenders that left the draft state; officers read their drafts. */
export const tenderAccess = {
  read: (({ req }) =>
    or(
      { status: { not_equals: 'draft' } },
      isPlatformAdmin(req.user) || inTenantsWithRole(req.user, PROCUREMENT_STAFF),
    )) as Access,
  create: somewhere(OFFICERS),
  update: scoped(OFFICERS),
  delete: scoped(OFFICERS),
}

/** Plans, contracts and OCDS releases are public; officers write plans and contracts. */
export const publicAccess = {
  read: (() => true) as Access,
  create: somewhere(OFFICERS),
  update: scoped(OFFICERS),
  delete: scoped(OFFICERS),
}

/** Releases are written only by MuniCompra's own code. */
export const releaseAccess = { read: (() => true) as Access, create: nobody, update: nobody, delete: platformOnly }

/** A supplier's registration: its own account and the municipality's procurement staff. */
export const supplierAccess = {
  read: (({ req }) => {
    if (isPlatformAdmin(req.user)) return true
    if (isPerson(req.user)) return { account: { equals: req.user!.id } }
    return inTenantsWithRole(req.user, PROCUREMENT_STAFF)
  }) as Access,
  // People register through `registerSupplier`; officers may record one received on paper.
  create: somewhere(OFFICERS),
  update: scoped(OFFICERS),
  delete: scoped(OFFICERS),
}

/** Answered questions are public; the asker and the officers also see unanswered ones. */
export const clarificationAccess = {
  read: (({ req }) =>
    or(
      { answeredAt: { exists: true } },
      isPerson(req.user) && { askedBy: { equals: req.user!.id } },
      isPlatformAdmin(req.user) || inTenantsWithRole(req.user, OFFICERS),
    )) as Access,
  // Asked through `askClarification` (enquiry period, registered supplier); answered by officers.
  create: nobody,
  update: scoped(OFFICERS),
  delete: scoped(OFFICERS),
}

/**
 * Bids: the bidder reads its own (a receipt: the content is sealed); staff read a bid only once it
 * has been opened — platform admins included. Written only by submitBid, withdrawBid and the opening job.
 */
export const bidAccess = {
  read: (({ req }) => {
    const opened: Where = { opened: { equals: true } }
    const staff = isPlatformAdmin(req.user)
      ? opened
      : (() => {
          const mine = inTenantsWithRole(req.user, PROCUREMENT_STAFF)
          return mine ? { and: [mine, opened] } : false
        })()
    return or(isPerson(req.user) && { bidder: { equals: req.user!.id } }, staff)
  }) as Access,
  create: nobody,
  update: nobody,
  delete: nobody,
}

/** Files of opened bids: the bidder and the procurement staff of the municipality. */
export const bidDocumentAccess = {
  read: (({ req }) =>
    or(
      isPerson(req.user) && { bidder: { equals: req.user!.id } },
      isPlatformAdmin(req.user) || inTenantsWithRole(req.user, PROCUREMENT_STAFF),
    )) as Access,
  create: nobody,
  update: nobody,
  delete: platformOnly,
}

/** Scores of opened bids: procurement staff of the municipality; evaluators and officers write. */
export const evaluationAccess = {
  read: scoped(PROCUREMENT_STAFF),
  create: somewhere([EVALUATOR, ...OFFICERS]),
  update: scoped([EVALUATOR, ...OFFICERS]),
  delete: scoped(OFFICERS),
}

/** Tender and contract documents: public files (a draft's files are only linked once it is published). */
export const fileAccess = {
  read: (() => true) as Access,
  create: somewhere(OFFICERS),
  update: scoped(OFFICERS),
  delete: scoped(OFFICERS),
}
