/**
 * Submitting a service request — the one path for the portal (GraphQL), Open311 and tests. Everything
 * is checked first (service, requester, answers, files, location); only then are the files stored
 * and the request created, and if that fails the stored files are removed again.
 */
import { randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'
import { APIError, ValidationError } from 'payload'

import {
  isLanguage,
  isUniqueViolation,
  requestLanguage,
  type Language,
  type MunicipalityRef,
  type ID,
} from '@e-muni/sdk'
import { sendAcknowledgement } from '../hooks/notifications'
import { internal, t as moduleT } from '../kit'
import { checkAnswers, parseLocation, type FieldError, type FormField, type IncomingFile } from './form'
import { claimStaged, removeStaged } from './staging'

export type SubmitInput = {
  /** the service's code (or id) */
  service: string | number
  answers?: unknown
  description?: string | null
  location?: unknown
  name?: string | null
  email?: string | null
  phone?: string | null
  language?: string | null
  files?: IncomingFile[]
  /** receipts of files kept by `stageServiceAttachments` (lib/staging.ts), claimed by this submission */
  staged?: string[]
  source?: 'web' | 'open311'
  mediaUrl?: string | null
  /** Open311: only services flagged for it */
  open311Only?: boolean
}

type Doc = Record<string, unknown> & { id: ID }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The municipality's active service by code or id, in `locale`; a 404 when there is none. */
export const findService = async (
  req: PayloadRequest,
  municipality: MunicipalityRef,
  service: string | number,
  { open311Only = false, locale }: { open311Only?: boolean; locale?: Language } = {},
): Promise<Doc> => {
  const byCode = typeof service === 'string' && !/^\d+$/.test(service)
  const { docs } = await req.payload.find({
    collection: 'servi-services',
    where: {
      and: [
        { tenant: { equals: municipality.id } },
        byCode ? { code: { equals: String(service).toUpperCase() } } : { id: { equals: service } },
        ...(open311Only ? [{ open311: { equals: true } }] : []),
      ],
    },
    depth: 0,
    limit: 1,
    locale: locale ?? requestLanguage(req),
    overrideAccess: true,
    req,
  })
  const doc: Doc | undefined = docs[0] && { ...docs[0] }
  if (!doc)
    throw new APIError(
      moduleT(req, 'unknownService', { service: String(service), municipality: municipality.name }),
      404,
      undefined,
      true,
    )
  if (!doc.active)
    throw new APIError(moduleT(req, 'inactiveService', { service: String(doc.name ?? service) }), 400, undefined, true)
  return doc
}

const isUniqueClash = (error: unknown) => isUniqueViolation(error, ['uniqueKey'])

export const submitRequest = async (
  req: PayloadRequest,
  municipality: MunicipalityRef,
  input: SubmitInput,
): Promise<Doc> => {
  const { payload } = req
  const t = (key: string, vars?: Record<string, string | number>) => moduleT(req, key, vars)
  const service = await findService(req, municipality, input.service, { open311Only: input.open311Only })
  const errors: FieldError[] = []

  // The texts as texts: a JSON client may send anything in their place (an object would throw below).
  const text = (value: unknown, path: string): string | undefined => {
    if (value === undefined || value === null) return undefined
    if (typeof value === 'string' || typeof value === 'number') return String(value)
    errors.push({ path, message: t('notText') })
    return undefined
  }
  const person =
    req.user?.collection === 'people' ? (req.user as unknown as Doc & { email: string; name?: string }) : null
  const name = (text(input.name, 'name') ?? person?.name ?? '').trim()
  const email = (text(input.email, 'email') ?? person?.email ?? '').trim().toLowerCase()
  if (!person) {
    // Open311 makes the names optional: an email is enough to reach the requester (named by it).
    if (!name && input.source !== 'open311') errors.push({ path: 'name', message: t('requesterNeeded') })
    if (!email) errors.push({ path: 'email', message: t('requesterNeeded') })
  }
  if (email && (!EMAIL.test(email) || email.length > 254)) errors.push({ path: 'email', message: t('notEmail') })
  if (name.length > 200) errors.push({ path: 'name', message: t('tooLong', { max: 200 }) })
  const phone = text(input.phone, 'phone')?.trim() || undefined
  if (phone && !/^\+?[0-9 ()-]{6,20}$/.test(phone)) errors.push({ path: 'phone', message: t('notPhone') })
  const description = text(input.description, 'description')?.trim() || undefined
  if (description && description.length > 4000) errors.push({ path: 'description', message: t('descriptionTooLong') })
  let location = undefined as ReturnType<typeof parseLocation>
  if (input.location !== undefined && input.location !== null) {
    location = parseLocation(input.location)
    if (!location) errors.push({ path: 'location', message: t('notLocation') })
  }
  // Files kept between the portal's two steps: taken with their receipts (a 404 if any is wrong or used).
  const claimed = await claimStaged(req, municipality, input.staged ?? [])
  const checked = await checkAnswers(req, (service.form as FormField[] | undefined) ?? [], input.answers, [
    ...(input.files ?? []),
    ...claimed.files,
  ])
  errors.push(...checked.errors)
  if (errors.length) throw new ValidationError({ collection: 'servi-requests', errors, req })

  const language: Language = isLanguage(input.language)
    ? input.language
    : isLanguage((person as { language?: unknown } | null)?.language)
      ? (person as unknown as { language: Language }).language
      : requestLanguage(req)

  // Files first (each checked above), so the request is created whole.
  const stored: ID[] = []
  const answers: Record<string, unknown> = { ...checked.answers }
  const cleanUp = async () => {
    for (const id of stored)
      await payload.delete({ collection: 'servi-attachments', id, overrideAccess: true }).catch(() => undefined)
  }
  try {
    for (const file of checked.files) {
      const doc = await payload
        .create({
          collection: 'servi-attachments',
          overrideAccess: true,
          data: { tenant: municipality.id, field: file.field, requester: person?.id ?? null },
          file: {
            data: file.data,
            mimetype: file.mimetype,
            name: file.name.replace(/[^\w.-]+/g, '_').slice(-100) || 'file',
            size: file.data.length,
          },
          context: internal(),
        })
        .catch((error: unknown) => {
          // Payload's own checks of the file (e.g. a PDF whose structure is broken): name the form field.
          const details = (error as { data?: { errors?: FieldError[] } }).data?.errors
          if (!Array.isArray(details)) throw error
          throw new ValidationError({
            collection: 'servi-requests',
            errors: details.map((d) => ({ path: `answers.${file.field}`, message: `${file.name}: ${d.message}` })),
            req,
          })
        })
      const id = (doc as unknown as Doc).id
      stored.push(id)
      answers[file.field] = [...((answers[file.field] as unknown[]) ?? []), { attachment: id, name: file.name }]
    }
    const data = {
      tenant: municipality.id,
      service: service.id,
      answers,
      attachments: stored,
      description: description ?? null,
      ...((location ?? checked.location) ? { location: location ?? checked.location } : {}),
      requester: person?.id ?? null,
      requesterName: name || email,
      requesterEmail: email,
      requesterPhone: phone ?? null,
      language,
      source: input.source ?? 'web',
      mediaUrl: input.mediaUrl ?? null,
      open311Token: input.source === 'open311' ? randomBytes(12).toString('hex') : null,
    }
    // Two submissions may take the same next number at once: the unique index refuses the second,
    // which then takes the number after.
    for (let attempt = 0; ; attempt += 1) {
      try {
        const doc = (await payload.create({
          collection: 'servi-requests',
          data: data,
          overrideAccess: true,
          // Without the caller as user: the multi-tenant plugin lets only staff of a municipality assign it,
          // and a citizen is nobody's staff. The requester is recorded in the request itself.
          req: { i18n: req.i18n, headers: req.headers, context: internal() },
          context: internal(),
          depth: 0,
        })) as unknown as Doc
        await removeStaged(req, claimed.ids)
        await sendAcknowledgement(payload, doc)
        return doc
      } catch (error) {
        if (!isUniqueClash(error) || attempt >= 60) throw error
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 25 * Math.min(attempt + 1, 8)))
      }
    }
  } catch (error) {
    await cleanUp()
    throw error
  }
}

export type { Payload }
