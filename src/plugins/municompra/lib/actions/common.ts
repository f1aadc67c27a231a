/* eslint-disable @typescript-eslint/no-explicit-any -- documents read here are loosely shaped */
/**
 * Shared by MuniCompra's supplier commands and queries: the tender and the caller's supplier registration looked
 * up, the registration as the portal sees it, the municipality's time, and whether a tender takes bids now.
 */
import type { PayloadRequest } from 'payload'

import { idOf, isUniqueViolation, type MunicipalityRef, requestLanguage, type ID } from '@e-muni/sdk'
import { fail, person, t } from '../../hooks/common'

export type Doc = Record<string, any> & { id: ID }
export { person }

export const formatInstant = (req: PayloadRequest, iso: string, timeZone: string) =>
  `${new Intl.DateTimeFormat(requestLanguage(req), { dateStyle: 'long', timeStyle: 'long', timeZone }).format(new Date(iso))} (${new Date(iso).toISOString()})`

export const municipalityDoc = async (req: PayloadRequest, id: unknown) =>
  (await req.payload.findByID({
    collection: 'municipalities',
    id: idOf(id)!,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Doc

/** A published-or-later tender of the municipality by reference (or id). */
export const findTender = async (req: PayloadRequest, municipality: MunicipalityRef, ref: unknown): Promise<Doc> => {
  const value = String(ref ?? '').trim()
  const { docs } = await req.payload.find({
    collection: 'compra-tenders',
    where: {
      and: [
        { tenant: { equals: municipality.id } },
        { status: { not_equals: 'draft' } },
        /^\d+$/.test(value)
          ? { or: [{ id: { equals: value } }, { reference: { equals: value } }] }
          : { reference: { equals: value.toUpperCase() } },
      ],
    },
    depth: 0,
    limit: 1,
    locale: requestLanguage(req),
    overrideAccess: true,
    req,
  })
  if (!docs[0]) throw fail(t(req, 'unknownTender', { value }), 404)
  return docs[0] as unknown as Doc
}

/** The caller's supplier registration in the municipality (any state), or null. */
export const mySupplier = async (req: PayloadRequest, municipality: MunicipalityRef): Promise<Doc | null> => {
  const who = person(req)
  const { docs } = await req.payload.find({
    collection: 'compra-suppliers',
    where: { and: [{ tenant: { equals: municipality.id } }, { account: { equals: who.id } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return (docs[0] as unknown as Doc) ?? null
}

/** A supplier registration as the portal sees it (GraphQL `SupplierRegistration`). */
export const registrationView = (doc: Doc) => ({
  id: String(doc.id),
  legalName: doc.legalName,
  country: doc.country,
  taxId: doc.taxId,
  categories: doc.categories ?? [],
  status: doc.status,
})

export const verifiedSupplier = async (req: PayloadRequest, municipality: MunicipalityRef, allowPending = false) => {
  const supplier = await mySupplier(req, municipality)
  if (!supplier) throw fail(t(req, 'notASupplier', { municipality: municipality.name }), 403)
  if (!(supplier.status === 'verified' || (allowPending && supplier.status === 'pending')))
    throw fail(t(req, 'supplierNotVerified', { municipality: municipality.name }), 403)
  return supplier
}

export const isUniqueClash = (error: unknown) => isUniqueViolation(error, ['uniqueKey'])

/** Refuses unless the tender takes bids now, by server time. */
export const assertOpenForBids = async (req: PayloadRequest, tender: Doc) => {
  const deadline = tender.submissionDeadline as string | undefined
  if (tender.status !== 'published' || !deadline || Date.now() >= Date.parse(deadline)) {
    const m = await municipalityDoc(req, tender.tenant)
    throw fail(
      deadline && tender.status !== 'cancelled'
        ? t(req, 'submissionClosed', { at: formatInstant(req, deadline, m.timezone || 'UTC') })
        : t(req, 'notTakingBids', { reference: tender.reference }),
      409,
    )
  }
}
