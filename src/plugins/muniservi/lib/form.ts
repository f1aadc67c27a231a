/**
 * A service's online form: the field types it may hold, and the server-side check of a submission's
 * answers and files against it. Every problem is reported, each named by its field; nothing is
 * stored unless there are none.
 */
import type { PayloadRequest } from 'payload'

import { DOCUMENT_TYPES, inspectUpload, moduleText, uploadMaxBytes, uploadProblemText } from '@e-muni/sdk'
import { MODULE } from '../i18n/index'

export const FIELD_TYPES = [
  'text',
  'textarea',
  'number',
  'date',
  'email',
  'phone',
  'select',
  'multiselect',
  'checkbox',
  'file',
  'location',
] as const
export type FieldType = (typeof FIELD_TYPES)[number]

export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', ...DOCUMENT_TYPES]
export const MAX_FILES_PER_FIELD = 5

export type FormField = {
  key: string
  label?: string | null
  help?: string | null
  type: FieldType
  required?: boolean | null
  options?: { value: string; label?: string | null }[] | null
  min?: number | null
  max?: number | null
}

export type IncomingFile = { field: string; name: string; data: Buffer }
export type Location = { lat?: number; lng?: number; address?: string }
export type FieldError = { path: string; message: string }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE = /^\+?[0-9 ()-]{6,20}$/
const DATE = /^\d{4}-\d{2}-\d{2}$/
/** An ISO 8601 date-time (what Open311's `datetime` carries): its date as written is the answer. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/i

/** A value as text for a message: what a JSON client sent may not convert (`{ "toString": 1 }` throws). */
const shown = (v: unknown): string => {
  try {
    return String(v)
  } catch {
    return '?'
  }
}

const isBlank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)

const asNumber = (v: unknown): number | undefined => {
  if (typeof v === 'number' && Number.isFinite(v)) return v
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return Number(v)
  return undefined
}

/** A point written `lat,long` (how Open311 advertises a location attribute). */
const POINT = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/

/** A location answer: `{ lat, lng, address }` (also `long`, as Open311 spells it), or a `lat,long` text. */
export const parseLocation = (v: unknown): Location | undefined => {
  if (typeof v === 'string') {
    const point = POINT.exec(v)
    return point ? parseLocation({ lat: point[1], lng: point[2] }) : undefined
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined
  const o = v as Record<string, unknown>
  const lat = asNumber(o.lat)
  const lng = asNumber(o.lng ?? o.long)
  const address = typeof o.address === 'string' ? o.address.trim().slice(0, 500) : undefined
  const hasPoint = lat !== undefined || lng !== undefined
  if (hasPoint && (lat === undefined || lng === undefined || Math.abs(lat) > 90 || Math.abs(lng) > 180))
    return undefined
  if (!hasPoint && !address) return undefined
  return { ...(hasPoint ? { lat, lng } : {}), ...(address ? { address } : {}) }
}

export type Checked = {
  errors: FieldError[]
  /** the answers as stored (numbers as numbers, booleans as booleans); files are added after upload */
  answers: Record<string, unknown>
  /** the first location answer, for the request's own location */
  location?: Location
  /** files that passed, with their detected type */
  files: (IncomingFile & { mimetype: string })[]
}

export const checkAnswers = async (
  req: Pick<PayloadRequest, 'i18n' | 'headers'>,
  form: FormField[],
  rawAnswers: unknown,
  files: IncomingFile[] = [],
): Promise<Checked> => {
  const t = (key: string, vars: Record<string, string | number> = {}) => moduleText(req, MODULE, key, vars)
  const errors: FieldError[] = []
  const answers: Record<string, unknown> = {}
  const accepted: Checked['files'] = []
  let location: Location | undefined
  const given =
    rawAnswers && typeof rawAnswers === 'object' && !Array.isArray(rawAnswers)
      ? (rawAnswers as Record<string, unknown>)
      : {}
  const byKey = new Map(form.map((f) => [f.key, f]))
  for (const key of Object.keys(given)) {
    if (!byKey.has(key)) errors.push({ path: `answers.${key}`, message: t('unknownField', { field: key }) })
  }
  for (const file of files) {
    const field = byKey.get(file.field)
    if (!field || field.type !== 'file')
      errors.push({ path: `answers.${file.field}`, message: t('fileNotField', { field: file.field }) })
  }

  for (const field of form) {
    const path = `answers.${field.key}`
    const fail = (key: string, vars?: Record<string, string | number>) => errors.push({ path, message: t(key, vars) })
    if (field.type === 'file') {
      const mine = files.filter((f) => f.field === field.key)
      if (!isBlank(given[field.key])) fail('fileExpected')
      else if (!mine.length) {
        if (field.required) fail('required')
      } else if (mine.length > MAX_FILES_PER_FIELD) fail('tooManyFiles', { max: MAX_FILES_PER_FIELD })
      const maxBytes = field.max ? Math.min(field.max * 1024 * 1024, uploadMaxBytes()) : uploadMaxBytes()
      for (const file of mine) {
        if (!file.data?.length) {
          fail('fileUnreadable', { name: file.name })
          continue
        }
        if (file.data.length > maxBytes) {
          fail('fileTooLarge', {
            name: file.name,
            size: (file.data.length / 1048576).toFixed(1),
            max: (maxBytes / 1048576).toFixed(1),
          })
          continue
        }
        // Judged by its bytes, as every upload (type, structure, polyglots, pixel floods, bombs).
        const inspected = await inspectUpload(file.data, ATTACHMENT_TYPES)
        if (!inspected.ok) {
          if (inspected.problem === 'type') fail('fileType', { name: file.name, type: inspected.detected ?? '?' })
          else errors.push({ path, message: `${file.name}: ${uploadProblemText(req, inspected)}` })
          continue
        }
        accepted.push({ ...file, data: inspected.data, mimetype: inspected.mime })
      }
      continue
    }
    const value = given[field.key]
    if (isBlank(value)) {
      if (field.required) fail('required')
      continue
    }
    const options = (field.options ?? []).map((o) => o.value)
    switch (field.type) {
      case 'text':
      case 'textarea': {
        if (typeof value !== 'string') {
          fail('notText')
          break
        }
        const text = value.trim()
        const max = field.max ?? (field.type === 'text' ? 500 : 5000)
        if (field.required && !text) fail('required')
        else if (field.min && text.length < field.min) fail('tooShort', { min: field.min })
        else if (text.length > max) fail('tooLong', { max })
        else answers[field.key] = text
        break
      }
      case 'number': {
        const n = asNumber(value)
        if (n === undefined) fail('notNumber')
        else if (field.min !== null && field.min !== undefined && n < field.min) fail('belowMin', { min: field.min })
        else if (field.max !== null && field.max !== undefined && n > field.max) fail('aboveMax', { max: field.max })
        else answers[field.key] = n
        break
      }
      case 'date': {
        // A date, or an ISO 8601 date-time whose date (as written, in its own offset) is the answer.
        const text = typeof value === 'string' ? value.trim() : ''
        const day = DATE.test(text)
          ? text
          : DATE_TIME.test(text) && !Number.isNaN(Date.parse(text))
            ? text.slice(0, 10)
            : ''
        const ok = day !== '' && !Number.isNaN(Date.parse(`${day}T00:00:00Z`))
        if (!ok || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) fail('notDate')
        else answers[field.key] = day
        break
      }
      case 'email':
        if (typeof value !== 'string' || !EMAIL.test(value.trim()) || value.length > 254) fail('notEmail')
        else answers[field.key] = value.trim().toLowerCase()
        break
      case 'phone':
        if (typeof value !== 'string' || !PHONE.test(value.trim())) fail('notPhone')
        else answers[field.key] = value.trim()
        break
      case 'select':
        if (typeof value !== 'string' || !options.includes(value))
          fail('notOption', { value: shown(value), options: options.join(', ') })
        else answers[field.key] = value
        break
      case 'multiselect': {
        const list = typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value
        if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) {
          fail('notList')
          break
        }
        const unknown = (list as string[]).filter((v) => !options.includes(v))
        if (unknown.length) fail('notOption', { value: unknown.join(', '), options: options.join(', ') })
        else if (field.min && list.length < field.min) fail('tooFewChoices', { min: field.min })
        else if (field.max && list.length > field.max) fail('tooManyChoices', { max: field.max })
        else answers[field.key] = [...new Set(list as string[])]
        break
      }
      case 'checkbox': {
        const b = value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined
        if (b === undefined) fail('notBoolean')
        else if (field.required && !b) fail('required')
        else answers[field.key] = b
        break
      }
      case 'location': {
        const loc = parseLocation(value)
        if (!loc) fail('notLocation')
        else {
          answers[field.key] = loc
          location ??= loc
        }
        break
      }
    }
  }
  return { errors, answers, location, files: accepted }
}

/** Problems in a form definition itself (what an administrator saves), as sentences. */
export const formProblems = (form: FormField[]): string[] => {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const [i, field] of form.entries()) {
    const where = `#${i + 1} (${field.key || '?'})`
    if (!/^[a-z][a-z0-9_]{0,39}$/.test(field.key ?? '')) problems.push(`${where}: key a-z, 0-9, _`)
    if (seen.has(field.key)) problems.push(`${where}: key twice`)
    seen.add(field.key)
    if ((field.type === 'select' || field.type === 'multiselect') && !(field.options ?? []).length)
      problems.push(`${where}: options`)
    const values = (field.options ?? []).map((o) => o.value)
    if (new Set(values).size !== values.length) problems.push(`${where}: option twice`)
    if (field.min != null && field.max != null && field.min > field.max) problems.push(`${where}: min > max`)
  }
  return problems
}
