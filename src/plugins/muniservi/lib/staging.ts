/**
 * Files kept between the portal's two steps ("check your answers", then "Send"), so that a form sent without
 * JavaScript keeps its files: `stageServiceAttachments` checks them against the service's file fields as a
 * submission would and stores each as a `servi-attachments` document with no request; the caller gets one
 * receipt per file, `<id>.<secret>`, and `submitServiceRequest` takes the receipts back (`staged`).
 *
 * - The secret is never stored: the document's `field` holds `staged:<SHA-256 of the secret>:<field key>:<name>`
 *   (no schema change), and nobody reads a staged document through the API or its file URL (the collection's
 *   read access, `access/index.ts`, leaves out every `field` holding `staged:`, for staff and admins too).
 * - A claim needs the receipt, in the municipality the file was staged in, once: the request gets its own copy
 *   of the bytes (checked again, as every file of a submission), and the staged document is removed.
 * - A staged document nobody claims belongs to no request: the owned-upload sweep (`src/hooks/uploadSweep.ts`,
 *   `custom.ownedBy`) removes it with its file after the grace (one hour by default).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

import type { PayloadRequest } from 'payload'
import { APIError, ValidationError } from 'payload'

import { readStoredUpload, type ID, type MunicipalityRef } from '@e-muni/sdk'
import { internal, t as moduleT } from '../kit'
import { checkAnswers, type FormField, type IncomingFile } from './form'

export const STAGED_PREFIX = 'staged:'
/** At most this many receipts in one submission (the files of one request). */
export const MAX_STAGED = 25

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')

export type StagedReceipt = { token: string; field: string; name: string; size: number }

/**
 * Checks `files` against the file fields of `service` (the municipality's active service, `findService`) and keeps
 * them (no request yet); one receipt per file.
 */
export const stageAttachments = async (
  req: PayloadRequest,
  municipality: MunicipalityRef,
  service: Record<string, unknown>,
  files: IncomingFile[],
): Promise<StagedReceipt[]> => {
  const t = (key: string, vars?: Record<string, string | number>) => moduleT(req, key, vars)
  if (!files.length)
    throw new ValidationError({
      collection: 'servi-attachments',
      errors: [{ path: 'attachments', message: t('stagedNone') }],
      req,
    })
  const fileFields = ((service.form as FormField[] | undefined) ?? [])
    .filter((f) => f.type === 'file')
    .map((f) => ({ ...f, required: false }))
  const checked = await checkAnswers(req, fileFields, {}, files)
  if (checked.errors.length) throw new ValidationError({ collection: 'servi-attachments', errors: checked.errors, req })
  const receipts: StagedReceipt[] = []
  const stored: ID[] = []
  try {
    for (const file of checked.files) {
      const secret = randomBytes(24).toString('base64url')
      const name = file.name.slice(-200) || 'file'
      const doc = (await req.payload.create({
        collection: 'servi-attachments',
        overrideAccess: true,
        data: {
          tenant: municipality.id,
          field: `${STAGED_PREFIX}${sha256(secret)}:${file.field}:${name}`,
          requester: null,
        },
        file: {
          data: file.data,
          mimetype: file.mimetype,
          name: name.replace(/[^\w.-]+/g, '_').slice(-100) || 'file',
          size: file.data.length,
        },
        context: internal(),
      })) as unknown as { id: ID }
      stored.push(doc.id)
      receipts.push({ token: `${doc.id}.${secret}`, field: file.field, name, size: file.data.length })
    }
  } catch (error) {
    for (const id of stored)
      await req.payload.delete({ collection: 'servi-attachments', id, overrideAccess: true }).catch(() => undefined)
    throw error
  }
  return receipts
}

export type Claimed = { ids: ID[]; files: IncomingFile[] }

/**
 * The staged files the receipts name, as files of a submission (read where uploads are stored: disk or bucket), or a 404 when any
 * receipt is wrong, used, expired or from another municipality (one answer for all: nothing is learned about
 * whose files exist). The caller removes `ids` once the request is stored.
 */
export const claimStaged = async (
  req: PayloadRequest,
  municipality: MunicipalityRef,
  receipts: string[],
): Promise<Claimed> => {
  if (!receipts.length) return { ids: [], files: [] }
  const gone = () => new APIError(moduleT(req, 'stagedGone'), 404, undefined, true)
  const wanted = receipts.map((receipt) => {
    const dot = receipt.indexOf('.')
    return { id: receipt.slice(0, dot), secret: receipt.slice(dot + 1) }
  })
  // An id of the database's kind (a number, or MongoDB's 24 hex digits): another would be the database's error.
  const idShape = req.payload.db.defaultIDType === 'number' ? /^\d{1,15}$/ : /^[a-f0-9]{24}$/
  if (wanted.some((w) => !idShape.test(w.id) || w.secret.length < 20)) throw gone()
  if (new Set(wanted.map((w) => w.id)).size !== wanted.length) throw gone()
  const { docs } = await req.payload.find({
    collection: 'servi-attachments',
    where: {
      and: [
        { id: { in: wanted.map((w) => w.id) } },
        { tenant: { equals: municipality.id } },
        { field: { like: STAGED_PREFIX } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byId = new Map(
    (docs as unknown as { id: ID; field?: string; filename?: string }[]).map((d) => [String(d.id), d]),
  )
  const files: IncomingFile[] = []
  for (const { id, secret } of wanted) {
    const doc = byId.get(id)
    const match = doc?.field?.match(/^staged:([a-f0-9]{64}):([^:]*):(.*)$/s)
    const expected = Buffer.from(sha256(secret), 'hex')
    if (!doc || !match || !timingSafeEqual(Buffer.from(match[1]!, 'hex'), expected) || !doc.filename) throw gone()
    const data = await readStoredUpload(req, 'servi-attachments', doc as never)
    if (!data) throw gone()
    files.push({ field: match[2]!, name: match[3]!, data })
  }
  return { ids: wanted.map((w) => byId.get(w.id)!.id), files }
}

/** Removes claimed staged documents (and their files) once their request is stored. */
export const removeStaged = async (req: PayloadRequest, ids: ID[]) => {
  for (const id of ids)
    await req.payload.delete({ collection: 'servi-attachments', id, overrideAccess: true }).catch(() => undefined)
}
