/**
 * Uploads are judged by their bytes, not by their name or declared type (see uploadInspection.ts):
 * the content's detected type must be on the collection's allowlist and the whole file must be that
 * type — no script-carrying SVG, no markup disguised as an image, no polyglot, no pixel flood or
 * decompression bomb. A refused file is refused before anything is written to disk or to the
 * database; an accepted one is stored under a safe name with the extension of what it is.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionBeforeOperationHook, PayloadRequest, TypeWithID } from 'payload'
import { APIError } from 'payload'

import { sdkText as tr } from './messages'
import { inspectUpload, safeFileName, type Inspection, type UploadProblem } from './uploadInspection'

export { imageMaxPixels, inspectUpload, safeFileName, type Inspection, type UploadProblem } from './uploadInspection'

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']
export const DOCUMENT_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
]

/** A safe name (see safeFileName) with a random suffix: `plano-3f9a1c2e.pdf`. */
export const uniqueFileName = (name: string | undefined | null, ext: string): string =>
  safeFileName(name, ext).replace(/\.[^.]+$/, `-${randomBytes(4).toString('hex')}.${ext}`)

/** Why a file was refused, in the request's language. */
export const uploadProblemText = (
  req: Pick<PayloadRequest, 'i18n' | 'headers'> | undefined,
  refusal: UploadProblem,
  allowed: string[] = [],
): string => {
  switch (refusal.problem) {
    case 'empty':
      return tr(req, 'fileEmpty')
    case 'type':
      return tr(req, 'fileTypeNotAllowed', {
        detected: refusal.detected ?? tr(req, 'fileUnknownType'),
        allowed: allowed.join(', '),
      })
    case 'pixels':
      return tr(req, 'imageTooManyPixels', { megapixels: refusal.megapixels })
    case 'damaged':
      return tr(req, 'fileDamaged', { type: refusal.type })
    case 'trailing':
      return tr(req, 'fileTrailingData', { type: refusal.type })
    case 'activeContent':
      return tr(req, 'pdfActiveContent')
    case 'unzipped':
      return tr(req, 'archiveTooLarge', { mb: refusal.mb })
  }
}

/** The refusal as the error Payload answers with (4xx, the message public). */
export const uploadRefusal = (
  req: Pick<PayloadRequest, 'i18n' | 'headers'> | undefined,
  refusal: Extract<Inspection, { ok: false }>,
  allowed: string[],
) => new APIError(uploadProblemText(req, refusal, allowed), refusal.status, undefined, true)

export const uploadGuard =
  (allowed: string[]): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if ((operation !== 'create' && operation !== 'update') || !req.file) return args
    const inspection = await inspectUpload(req.file.data, allowed)
    if (!inspection.ok) throw uploadRefusal(req, inspection, allowed)
    // Store what the bytes are (and only the image, for a JPEG a phone appended data to), not what the
    // client claimed, under a name no web server or file system can misread — and one no other upload
    // takes at the same moment: Payload picks "plano-1.pdf" after checking the disk and the database,
    // so two "plano.pdf" sent at once would both be written to one path (one person's file replacing
    // the other's) and one of them refused. A random suffix keeps concurrent uploads apart.
    req.file.data = inspection.data
    req.file.size = inspection.data.length
    req.file.mimetype = inspection.mime
    req.file.name = uniqueFileName(req.file.name, inspection.ext)
    return args
  }

/** Where uploads are stored: `MEDIA_DIR` (default `data/uploads`), one folder per collection. */
export const uploadDir = (collection: string): string =>
  `${process.env.MEDIA_DIR || `${process.cwd()}/data/uploads`}/${collection}`

/** UPLOAD_MAX_BYTES, default 10 MiB: the largest file Payload accepts. */
export const uploadMaxBytes = (): number => Number(process.env.UPLOAD_MAX_BYTES || 10 * 1024 * 1024)

/**
 * The bytes of a stored upload of `collection`, wherever the installation keeps them: through the collection's
 * file handlers (object storage, docs/deploy/storage.md — the same path as Payload's `/api/<collection>/file/…`,
 * without its access check: the caller has decided the file may be read), or its folder on disk. Null when the
 * file is not there; a 503 (APIError) when the storage does not answer.
 */
export const readStoredUpload = async (
  req: PayloadRequest,
  collection: string,
  doc: TypeWithID & { filename?: string | null },
): Promise<Buffer | null> => {
  const upload = req.payload.config.collections.find((c) => c.slug === collection)?.upload
  if (!upload || typeof upload !== 'object' || typeof doc.filename !== 'string') return null
  const filename = path.basename(doc.filename)
  for (const handler of upload.handlers ?? []) {
    const response = await handler(req, { doc, params: { collection, filename }, headers: new Headers() })
    if (!(response instanceof Response)) continue
    if (response.status >= 500) throw new APIError(tr(req, 'storageUnavailable'), 503, undefined, true)
    return response.ok ? Buffer.from(await response.arrayBuffer()) : null
  }
  if (upload.disableLocalStorage || !upload.staticDir) return null
  return fs.readFile(path.join(path.resolve(upload.staticDir), filename)).catch(() => null)
}
