/**
 * What an uploaded file really is, judged by its bytes — the one check behind every upload path
 * (Payload's REST and GraphQL creates through `uploadGuard`, MuniServi's request attachments,
 * MuniCompra's sealed bid documents, MuniParticipa's proposal images).
 *
 * A file is accepted only when its detected type is on the allowlist AND the whole file is that type:
 * - images: the structure is walked to its end marker (PNG chunks with their checksums, GIF blocks,
 *   JPEG segments, WebP/AVIF boxes), the declared size is at most the pixel limit (a "pixel flood" is
 *   refused before anything decodes it), PNG image data inflates to exactly what its size needs (no
 *   decompression bomb), and the image decodes. Data after the end (an HTML page, a ZIP: a polyglot)
 *   is refused — except after a JPEG, where phones append their own data (motion-photo videos, vendor
 *   metadata): that is cut off, and only the image is stored.
 * - PDF: `%PDF-` first, nothing but whitespace after the last `%%EOF`, and every earlier `%%EOF`
 *   followed by a PDF update (not by something else); no JavaScript or launch actions.
 * - office documents (ZIP containers): nothing after the archive, and the entries inflate to at most
 *   UPLOAD_MAX_UNZIPPED_BYTES (a "ZIP bomb" is refused), as declared and as measured.
 * Markup inside a genuine file's own fields (a PNG text chunk, a PDF comment) is inert: uploads are
 * served with the stored content type, `nosniff` and a script-less CSP.
 */
import zlib from 'node:zlib'

import { fileTypeFromBuffer } from 'file-type'

import { checkImage } from './imageInspection'
import { damaged, inflatedSize, type Inspection, labelOf, maxUnzippedBytes, Refusal, trailing } from './uploadRefusal'

export { imageMaxPixels, maxUnzippedBytes, type Inspection, type UploadProblem } from './uploadRefusal'

// ---------- PDF -------------------------------------------------------------------------------------

const PDF_ACTIVE = new Set(['JavaScript', 'JS', 'Launch'])

/** PDF names (`/Name`, with `#xx` escapes decoded) that run code. */
const hasActiveNames = (text: string) => {
  for (const match of text.matchAll(/\/([^\s/<>[\]()%{}]+)/g)) {
    const name = match[1].replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    if (PDF_ACTIVE.has(name)) return true
  }
  return false
}

const checkPdf = async (data: Buffer, ext: string) => {
  const text = data.toString('latin1')
  if (!text.startsWith('%PDF-')) throw damaged(ext)
  const ends = [...text.matchAll(/%%EOF/g)].map((m) => m.index!)
  if (!ends.length) throw damaged(ext)
  const last = ends[ends.length - 1]
  if (!/^[\s\0]*$/.test(text.slice(last + 5))) throw trailing(ext)
  // An earlier %%EOF may only be followed by an incremental update (objects or a cross-reference table).
  for (const end of ends.slice(0, -1)) {
    const after = text.slice(end + 5, end + 5 + 4096).replace(/^(?:[\s\0]+|%[^\r\n]*)*/, '')
    if (!/^(?:\d+\s+\d+\s+obj\b|xref\b)/.test(after)) throw trailing(ext)
  }
  if (!/startxref\s+\d+\s*$/.test(text.slice(Math.max(0, last - 64), last))) throw damaged(ext)
  const active = new Refusal({ ok: false, status: 400, problem: 'activeContent' })
  // Dictionaries live outside streams; a stream's bytes (an image) could spell a name by chance.
  if (hasActiveNames(text.replace(/\bstream\r?\n[\s\S]*?\bendstream\b/g, ' '))) throw active
  // Object streams hide dictionaries (an OpenAction among them) in compressed form: look inside too.
  let budget = 64 * 1024 * 1024
  for (const match of text.matchAll(/\/Type\s*\/ObjStm\b/g)) {
    const start = text.indexOf('stream', match.index)
    const body = start < 0 ? -1 : text.slice(start, start + 8).match(/^stream\r?\n/)?.[0].length
    const stop = text.indexOf('endstream', start)
    if (start < 0 || !body || stop < 0) continue
    const dictionary = text.slice(text.lastIndexOf('obj', match.index), start)
    if (!/\/FlateDecode/.test(dictionary)) continue
    let inflated: Buffer
    try {
      inflated = zlib.inflateSync(data.subarray(start + body, stop), { maxOutputLength: Math.max(1, budget) })
    } catch {
      throw damaged(ext)
    }
    budget -= inflated.length
    if (hasActiveNames(inflated.toString('latin1'))) throw active
  }
}

// ---------- office documents (ZIP) ------------------------------------------------------------------

const checkZip = async (data: Buffer, ext: string) => {
  // The end-of-central-directory record: at most 64 KiB of comment after it, and nothing else.
  let eocd = -1
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 65_535); at -= 1)
    if (data.readUInt32LE(at) === 0x06054b50) {
      eocd = at
      break
    }
  if (eocd < 0) throw damaged(ext)
  if (eocd + 22 + data.readUInt16LE(eocd + 20) !== data.length) throw trailing(ext)
  const entries = data.readUInt16LE(eocd + 10)
  const size = data.readUInt32LE(eocd + 12)
  let at = data.readUInt32LE(eocd + 16)
  if (at + size > eocd || entries === 0xffff) throw damaged(ext)
  const limit = maxUnzippedBytes()
  const tooBig = new Refusal({ ok: false, status: 413, problem: 'unzipped', mb: Math.round(limit / 1048576) })
  let declared = 0
  const files: { method: number; compressed: number; size: number; offset: number }[] = []
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > eocd || data.readUInt32LE(at) !== 0x02014b50) throw damaged(ext)
    const entry = {
      method: data.readUInt16LE(at + 10),
      compressed: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      offset: data.readUInt32LE(at + 42),
    }
    if (entry.compressed === 0xffffffff || entry.size === 0xffffffff) throw tooBig
    declared += entry.size
    if (declared > limit) throw tooBig
    files.push(entry)
    at += 46 + data.readUInt16LE(at + 28) + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32)
  }
  // Measured, not only declared: each entry inflates to no more than its declared size.
  for (const file of files) {
    const local = file.offset
    if (local + 30 > eocd || data.readUInt32LE(local) !== 0x04034b50) throw damaged(ext)
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28)
    if (start + file.compressed > eocd) throw damaged(ext)
    const body = data.subarray(start, start + file.compressed)
    if (file.method === 0) {
      if (file.compressed !== file.size) throw damaged(ext)
    } else if (file.method === 8) {
      const inflated = await inflatedSize(body, true, file.size)
      if (inflated.over) throw tooBig
      if (!inflated.ok || inflated.size !== file.size) throw damaged(ext)
    } else throw damaged(ext)
  }
}

const ZIP_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'application/zip',
])

/**
 * Inspects `input` against `allowed` (MIME types). On success, `data` is what to store (a JPEG without
 * what a phone appended after the image; otherwise the input), `mime` and `ext` what it really is.
 */
export const inspectUpload = async (input: Buffer | undefined | null, allowed: string[]): Promise<Inspection> => {
  if (!input?.length) return { ok: false, status: 400, problem: 'empty' }
  let detected: { mime: string; ext: string } | undefined
  try {
    detected = await fileTypeFromBuffer(input)
  } catch {
    detected = undefined
  }
  if (!detected || !allowed.includes(detected.mime))
    return { ok: false, status: 415, problem: 'type', detected: detected?.mime ?? null }
  const { mime, ext } = detected
  try {
    let data = input
    if (mime.startsWith('image/')) data = await checkImage(input, mime, ext)
    else if (mime === 'application/pdf') await checkPdf(input, ext)
    else if (ZIP_TYPES.has(mime)) await checkZip(input, ext)
    return { ok: true, mime, ext, data }
  } catch (error) {
    if (error instanceof Refusal) return error.detail
    return { ok: false, status: 400, problem: 'damaged', type: labelOf(ext) }
  }
}

/**
 * A name safe to store: no folders, control or reserved characters, leading dots or inner dots (no
 * `shell.php.png` for a web server to misread), at most 100 characters, and the extension of what the
 * content is (a PNG called `shell.php` is stored as `shell.png`, `foto.php.png` as `foto-php.png`).
 */
export const safeFileName = (name: string | undefined | null, ext: string): string => {
  const base = String(name ?? '')
    .split(/[/\\]/)
    .pop()!
    .normalize('NFC')
  const given = base.lastIndexOf('.') > 0 ? base.slice(0, base.lastIndexOf('.')) : base
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const cleaned = given.replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*#%&{}$!'`@=+]/g, '').replace(/[.\s]+/g, '-')
  let stem = ''
  for (const char of cleaned) {
    if (stem.length >= 100 || Buffer.byteLength(stem + char) > 150) break
    stem += char
  }
  stem = stem.replace(/^[-_]+|[-_]+$/g, '')
  return `${stem || 'archivo'}.${ext}`
}
