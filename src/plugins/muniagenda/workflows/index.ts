/**
 * A booking: booked → cancelled (by its person or staff, until the slot starts) | attended | no-show
 * (staff, once the slot has started). Cancelling frees the seat (see collections/bookings.ts).
 */
import type { PayloadRequest } from 'payload'

import { defineWorkflow, l, PLATFORM_ADMIN } from '@e-muni/sdk'
import { isPerson, MANAGERS, ownsBooking } from '../access/index'
import { findSlot, t, type Doc } from '../lib/common'

const STAFF = [...MANAGERS, PLATFORM_ADMIN]
const started = async (req: PayloadRequest, doc: Doc) =>
  Date.now() >= Date.parse((await findSlot(req, doc.slot))?.startsAt)
const afterStart = async ({ doc, req }: { doc: Doc; req: PayloadRequest }) =>
  (await started(req, doc)) || t(req, 'notStarted')

export const bookingWorkflow = defineWorkflow({
  states: [
    { value: 'booked', label: l('Reservado', 'Agendado', 'Booked', 'Réservé') },
    { value: 'cancelled', label: l('Cancelado', 'Cancelado', 'Cancelled', 'Annulé') },
    { value: 'attended', label: l('Asistió', 'Compareceu', 'Attended', 'Présent') },
    { value: 'no-show', label: l('No asistió', 'Não compareceu', 'No-show', 'Absent') },
  ],
  initial: 'booked',
  owner: ({ doc, user }) => ownsBooking(user, doc),
  // Who acted and their comments are for staff.
  historyRead: ({ req }) => !isPerson(req.user),
  transitions: [
    {
      from: 'booked',
      to: 'cancelled',
      roles: ['owner', ...STAFF],
      action: l('Cancelar turno', 'Cancelar agendamento', 'Cancel booking', 'Annuler le rendez-vous'),
      confirm: true,
      guard: async ({ doc, req }) => !(await started(req, doc)) || t(req, 'notCancellable'),
    },
    {
      from: 'booked',
      to: 'attended',
      roles: STAFF,
      guard: afterStart,
      action: l('Marcar asistencia', 'Marcar comparecimento', 'Mark attended', 'Marquer présent'),
    },
    {
      from: 'booked',
      to: 'no-show',
      roles: STAFF,
      guard: afterStart,
      action: l('Marcar ausencia', 'Marcar ausência', 'Mark no-show', 'Marquer absent'),
    },
  ],
})
