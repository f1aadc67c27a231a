/**
 * Booking and cancelling (the GraphQL mutations). A booking takes a free seat of a future slot: it
 * tries the seats it sees free, in random order, and on a unique violation (someone took that seat
 * first) the next one; when none is left → 409. The unique indexes, not this loop, guarantee that a
 * slot never holds more than `capacity` active bookings nor two of one person.
 */
import type { CollectionSlug, PayloadRequest } from 'payload'

import { idOf, isUniqueViolation, type MunicipalityRef } from '@e-muni/sdk'
import { templates } from '../i18n/index'
import { BOOKINGS, fail, mailBooking, SLOTS, t, type Doc } from './common'

type Receipt = { id: string; slot: string; startsAt: string; status: string }

/** A document of `municipality` the caller may read (access applies), or 404. */
const readable = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  municipality: MunicipalityRef,
  ref: unknown,
  missing: string,
) => {
  const value = String(ref ?? '').trim()
  const doc = /^\d+$/.test(value)
    ? ((await req.payload.findByID({
        collection,
        id: value,
        depth: 1,
        overrideAccess: false,
        user: req.user,
        req,
        disableErrors: true,
      })) as Doc | null)
    : null
  if (!doc || String(idOf(doc.tenant)) !== String(municipality.id)) throw fail(t(req, missing, { value }), 404)
  return doc
}

const receipt = (doc: Doc, slot: Doc): Receipt => ({
  id: String(doc.id),
  slot: String(idOf(slot)),
  startsAt: String(slot.startsAt ?? ''),
  status: String(doc.status),
})

export const bookAppointment = async (req: PayloadRequest, municipality: MunicipalityRef, slotRef: unknown) => {
  if (req.user?.collection !== 'people') throw fail(t(req, 'loginNeeded'), 401)
  const person = req.user as unknown as Doc
  const { name: personName, email: personEmail } = person
  const slot = await readable(req, SLOTS, municipality, slotRef, 'unknownSlot')
  if (Date.parse(slot.startsAt) <= Date.now()) throw fail(t(req, 'slotStarted'), 409)
  const personKey = `${slot.id}:${person.id}`
  // Its own transaction and no user: a refused insert must not abort the request's, and only staff may set a tenant.
  const system = { i18n: req.i18n, headers: req.headers, context: {} }
  for (let round = 0; round < 3; round += 1) {
    const { docs } = (await req.payload.find({
      collection: BOOKINGS,
      where: { and: [{ slot: { equals: slot.id } }, { seatKey: { exists: true } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })) as unknown as { docs: Doc[] }
    if (docs.some((d) => d.personKey === personKey)) throw fail(t(req, 'alreadyBooked'), 409)
    const taken = new Set(docs.map((d) => d.seatKey))
    const free = Array.from({ length: Number(slot.capacity) }, (_, i) => `${slot.id}:${i + 1}`).filter(
      (k) => !taken.has(k),
    )
    if (!free.length) break
    // In random order, so that people booking at once mostly try different seats.
    for (const seatKey of free.sort(() => Math.random() - 0.5)) {
      try {
        const doc = (await req.payload.create({
          collection: BOOKINGS,
          data: {
            tenant: municipality.id,
            slot: slot.id,
            person: person.id,
            personName,
            personEmail,
            seatKey,
            personKey,
          },
          overrideAccess: true,
          req: system,
          depth: 0,
        })) as unknown as Doc
        await mailBooking(req, doc, templates.confirmed)
        return receipt(doc, slot)
      } catch (error) {
        if (isUniqueViolation(error, ['personKey'])) throw fail(t(req, 'alreadyBooked'), 409)
        if (!isUniqueViolation(error, ['seatKey'])) throw error
      }
    }
  }
  throw fail(t(req, 'full'), 409)
}

/** Cancels as the caller (the person, or staff of the municipality): the workflow decides, then the seat is free. */
export const cancelAppointment = async (req: PayloadRequest, municipality: MunicipalityRef, bookingRef: unknown) => {
  if (!req.user) throw fail(t(req, 'loginNeeded'), 401)
  const booking = await readable(req, BOOKINGS, municipality, bookingRef, 'unknownBooking')
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
}
