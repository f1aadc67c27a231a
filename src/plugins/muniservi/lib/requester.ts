/* eslint-disable @typescript-eslint/no-explicit-any -- documents read here are loosely shaped (localized, populated or not) */
/** What a requester sees of their request, how they reach it (login or tracking token) and their writes to it. */
import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { fail, requestLanguage, type MunicipalityRef, type ID } from '@e-muni/sdk'
import { internal, t } from '../kit'
import { capabilityWindowMinutes, tokenMatches, useCapability } from './tracking'
import { REQUEST_STATES } from '../workflows/states'

export type Doc = Record<string, any> & { id: ID }

const PUBLIC_NOTES = ['needs-information', 'rejected', 'approved']

/** A request as its requester may see it. */
export const publicView = (req: PayloadRequest, doc: Doc, serviceName?: string) => {
  const lang = requestLanguage(req)
  const label = (s: string) => REQUEST_STATES.find((x) => x.value === s)?.label[lang] ?? s
  const service =
    typeof doc.service === 'object' && doc.service ? doc.service : { code: doc.codePrefix, name: serviceName }
  return {
    trackingCode: doc.trackingCode,
    service: { code: service.code ?? doc.codePrefix, name: service.name ?? serviceName ?? null },
    status: doc.status,
    statusLabel: label(doc.status),
    submittedAt: doc.createdAt,
    dueAt: doc.dueAt ?? null,
    resolvedAt: doc.resolvedAt ?? null,
    closedAt: doc.closedAt ?? null,
    overdue: Boolean(doc.overdue),
    history: (doc.history ?? []).map((h: Doc) => ({
      at: h.at,
      from: h.from,
      to: h.to,
      toLabel: label(h.to),
      note: PUBLIC_NOTES.includes(h.to) ? (h.comment ?? null) : null,
    })),
    messages: (doc.messages ?? []).map((m: Doc) => ({ from: m.from, body: m.body, at: m.at })),
    canRespond: doc.status === 'needs-information',
    canRate: doc.status === 'closed' && !doc.rating?.score,
    rating: doc.rating?.score ?? null,
  }
}

/**
 * The request `code` of this municipality, if the caller is its requester: signed in as the person who
 * sent it, or holding its tracking token (lib/tracking.ts — the requester's email is no capability: issue 21).
 * Each capability (code and token) is limited in uses per window; a wrong code or token is a 404 alike.
 */
export const findOwnRequest = async (
  req: PayloadRequest,
  municipality: MunicipalityRef,
  code: unknown,
  token: unknown,
) => {
  const notFound = () => fail(t(req, 'notFoundRequest'), 404)
  if (typeof code !== 'string' || !code.trim() || code.length > 60) throw notFound()
  const person = req.user?.collection === 'people' ? req.user : null
  // A signed-in person's look-ups are counted as theirs: no one else's attempts can use them up.
  const capability = person ? `person:${String(person.id)}` : token
  if (!useCapability(`${String(municipality.id)}:${code.trim().toUpperCase()}`, capability))
    throw new APIError(
      t(req, 'tooManyUses', { code: code.trim().toUpperCase(), minutes: capabilityWindowMinutes() }),
      429,
      undefined,
      true,
    )
  const { docs } = await req.payload.find({
    collection: 'servi-requests',
    where: { and: [{ tenant: { equals: municipality.id } }, { trackingCode: { equals: code.trim().toUpperCase() } }] },
    depth: 1,
    limit: 1,
    locale: requestLanguage(req),
    overrideAccess: true,
    req,
  })
  const doc = docs[0] as Doc | undefined
  if (!doc) throw notFound()
  const requesterId = typeof doc.requester === 'object' && doc.requester ? doc.requester.id : doc.requester
  const byLogin =
    person && requesterId !== null && requesterId !== undefined && String(requesterId) === String(person.id)
  if (!byLogin && !tokenMatches(req.payload, doc, token)) throw notFound()
  return doc
}

/** Writes what the requester did (an answer, a rating), as the requester, and returns their view of it. */
export const writeAsRequester = async (req: PayloadRequest, doc: Doc, data: Record<string, unknown>) => {
  const updated = await req.payload.update({
    collection: 'servi-requests',
    id: doc.id,
    data: data,
    overrideAccess: true,
    req: internalReq(req),
    context: internal(),
    depth: 1,
    locale: requestLanguage(req),
  })
  return publicView(req, updated as unknown as Doc)
}

const internalReq = (req: PayloadRequest): Partial<PayloadRequest> => ({
  user: req.user?.collection === 'people' ? req.user : null,
  i18n: req.i18n,
  headers: req.headers,
  context: internal(),
})
