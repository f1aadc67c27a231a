/* eslint-disable @typescript-eslint/no-explicit-any -- documents read here are loosely shaped */
/**
 * A verified supplier submits (or replaces) a sealed bid before the deadline; every input is checked
 * first, only then is anything written.
 */
import type { PayloadRequest } from 'payload'

import {
  DOCUMENT_TYPES,
  idOf,
  inspectUpload,
  type MunicipalityRef,
  safeFileName,
  uploadMaxBytes,
  uploadProblemText,
} from '@e-muni/sdk'
import { fail, internal, person, systemWrite, t } from '../../hooks/common'
import { masterKey, seal } from '../sealing'
import {
  assertOpenForBids,
  type Doc,
  type FieldError,
  findTender,
  invalid,
  isUniqueClash,
  verifiedSupplier,
} from './common'
import { recount } from './bidCount'
import { emailReceipt, receipt } from './receipts'

export type BidInput = {
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

export const submitBid = async (req: PayloadRequest, municipality: MunicipalityRef, input: BidInput) => {
  const who = person(req)
  const key = masterKey()
  if ('problem' in key) {
    req.payload.logger.error(`MuniCompra: bids refused: ${key.problem}`)
    throw fail(t(req, 'sealingUnavailable'), 503)
  }
  const tender = await findTender(req, municipality, input.tender)
  const supplier = await verifiedSupplier(req, municipality)
  const invited = ((tender.invitedSuppliers as unknown[]) ?? []).map((s) => String(idOf(s)))
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
        collection: 'bids',
        where: { uniqueKey: { equals: uniqueKey } },
        depth: 0,
        limit: 1,
        overrideAccess: true,
      })
    ).docs[0] as unknown as Doc | undefined
    const data = { sealed, sha256, submittedAt, status: 'submitted' as const, bidder: who.id }
    if (existing)
      return (await req.payload.update({
        collection: 'bids',
        id: existing.id,
        data: { ...data, version: ((existing.version as number) ?? 1) + 1 },
        overrideAccess: true,
        req: systemWrite(req),
        context: internal(),
        depth: 0,
      })) as unknown as Doc
    return (await req.payload.create({
      collection: 'bids',
      data: {
        ...data,
        tenant: municipality.id,
        tender: tender.id,
        supplier: supplier.id,
        supplierName: supplier.legalName,
        uniqueKey,
        version: 1,
        opened: false,
      },
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
