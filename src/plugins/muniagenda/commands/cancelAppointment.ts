/**
 * Cancels a booking as the caller — the person, or staff of the municipality (GraphQL `cancelAppointment`, REST
 * POST /api/m/{municipality}/muniagenda/cancelAppointment): the workflow decides, then the seat is free.
 */
import { defineCommand, referenceInput } from '@e-muni/sdk'
import { readable, receipt } from '../lib/booking'
import { BOOKINGS, fail, t, type Doc } from '../lib/common'

export const cancelAppointment = defineCommand({
  name: 'cancelAppointment',
  authorize: ({ req }) => {
    if (!req.user) throw fail(t(req, 'loginNeeded'), 401)
  },
  input: (raw, { req }) => ({ booking: referenceInput(req, raw, 'booking') }),
  run: async ({ req, municipality }, input) => {
    const booking = await readable(req, BOOKINGS, municipality, input.booking, 'unknownBooking')
    const doc = (await req.payload.update({
      collection: BOOKINGS,
      id: booking.id,
      data: { status: 'cancelled' },
      overrideAccess: false,
      user: req.user,
      req,
      depth: 0,
    })) as unknown as Doc
    return receipt(doc, booking.slot as Doc)
  },
})
