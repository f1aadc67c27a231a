/** What the upload inspection refuses, and the helpers its checks of images, PDFs and office documents share. */
import zlib from 'node:zlib'

export type UploadProblem =
  | { problem: 'empty' }
  | { problem: 'type'; detected: string | null }
  | { problem: 'pixels'; megapixels: number }
  | { problem: 'damaged'; type: string }
  | { problem: 'trailing'; type: string }
  | { problem: 'activeContent' }
  | { problem: 'unzipped'; mb: number }

export type Inspection =
  { ok: true; mime: string; ext: string; data: Buffer } | ({ ok: false; status: 400 | 413 | 415 } & UploadProblem)

/** UPLOAD_MAX_PIXELS, default 50 million: the largest image (width × height × frames) accepted. */
export const imageMaxPixels = (): number => Number(process.env.UPLOAD_MAX_PIXELS || 50_000_000)
/** UPLOAD_MAX_UNZIPPED_BYTES, default 200 MiB: the most an office document may inflate to. */
export const maxUnzippedBytes = (): number => Number(process.env.UPLOAD_MAX_UNZIPPED_BYTES || 200 * 1024 * 1024)

/** How people call a type: the usual extension, upper case (PNG, JPEG, PDF, DOCX…). */
export const labelOf = (ext: string) => (ext === 'jpg' ? 'JPEG' : ext.toUpperCase())

export class Refusal extends Error {
  constructor(readonly detail: Extract<Inspection, { ok: false }>) {
    super(detail.problem)
  }
}
export const damaged = (ext: string) => new Refusal({ ok: false, status: 400, problem: 'damaged', type: labelOf(ext) })
export const trailing = (ext: string) =>
  new Refusal({ ok: false, status: 400, problem: 'trailing', type: labelOf(ext) })

/** Counts what a zlib (or raw deflate) stream inflates to, stopping once it passes `limit`. */
export const inflatedSize = (
  data: Buffer,
  raw: boolean,
  limit: number,
): Promise<{ size: number; over: boolean; ok: boolean }> =>
  new Promise((resolve) => {
    const stream = raw ? zlib.createInflateRaw() : zlib.createInflate()
    let size = 0
    let settled = false
    const settle = (over: boolean, ok: boolean) => {
      if (settled) return
      settled = true
      resolve({ size, over, ok })
      stream.destroy()
    }
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) settle(true, false)
    })
    stream.on('end', () => settle(false, true))
    stream.on('error', () => settle(false, false))
    stream.end(data)
  })
