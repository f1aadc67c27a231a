/** MuniParticipa reads and helpers shared by the participation pages (public, cached reads). */
import 'server-only'

import { notFound } from 'next/navigation'
import { cache } from 'react'

import { cmsQuery, municipalityTag, type Portal } from '@e-muni/sdk/portal'
import { formatDate, formatMoney, type Translate } from '@e-muni/sdk/portal/i18n'

import {
  ParticipationProcessDocument,
  ParticipationProcessesDocument,
  type ParticipationProcessFieldsFragment,
} from './gql'

export type Process = ParticipationProcessFieldsFragment
type Phase = NonNullable<Process['phases']>[number]

/** Phases and voting windows follow the clock: the pages' cached reads are read again at most a minute later. */
const REVALIDATE = 60

/**
 * Public reads of this municipality, expired by the CMS (or by our own actions) through its tag, and read
 * again after a minute. The home page's highlight reads with the tag only: the home page keeps its own period.
 */
export const publicRead = (portal: Portal, followClock = true) => ({
  tags: [municipalityTag(portal.municipality.slug)],
  ...(followClock ? { revalidate: REVALIDATE } : {}),
})

const time = (iso: string | null | undefined) => (iso ? Date.parse(iso) : NaN)

/** The phases by start date; the one under way now (server time, as the CMS decides) and the next one. */
export const phasesOf = (process: Process, now = Date.now()) => {
  const phases = [...(process.phases ?? [])].sort((a, b) => time(a.startsAt) - time(b.startsAt))
  const current = phases.find((p) => time(p.startsAt) <= now && now < time(p.endsAt))
  const next = phases.find((p) => time(p.startsAt) > now)
  const state: 'active' | 'upcoming' | 'finished' = current ? 'active' : next ? 'upcoming' : 'finished'
  return { phases, current, next, state }
}

export const phaseStatus = (phase: Phase, now = Date.now()) =>
  now >= time(phase.endsAt) ? 'done' : now >= time(phase.startsAt) ? 'now' : 'next'

/** A poll's or budget's voting window now. */
export const windowOf = (w: { opensAt: string; closesAt: string }, now = Date.now()) =>
  now < time(w.opensAt) ? 'upcoming' : now < time(w.closesAt) ? 'open' : 'closed'

export const when = (portal: Portal, iso: string | null | undefined, withTime = true) =>
  formatDate(portal.lang, iso, portal.municipality.timezone ?? undefined, withTime)

export const money = (portal: Portal, n: number | null | undefined) =>
  formatMoney(portal.lang, n, portal.municipality.currency ?? 'USD')

/** "Current phase: …, until …" (or the next phase, or nothing when the process is over). */
export const phaseLine = (portal: Portal, process: Process) => {
  const { current, next } = phasesOf(process)
  const t: Translate = portal.t
  if (current)
    return t('participation.process.currentPhase', {
      phase: t(`participation.phase.${current.phase}`),
      date: when(portal, current.endsAt),
    })
  if (next)
    return t('participation.process.nextPhase', {
      phase: t(`participation.phase.${next.phase}`),
      date: when(portal, next.startsAt),
    })
  return ''
}

/** The municipality's published processes, those under way first, then upcoming, then finished. */
export const loadProcesses = cache(async (portal: Portal, followClock = true) => {
  const data = await cmsQuery(
    ParticipationProcessesDocument,
    { municipality: portal.municipality.id, locale: portal.lang },
    publicRead(portal, followClock),
  )
  const order = { active: 0, upcoming: 1, finished: 2 }
  return (data.Processes?.docs ?? [])
    .map((process) => ({ process, state: phasesOf(process).state }))
    .sort((a, b) => order[a.state] - order[b.state])
})

/** One published process by its slug (and the municipality's districts), or the 404 page. */
export const loadProcess = cache(async (portal: Portal, slug: string) => {
  if (!/^[a-z0-9][a-z0-9-]{0,100}$/i.test(slug)) notFound()
  const data = await cmsQuery(
    ParticipationProcessDocument,
    { municipality: portal.municipality.id, slug, locale: portal.lang },
    publicRead(portal),
  )
  const process = data.Processes?.docs[0]
  if (!process) notFound()
  return { process, districts: data.Districts?.docs ?? [] }
})

/** A numeric document id from the address, or the 404 page. */
export const numericId = (value: string) => {
  if (!/^\d{1,12}$/.test(value)) notFound()
  return Number(value)
}

/** The `results` JSON the CMS computes for a closed poll (see the module's lib/ballots.ts). */
export type PollResults = {
  ballots: number
  questions: { text: string; options: { label: string; votes: number }[] }[]
}
/** The `results` JSON the CMS computes for a closed budget. */
export type BudgetResults = {
  ballots: number
  remaining: number
  projects: { id: string; title: string; cost: number; votes: number; selected: boolean }[]
}

/** Images go to the CMS as base64 inside one GraphQL body (1 MiB at most): 5 images, 700 KB in all. */
export const MAX_IMAGES = 5
export const MAX_IMAGE_KB = 700
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp']

export const processHref = (portal: Portal, slug: string) => `${portal.base}/participation/${slug}`

/** What every participation form needs: where it is, where to come back, the shared labels. */
export const formProps = (portal: Portal, back: string) => ({
  slug: portal.municipality.slug,
  lang: portal.lang,
  back,
  labels: {
    errors: portal.t('core.formErrors'),
    sending: portal.t('core.sending'),
    required: portal.t('core.required'),
    verify: portal.t('participation.verification.link'),
    verifyHref: `${portal.base}/participation/residence?next=${encodeURIComponent(back)}`,
  },
})
