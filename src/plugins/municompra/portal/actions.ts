'use server'
/**
 * What a supplier does on the portal, through MuniCompra's GraphQL mutations: register, ask a question,
 * submit (or replace) and withdraw a sealed bid. Brief checks here; the CMS decides the rest (deadlines by
 * its clock, verification, duplicates) and its message is shown as it comes.
 */
import { redirect } from 'next/navigation'

import { cmsMutate, type FieldErrors, formPortal, getToken, keep, text } from '@e-muni/sdk/portal'
import type { FormState } from '@e-muni/sdk/portal/client'

import {
  ProcurementAskClarificationDocument,
  ProcurementRegisterSupplierDocument,
  ProcurementSubmitBidDocument,
  ProcurementWithdrawBidDocument,
} from './gql'
import { messages } from './messages'

/** Files of a bid travel base64-encoded inside the GraphQL body (1 MiB): 700 KB of files at most. */
const MAX_FILES = 10
const MAX_FILE_BYTES = 700 * 1024
const REFERENCE = /^[A-Za-z0-9.-]{1,60}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The portal of the form, the person's token (else to the log-in page, back to `back`). */
const start = async (form: FormData, back: string) => {
  const portal = formPortal(form, [messages])
  if (!portal.slug) redirect('/')
  const token = await getToken()
  if (!token) redirect(`${portal.base}/account/login?next=${encodeURIComponent(`${portal.base}${back}`)}`)
  return { ...portal, slug: portal.slug, token }
}

const reference = (form: FormData) => {
  const value = text(form, 'tender')
  return REFERENCE.test(value) ? value : ''
}

/** CMS field paths (`contacts.0.email`, `documents.2`) → this portal's field names. */
const fieldNames = (fields: FieldErrors, rename: (path: string) => string) =>
  Object.fromEntries(Object.entries(fields).map(([path, message]) => [rename(path), message]))

export async function registerSupplier(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { t, lang, slug, base, token } = await start(form, '/tenders/register')
  const names = ['legalName', 'country', 'taxId', 'address', 'contactName', 'contactEmail', 'contactPhone']
  const values = keep(form, names)
  const categories = form.getAll('categories').map(String)
  values.categories = categories.join(',')
  const fields: Record<string, string> = {}
  if (!values.legalName) fields.legalName = t('procurement.error.required')
  if (!/^[A-Za-z]{2}$/.test(values.country)) fields.country = t('procurement.error.country')
  if (!values.taxId) fields.taxId = t('procurement.error.required')
  if (!categories.length) fields.categories = t('procurement.error.categories')
  if (!values.contactName) fields.contactName = t('procurement.error.required')
  if (values.contactEmail && !EMAIL.test(values.contactEmail)) fields.contactEmail = t('procurement.error.email')
  if (Object.keys(fields).length) return { ok: false, fields, values }
  const result = await cmsMutate(
    ProcurementRegisterSupplierDocument,
    {
      municipality: slug,
      legalName: values.legalName,
      country: values.country.toUpperCase(),
      taxId: values.taxId,
      categories,
      address: values.address || null,
      contacts: [{ name: values.contactName, email: values.contactEmail || null, phone: values.contactPhone || null }],
    },
    { token, lang },
  )
  if (!result.ok)
    return {
      ok: false,
      message: result.message,
      fields: fieldNames(result.fields, (p) =>
        p.startsWith('contacts.')
          ? `contact${p
              .split('.')
              .pop()!
              .replace(/^./, (c) => c.toUpperCase())}`
          : p,
      ),
      values,
    }
  redirect(`${base}/tenders/register?done=1`)
}

export async function askClarification(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const tender = reference(form)
  const { t, lang, slug, token } = await start(form, `/tenders/${tender}/ask`)
  const question = text(form, 'question')
  if (!question || question.length > 2000)
    return { ok: false, fields: { question: t('procurement.error.question') }, values: { question } }
  const result = await cmsMutate(
    ProcurementAskClarificationDocument,
    { municipality: slug, tender, question },
    { token, lang },
  )
  if (!result.ok) return { ok: false, message: result.message, fields: result.fields, values: { question } }
  return { ok: true, message: t('procurement.ask.sent') }
}

export async function submitBid(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const tender = reference(form)
  const { t, lang, slug, base, token } = await start(form, `/tenders/${tender}/bid`)
  const values = keep(form, ['amount', 'note'])
  const files = form.getAll('documents').filter((f): f is File => f instanceof File && f.size > 0)
  const fields: Record<string, string> = {}
  // "1500000", "1500000.50" or "1500000,50"; no thousands separators (they differ between languages).
  const raw = values.amount.replace(/\s/g, '')
  const amount = /^\d+([.,]\d{1,2})?$/.test(raw) ? Number(raw.replace(',', '.')) : Number.NaN
  if (!(amount > 0)) fields.amount = t('procurement.error.amount')
  if (files.length > MAX_FILES) fields.documents = t('procurement.error.tooManyFiles')
  else if (files.reduce((n, f) => n + f.size, 0) > MAX_FILE_BYTES)
    fields.documents = t('procurement.error.filesTooLarge')
  if (Object.keys(fields).length) return { ok: false, fields, values }
  const documents = await Promise.all(
    files.map(async (f) => ({ filename: f.name, base64: Buffer.from(await f.arrayBuffer()).toString('base64') })),
  )
  const result = await cmsMutate(
    ProcurementSubmitBidDocument,
    {
      municipality: slug,
      tender,
      amount,
      currency: text(form, 'currency') || null,
      note: values.note || null,
      documents: documents.length ? documents : null,
    },
    { token, lang },
  )
  if (!result.ok)
    return {
      ok: false,
      message: result.message,
      fields: fieldNames(result.fields, (p) => (p.startsWith('documents') ? 'documents' : p)),
      values,
    }
  redirect(`${base}/tenders/${encodeURIComponent(tender)}/bid?sent=${encodeURIComponent(result.data.submitBid.bidId)}`)
}

export async function withdrawBid(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const tender = reference(form)
  const { lang, slug, base, token } = await start(form, `/tenders/${tender}/bid`)
  const result = await cmsMutate(ProcurementWithdrawBidDocument, { municipality: slug, tender }, { token, lang })
  if (!result.ok) return { ok: false, message: result.message }
  redirect(`${base}/tenders/${encodeURIComponent(tender)}/bid?withdrawn=1`)
}
