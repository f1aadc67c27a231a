/**
 * `muniagenda-reminders` (every 5 minutes; only where the module is on): emails a reminder for each
 * active booking whose slot starts within the next 24 hours and that has none yet. Idempotent: each
 * booking is claimed (`reminderSentAt` set where still empty) before its email goes, so a second run
 * sends nothing twice.
 */
import type { PayloadRequest, TaskConfig } from 'payload'

import { municipalitiesWithModule } from '@e-muni/sdk'
import { MODULE, templates } from '../i18n/index'
import { BOOKINGS, mailBooking, type Doc } from '../lib/common'

const DAY = 86_400_000

export const sendReminders = async (req: PayloadRequest): Promise<{ sent: number }> => {
  const now = Date.now()
  const tenants = await municipalitiesWithModule(req, MODULE)
  if (!tenants.length) return { sent: 0 }
  const { docs } = await req.payload.find({
    collection: BOOKINGS,
    where: {
      and: [
        { tenant: { in: tenants } },
        { status: { equals: 'booked' } },
        { reminderSentAt: { exists: false } },
        { 'slot.startsAt': { greater_than: new Date(now).toISOString() } },
        { 'slot.startsAt': { less_than_equal: new Date(now + DAY).toISOString() } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  let sent = 0
  for (const booking of docs as unknown as Doc[]) {
    const { docs: claimed } = await req.payload.update({
      collection: BOOKINGS,
      where: { and: [{ id: { equals: booking.id } }, { reminderSentAt: { exists: false } }] },
      data: { reminderSentAt: new Date().toISOString() },
      overrideAccess: true,
      depth: 0,
      // Its own transaction (no `req`): the claim is committed before the email goes.
    })
    if (!claimed.length) continue
    await mailBooking(req, booking, templates.reminder)
    sent += 1
  }
  return { sent }
}

export const remindersTask = {
  slug: 'muniagenda-reminders',
  label: 'MuniAgenda: remind people of their appointments a day ahead',
  schedule: [{ cron: '*/5 * * * *', queue: 'default' }],
  handler: async ({ req }: { req: PayloadRequest }) => ({ output: await sendReminders(req) }),
} as unknown as TaskConfig
