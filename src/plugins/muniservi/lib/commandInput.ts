/**
 * Reading a command's input (commands/*.ts): over GraphQL the argument types have checked it already, over REST
 * (`POST /api/m/{municipality}/muniservi/{command}`) it is any JSON object. What the types guarantee is checked
 * here again, each wrong field named with the module's message, all of them in one 400 (`fieldErrors`). Values
 * GraphQL lets through are returned as GraphQL gives them (an empty text stays empty), so that GraphQL callers
 * meet the same checks, in the same order, as before.
 */
import type { PayloadRequest } from 'payload'

import { fieldErrors, isObject, type FieldError } from '@e-muni/sdk'
import { t } from '../kit'
import { MAX_STAGED } from './staging'

export type AttachmentInput = { field: string; filename: string; base64: string }
export type LocationInput = { lat?: number | null; lng?: number | null; address?: string | null }

/** At most this many wrong files are named: a list of a million nulls is not answered with a million errors. */
const MAX_WRONG_FILES = 10

const absent = (value: unknown) => value === undefined || value === null

export const commandInput = (req: Pick<PayloadRequest, 'i18n' | 'headers'>, raw: Record<string, unknown>) => {
  const errors: FieldError[] = []
  const wrong = (path: string, key: string) => {
    errors.push({ path, message: t(req, key) })
  }
  /** A required text (`String!`), as given; `missing` is the message when it is absent. */
  const text = (field: string, missing = 'required'): string => {
    const value = raw[field]
    if (typeof value === 'string') return value
    wrong(field, absent(value) ? missing : 'notText')
    return ''
  }
  /** An optional text (`String`): a text, null or absent. */
  const optionalText = (field: string, value = raw[field], path = field): string | null | undefined => {
    if (absent(value) || typeof value === 'string') return value as string | null | undefined
    wrong(path, 'notText')
    return undefined
  }
  return {
    text,
    optionalText,
    /** A required reference (a service's code or id): a text as given, or a number as text. */
    reference: (field: string): string => {
      const value = raw[field]
      if (typeof value === 'number' && Number.isFinite(value)) return String(value)
      return text(field)
    },
    /** A required whole number (`Int!`), with the module's message `key` when it is anything else. */
    integer: (field: string, key: string): number => {
      const value = raw[field]
      if (typeof value === 'number' && Number.isInteger(value)) return value
      wrong(field, key)
      return 0
    },
    /** `ServiceRequestLocationInput`: `{ lat, lng, address }`, each optional; only those fields are kept. */
    location: (field: string): LocationInput | null | undefined => {
      const value = raw[field]
      if (absent(value)) return value as null | undefined
      if (!isObject(value)) {
        wrong(field, 'notLocation')
        return undefined
      }
      const location: LocationInput = {}
      for (const key of ['lat', 'lng'] as const) {
        const n = value[key]
        if (absent(n) || typeof n === 'number') {
          if (n !== undefined) location[key] = n as number | null
        } else wrong(`${field}.${key}`, 'notNumber')
      }
      const address = optionalText('address', value.address, `${field}.address`)
      if (address !== undefined) location.address = address
      return location
    },
    /** `[ServiceRequestAttachmentInput!]`: a list of `{ field, filename, base64 }`, three texts each. */
    attachments: (field: string): AttachmentInput[] => {
      const value = raw[field]
      if (absent(value)) return []
      if (!Array.isArray(value)) {
        wrong(field, 'notAttachments')
        return []
      }
      const list: AttachmentInput[] = []
      let wrongFiles = 0
      for (const [i, item] of value.entries()) {
        const before = errors.length
        if (!isObject(item)) wrong(`${field}.${i}`, 'notAttachments')
        else {
          for (const key of ['field', 'filename', 'base64'] as const)
            if (typeof item[key] !== 'string') wrong(`${field}.${i}.${key}`, absent(item[key]) ? 'required' : 'notText')
          if (errors.length === before)
            list.push({ field: item.field as string, filename: item.filename as string, base64: item.base64 as string })
        }
        if (errors.length > before && ++wrongFiles >= MAX_WRONG_FILES) break
      }
      return list
    },
    /** Receipts of staged files (`lib/staging.ts`): `[String!]`, at most MAX_STAGED texts. */
    staged: (field: string): string[] => {
      const value = raw[field]
      if (absent(value)) return []
      if (
        !Array.isArray(value) ||
        value.length > MAX_STAGED ||
        value.some((v) => typeof v !== 'string' || v.length > 200)
      ) {
        wrong(field, 'notStaged')
        return []
      }
      return value as string[]
    },
    /** Throws the 400 naming every wrong field, if there is any. */
    done: () => {
      if (errors.length) throw fieldErrors(req, errors)
    },
  }
}
