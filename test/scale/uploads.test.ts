/**
 * Uploads across processes (docs/deploy/storage.md): a file uploaded through one CMS process is served by
 * another of the same installation with the same bytes and the same access rules — on local disk (a shared
 * `MEDIA_DIR`) and in an S3 bucket (`startS3`: s3rver, an S3 emulator on loopback). With S3 the objects are in
 * the bucket and not on disk, the image sizes are made and stored there, the orphan sweep removes an old
 * object no document names (and keeps a recent one and the referenced ones), and when the bucket is
 * unreachable an upload answers 503 with the reason and leaves no document.
 *
 * Processes: A (a seeded server, local disk), B = sibling of A (disk), C = sibling of A with S3, D = sibling
 * of A with S3 started after the orphans were planted (its start-up sweep is the one checked).
 */
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { PutObjectCommand } from '@aws-sdk/client-s3'
import sharp from 'sharp'

import { simplePdf } from '../../src/seed/assets'
import { account, api, auth, login, municipalityId } from '../../src/plugins/sdk/testing/api'
import { startS3, type TestS3 } from '../../src/plugins/sdk/testing/s3'
import { startServer, startSibling, type TestServer } from '../../src/plugins/sdk/testing/server'

const M = 'villa-esperanza'
const SIZES = ['card', 'hero', 'og', 'thumbnail']
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

let a: TestServer
let b: TestServer
let c: TestServer
let d: TestServer | undefined
let s3: TestS3
let editor: string
let otherEditor: string
let villa: number | string

/** GET the path (and query) of `url` from `server`, as `token` or anonymously: status and bytes. */
const get = async (server: TestServer, url: string, token?: string) => {
  const { pathname, search } = new URL(url, server.url)
  const res = await fetch(new URL(pathname + search, server.url), {
    headers: token ? { Authorization: `JWT ${token}` } : {},
  })
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) }
}

/** Served through Payload (its access control) by the CMS, never from a bucket URL. */
const throughPayload = (url: string, from: TestServer, collection: string, filename: string) => {
  const parsed = new URL(url, from.url)
  expect(parsed.origin).toBe(new URL(from.url).origin)
  expect(parsed.pathname).toBe(`/api/${collection}/file/${filename}`)
}

type Uploaded = {
  via: TestServer
  image: Buffer
  pdf: Buffer
  media: {
    id: number | string
    url: string
    filename: string
    sizes: Record<string, { filename: string; url: string }>
  }
  document: { id: number | string; url: string; filename: string }
}

/** Through `via`, as the editor: an image (media) and a draft transparency document (anonymous users may not read it). */
const upload = async (via: TestServer, label: string): Promise<Uploaded> => {
  const image = await sharp({
    create: { width: 1600, height: 900, channels: 3, background: { r: 40, g: 90, b: randomBytes(1)[0]! } },
  })
    .png()
    .toBuffer()
  const media = await api(via)
    .post('/api/media')
    .set(auth(editor))
    .field('_payload', JSON.stringify({ alt: `Plaza (${label})`, tenant: villa }))
    .attach('file', image, { filename: 'plaza.png', contentType: 'image/png' })
  expect(media.status).toBe(201)
  const pdf = simplePdf([`Presupuesto borrador (${label})`, randomBytes(8).toString('hex')])
  const document = await api(via)
    .post('/api/documents?draft=true')
    .set(auth(editor))
    .field(
      '_payload',
      JSON.stringify({ title: `Borrador ${label}`, kind: 'budget', fiscalYear: 2027, tenant: villa, _status: 'draft' }),
    )
    .attach('file', pdf, { filename: 'presupuesto.pdf', contentType: 'application/pdf' })
  expect(document.status).toBe(201)
  return { via, image, pdf, media: media.body.doc, document: document.body.doc }
}

/** `by` serves what was uploaded with the same bytes and the same rules. */
const servedAlike = async (by: TestServer[], up: Uploaded) => {
  throughPayload(up.media.url, up.via, 'media', up.media.filename)
  throughPayload(up.document.url, up.via, 'documents', up.document.filename)
  for (const name of SIZES) throughPayload(up.media.sizes[name]!.url, up.via, 'media', up.media.sizes[name]!.filename)
  expect(Object.keys(up.media.sizes).sort()).toEqual(SIZES)
  for (const server of by) {
    const image = await get(server, up.media.url)
    expect(image.status).toBe(200)
    expect(sha256(image.body)).toBe(sha256(up.image))
    for (const name of SIZES) {
      const size = await get(server, up.media.sizes[name]!.url)
      expect(size.status).toBe(200)
      expect((await sharp(size.body).metadata()).format).toBe('png')
    }
    // The draft: its editor (and staff of its municipality) reads it, anonymous users and other municipalities' staff do not.
    const staff = await get(server, up.document.url, editor)
    expect(staff.status).toBe(200)
    expect(sha256(staff.body)).toBe(sha256(up.pdf))
    expect([403, 404]).toContain((await get(server, up.document.url)).status)
    expect([403, 404]).toContain((await get(server, up.document.url, otherEditor)).status)
  }
}

const filesOf = (up: Uploaded) => [
  ['media', up.media.filename],
  ...SIZES.map((s) => ['media', up.media.sizes[s]!.filename]),
  ['documents', up.document.filename],
]

beforeAll(async () => {
  ;[a, s3] = await Promise.all([startServer(), startS3()])
  ;[b, c] = await Promise.all([startSibling(a), startSibling(a, s3.env)])
  editor = await login(a, account('editor', M))
  otherEditor = await login(a, account('editor', 'nova-esperanca'))
  villa = await municipalityId(a, M)
}, 240_000)
afterAll(async () => {
  await Promise.all([b?.stop(), c?.stop(), d?.stop()])
  await a?.stop()
  await s3?.remove()
})

describe('uploads on local disk, two processes', () => {
  it('an upload through A is served by B with the same bytes and the same access rules', async () => {
    const up = await upload(a, 'disk')
    await servedAlike([a, b], up)
    for (const [collection, name] of filesOf(up))
      expect(fs.existsSync(path.join(a.mediaDir, collection!, name!))).toBe(true)
  })
})

describe('uploads in an S3 bucket, two processes', () => {
  let up: Uploaded

  it('stores the file and its image sizes in the bucket, not on disk, and serves them through Payload', async () => {
    up = await upload(c, 's3')
    const keys = (await s3.list()).map((o) => o.key)
    for (const [collection, name] of filesOf(up)) {
      expect(keys).toContain(`${collection}/${name}`)
      expect(fs.existsSync(path.join(a.mediaDir, collection!, name!))).toBe(false)
    }
    await servedAlike([c], up)
  })

  it('another process serves it alike, and its sweep removes an old object no document names, keeping the rest', async () => {
    const put = (key: string) =>
      s3.client.send(
        new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: randomBytes(64), ContentType: 'image/png' }),
      )
    await put('media/orphan-old.png')
    await put('media/orphan-recent.png')
    const longAgo = new Date(Date.now() - 3 * 3600_000)
    s3.backdate('media/orphan-old.png', longAgo)
    // Old but named by a document: kept.
    for (const [collection, name] of filesOf(up)) s3.backdate(`${collection}/${name}`, longAgo)

    d = await startSibling(a, s3.env)
    const line = () =>
      d!.logs
        .join('')
        .split('\n')
        .find((l) => l.includes('upload sweep done'))
    for (let i = 0; i < 300 && !line(); i += 1) await new Promise((r) => setTimeout(r, 100))
    expect(line()).toBeDefined()
    expect((JSON.parse(line()!) as { files: string[] }).files).toEqual(['media/orphan-old.png'])
    const keys = (await s3.list('media/')).map((o) => o.key)
    expect(keys).not.toContain('media/orphan-old.png')
    expect(keys).toContain('media/orphan-recent.png')
    for (const [collection, name] of filesOf(up))
      expect(keys.concat((await s3.list('documents/')).map((o) => o.key))).toContain(`${collection}/${name}`)

    await servedAlike([d], up)
  })

  it('with the bucket unreachable, an upload answers 503 with the reason and leaves no document, a replacement keeps the old file', async () => {
    await s3.stop()
    const alt = `Sin almacenamiento ${randomBytes(4).toString('hex')}`
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#369' } })
      .png()
      .toBuffer()
    const res = await api(c)
      .post('/api/media')
      .set(auth(editor))
      .set('Accept-Language', 'en')
      .field('_payload', JSON.stringify({ alt, tenant: villa }))
      .attach('file', png, { filename: 'plaza.png', contentType: 'image/png' })
    expect(res.status).toBe(503)
    expect(JSON.stringify(res.body)).toContain('The file storage is not answering: nothing was saved.')
    const found = await api(a)
      .get('/api/media')
      .query({ where: { alt: { equals: alt } }, limit: 1 })
      .set(auth(editor))
    expect(found.status).toBe(200)
    expect(found.body.totalDocs).toBe(0)
    // Replacing a file: 503, and the document still names the file it had.
    const replaced = await api(c)
      .patch(`/api/media/${up.media.id}`)
      .set(auth(editor))
      .field('_payload', JSON.stringify({}))
      .attach('file', png, { filename: 'otra.png', contentType: 'image/png' })
    expect(replaced.status).toBe(503)
    const kept = await api(a).get(`/api/media/${up.media.id}`).set(auth(editor))
    expect(kept.body.filename).toBe(up.media.filename)
    expect(kept.body.sizes.card.filename).toBe(up.media.sizes.card!.filename)
    // Reading a stored file: 503 too, not the plugin's bare 500.
    expect((await get(c, up.media.url)).status).toBe(503)
  })
})
