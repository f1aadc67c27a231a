/**
 * A service's online form as the portal renders and checks it: the CMS's form definition turned into
 * labelled fields (with their native constraints), and the server-side check of a posted form, which
 * mirrors the CMS's own (the CMS checks again, and its answer wins).
 */
import type { Translate } from '@e-muni/sdk/portal/i18n'

import type { ServiceFormField } from './data'

export type FieldType = NonNullable<ServiceFormField['type']>

export type FormFieldSpec = {
  key: string
  /** the control's name: `answers.<key>` (the CMS names its errors the same way) */
  name: string
  type: FieldType
  label: string
  hint?: string
  required: boolean
  options: { value: string; label: string }[]
  min?: number
  max?: number
  /** a file field's largest file, in bytes */
  maxBytes?: number
}

/**
 * Files travel to the CMS as multipart parts of its `submitServiceRequest` command: each up to the upload limit
 * (`UPLOAD_MAX_BYTES`, read by the portal's server from the same variable as the CMS; 10 MiB by default, or the
 * field's own smaller maximum), at most five in one request (the CMS's `MULTIPART_COMMAND_FILES`).
 */
export const MAX_FILES = 5
export const MAX_FILES_PER_FIELD = 5
export const uploadMaxBytes = () => Number(process.env.UPLOAD_MAX_BYTES || 10 * 1024 * 1024)
const MB = 1024 * 1024
/** Megabytes with one decimal, as the messages show them. */
export const megabytes = (bytes: number) => (Math.round((bytes / MB) * 10) / 10).toString()
export const ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,.docx,.xlsx,.odt,.ods,application/pdf,image/jpeg,image/png,image/webp'
/** What the CMS accepts as a phone (also the input's `pattern`, written for the `v` flag). */
export const PHONE_PATTERN = '\\+?[0-9 \\(\\)\\-]{6,20}'
const PHONE = /^\+?[0-9 ()-]{6,20}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const DATE = /^\d{4}-\d{2}-\d{2}$/
const NUMBER = /^-?\d+(\.\d+)?$/

const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

const num = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)

/** The fields of a service's form, labelled and hinted in the page's language. */
export const formSpec = (form: ServiceFormField[], t: Translate): FormFieldSpec[] =>
  form
    .filter((f): f is ServiceFormField & { key: string; type: FieldType } => Boolean(f.key && f.type))
    .map((f) => {
      let min = num(f.min)
      let max = num(f.max)
      if (f.type === 'text' || f.type === 'textarea') max ??= f.type === 'text' ? 500 : 5000
      const hints = [f.help ?? '']
      if ((f.type === 'text' || f.type === 'textarea') && min !== undefined)
        hints.push(
          min === max ? t('services.form.exactLength', { n: min }) : t('services.form.lengthHint', { min, max: max! }),
        )
      if (f.type === 'number' && (min !== undefined || max !== undefined))
        hints.push(t('services.form.rangeHint', { min: min ?? '−∞', max: max ?? '∞' }))
      if (f.type === 'multiselect' && (min !== undefined || max !== undefined))
        hints.push(t('services.form.choices', { min: min ?? 0, max: max ?? f.options?.length ?? 0 }))
      // A file field's `max` is in megabytes (the CMS's form definition), within the upload limit.
      const maxBytes = f.type === 'file' ? Math.min(max ? max * MB : Infinity, uploadMaxBytes()) : undefined
      if (maxBytes) hints.push(t('services.form.files', { n: MAX_FILES, max: megabytes(maxBytes) }))
      if (f.type === 'date' || f.type === 'checkbox' || f.type === 'location' || f.type === 'select')
        min = max = undefined
      return {
        key: f.key,
        name: `answers.${f.key}`,
        type: f.type,
        label: f.label || f.key,
        hint: hints.filter(Boolean).join(' ') || undefined,
        required: Boolean(f.required),
        options: (f.options ?? []).map((o) => ({ value: o.value ?? '', label: o.label || o.value || '' })),
        min,
        max,
        maxBytes,
      }
    })

export type Attachment = { field: string; file: File }

/**
 * A file kept at the CMS between "Continue" and "Send" (its `stageServiceAttachments` receipt): carried in the
 * page as a hidden field `kept` (JSON), shown by name and size, claimed by "Send" with its `token`.
 */
export type Kept = { token: string; field: string; name: string; size: number }
const MAX_KEPT = 25

/** The kept files a posted form carries, less those ticked for removal (`remove`, by token). */
export const readKept = (form: FormData): Kept[] => {
  const removed = new Set(form.getAll('remove').map(String))
  const kept: Kept[] = []
  for (const raw of form.getAll('kept').slice(0, MAX_KEPT)) {
    try {
      const k = JSON.parse(String(raw)) as Partial<Kept>
      if (typeof k.token !== 'string' || typeof k.field !== 'string' || typeof k.name !== 'string') continue
      if (removed.has(k.token) || kept.some((c) => c.token === k.token)) continue
      kept.push({ token: k.token, field: k.field, name: k.name, size: Number(k.size) || 0 })
    } catch {
      // not a receipt: ignored (the CMS would refuse it anyway)
    }
  }
  return kept
}

export type Checked = {
  answers: Record<string, unknown>
  attachments: Attachment[]
  errors: Record<string, string>
  /** what to put back in the form after a refusal (lists joined by commas; never files) */
  values: Record<string, string>
}

/** The server-side check of a posted form against the service's fields (with the files kept from a step before). */
export const checkForm = (fields: FormFieldSpec[], form: FormData, t: Translate, kept: Kept[] = []): Checked => {
  const answers: Record<string, unknown> = {}
  const attachments: Attachment[] = []
  const errors: Record<string, string> = {}
  const values: Record<string, string> = {}
  let fileCount = 0
  for (const f of fields) {
    const fail = (key: string, params?: Record<string, string | number>) => {
      errors[f.name] ??= t(`services.error.${key}`, params)
    }
    const value = String(form.get(f.name) ?? '').trim()
    if (f.type === 'file') {
      const files = form.getAll(f.name).filter((v): v is File => typeof v === 'object' && v.size > 0)
      const already = kept.filter((k) => k.field === f.key).length
      if (!files.length && !already) {
        if (f.required) fail('required')
      } else if (files.length + already > MAX_FILES_PER_FIELD) fail('tooManyFiles', { max: MAX_FILES_PER_FIELD })
      for (const file of files) attachments.push({ field: f.key, file })
      fileCount += files.length + already
      const tooBig = files.find((file) => file.size > (f.maxBytes ?? uploadMaxBytes()))
      if (tooBig)
        fail('fileSize', {
          name: tooBig.name,
          size: megabytes(tooBig.size),
          max: megabytes(f.maxBytes ?? uploadMaxBytes()),
        })
      else if (fileCount > MAX_FILES) fail('tooManyFiles', { max: MAX_FILES })
      continue
    }
    if (f.type === 'multiselect') {
      const chosen = [...new Set(form.getAll(f.name).map(String))]
      values[f.name] = chosen.join(',')
      const known = new Set(f.options.map((o) => o.value))
      if (!chosen.length) {
        if (f.required) fail('required')
      } else if (chosen.some((c) => !known.has(c))) fail('option')
      else if (f.min !== undefined && chosen.length < f.min) fail('tooFew', { min: f.min })
      else if (f.max !== undefined && chosen.length > f.max) fail('tooMany', { max: f.max })
      else answers[f.key] = chosen
      continue
    }
    if (f.type === 'location') {
      const part = (p: string) => String(form.get(`${f.name}.${p}`) ?? '').trim()
      const [address, lat, lng] = [part('address'), part('lat'), part('lng')]
      Object.assign(values, { [`${f.name}.address`]: address, [`${f.name}.lat`]: lat, [`${f.name}.lng`]: lng })
      const point = lat !== '' || lng !== ''
      if (!address && !point) {
        if (f.required) fail('required')
      } else if (
        point &&
        !(NUMBER.test(lat) && NUMBER.test(lng) && Math.abs(Number(lat)) <= 90 && Math.abs(Number(lng)) <= 180)
      )
        fail('location')
      else
        answers[f.key] = { ...(address ? { address } : {}), ...(point ? { lat: Number(lat), lng: Number(lng) } : {}) }
      continue
    }
    if (f.type === 'checkbox') {
      const checked = value === 'true'
      values[f.name] = checked ? 'true' : ''
      if (f.required && !checked) fail('required')
      else if (checked) answers[f.key] = true
      continue
    }
    values[f.name] = value
    if (!value) {
      if (f.required) fail('required')
      continue
    }
    switch (f.type) {
      case 'text':
      case 'textarea':
        if (f.min !== undefined && value.length < f.min) fail('tooShort', { min: f.min })
        else if (f.max !== undefined && value.length > f.max) fail('tooLong', { max: f.max })
        else answers[f.key] = value
        break
      case 'number':
        if (!NUMBER.test(value)) fail('number')
        else if (f.min !== undefined && Number(value) < f.min) fail('belowMin', { min: f.min })
        else if (f.max !== undefined && Number(value) > f.max) fail('aboveMax', { max: f.max })
        else answers[f.key] = Number(value)
        break
      case 'date':
        if (!DATE.test(value) || !isRealDate(value)) fail('date')
        else answers[f.key] = value
        break
      case 'email':
        if (!EMAIL.test(value) || value.length > 254) fail('email')
        else answers[f.key] = value
        break
      case 'phone':
        if (!PHONE.test(value)) fail('phone')
        else answers[f.key] = value
        break
      case 'select':
        if (!f.options.some((o) => o.value === value)) fail('option')
        else answers[f.key] = value
        break
    }
  }
  return { answers, attachments, errors, values }
}
