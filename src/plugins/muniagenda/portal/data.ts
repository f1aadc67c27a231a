/** MuniAgenda reads and date helpers shared by the agenda pages and actions. */
import 'server-only'

import { cmsQuery, municipalityTag, type Portal } from '@e-muni/sdk/portal'
import { intlLocale, type Locale } from '@e-muni/sdk/portal/i18n'

import { AgendaOfficesAndSlotsDocument } from './gql'

const TEN_MINUTES = 600_000

/** "martes, 3 de marzo de 2026, 10:00", in the municipality's time zone. */
export const when = (lang: Locale, iso: string | null | undefined, timeZone?: string | null) =>
  iso
    ? new Intl.DateTimeFormat(intlLocale(lang), {
        dateStyle: 'full',
        timeStyle: 'short',
        timeZone: timeZone || undefined,
      }).format(new Date(iso))
    : ''

/** "martes, 3 de marzo, 10:00–11:00", in the municipality's time zone. */
export const slotWhen = (lang: Locale, startsAt: string, endsAt: string, timeZone?: string | null) => {
  const zone = timeZone || undefined
  const day = new Intl.DateTimeFormat(intlLocale(lang), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: zone,
  })
  const time = new Intl.DateTimeFormat(intlLocale(lang), { hour: '2-digit', minute: '2-digit', timeZone: zone })
  return `${day.format(new Date(startsAt))}, ${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`
}

/**
 * The municipality's offices, each with its slots still to come (the places left counted by the CMS).
 * A public read cached under the municipality's tag: the CMS expires it on every booking or cancellation,
 * and our own actions do too. The lower bound is rounded so that the cached read is shared.
 */
export const loadAgenda = async (portal: Portal) => {
  const now = Date.now()
  const from = new Date(Math.floor(now / TEN_MINUTES) * TEN_MINUTES).toISOString()
  const data = await cmsQuery(
    AgendaOfficesAndSlotsDocument,
    { municipality: portal.municipality.id, from },
    { tags: [municipalityTag(portal.municipality.slug)] },
  )
  const slots = (data.AgendaSlots?.docs ?? []).filter((s) => Date.parse(s.startsAt) > now)
  return (data.AgendaOffices?.docs ?? []).map((office) => ({
    office,
    slots: slots.filter((s) => s.office?.id === office.id),
  }))
}
