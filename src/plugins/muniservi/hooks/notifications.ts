/** Emails to the requester, in the requester's language, and to supervisors. */
import type { Payload, PayloadRequest } from 'payload'

import { idOf, isLanguage, notify, portalLink, type Language, type TransitionEvent, type ID } from '@e-muni/sdk'
import { templates } from '../i18n/index'
import { trackingToken } from '../lib/tracking'
import { REQUEST_STATES } from '../workflows/states'

type Doc = Record<string, unknown>

const stateLabel = (state: string, lang: Language) =>
  REQUEST_STATES.find((s) => s.value === state)?.label[lang] ?? state

/**
 * The portal's page where a request is followed, in the requester's language, with the request's tracking
 * token (lib/tracking.ts): the link is the requester's capability, so every email about the request has it.
 */
export const trackingUrl = (municipalitySlug: string, lang: Language, code: string, token?: string): string =>
  portalLink(
    municipalitySlug,
    lang,
    `services/track?code=${encodeURIComponent(code)}${token ? `&token=${encodeURIComponent(token)}` : ''}`,
  )

/** The tracking link of a stored request, token included. */
export const requestTrackingUrl = (payload: Payload, slug: string, lang: Language, doc: Doc): string =>
  trackingUrl(slug, lang, doc.trackingCode as string, trackingToken(payload, doc as Doc & { id: ID }))

/** Service name in `lang`, municipality name and slug of a request. */
export const requestContext = async (payload: Payload, doc: Doc, lang: Language, req?: PayloadRequest) => {
  const serviceId = idOf(doc.service)
  const [service, municipality] = await Promise.all([
    serviceId === undefined
      ? null
      : payload.findByID({
          collection: 'servi-services',
          id: serviceId,
          depth: 0,
          locale: lang,
          overrideAccess: true,
          req,
          disableErrors: true,
        }),
    payload.findByID({
      collection: 'municipalities',
      id: idOf(doc.tenant)!,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  ])
  return {
    service: ((service as Doc | null)?.name as string) ?? '',
    municipality: municipality.name as string,
    slug: municipality.slug as string,
    timeZone: (municipality.timezone as string) || 'UTC',
  }
}

export const formatDate = (iso: unknown, lang: Language, timeZone: string): string =>
  iso ? new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone }).format(new Date(iso as string)) : ''

const send = async (payload: Payload, args: Parameters<typeof notify>[1]) => {
  try {
    await notify(payload, args)
  } catch (error) {
    // A mail server that is down must not undo the citizen's request or the agent's decision.
    payload.logger.error({ err: error, to: args.to, template: args.template }, 'MuniServi: email not sent')
  }
}

export const requesterLanguage = (doc: Doc): Language => (isLanguage(doc.language) ? doc.language : 'es')

export const sendAcknowledgement = async (payload: Payload, doc: Doc, req?: PayloadRequest) => {
  if (!doc.requesterEmail) return
  const lang = requesterLanguage(doc)
  const ctx = await requestContext(payload, doc, lang, req)
  await send(payload, {
    to: doc.requesterEmail as string,
    template: templates.acknowledgement,
    locale: lang,
    data: {
      name: doc.requesterName,
      code: doc.trackingCode,
      service: ctx.service,
      municipality: ctx.municipality,
      due: formatDate(doc.dueAt, lang, ctx.timeZone),
      token: trackingToken(payload, doc as Doc & { id: ID }),
      url: requestTrackingUrl(payload, ctx.slug, lang, doc),
    },
  })
}

/** Workflow effect: every change of state is emailed to the requester. */
export const emailRequesterOnChange = async ({ req, doc, to, comment }: TransitionEvent) => {
  // The demo seed moves its requests through the workflow without writing to their (invented) requesters.
  if (!doc.requesterEmail || (req.context as Record<string, unknown> | undefined)?.quiet) return
  const lang = requesterLanguage(doc)
  const ctx = await requestContext(req.payload, doc, lang, req)
  const data = {
    name: doc.requesterName,
    code: doc.trackingCode,
    service: ctx.service,
    status: stateLabel(to, lang),
    question: comment ?? '',
    note: to === 'rejected' || to === 'approved' ? (comment ?? '') : '',
    url: requestTrackingUrl(req.payload, ctx.slug, lang, doc),
  }
  const template =
    to === 'needs-information'
      ? templates.needsInformation
      : to === 'closed'
        ? templates.closed
        : templates.statusChanged
  await send(req.payload, { to: doc.requesterEmail as string, template, locale: lang, data })
}

export const emailSupervisor = async (
  payload: Payload,
  { to, doc, lang, assignee }: { to: string; doc: Doc; lang: Language; assignee: string },
) => {
  const ctx = await requestContext(payload, doc, lang)
  await send(payload, {
    to,
    template: templates.overdue,
    locale: lang,
    data: {
      code: doc.trackingCode,
      service: ctx.service,
      due: formatDate(doc.dueAt, lang, ctx.timeZone),
      status: stateLabel(doc.status as string, lang),
      assignee,
      url: `${payload.config.serverURL ?? ''}/admin/collections/servi-requests/${doc.id as string}`,
    },
  })
}
