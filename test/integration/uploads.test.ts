/**
 * Uploads: sharp makes every image size; files are judged by content; SVG, disguised HTML and
 * oversize files are refused with a 4xx and leave nothing on disk or in the database. Other request bodies
 * (JSON) are bounded too: over the limit a 413, whether the length is announced or not, and nothing written.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import sharp from 'sharp'

import { simplePdf } from '../../src/seed/assets'
import { account, api, auth, login, municipalityId } from '../../src/plugins/sdk/testing/api'
import { startServer, type TestServer } from '../../src/plugins/sdk/testing/server'

const MAX_BYTES = 2 * 1024 * 1024
/** The bound on other bodies in this server (JSON_MAX_BODY_BYTES; 2 MiB by default). */
const MAX_JSON = 64 * 1024
const SIZES = { thumbnail: [320, 320], card: [768, 512], hero: [1920, 800], og: [1200, 630] } as const

let server: TestServer
let editor: string
let villa: number | string

const filesOnDisk = (collection: string) => {
  const dir = path.join(server.mediaDir, collection)
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []
}
const mediaCount = async () =>
  (await api(server).get('/api/media').query({ limit: 0 }).set(auth(editor))).body.totalDocs as number

beforeAll(async () => {
  server = await startServer({ env: { UPLOAD_MAX_BYTES: String(MAX_BYTES), JSON_MAX_BODY_BYTES: String(MAX_JSON) } })
  editor = await login(server, account('editor', 'villa-esperanza'))
  villa = await municipalityId(server, 'villa-esperanza')
})
afterAll(async () => {
  await server?.stop()
})

describe('image uploads', () => {
  it('produces every configured size, checked with sharp', async () => {
    const png = await sharp({
      create: { width: 2400, height: 1600, channels: 3, background: { r: 30, g: 120, b: 200 } },
    })
      .png()
      .toBuffer()
    const res = await api(server)
      .post('/api/media')
      .set(auth(editor))
      .field('_payload', JSON.stringify({ alt: 'Plaza del Barrio Norte', tenant: villa }))
      .attach('file', png, { filename: 'plaza.png', contentType: 'image/png' })
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc.mimeType).toBe('image/png')
    expect(Object.keys(doc.sizes).sort()).toEqual(Object.keys(SIZES).sort())
    for (const [name, [width, height]] of Object.entries(SIZES)) {
      const size = doc.sizes[name]
      expect([size.width, size.height]).toEqual([width, height])
      const file = await api(server)
        .get(new URL(size.url, server.url).pathname)
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = []
          r.on('data', (c: Buffer) => chunks.push(c))
          r.on('end', () => cb(null, Buffer.concat(chunks)))
        })
      expect(file.status).toBe(200)
      const meta = await sharp(file.body as Buffer).metadata()
      expect([meta.width, meta.height]).toEqual([width, height])
      expect(fs.existsSync(path.join(server.mediaDir, 'media', size.filename))).toBe(true)
    }
  })

  it('requires alternative text', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } })
      .png()
      .toBuffer()
    const before = filesOnDisk('media')
    const res = await api(server)
      .post('/api/media')
      .set(auth(editor))
      .field('_payload', JSON.stringify({ tenant: villa }))
      .attach('file', png, { filename: 'sin-alt.png', contentType: 'image/png' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('alt')
    expect(filesOnDisk('media')).toEqual(before)
  })
})

describe('refused uploads leave nothing behind', () => {
  const refused = async (buffer: Buffer, filename: string, contentType: string) => {
    const beforeFiles = filesOnDisk('media')
    const beforeCount = await mediaCount()
    const res = await api(server)
      .post('/api/media')
      .set({ ...auth(editor), 'Accept-Language': 'en' })
      .field('_payload', JSON.stringify({ alt: 'x', tenant: villa }))
      .attach('file', buffer, { filename, contentType })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(filesOnDisk('media')).toEqual(beforeFiles)
    expect(await mediaCount()).toBe(beforeCount)
    return res
  }

  it('refuses an SVG carrying a script', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>',
    )
    const res = await refused(svg, 'logo.svg', 'image/svg+xml')
    expect(res.status).toBe(415)
    expect(res.body.errors[0].message).toMatch(/not an allowed type/)
  })

  it('refuses an HTML file named .png, by its content', async () => {
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')
    const res = await refused(html, 'foto.png', 'image/png')
    expect(res.status).toBe(415)
    expect(res.body.errors[0].message).toContain('unrecognised type')
  })

  it('refuses a file over the size limit with 413', async () => {
    const big = await sharp({
      create: {
        width: 1600,
        height: 1600,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .png({ compressionLevel: 0 })
      .toBuffer()
    expect(big.length).toBeGreaterThan(MAX_BYTES)
    const res = await refused(big, 'enorme.png', 'image/png')
    expect(res.status).toBe(413)
    expect(res.body.errors[0].message).toBe('The file is larger than the 2 MB limit.')
  })

  it('refuses a pixel flood (a small file declaring a huge image) before decoding it', async () => {
    // 10,000 × 10,000 of one colour compresses to a few hundred kilobytes but is 100 megapixels.
    const flood = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#000' } })
      .png({ compressionLevel: 9 })
      .toBuffer()
    expect(flood.length).toBeLessThan(MAX_BYTES)
    const res = await refused(flood, 'inundacion.png', 'image/png')
    expect(res.status).toBe(413)
    expect(res.body.errors[0].message).toBe('The image is too large: the limit is 50 megapixels.')
  })

  it('accepts a PDF as a transparency document but refuses it as an image', async () => {
    const pdf = simplePdf(['Acta 3', 'Villa Esperanza'])
    await refused(pdf, 'acta.pdf', 'application/pdf')
    const res = await api(server)
      .post('/api/documents')
      .set(auth(editor))
      .field(
        '_payload',
        JSON.stringify({ title: 'Acta 3', kind: 'minutes', fiscalYear: 2026, tenant: villa, _status: 'published' }),
      )
      .attach('file', pdf, { filename: 'acta-3.pdf', contentType: 'application/pdf' })
    expect(JSON.stringify(res.body.errors ?? null)).toBe('null')
    expect(res.status).toBe(201)
    expect(res.body.doc.mimeType).toBe('application/pdf')
  })
})

describe('request bodies that are not uploads', () => {
  const newsTitled = async (title: string) =>
    (
      await api(server)
        .get('/api/news')
        .query({ where: { title: { equals: title } }, limit: 0, draft: 'true' })
        .set(auth(editor))
    ).body.totalDocs as number
  /** A JSON body sent in chunks, without Content-Length (chunked transfer encoding). */
  const postChunked = (body: string) =>
    new Promise<{ status: number; body: { errors?: { message: string }[] } }>((resolve, reject) => {
      const req = http.request(`${server.url}/api/news`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en', authorization: `JWT ${editor}` },
      })
      req.on('response', (res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }))
      })
      req.on('error', reject)
      for (let i = 0; i < body.length; i += 8192) req.write(body.slice(i, i + 8192))
      req.end()
    })

  it('refuses JSON over the limit with 413, announced or chunked, and writes nothing', async () => {
    const body = { title: 'Noticia enorme', tenant: villa, excerpt: 'x'.repeat(MAX_JSON) }
    const announced = await api(server).post('/api/news').set(auth(editor)).set('accept-language', 'en').send(body)
    expect(announced.status).toBe(413)
    expect(announced.body.errors[0].message).toBe('The request is too large.')
    const chunked = await postChunked(JSON.stringify(body))
    expect(chunked).toEqual({ status: 413, body: { errors: [{ message: 'The request is too large.' }] } })
    expect(await newsTitled('Noticia enorme')).toBe(0)
  })

  it('hands JSON within the limit on whole, announced or chunked', async () => {
    const excerpt = 'y'.repeat(MAX_JSON / 2)
    const announced = await api(server)
      .post('/api/news')
      .set(auth(editor))
      .send({ title: 'Noticia mediana', tenant: villa, excerpt })
    expect(announced.status).toBe(201)
    expect(announced.body.doc.excerpt).toBe(excerpt)
    const chunked = await postChunked(JSON.stringify({ title: 'Noticia en trozos', tenant: villa, excerpt }))
    expect(chunked.status).toBe(201)
    expect(await newsTitled('Noticia en trozos')).toBe(1)
  })
})
