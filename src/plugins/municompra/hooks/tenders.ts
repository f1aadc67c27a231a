/**
 * The hooks that keep a tender whole, whatever path it is written through:
 * - only officers of the tender's municipality write it; system fields are the system's;
 * - the reference is unique in the municipality (a database index) and fixes the ocid;
 * - once published, a change is an amendment: it needs a rationale, is recorded, notifies the
 *   bidders, and pushes the deadlines back when it comes too close to them;
 * - once closed to bids, the tender's terms no longer change; the award is set only in evaluation.
 */
import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionBeforeValidateHook } from 'payload'

import { idOf, moduleText, sameValue, requireRoleIn } from '@e-muni/sdk'
import { OFFICERS } from '../access/index'
import { MODULE } from '../i18n/index'
import { ocidOf } from '../lib/ocds'
import { amendmentMinDays } from '../settings'
import { fail, guardSystemFields, isInternal } from './common'

export const TENDER_SYSTEM_FIELDS = [
  'ocid',
  'uniqueKey',
  'bidCount',
  'openingRecord',
  'openedAt',
  'publishedAt',
  'amendments',
]
/** The terms of a tender: changing them after publication is an amendment. */
export const TERMS = [
  'title',
  'description',
  'method',
  'category',
  'awardCriteria',
  'items',
  'value',
  'documents',
  'enquiryDeadline',
  'submissionDeadline',
  'openingAt',
  'invitedSuppliers',
  'plan',
]
const REFERENCE = /^[A-Z0-9][A-Z0-9._-]{0,39}$/

const AMENDED = 'municompra:amended'
/** The amendment recorded by this request for tender `id`, if any (read by the afterChange effect). */
export const amendmentOf = (context: Record<string, unknown>, id: unknown) =>
  (context[AMENDED] as Record<string, { fields: string[]; extended: boolean }> | undefined)?.[String(id)]

export const guardTenderWrite: CollectionBeforeValidateHook = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (!data || isInternal(context)) return data
  const tenant = idOf(data.tenant ?? originalDoc?.tenant)
  requireRoleIn(req, tenant, OFFICERS, () => moduleText(req, MODULE, 'noRoleHere'))
  guardSystemFields(req, TENDER_SYSTEM_FIELDS, data, originalDoc, operation)
  if (typeof data.reference === 'string') data.reference = data.reference.trim().toUpperCase()
  if (data.reference !== undefined && !REFERENCE.test(String(data.reference ?? '')))
    throw fail(moduleText(req, MODULE, 'badReference'))
  // The database's unique index holds the line; this says it in words first.
  if (typeof data.reference === 'string' && data.reference !== originalDoc?.reference && tenant !== undefined) {
    const { totalDocs } = await req.payload.count({
      collection: 'compra-tenders',
      where: { uniqueKey: { equals: `${tenant}:${data.reference}` } },
      overrideAccess: true,
      req,
    })
    if (totalDocs) throw fail(moduleText(req, MODULE, 'referenceTaken', { reference: data.reference }), 409)
  }
  const status = originalDoc?.status as string | undefined
  if (
    operation === 'update' &&
    status !== 'draft' &&
    data.reference !== undefined &&
    data.reference !== originalDoc?.reference
  )
    throw fail(moduleText(req, MODULE, 'referenceFixed'))
  return data
}

const changedTerms = (data: Record<string, unknown>, originalDoc: Record<string, unknown>) =>
  TERMS.filter((f) => f in data && !sameValue(data[f], originalDoc[f]))

export const stampTender: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  const tenant = idOf(data.tenant ?? originalDoc?.tenant)
  if (operation === 'create' || (originalDoc?.status === 'draft' && data.reference)) {
    const municipality = await req.payload.findByID({
      collection: 'municipalities',
      id: tenant!,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const reference = (data.reference ?? originalDoc?.reference) as string
    data.uniqueKey = `${tenant}:${reference}`
    data.ocid = ocidOf(req.payload, municipality.slug as string, reference)
    if (operation === 'create') {
      data.value = {
        ...(data.value as object),
        currency: (data.value as { currency?: string })?.currency || municipality.currency,
      }
      data.bidCount = 0
    }
  }
  if (operation === 'create' || isInternal(context)) return data
  const before = originalDoc as Record<string, unknown>
  const from = before.status as string
  const to = (data.status as string | undefined) ?? from
  if (to === 'published' && from === 'draft') data.publishedAt = new Date().toISOString()

  const terms = changedTerms(data, before)
  if (from === 'published' && to === 'published' && terms.length) {
    const rationale = typeof data.amendmentRationale === 'string' ? data.amendmentRationale.trim() : ''
    if (!rationale) throw fail(moduleText(req, MODULE, 'amendmentRationale', { fields: terms.join(', ') }))
    const now = Date.now()
    const merged = { ...before, ...data }
    const [enquiry, submission, opening] = ['enquiryDeadline', 'submissionDeadline', 'openingAt'].map((f) =>
      Date.parse(String(merged[f])),
    )
    if (!(submission > now)) throw fail(moduleText(req, MODULE, 'deadlineInPast'))
    if (!(enquiry <= submission && submission <= opening)) throw fail(moduleText(req, MODULE, 'deadlineOrder'))
    const minimum = now + (await amendmentMinDays(req, tenant!)) * 86_400_000
    let extended = false
    if (submission < minimum) {
      const shift = minimum - submission
      data.submissionDeadline = new Date(minimum).toISOString()
      data.openingAt = new Date(opening + shift).toISOString()
      extended = true
    }
    data.amendments = [
      ...((before.amendments as unknown[]) ?? []),
      {
        at: new Date(now).toISOString(),
        fields: terms.join(', '),
        rationale,
        previousDeadline: before.submissionDeadline,
        newDeadline: data.submissionDeadline ?? before.submissionDeadline,
      },
    ]
    ;((context[AMENDED] ??= {}) as Record<string, unknown>)[String(before.id)] = { fields: terms, extended }
  } else if (from !== 'draft' && terms.length) {
    throw fail(moduleText(req, MODULE, 'termsFixed', { fields: terms.join(', ') }))
  }
  delete data.amendmentRationale

  const awardChanged = 'award' in data && !sameValue(data.award, before.award)
  if (awardChanged) {
    if (from !== 'evaluation') throw fail(moduleText(req, MODULE, 'awardNotNow'))
    const award = { ...((data.award as Record<string, unknown>) ?? {}) }
    const bidId = idOf(award.bid)
    if (bidId !== undefined) {
      const bid = (await req.payload.findByID({
        collection: 'compra-bids',
        id: bidId,
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
      })) as unknown as Record<string, unknown> | null
      if (!bid || String(idOf(bid.tender)) !== String(before.id) || !bid.opened || bid.status !== 'submitted')
        throw fail(moduleText(req, MODULE, 'awardBid'))
      award.supplier = bid.supplier
      award.supplierName = bid.supplierName
      if (typeof award.value !== 'number') award.value = bid.amount
      award.date ??= new Date().toISOString()
    }
    data.award = award
  }
  return data
}

/** Only drafts are deleted; a published tender is cancelled instead (its record stays public). */
export const keepPublishedTenders: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({
    collection: 'compra-tenders',
    id,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (doc && (doc as { status?: string }).status !== 'draft') throw fail(moduleText(req, MODULE, 'deleteOnlyDraft'))
}
