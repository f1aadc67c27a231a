/**
 * A registered supplier asks a clarification about a tender during its enquiry period (GraphQL
 * `askClarification`, REST POST /api/m/{municipality}/municompra/askClarification).
 */
import { defineCommand, fieldErrors } from '@e-muni/sdk'
import { fail, internal, person, systemWrite, t } from '../hooks/common'
import { type Doc, findTender, formatInstant, municipalityDoc, verifiedSupplier } from '../lib/actions/common'
import { tenderInput } from '../lib/actions/input'

export const askClarification = defineCommand({
  name: 'askClarification',
  authorize: ({ req }) => {
    person(req)
  },
  input: (raw, { req }) => {
    const tender = tenderInput(req, raw)
    const text = typeof raw.question === 'string' ? raw.question.trim() : ''
    if (!text || text.length > 2000)
      throw fieldErrors(req, [{ path: 'question', message: t(req, 'required1to', { max: 2000 }) }])
    return { tender, question: text }
  },
  run: async ({ req, municipality }, input) => {
    const who = person(req)
    const tender = await findTender(req, municipality, input.tender)
    const supplier = await verifiedSupplier(req, municipality, true)
    const until = tender.enquiryDeadline as string | undefined
    if (tender.status !== 'published' || !until || Date.now() >= Date.parse(until)) {
      const m = await municipalityDoc(req, municipality.id)
      throw fail(t(req, 'enquiriesClosed', { at: until ? formatInstant(req, until, m.timezone || 'UTC') : '—' }), 409)
    }
    const doc = (await req.payload.create({
      collection: 'compra-clarifications',
      data: {
        tenant: municipality.id,
        tender: tender.id,
        question: input.question,
        askedBy: who.id,
        supplier: supplier.id,
      },
      overrideAccess: true,
      req: systemWrite(req),
      context: internal(),
      depth: 0,
    })) as unknown as Doc
    return {
      id: String(doc.id),
      tender: tender.reference,
      question: doc.question,
      askedAt: doc.createdAt,
      answer: null,
    }
  },
})
