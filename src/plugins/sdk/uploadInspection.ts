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
import sharp from 'sharp'

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
const labelOf = (ext: string) => (ext === 'jpg' ? 'JPEG' : ext.toUpperCase())

class Refusal extends Error {
  constructor(readonly detail: Extract<Inspection, { ok: false }>) {
    super(detail.problem)
  }
}
const damaged = (ext: string) => new Refusal({ ok: false, status: 400, problem: 'damaged', type: labelOf(ext) })
const trailing = (ext: string) => new Refusal({ ok: false, status: 400, problem: 'trailing', type: labelOf(ext) })

/** Counts what a zlib (or raw deflate) stream inflates to, stopping once it passes `limit`. */
const inflatedSize = (
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

// ---------- images ----------------------------------------------------------------------------------

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }

/** Bytes of filtered scanlines a PNG of this header needs (each row: a filter byte + its pixels). */
const pngRawSize = (width: number, height: number, bitDepth: number, colourType: number, interlaced: boolean) => {
  const bits = (CHANNELS[colourType] ?? 4) * bitDepth
  const rows = (w: number, h: number) => (w && h ? h * (1 + Math.ceil((w * bits) / 8)) : 0)
  if (!interlaced) return rows(width, height)
  const passes = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ]
  return passes.reduce(
    (sum, [x0, y0, dx, dy]) => sum + rows(Math.ceil((width - x0) / dx), Math.ceil((height - y0) / dy)),
    0,
  )
}

const checkPng = async (data: Buffer, ext: string) => {
  let at = 8
  let header: { width: number; height: number; bitDepth: number; colourType: number; interlaced: boolean } | null = null
  const idat: Buffer[] = []
  for (;;) {
    if (at + 12 > data.length) throw damaged(ext)
    const length = data.readUInt32BE(at)
    const type = data.toString('latin1', at + 4, at + 8)
    const end = at + 12 + length
    if (end > data.length) throw damaged(ext)
    if (zlib.crc32(data.subarray(at + 4, at + 8 + length)) !== data.readUInt32BE(at + 8 + length)) throw damaged(ext)
    if (!header && type !== 'IHDR') throw damaged(ext)
    if (type === 'IHDR') {
      const d = data.subarray(at + 8, at + 8 + length)
      if (length !== 13 || header) throw damaged(ext)
      header = {
        width: d.readUInt32BE(0),
        height: d.readUInt32BE(4),
        bitDepth: d[8],
        colourType: d[9],
        interlaced: d[12] === 1,
      }
    } else if (type === 'IDAT') idat.push(data.subarray(at + 8, at + 8 + length))
    at = end
    if (type === 'IEND') break
  }
  if (at !== data.length) throw trailing(ext)
  if (!header || !idat.length) throw damaged(ext)
  // The image data must inflate to exactly what the rows need: more is a decompression bomb.
  const expected = pngRawSize(header.width, header.height, header.bitDepth, header.colourType, header.interlaced)
  const inflated = await inflatedSize(Buffer.concat(idat), false, expected)
  if (!inflated.ok || inflated.size !== expected) throw damaged(ext)
}

/** Walks a GIF's blocks to its trailer; returns where the file should end. */
const gifEnd = (data: Buffer, ext: string): number => {
  const need = (n: number) => {
    if (n > data.length) throw damaged(ext)
  }
  const subBlocks = (from: number) => {
    let at = from
    for (;;) {
      need(at + 1)
      const size = data[at]
      at += 1 + size
      if (size === 0) return at
    }
  }
  need(13)
  let at = 13
  if (data[10] & 0x80) at += 3 * 2 ** ((data[10] & 0x07) + 1)
  let images = 0
  for (;;) {
    need(at + 1)
    const block = data[at]
    if (block === 0x3b) {
      if (!images) throw damaged(ext)
      return at + 1
    }
    if (block === 0x21) at = subBlocks(at + 2)
    else if (block === 0x2c) {
      need(at + 10)
      const flags = data[at + 9]
      at += 10
      if (flags & 0x80) at += 3 * 2 ** ((flags & 0x07) + 1)
      need(at + 1)
      at = subBlocks(at + 1)
      images += 1
    } else throw damaged(ext)
  }
}

/** Walks a JPEG's segments (and entropy-coded scans) to its EOI marker; returns where it ends. */
const jpegEnd = (data: Buffer, ext: string): number => {
  let at = 2
  let frame = false
  let scan = false
  while (at + 1 < data.length) {
    if (data[at] !== 0xff) throw damaged(ext)
    const marker = data[at + 1]
    if (marker === 0xff) {
      at += 1
      continue
    }
    if (marker === 0xd9) {
      if (!frame || !scan) throw damaged(ext)
      return at + 2
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2
      continue
    }
    if (at + 4 > data.length) throw damaged(ext)
    const length = data.readUInt16BE(at + 2)
    if (length < 2) throw damaged(ext)
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) frame = true
    at += 2 + length
    if (marker === 0xda) {
      scan = true
      // Entropy-coded data: up to the next marker that is not a stuffed 0xFF00 or a restart marker.
      while (
        at + 1 < data.length &&
        !(data[at] === 0xff && data[at + 1] !== 0 && !(data[at + 1] >= 0xd0 && data[at + 1] <= 0xd7))
      )
        at += 1
    }
  }
  throw damaged(ext)
}

/** RIFF (WebP): the container's declared size must be the file's. */
const riffEnd = (data: Buffer, ext: string): number => {
  if (data.length < 12) throw damaged(ext)
  const size = data.readUInt32LE(4) + 8
  if (size > data.length) throw damaged(ext)
  let at = 12
  while (at < size) {
    if (at + 8 > size) throw damaged(ext)
    at += 8 + data.readUInt32LE(at + 4) + (data.readUInt32LE(at + 4) % 2)
  }
  if (at !== size) throw damaged(ext)
  return size
}

/** ISO base media (AVIF): top-level boxes must tile the file exactly. */
const boxesEnd = (data: Buffer, ext: string): number => {
  let at = 0
  while (at < data.length) {
    if (at + 8 > data.length) throw damaged(ext)
    let size = data.readUInt32BE(at)
    if (size === 1) {
      if (at + 16 > data.length) throw damaged(ext)
      size = Number(data.readBigUInt64BE(at + 8))
    } else if (size === 0) size = data.length - at
    if (size < 8 || at + size > data.length) throw damaged(ext)
    at += size
  }
  return at
}

const checkImage = async (input: Buffer, mime: string, ext: string): Promise<Buffer> => {
  let data = input
  const max = imageMaxPixels()
  const flood = () => new Refusal({ ok: false, status: 413, problem: 'pixels', megapixels: Math.round(max / 1e6) })
  // The declared size first, from the header only: a flood is refused before anything decodes it.
  let pixels = Infinity
  try {
    const { width = 0, height = 0, pages = 1 } = await sharp(data, { limitInputPixels: false }).metadata()
    pixels = width * height * Math.max(1, pages)
  } catch {
    throw damaged(ext)
  }
  if (!(pixels <= max)) throw flood()
  if (mime === 'image/png') await checkPng(data, ext)
  else if (mime === 'image/gif') {
    if (gifEnd(data, ext) !== data.length) throw trailing(ext)
  } else if (mime === 'image/jpeg') data = data.subarray(0, jpegEnd(data, ext))
  else if (mime === 'image/webp') {
    if (riffEnd(data, ext) !== data.length) throw trailing(ext)
  } else if (mime === 'image/avif') boxesEnd(data, ext)
  // Then the image must decode (within the pixel limit), every frame of it.
  try {
    await sharp(data, { limitInputPixels: max, failOn: 'error', animated: true })
      .resize(32, 32, { fit: 'inside' })
      .raw()
      .toBuffer()
  } catch {
    throw damaged(ext)
  }
  return data
}

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
