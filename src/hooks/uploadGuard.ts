/**
 * Uploads are judged by their bytes, not by their name or declared type: the content's detected type
 * must be on the collection's allowlist. SVG (which can carry script) is never on it, and text
 * files such as HTML are not recognised as any allowed type, so both are refused before anything
 * is written to disk or to the database.
 */
import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'
import { fileTypeFromBuffer } from 'file-type'
import sharp from 'sharp'

import { tr } from '../i18n/index'

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']
export const DOCUMENT_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
]

export const uploadGuard =
  (allowed: string[]): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if ((operation !== 'create' && operation !== 'update') || !req.file) return args
    const detected = req.file.data?.length ? await fileTypeFromBuffer(req.file.data) : undefined
    if (!detected || !allowed.includes(detected.mime)) {
      throw new APIError(
        tr(req, 'fileTypeNotAllowed', {
          detected: detected?.mime ?? tr(req, 'fileUnknownType'),
          allowed: allowed.join(', '),
        }),
        415,
        undefined,
        true,
      )
    }
    if (detected.mime.startsWith('image/')) {
      // A few kilobytes can declare billions of pixels ("pixel flood"): read only the header, and refuse
      // images larger than the limit before sharp decodes them.
      let pixels = Infinity
      try {
        const { width = 0, height = 0, pages = 1 } = await sharp(req.file.data, { limitInputPixels: false }).metadata()
        pixels = width * height * Math.max(1, pages)
      } catch {
        // unreadable header: refused below
      }
      const max = imageMaxPixels()
      if (!(pixels <= max)) {
        throw new APIError(tr(req, 'imageTooManyPixels', { megapixels: Math.round(max / 1e6) }), 413, undefined, true)
      }
    }
    // Store what the bytes are, not what the client claimed.
    req.file.mimetype = detected.mime
    return args
  }

/** UPLOAD_MAX_PIXELS, default 50 million: the largest image (width × height × frames) accepted. */
export const imageMaxPixels = (): number => Number(process.env.UPLOAD_MAX_PIXELS || 50_000_000)

/** Where uploads are stored: `MEDIA_DIR` (default `data/uploads`), one folder per collection. */
export const uploadDir = (collection: string): string =>
  `${process.env.MEDIA_DIR || `${process.cwd()}/data/uploads`}/${collection}`

/** UPLOAD_MAX_BYTES, default 10 MiB: the largest file Payload accepts. */
export const uploadMaxBytes = (): number => Number(process.env.UPLOAD_MAX_BYTES || 10 * 1024 * 1024)
