/** A verified supplier asks a clarification about a tender during its enquiry period. */
import type { PayloadRequest } from 'payload'

import type { MunicipalityRef } from '@e-muni/sdk'
import { fail, internal, person, systemWrite, t } from '../../hooks/common'
import { type Doc, findTender, formatInstant, invalid, municipalityDoc, verifiedSupplier } from './common'

export const askClarification = async (
  req: PayloadRequest,
  municipality: MunicipalityRef,
  tenderRef: unknown,
  question: unknown,
) => {
  const who = person(req)
  const text = typeof question === 'string' ? question.trim() : ''
  if (!text || text.length > 2000)
    throw invalid(req, [{ path: 'question', message: t(req, 'required1to', { max: 2000 }) }])
  const tender = await findTender(req, municipality, tenderRef)
  const supplier = await verifiedSupplier(req, municipality, true)
  const until = tender.enquiryDeadline as string | undefined
  if (tender.status !== 'published' || !until || Date.now() >= Date.parse(until)) {
    const m = await municipalityDoc(req, municipality.id)
    throw fail(t(req, 'enquiriesClosed', { at: until ? formatInstant(req, until, m.timezone || 'UTC') : '—' }), 409)
  }
  const doc = (await req.payload.create({
    collection: 'clarifications',
    data: {
      tenant: municipality.id,
      tender: tender.id,
      question: text,
      askedBy: who.id,
      supplier: supplier.id,
    },
    overrideAccess: true,
    req: systemWrite(req),
    context: internal(),
    depth: 0,
  })) as unknown as Doc
  return { id: doc.id, tender: tender.reference, question: doc.question, askedAt: doc.createdAt, answer: null }
}
