/* eslint-disable @typescript-eslint/no-explicit-any -- documents read here are loosely shaped */
/** Helpers shared by MuniAgenda: messages, errors, seat counts and the emails to the person. */
import type { PayloadRequest } from 'payload'

import { fail, idOf, isLanguage, moduleKit, notify, portalLink, type Language, type ID } from '@e-muni/sdk'
import { MODULE } from '../i18n/index'

export const OFFICES = 'agenda-offices'
export const SLOTS = 'agenda-slots'
export const BOOKINGS = 'agenda-bookings'

export type Doc = Record<string, any> & { id: ID }

/** MuniAgenda's messages, in the request's language (the SDK's module kit). */
export const { t } = moduleKit(MODULE)
export { fail }

/*
 * Reads inside hooks pass `req`: they then run in the request's transaction. Without it each would wait
 * for a connection of its own while holding one — with many bookings at once PostgreSQL's pool runs dry.
 */

/** Bookings that hold a seat of `slot` (booked, attended or no-show; a cancelled one holds none). */
export const seatsTaken = async (req: PayloadRequest, slot: unknown): Promise<number> =>
  (
    await req.payload.count({
      collection: BOOKINGS,
      where: { and: [{ slot: { equals: idOf(slot) } }, { seatKey: { exists: true } }] },
      overrideAccess: true,
      req,
    })
  ).totalDocs

export const findSlot = (req: PayloadRequest, id: unknown): Promise<Doc | null> =>
  req.payload.findByID({
    collection: SLOTS,
    id: idOf(id)!,
    depth: 1,
    overrideAccess: true,
    disableErrors: true,
    req,
  }) as Promise<Doc | null>

/** Emails a booking's person (confirmation, reminder) in their language; a failure is logged, not thrown. */
export const mailBooking = async (req: PayloadRequest, booking: Doc, template: string): Promise<void> => {
  try {
    const slot = await findSlot(req, booking.slot)
    const opts = { depth: 0, overrideAccess: true, req } as const
    const [person, town] = (await Promise.all([
      req.payload.findByID({ collection: 'people', id: idOf(booking.person)!, ...opts }),
      req.payload.findByID({ collection: 'municipalities', id: idOf(booking.tenant)!, ...opts }),
    ])) as Doc[]
    if (!slot || !person?.email) return
    const lang: Language = isLanguage(person.language)
      ? person.language
      : isLanguage(town.defaultLocale)
        ? town.defaultLocale
        : 'es'
    const when = new Intl.DateTimeFormat(lang, {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: town.timezone || 'UTC',
    }).format(new Date(slot.startsAt))
    await notify(req.payload, {
      to: person.email,
      template,
      locale: lang,
      data: {
        name: person.name,
        municipality: town.name,
        office: slot.office?.name ?? '',
        address: slot.office?.address ?? '',
        when,
        // The email's button reads "See my appointments": the person's list (after logging in, if need be).
        url: portalLink(town.slug, lang, 'account/appointments'),
      },
    })
  } catch (error) {
    req.payload.logger.error({ err: error, booking: booking.id }, 'MuniAgenda: email not sent')
  }
}
