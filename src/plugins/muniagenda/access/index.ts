/**
 * Who may do what in MuniAgenda. Agenda clerks (the role this module contributes) and municipal admins
 * manage offices and slots and see their municipality's bookings; anyone reads offices and slots; a
 * person reads (and cancels) only their own bookings. Bookings are created only by `bookAppointment`.
 */
import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { idOf, inTenantsWithRole, isPlatformAdmin, MUNICIPAL_ADMIN, tenantsWithRole } from '@e-muni/sdk'

export const AGENDA_CLERK = 'agenda-clerk'
export const MANAGERS = [AGENDA_CLERK, MUNICIPAL_ADMIN]

type User = PayloadRequest['user']

export const isPerson = (user: User | null | undefined): boolean => user?.collection === 'people'
export const ownsBooking = (user: User | null | undefined, doc: Record<string, unknown>): boolean =>
  isPerson(user) && String(idOf(doc.person)) === String(user!.id)

const scoped: Access = ({ req }) => (isPlatformAdmin(req.user) ? true : inTenantsWithRole(req.user, MANAGERS))
const somewhere: Access = ({ req }) => isPlatformAdmin(req.user) || tenantsWithRole(req.user, MANAGERS).length > 0

/** Offices and slots: public (where the module is on); managers write in their municipality. */
export const placeAccess = { read: (() => true) as Access, create: somewhere, update: scoped, delete: scoped }

/** Bookings: the person's own, or those of the municipalities a manager works for. */
const ownOrManaged: Access = ({ req }) => (isPerson(req.user) ? { person: { equals: req.user!.id } } : scoped({ req }))
export const bookingAccess = {
  read: ownOrManaged,
  create: (() => false) as Access,
  update: ownOrManaged,
  delete: (({ req }) => isPlatformAdmin(req.user)) as Access,
}

/** Fields only MuniAgenda's own code writes (it writes with `overrideAccess`). */
export const systemOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }
