/**
 * Submits a service request from the portal (GraphQL `submitServiceRequest`, REST POST /api/m/{municipality}/
 * muniservi/submitServiceRequest with the mutation's arguments as JSON, files as `attachments: [{ field, filename,
 * base64 }]`, and `staged`: the receipts of files kept by `stageServiceAttachments`). Service, requester, answers,
 * files and location are checked by lib/submit.ts, the one submission path (Open311 and the multipart REST endpoint
 * `requests` use it too); the receipt carries the tracking key.
 */
import type { PayloadRequest } from 'payload'

import { defineCommand } from '@e-muni/sdk'
import { requesterLanguage, requestTrackingUrl } from '../hooks/notifications'
import { commandInput } from '../lib/commandInput'
import { submitRequest, type SubmitInput } from '../lib/submit'
import { trackingToken } from '../lib/tracking'

/** What the requester is given back, here and on the multipart endpoint: the tracking code, key and link. */
export const receiptOf = (
  req: PayloadRequest,
  municipalitySlug: string,
  doc: Awaited<ReturnType<typeof submitRequest>>,
) => ({
  trackingCode: doc.trackingCode,
  trackingToken: trackingToken(req.payload, doc),
  status: doc.status,
  dueAt: doc.dueAt,
  trackingUrl: requestTrackingUrl(req.payload, municipalitySlug, requesterLanguage(doc), doc),
})

export const submitServiceRequest = defineCommand({
  name: 'submitServiceRequest',
  // REST clients (the portal among them) may send the files as multipart parts named by their form field.
  files: 'attachments',
  input: (raw, { req }): SubmitInput => {
    const read = commandInput(req, raw)
    const input = {
      service: read.reference('service'),
      answers: raw.answers,
      description: read.optionalText('description'),
      location: read.location('location'),
      name: read.optionalText('name'),
      email: read.optionalText('email'),
      phone: read.optionalText('phone'),
      language: read.optionalText('language'),
    }
    const attachments = read.attachments('attachments')
    const staged = read.staged('staged')
    read.done()
    const files = attachments.map((a) => ({
      field: a.field,
      name: a.filename,
      data: /^[A-Za-z0-9+/=\s]*$/.test(a.base64) ? Buffer.from(a.base64, 'base64') : Buffer.alloc(0),
    }))
    return { ...input, files, staged }
  },
  run: async ({ req, municipality }, input) => {
    return receiptOf(req, municipality.slug, await submitRequest(req, municipality, input))
  },
})
