/**
 * A verified supplier submits (or replaces) a sealed bid before the deadline (GraphQL `submitBid`, REST POST
 * /api/m/{municipality}/municompra/submitBid, the same fields as JSON); every input is checked first, only then
 * is anything written.
 */
import type { PayloadRequest } from 'payload'

import {
  defineCommand,
  DOCUMENT_TYPES,
  type FieldError,
  fieldErrors,
  idOf,
  inspectUpload,
  isObject,
  safeFileName,
  uploadMaxBytes,
  uploadProblemText,
} from '@e-muni/sdk'
import { fail, internal, person, systemWrite, t } from '../hooks/common'
import { recount } from '../lib/actions/bidCount'
import { assertOpenForBids, type Doc, findTender, isUniqueClash, verifiedSupplier } from '../lib/actions/common'
import { isFiniteNumber, isOptionalText, listInput, tenderInput } from '../lib/actions/input'
import { emailReceipt, receipt } from '../lib/actions/receipts'
import { masterKey, seal } from '../lib/sealing'

type BidLine = { description: string; amount: number }
type BidFile = { filename: string; base64: string }
type BidInput = {
  tender: string
  amount: number
  currency: string | null
  lines: BidLine[] | null
  note: string | null
  documents: BidFile[] | null
}

const MAX_DOCUMENTS = 10

/** The shapes of GraphQL's arguments (`BidLineInput`, `BidDocumentInput`); their values are checked by `checkBid`. */
const bidInput = (req: PayloadRequest, raw: Record<string, unknown>): BidInput => {
  const tender = tenderInput(req, raw)
  const errors: FieldError[] = []
  if (!isFiniteNumber(raw.amount)) errors.push({ path: 'amount', message: t(req, 'badAmount') })
  if (!isOptionalText(raw.currency)) errors.push({ path: 'currency', message: t(req, 'badCurrencyCode') })
  const lines = listInput(raw.lines, 'lines', t(req, 'badLines'), errors, (line, at) => {
    const { description, amount } = isObject(line) ? line : {}
    if (typeof description !== 'string')
      errors.push({ path: `${at}.description`, message: t(req, 'required1to', { max: 500 }) })
    if (!isFiniteNumber(amount)) errors.push({ path: `${at}.amount`, message: t(req, 'badAmount') })
    return typeof description === 'string' && isFiniteNumber(amount) ? { description, amount } : undefined
  })
  if (!isOptionalText(raw.note)) errors.push({ path: 'note', message: t(req, 'textUpTo', { max: 2000 }) })
  const documents = listInput(
    raw.documents,
    'documents',
    t(req, 'badDocuments', { max: MAX_DOCUMENTS }),
    errors,
    (file, at) => {
      const { filename, base64 } = isObject(file) ? file : {}
      if (typeof filename !== 'string') errors.push({ path: at, message: t(req, 'fileName') })
      if (typeof base64 !== 'string') errors.push({ path: at, message: t(req, 'fileBase64') })
      return typeof filename === 'string' && typeof base64 === 'string' ? { filename, base64 } : undefined
    },
  )
  if (errors.length) throw fieldErrors(req, errors)
  return {
    tender,
    amount: raw.amount as number,
    currency: (raw.currency as string | null | undefined) ?? null,
    lines,
    note: (raw.note as string | null | undefined) ?? null,
    documents,
  }
}

/** Checks a bid's content; the errors name each field. */
const checkBid = async (req: PayloadRequest, tender: Doc, input: BidInput) => {
  const errors: FieldError[] = []
  const amount = input.amount
  if (!Number.isFinite(amount) || amount <= 0 || amount > 1e13)
    errors.push({ path: 'amount', message: t(req, 'badAmount') })
  const currency = String(input.currency ?? tender.value?.currency ?? '').toUpperCase()
  if (tender.value?.currency && currency !== tender.value.currency)
    errors.push({ path: 'currency', message: t(req, 'badCurrency', { currency: tender.value.currency }) })
  const lines: { description: string; amount: number }[] = []
  if (input.lines !== null) {
    if (input.lines.length > 200) errors.push({ path: 'lines', message: t(req, 'badLines') })
    else
      input.lines.forEach((line, i) => {
        const description = line.description.trim()
        const value = line.amount
        if (!description || description.length > 500)
          errors.push({ path: `lines.${i}.description`, message: t(req, 'required1to', { max: 500 }) })
        if (!Number.isFinite(value) || value < 0)
          errors.push({ path: `lines.${i}.amount`, message: t(req, 'badAmount') })
        lines.push({ description, amount: value })
      })
  }
  const note = (input.note ?? '').trim()
  if (note.length > 2000) errors.push({ path: 'note', message: t(req, 'required1to', { max: 2000 }) })
  const documents: { name: string; mimeType: string; base64: string }[] = []
  const files = input.documents ?? []
  if (files.length > MAX_DOCUMENTS)
    errors.push({ path: 'documents', message: t(req, 'tooManyDocuments', { max: MAX_DOCUMENTS }) })
  for (const [i, file] of files.slice(0, MAX_DOCUMENTS).entries()) {
    const name = file.filename.trim().replace(/[/\\]/g, '_').slice(0, 200)
    const data = /^[A-Za-z0-9+/=\s]*$/.test(file.base64) ? Buffer.from(file.base64, 'base64') : Buffer.alloc(0)
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
  if (errors.length) throw fieldErrors(req, errors)
  return { amount, currency, lines, note, documents }
}

export const submitBid = defineCommand({
  name: 'submitBid',
  authorize: ({ req }) => {
    person(req)
  },
  input: (raw, { req }) => bidInput(req, raw),
  run: async ({ req, municipality }, input) => {
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
          collection: 'compra-bids',
          where: { uniqueKey: { equals: uniqueKey } },
          depth: 0,
          limit: 1,
          overrideAccess: true,
        })
      ).docs[0] as unknown as Doc | undefined
      const data = { sealed, sha256, submittedAt, status: 'submitted' as const, bidder: who.id }
      if (existing)
        return (await req.payload.update({
          collection: 'compra-bids',
          id: existing.id,
          data: { ...data, version: ((existing.version as number) ?? 1) + 1 },
          overrideAccess: true,
          req: systemWrite(req),
          context: internal(),
          depth: 0,
        })) as unknown as Doc
      return (await req.payload.create({
        collection: 'compra-bids',
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
  },
})
