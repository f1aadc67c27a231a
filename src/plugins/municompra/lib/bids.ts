/* eslint-disable @typescript-eslint/no-explicit-any -- documents read here are loosely shaped */
/**
 * What suppliers do, for the portal (GraphQL) and tests: register in a municipality, ask a
 * clarification during the enquiry period, submit (or replace) a sealed bid before the deadline,
 * withdraw it, and read their receipts. Every input is checked first; only then is anything written.
 */
import type { Payload, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import {
  DOCUMENT_TYPES,
  idOf,
  inspectUpload,
  isLanguage,
  isUniqueViolation,
  moduleText,
  notify,
  portalLink,
  requestLanguage,
  safeFileName,
  uploadMaxBytes,
  uploadProblemText,
  type MunicipalityRef,
} from '@e-muni/sdk'
import { fail, internal } from '../hooks/common'
import { MODULE, templates } from '../i18n/index'
import { normalTaxId } from '../collections/suppliers'
import { masterKey, seal } from './sealing'

type Doc = Record<string, any> & { id: number | string }
type FieldError = { path: string; message: string }

const t = (req: PayloadRequest, key: string, vars?: Record<string, string | number>) =>
  moduleText(req, MODULE, key, vars)
const invalid = (req: PayloadRequest, errors: FieldError[]) =>
  new APIError(
    t(req, 'invalidInput', { fields: errors.map((e) => `${e.path}: ${e.message}`).join('; ') }),
    400,
    { errors },
    true,
  )

/** A minimal request for MuniCompra's own writes: no user (the multi-tenant plugin lets only staff assign a municipality). */
const systemWrite = (req: PayloadRequest) => ({ i18n: req.i18n, headers: req.headers, context: internal() }) as never

export const person = (req: PayloadRequest): Doc => {
  if (req.user?.collection !== 'people') throw fail(t(req, 'loginNeeded'), 401)
  return req.user as unknown as Doc
}

const formatInstant = (req: PayloadRequest, iso: string, timeZone: string) =>
  `${new Intl.DateTimeFormat(requestLanguage(req), { dateStyle: 'long', timeStyle: 'long', timeZone }).format(new Date(iso))} (${new Date(iso).toISOString()})`

const municipalityDoc = async (req: PayloadRequest, id: unknown) =>
  (await req.payload.findByID({
    collection: 'municipalities',
    id: idOf(id as never)!,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Doc

/** A published-or-later tender of the municipality by reference (or id). */
export const findTender = async (req: PayloadRequest, municipality: MunicipalityRef, ref: unknown): Promise<Doc> => {
  const value = String(ref ?? '').trim()
  const { docs } = await req.payload.find({
    collection: 'tenders' as never,
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
    locale: requestLanguage(req) as never,
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
    collection: 'suppliers' as never,
    where: { and: [{ tenant: { equals: municipality.id } }, { account: { equals: who.id } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return (docs[0] as unknown as Doc) ?? null
}

const verifiedSupplier = async (req: PayloadRequest, municipality: MunicipalityRef, allowPending = false) => {
  const supplier = await mySupplier(req, municipality)
  if (!supplier) throw fail(t(req, 'notASupplier', { municipality: municipality.name }), 403)
  if (!(supplier.status === 'verified' || (allowPending && supplier.status === 'pending')))
    throw fail(t(req, 'supplierNotVerified', { municipality: municipality.name }), 403)
  return supplier
}

const isUniqueClash = (error: unknown) => isUniqueViolation(error, ['uniqueKey'])

const COUNTRY = /^[A-Z]{2}$/
const CATEGORY_VALUES = ['goods', 'works', 'services']
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export const registerSupplier = async (
  req: PayloadRequest,
  municipality: MunicipalityRef,
  input: Record<string, any>,
) => {
  const who = person(req)
  const errors: FieldError[] = []
  const legalName = typeof input.legalName === 'string' ? input.legalName.trim() : ''
  if (!legalName || legalName.length > 200)
    errors.push({ path: 'legalName', message: t(req, 'required1to', { max: 200 }) })
  const country = String(input.country ?? '')
    .trim()
    .toUpperCase()
  if (!COUNTRY.test(country)) errors.push({ path: 'country', message: t(req, 'badCountry') })
  const taxId = normalTaxId(input.taxId)
  if (!/^[A-Z0-9]{4,20}$/.test(taxId)) errors.push({ path: 'taxId', message: t(req, 'badTaxId') })
  const categories = Array.isArray(input.categories) ? [...new Set(input.categories.map(String))] : []
  if (!categories.length || categories.some((c) => !CATEGORY_VALUES.includes(c)))
    errors.push({ path: 'categories', message: t(req, 'badCategories', { allowed: CATEGORY_VALUES.join(', ') }) })
  const contacts = (Array.isArray(input.contacts) ? input.contacts : []).slice(0, 10).map((c: any, i: number) => {
    const name = typeof c?.name === 'string' ? c.name.trim() : ''
    const email = typeof c?.email === 'string' ? c.email.trim() : ''
    if (!name) errors.push({ path: `contacts.${i}.name`, message: t(req, 'required1to', { max: 200 }) })
    if (email && !EMAIL.test(email)) errors.push({ path: `contacts.${i}.email`, message: t(req, 'badEmail') })
    return { name, email: email || null, phone: typeof c?.phone === 'string' ? c.phone.trim().slice(0, 40) : null }
  })
  if (errors.length) throw invalid(req, errors)
  if (await mySupplier(req, municipality))
    throw fail(t(req, 'alreadyRegistered', { municipality: municipality.name }), 409)
  try {
    return (await req.payload.create({
      collection: 'suppliers' as never,
      data: {
        tenant: municipality.id,
        legalName,
        country,
        taxId,
        categories,
        contacts: contacts.length ? contacts : [{ name: who.name, email: who.email }],
        address: typeof input.address === 'string' ? input.address.trim().slice(0, 500) : null,
        account: who.id,
      } as never,
      overrideAccess: true,
      req: systemWrite(req),
      context: internal(),
      depth: 0,
    })) as unknown as Doc
  } catch (error) {
    if (isUniqueClash(error)) throw fail(t(req, 'taxIdTaken', { taxId, municipality: municipality.name }), 409)
    throw error
  }
}

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
    collection: 'clarifications' as never,
    data: {
      tenant: municipality.id,
      tender: tender.id,
      question: text,
      askedBy: who.id,
      supplier: supplier.id,
    } as never,
    overrideAccess: true,
    req: systemWrite(req),
    context: internal(),
    depth: 0,
  })) as unknown as Doc
  return { id: doc.id, tender: tender.reference, question: doc.question, askedAt: doc.createdAt, answer: null }
}

type BidInput = {
  tender: unknown
  amount: unknown
  currency?: unknown
  lines?: unknown
  note?: unknown
  documents?: { filename: string; base64: string }[]
}

const MAX_DOCUMENTS = 10

/** Checks a bid's content; the errors name each field. */
const checkBid = async (req: PayloadRequest, tender: Doc, input: BidInput) => {
  const errors: FieldError[] = []
  const amount = typeof input.amount === 'number' ? input.amount : Number.NaN
  if (!Number.isFinite(amount) || amount <= 0 || amount > 1e13)
    errors.push({ path: 'amount', message: t(req, 'badAmount') })
  const currency = String(input.currency ?? tender.value?.currency ?? '').toUpperCase()
  if (tender.value?.currency && currency !== tender.value.currency)
    errors.push({ path: 'currency', message: t(req, 'badCurrency', { currency: tender.value.currency }) })
  const lines: { description: string; amount: number }[] = []
  if (input.lines !== undefined && input.lines !== null) {
    if (!Array.isArray(input.lines) || input.lines.length > 200)
      errors.push({ path: 'lines', message: t(req, 'badLines') })
    else
      input.lines.forEach((line: any, i) => {
        const description = typeof line?.description === 'string' ? line.description.trim() : ''
        const value = typeof line?.amount === 'number' ? line.amount : Number.NaN
        if (!description || description.length > 500)
          errors.push({ path: `lines.${i}.description`, message: t(req, 'required1to', { max: 500 }) })
        if (!Number.isFinite(value) || value < 0)
          errors.push({ path: `lines.${i}.amount`, message: t(req, 'badAmount') })
        lines.push({ description, amount: value })
      })
  }
  const note = typeof input.note === 'string' ? input.note.trim() : ''
  if (note.length > 2000) errors.push({ path: 'note', message: t(req, 'required1to', { max: 2000 }) })
  const documents: { name: string; mimeType: string; base64: string }[] = []
  const files = input.documents ?? []
  if (files.length > MAX_DOCUMENTS)
    errors.push({ path: 'documents', message: t(req, 'tooManyDocuments', { max: MAX_DOCUMENTS }) })
  for (const [i, file] of files.slice(0, MAX_DOCUMENTS).entries()) {
    const name = String(file?.filename ?? '')
      .trim()
      .replace(/[/\\]/g, '_')
      .slice(0, 200)
    const data = /^[A-Za-z0-9+/=\s]*$/.test(file?.base64 ?? '') ? Buffer.from(file.base64, 'base64') : Buffer.alloc(0)
    const path = `documents.${i}`
    if (!name) errors.push({ path, message: t(req, 'fileName') })
    if (!data.length) {
      errors.push({ path, message: t(req, 'fileEmpty', { name }) })
      continue
    }
    if (data.length > uploadMaxBytes())
      errors.push({ path, message: t(req, 'fileTooLarge', { name, max: Math.round(uploadMaxBytes() / 1048576) }) })
    // Judged by its bytes now, as the opening will store it: a file refused then would stop the opening.
    const inspected = await inspectUpload(data, DOCUMENT_TYPES)
    if (!inspected.ok)
      errors.push({
        path,
        message:
          inspected.problem === 'type'
            ? t(req, 'fileType', { name, detected: inspected.detected ?? '?', allowed: 'PDF, DOCX, XLSX, ODT, ODS' })
            : `${name}: ${uploadProblemText(req, inspected)}`,
      })
    else
      documents.push({
        name: safeFileName(name, inspected.ext),
        mimeType: inspected.mime,
        base64: inspected.data.toString('base64'),
      })
  }
  if (errors.length) throw invalid(req, errors)
  return { amount, currency, lines, note, documents }
}

/** Refuses unless the tender takes bids now, by server time. */
const assertOpenForBids = async (req: PayloadRequest, tender: Doc) => {
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

/**
 * Counts the standing bids of a tender into `bidCount` (public). Two suppliers bidding at once each
 * count, then write: the later write can carry the earlier, smaller count (seen under the crash
 * suite's load: "the tender counts 4 bids, it has 5"). So each recount counts again after its write,
 * and writes again until what it wrote is what there is: the last writer always leaves the true count.
 *
 * The count is written to the row alone (the adapter's update: no hooks, so no `updatedAt`, no audit
 * entry), and only when it changed: the tender's public timestamp and the audit log would otherwise be a
 * timeline of every submission and replacement before the opening (issue 21). The adapter's writes still
 * expire the public-read cache (lib/publicCache.ts). Returns whether the stored count was wrong.
 */
const recountTender = async (payload: Payload, tenderId: Doc['id'], dbReq: never): Promise<boolean> => {
  const count = async () =>
    (
      await payload.count({
        collection: 'bids' as never,
        where: { and: [{ tender: { equals: tenderId } }, { status: { equals: 'submitted' } }] },
        overrideAccess: true,
      })
    ).totalDocs
  const stored = async () =>
    (
      (await payload.db.findOne({
        collection: 'tenders',
        where: { id: { equals: tenderId } },
        req: dbReq,
      })) as unknown as Doc | null
    )?.bidCount as number | null | undefined
  let wrote = false
  let counted = await count()
  for (let attempt = 0; attempt < 10; attempt++) {
    if ((await stored()) !== counted) {
      await payload.db.updateOne({
        collection: 'tenders',
        id: tenderId,
        // `updatedAt: null` tells the adapter to leave the timestamp as it is.
        data: { bidCount: counted, updatedAt: null },
        req: dbReq,
        returning: false,
      })
      wrote = true
    }
    const now = await count()
    if (now === counted) break
    counted = now
  }
  return wrote
}

const recount = async (req: PayloadRequest, tender: Doc) => {
  await recountTender(req.payload, tender.id, systemWrite(req))
}

/**
 * After a crash (module `recover`, at start and every hour): a bid written just before the process died
 * has no recount yet, and without transactions (SQLite) or between the bid's and the count's statements
 * (PostgreSQL) nothing undoes it — the suite's kill -9 found "the tender counts 3 bids, it has 4". The
 * bid itself is whole (its row is one statement); only the public count lags. So every tender with a bid
 * written in the last two days is counted again; returns the tenders whose count was wrong.
 */
export const recoverBidCounts = async (payload: Payload): Promise<string[]> => {
  // Not only bids older than the recovery's cut-off: counting again is safe beside a bid in flight.
  const since = new Date(Date.now() - 2 * 24 * 60 * 60_000).toISOString()
  const { docs } = await payload.find({
    collection: 'bids' as never,
    where: { updatedAt: { greater_than: since } },
    pagination: false,
    depth: 0,
    select: { tender: true } as never,
    overrideAccess: true,
  })
  const tenders = [...new Set((docs as unknown as Doc[]).map((b) => idOf(b.tender as never)))]
  const fixed: string[] = []
  for (const id of tenders) {
    if (await recountTender(payload, id as Doc['id'], { context: internal() } as never))
      fixed.push(`tenders#${id} bidCount`)
  }
  return fixed
}

export const receipt = (bid: Doc, tender: Doc) => ({
  bidId: String(bid.id),
  tender: tender.reference as string,
  tenderTitle: (tender.title as string) ?? null,
  status: bid.status as string,
  version: (bid.version as number) ?? 1,
  submittedAt: new Date(bid.submittedAt as string).toISOString(),
  sha256: bid.sha256 as string,
  opened: Boolean(bid.opened),
  amount: bid.opened ? ((bid.amount as number) ?? null) : null,
  currency: bid.opened ? ((bid.currency as string) ?? null) : null,
})

export const submitBid = async (req: PayloadRequest, municipality: MunicipalityRef, input: BidInput) => {
  const who = person(req)
  const key = masterKey()
  if ('problem' in key) {
    req.payload.logger.error(`MuniCompra: bids refused: ${key.problem}`)
    throw fail(t(req, 'sealingUnavailable'), 503)
  }
  const tender = await findTender(req, municipality, input.tender)
  const supplier = await verifiedSupplier(req, municipality)
  const invited = ((tender.invitedSuppliers as unknown[]) ?? []).map((s) => String(idOf(s as never)))
  if (tender.method !== 'open' && invited.length && !invited.includes(String(supplier.id)))
    throw fail(t(req, 'notInvited', { reference: tender.reference }), 403)
  await assertOpenForBids(req, tender)
  const content = await checkBid(req, tender, input)
  const { sealed, sha256 } = seal(key.key, { tender: String(tender.id), supplier: String(supplier.id) }, content)
  const uniqueKey = `${tender.id}:${supplier.id}`
  const write = async (): Promise<Doc> => {
    // Checked again just before writing: the deadline is the server's clock, not the request's arrival.
    await assertOpenForBids(req, tender)
    const submittedAt = new Date().toISOString()
    const existing = (
      await req.payload.find({
        collection: 'bids' as never,
        where: { uniqueKey: { equals: uniqueKey } },
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
    ).docs[0] as unknown as Doc | undefined
    const data = { sealed, sha256, submittedAt, status: 'submitted', bidder: who.id }
    if (existing)
      return (await req.payload.update({
        collection: 'bids' as never,
        id: existing.id,
        data: { ...data, version: ((existing.version as number) ?? 1) + 1 } as never,
        overrideAccess: true,
        req: systemWrite(req),
        context: internal(),
        depth: 0,
      })) as unknown as Doc
    return (await req.payload.create({
      collection: 'bids' as never,
      data: {
        ...data,
        tenant: municipality.id,
        tender: tender.id,
        supplier: supplier.id,
        supplierName: supplier.legalName,
        uniqueKey,
        version: 1,
        opened: false,
      } as never,
      overrideAccess: true,
      req: systemWrite(req),
      context: internal(),
      depth: 0,
    })) as unknown as Doc
  }
  let bid: Doc
  try {
    bid = await write()
  } catch (error) {
    // Two submissions of one supplier at once: the unique index keeps one row; the second replaces it.
    if (!isUniqueClash(error)) throw error
    bid = await write()
  }
  await recount(req, tender)
  const result = receipt(bid, tender)
  await emailReceipt(req, municipality, who, tender, result)
  return result
}

const emailReceipt = async (
  req: PayloadRequest,
  municipality: MunicipalityRef,
  who: Doc,
  tender: Doc,
  r: ReturnType<typeof receipt>,
) => {
  const m = await municipalityDoc(req, municipality.id)
  const lang = isLanguage(who.language) ? who.language : requestLanguage(req)
  try {
    await notify(req.payload, {
      to: who.email as string,
      template: r.status === 'withdrawn' ? templates.bidWithdrawn : templates.bidReceipt,
      locale: lang,
      data: {
        name: who.name,
        reference: tender.reference,
        bid: r.bidId,
        version: r.version,
        at: `${new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'long', timeZone: m.timezone || 'UTC' }).format(new Date(r.submittedAt))} (${r.submittedAt})`,
        sha256: r.sha256,
        url: portalLink(municipality.slug, lang, 'account/bids'),
      },
    })
  } catch (error) {
    req.payload.logger.error({ err: error }, 'MuniCompra: email not sent')
  }
}

export const withdrawBid = async (req: PayloadRequest, municipality: MunicipalityRef, tenderRef: unknown) => {
  const who = person(req)
  const tender = await findTender(req, municipality, tenderRef)
  const supplier = await mySupplier(req, municipality)
  const bid = supplier
    ? ((
        await req.payload.find({
          collection: 'bids' as never,
          where: { uniqueKey: { equals: `${tender.id}:${supplier.id}` } },
          depth: 0,
          limit: 1,
          overrideAccess: true,
          req,
        })
      ).docs[0] as unknown as Doc | undefined)
    : undefined
  if (!bid || bid.status !== 'submitted') throw fail(t(req, 'noBid', { reference: tender.reference }), 404)
  await assertOpenForBids(req, tender)
  const updated = (await req.payload.update({
    collection: 'bids' as never,
    id: bid.id,
    // The sealed content goes: a withdrawn bid is never opened.
    data: { status: 'withdrawn', sealed: null, submittedAt: new Date().toISOString() } as never,
    overrideAccess: true,
    req: systemWrite(req),
    context: internal(),
    depth: 0,
  })) as unknown as Doc
  await recount(req, tender)
  const result = receipt(updated, tender)
  await emailReceipt(req, municipality, who, tender, result)
  return result
}

export const myBids = async (req: PayloadRequest, municipality: MunicipalityRef) => {
  const who = person(req)
  const { docs } = await req.payload.find({
    collection: 'bids' as never,
    where: { and: [{ tenant: { equals: municipality.id } }, { bidder: { equals: who.id } }] },
    depth: 0,
    sort: '-submittedAt',
    limit: 200,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const tenderIds = [...new Set((docs as unknown as Doc[]).map((b) => idOf(b.tender)))]
  const tenders = new Map(
    tenderIds.length
      ? (
          await req.payload.find({
            collection: 'tenders' as never,
            where: { id: { in: tenderIds } },
            depth: 0,
            pagination: false,
            locale: requestLanguage(req) as never,
            overrideAccess: true,
            req,
          })
        ).docs.map((d: any) => [String(d.id), d as Doc])
      : [],
  )
  return (docs as unknown as Doc[]).map((bid) => receipt(bid, tenders.get(String(idOf(bid.tender)))!))
}
