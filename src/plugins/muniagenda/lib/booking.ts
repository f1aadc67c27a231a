/** What booking and cancelling share: a document the caller may read, and the receipt they are given. */
import type { CollectionSlug, PayloadRequest } from 'payload'

import { idOf, type MunicipalityRef } from '@e-muni/sdk'
import { fail, t, type Doc } from './common'

export type Receipt = { id: string; slot: string; startsAt: string; status: string }

/** A document of `municipality` the caller may read (access applies), or 404. */
export const readable = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  municipality: MunicipalityRef,
  ref: unknown,
  missing: string,
) => {
  const value = String(ref ?? '').trim()
  const doc = /^\d+$/.test(value)
    ? ((await req.payload.findByID({
        collection,
        id: value,
        depth: 1,
        overrideAccess: false,
        user: req.user,
        req,
        disableErrors: true,
      })) as Doc | null)
    : null
  if (!doc || String(idOf(doc.tenant)) !== String(municipality.id)) throw fail(t(req, missing, { value }), 404)
  return doc
}

export const receipt = (doc: Doc, slot: Doc): Receipt => ({
  id: String(doc.id),
  slot: String(idOf(slot)),
  startsAt: String(slot.startsAt ?? ''),
  status: String(doc.status),
})
