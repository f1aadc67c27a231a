/**
 * Images, judged by their bytes: the structure is walked to its end marker (PNG chunks with their checksums, GIF
 * blocks, JPEG segments, WebP/AVIF boxes), the declared size is at most the pixel limit, PNG image data inflates to
 * exactly what its size needs, and the image decodes. See uploadInspection.ts.
 */
import zlib from 'node:zlib'

import sharp from 'sharp'

import { damaged, imageMaxPixels, inflatedSize, Refusal, trailing } from './uploadRefusal'

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

export const checkImage = async (input: Buffer, mime: string, ext: string): Promise<Buffer> => {
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
