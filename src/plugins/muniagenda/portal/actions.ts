'use server'
/**
 * Booking and cancelling an appointment, through MuniAgenda's GraphQL mutations. The CMS decides (a full
 * slot, a second booking of the same slot, a slot already started: 409) and its refusal is shown as it
 * comes, in the visitor's language. A signed-out visitor is sent to log in.
 */
import { updateTag } from 'next/cache'
import { redirect } from 'next/navigation'

import { cmsMutate, formPortal, getMunicipality, getPerson, municipalityTag, text } from '@e-muni/sdk/portal'
import type { FormState } from '@e-muni/sdk/portal/client'

import { when } from './data'
import { AgendaBookDocument, AgendaCancelDocument } from './gql'
import { messages } from './messages'

const ID = /^\d{1,12}$/

/** Who and where: the signed-in person (else to log-in, back to `page`) and the municipality's time zone. */
const start = async (form: FormData, page: string) => {
  const portal = formPortal(form, [messages])
  if (!portal.slug) redirect('/')
  const back = `${portal.base}/${page}`
  const session = await getPerson()
  if (!session) redirect(`${portal.base}/account/login?next=${encodeURIComponent(back)}`)
  const municipality = await getMunicipality(portal.slug, portal.lang)
  const at = (iso: string) => when(portal.lang, iso, municipality?.timezone)
  return { ...portal, slug: portal.slug, token: session.token, back, at }
}

export async function bookSlot(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { slug, lang, t, token, back, at } = await start(form, 'agenda')
  const slot = text(form, 'slot')
  if (!ID.test(slot)) return { ok: false, message: t('agenda.book.refused') }
  const result = await cmsMutate(AgendaBookDocument, { municipality: slug, slot }, { token, lang })
  if (!result.ok) {
    if (result.status === 401) redirect(`/m/${slug}/${lang}/account/login?next=${encodeURIComponent(back)}`)
    return { ok: false, message: result.message }
  }
  // The places left changed: this municipality's cached reads are stale (the page is drawn again).
  updateTag(municipalityTag(slug))
  return { ok: true, message: t('agenda.book.done', { when: at(result.data.bookAppointment.startsAt) }) }
}

export async function cancelBooking(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { slug, lang, t, token, back, at } = await start(form, 'account/appointments')
  const booking = text(form, 'booking')
  if (!ID.test(booking)) return { ok: false, message: t('agenda.cancel.refused') }
  const result = await cmsMutate(AgendaCancelDocument, { municipality: slug, booking }, { token, lang })
  if (!result.ok) {
    if (result.status === 401) redirect(`/m/${slug}/${lang}/account/login?next=${encodeURIComponent(back)}`)
    return { ok: false, message: result.message }
  }
  updateTag(municipalityTag(slug))
  return { ok: true, message: t('agenda.cancel.done', { when: at(result.data.cancelAppointment.startsAt) }) }
}
