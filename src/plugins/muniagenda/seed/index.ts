/**
 * MuniAgenda's demo for a municipality, in its language: one office open Monday to Friday and hourly
 * slots (3 places each) for its opening hours over the next 7 days, in the municipality's time zone.
 * Idempotent: only while the municipality has no office.
 */
import type { Payload } from 'payload'

import { endOfLocalDay, localDate, type ID } from '@e-muni/sdk'
import { OFFICES, SLOTS } from '../lib/common'
import { WEEKDAYS } from '../collections/places'

const DAY = 86_400_000
const HOUR = 3_600_000
const NAME = { es: 'Centro de Atención Ciudadana', pt: 'Central de Atendimento ao Cidadão' }

export const seedMuniAgenda = async (payload: Payload, municipality: { id: ID; slug: string }): Promise<void> => {
  const tenant = municipality.id
  const { totalDocs } = await payload.count({
    collection: OFFICES,
    where: { tenant: { equals: tenant } },
    overrideAccess: true,
  })
  if (totalDocs) return
  const town = (await payload.findByID({
    collection: 'municipalities',
    id: tenant,
    depth: 0,
    overrideAccess: true,
  })) as {
    defaultLocale?: string
    timezone?: string
    contact?: { address?: string }
  }
  const [opens, closes] = town.defaultLocale === 'pt' ? [8, 14] : [9, 15]
  const system = { overrideAccess: true, depth: 0 } as const
  const office = (await payload.create({
    collection: OFFICES,
    data: {
      tenant,
      name: NAME[town.defaultLocale === 'pt' ? 'pt' : 'es'],
      address: town.contact?.address ?? '',
      hours: WEEKDAYS.slice(0, 5).map(({ value }) => ({
        weekday: value,
        opens: `${String(opens).padStart(2, '0')}:00`,
        closes: `${String(closes).padStart(2, '0')}:00`,
      })),
    },
    ...system,
  })) as unknown as { id: ID }
  const timeZone = town.timezone || 'UTC'
  for (let d = 1; d <= 7; d += 1) {
    const date = localDate(new Date(Date.now() + d * DAY), timeZone)
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay()
    if (weekday === 0 || weekday === 6) continue
    const midnight = endOfLocalDay(date, timeZone).getTime() + 1 - DAY
    for (let h = opens; h < closes; h += 1)
      await payload.create({
        collection: SLOTS,
        data: {
          tenant,
          office: office.id,
          startsAt: new Date(midnight + h * HOUR).toISOString(),
          endsAt: new Date(midnight + (h + 1) * HOUR).toISOString(),
          capacity: 3,
        },
        ...system,
      })
  }
}
