/**
 * A person books a place in a slot (GraphQL `bookAppointment`, REST POST /api/m/{municipality}/muniagenda/
 * bookAppointment). A booking takes a free seat of a future slot: it tries the seats it sees free, in random
 * order, and on a unique violation (someone took that seat first) the next one; when none is left → 409. The
 * unique indexes, not this loop, guarantee that a slot never holds more than `capacity` active bookings nor two
 * of one person.
 */
import { defineCommand, isUniqueViolation, referenceInput } from '@e-muni/sdk'
import { templates } from '../i18n/index'
import { readable, receipt } from '../lib/booking'
import { BOOKINGS, fail, mailBooking, SLOTS, t, type Doc } from '../lib/common'

export const bookAppointment = defineCommand({
  name: 'bookAppointment',
  authorize: ({ req }) => {
    if (req.user?.collection !== 'people') throw fail(t(req, 'loginNeeded'), 401)
  },
  input: (raw, { req }) => ({ slot: referenceInput(req, raw, 'slot') }),
  run: async ({ req, municipality }, input) => {
    const person = req.user as unknown as Doc
    const { name: personName, email: personEmail } = person
    const slot = await readable(req, SLOTS, municipality, input.slot, 'unknownSlot')
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
  },
})
