/**
 * Removes what an interrupted upload leaves behind.
 *
 * - Files no document refers to. Payload writes an upload's files before it writes the document; when
 *   the process dies in between (a crash, `kill -9`, a lost database connection) or the write then fails
 *   (a unique value taken meanwhile), the files stay on disk with no row — unreachable, and possibly
 *   personal data nobody can delete any more.
 * - Documents of an upload collection that belong to another document (a request's attachments, a
 *   proposal's images, a bid's documents: `custom.ownedBy` on the upload collection) when no such
 *   document refers to them: the files were stored first, then the owner was to be written, and the
 *   process died in between. Nothing was acknowledged to anyone; they are removed with their files.
 *
 * - First, what the installed modules' `recover` functions find half-written (see the module SDK).
 *
 * The files are looked for where the collection stores them: its folder on disk, or with S3_BUCKET its objects
 * under `<S3_PREFIX>/<collection>/` in the bucket (src/lib/objectStorage.ts; their last-modified time is the age).
 *
 * The sweep runs when the server starts and then every hour. Something is removed only when it is old
 * enough not to belong to an upload still in flight: written before this process started and at least
 * UPLOAD_ORPHAN_GRACE_SECONDS ago (default one hour: another instance may be uploading it), or, if
 * written since, at least 15 minutes and the grace ago. Owned documents are looked for among those
 * created in the two days before that.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionConfig, Payload, Where } from 'payload'

import { deleteObjects, listObjects, s3Settings, storedInBucket } from '../lib/objectStorage'
import { installedModules } from '../plugins/sdk/compose'

const PROCESS_START = Date.now()
const IN_FLIGHT_MS = 15 * 60_000
const EVERY_MS = 60 * 60_000
const OWNED_WINDOW_MS = 2 * 24 * 60 * 60_000
const CHUNK = 200

export const orphanGraceMs = (): number => Number(process.env.UPLOAD_ORPHAN_GRACE_SECONDS ?? 3600) * 1000

/** Is something written at `time` old enough to be no upload in flight? */
const settled = (time: number, now: number, grace: number) =>
  time < PROCESS_START - grace || time < now - Math.max(grace, IN_FLIGHT_MS)

/** Which documents own the documents of an upload collection: `custom: { ownedBy: [{ collection, field }] }`. */
export type OwnedBy = { collection: string; field: string }[]

/** Removes owned upload documents (and their files) that no owner refers to; returns them. */
const sweepOwned = async (payload: Payload, collection: CollectionConfig, now: number, grace: number) => {
  const owners = (collection.custom?.ownedBy as OwnedBy | undefined) ?? []
  if (!owners.length) return []
  // Settled (see above) means created before the later of the two limits.
  const before = Math.max(PROCESS_START - grace, now - Math.max(grace, IN_FLIGHT_MS))
  const { docs } = await payload.find({
    collection: collection.slug as never,
    where: {
      and: [
        { createdAt: { less_than: new Date(before).toISOString() } },
        { createdAt: { greater_than: new Date(before - OWNED_WINDOW_MS).toISOString() } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const candidates = docs as unknown as { id: number | string }[]
  const owned = new Set<string>()
  for (let i = 0; i < candidates.length; i += CHUNK) {
    const ids = candidates.slice(i, i + CHUNK).map((d) => d.id)
    for (const owner of owners) {
      const found = await payload.find({
        collection: owner.collection as never,
        where: { [owner.field]: { in: ids } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      for (const doc of found.docs as unknown as Record<string, unknown>[]) {
        const value = doc[owner.field]
        for (const ref of Array.isArray(value) ? value : [value])
          owned.add(String(typeof ref === 'object' && ref ? (ref as { id: unknown }).id : ref))
      }
    }
  }
  const removed: string[] = []
  for (const doc of candidates) {
    if (owned.has(String(doc.id))) continue
    await payload.delete({ collection: collection.slug as never, id: doc.id, overrideAccess: true }).catch(() => null)
    removed.push(`${collection.slug}#${doc.id}`)
  }
  return removed
}

const sizeNames = (collection: CollectionConfig): string[] =>
  typeof collection.upload === 'object' ? (collection.upload.imageSizes ?? []).map((s) => s.name!).filter(Boolean) : []

/** Which of `names` a document of `collection` (or one of its versions) refers to. */
const referenced = async (payload: Payload, collection: CollectionConfig, names: string[]): Promise<Set<string>> => {
  const found = new Set<string>()
  const sizes = sizeNames(collection)
  const keep = (doc: Record<string, unknown> | undefined) => {
    if (!doc) return
    if (typeof doc.filename === 'string') found.add(doc.filename)
    for (const size of Object.values((doc.sizes as Record<string, { filename?: unknown } | null>) ?? {}))
      if (typeof size?.filename === 'string') found.add(size.filename)
  }
  for (let i = 0; i < names.length; i += CHUNK) {
    const chunk = names.slice(i, i + CHUNK)
    const where = (prefix: string): Where => ({
      or: [
        { [`${prefix}filename`]: { in: chunk } },
        ...sizes.map((size) => ({ [`${prefix}sizes.${size}.filename`]: { in: chunk } })),
      ],
    })
    const { docs } = await payload.find({
      collection: collection.slug as never,
      where: where(''),
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of docs) keep(doc as unknown as Record<string, unknown>)
    if (collection.versions) {
      const versions = await payload.findVersions({
        collection: collection.slug as never,
        where: where('version.'),
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      for (const v of versions.docs) keep((v as unknown as { version?: Record<string, unknown> }).version)
    }
  }
  return found
}

/** One sweep: the modules' recoveries, then every upload collection; returns what it removed. */
export const sweepOrphanUploads = async (payload: Payload, now = Date.now()): Promise<string[]> => {
  const grace = orphanGraceMs()
  const removed: string[] = []
  // Half-written documents first: removing them leaves their uploads orphaned, swept below.
  const before = new Date(Math.max(PROCESS_START - grace, now - Math.max(grace, IN_FLIGHT_MS)))
  for (const module of installedModules(payload).modules)
    if (module.recover) removed.push(...(await module.recover(payload, before)))
  for (const collection of payload.config.collections) {
    const upload = collection.upload
    if (!upload || typeof upload !== 'object') continue
    removed.push(...(await sweepOwned(payload, collection, now, grace)))
    const stored = await storedFiles(collection)
    if (!stored) continue
    const old = stored.files.filter((f) => settled(f.modified, now, grace))
    if (!old.length) continue
    const kept = await referenced(
      payload,
      collection,
      old.map((f) => f.name),
    )
    const orphans = old.filter((f) => !kept.has(f.name))
    await stored.remove(orphans.map((f) => f.name))
    removed.push(...orphans.map((f) => `${collection.slug}/${f.name}`))
  }
  return removed
}

type StoredFiles = { files: { name: string; modified: number }[]; remove: (names: string[]) => Promise<void> }

/**
 * The files a collection stores, wherever it stores them: the objects under its prefix in the bucket
 * (src/lib/objectStorage.ts), or its folder on disk; undefined when it keeps none of its own.
 */
const storedFiles = async (collection: CollectionConfig): Promise<StoredFiles | undefined> => {
  const upload = collection.upload
  if (!upload || typeof upload !== 'object') return undefined
  const settings = s3Settings()
  if (settings && storedInBucket(collection)) {
    const objects = await listObjects(settings, collection.slug)
    // Payload names a document's files without folders: a key with one more level is not a file it wrote.
    const files = objects.filter((o) => o.name && !o.name.includes('/'))
    return {
      files,
      remove: (names) => {
        const keys = new Set(names)
        return deleteObjects(
          settings,
          files.filter((f) => keys.has(f.name)).map((f) => f.key),
        )
      },
    }
  }
  if (upload.disableLocalStorage || !upload.staticDir) return undefined
  const dir = path.resolve(upload.staticDir)
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => [])
  const files: { name: string; modified: number }[] = []
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const stat = await fs.stat(path.join(dir, entry.name)).catch(() => null)
    if (stat) files.push({ name: entry.name, modified: stat.mtimeMs })
  }
  return {
    files,
    remove: async (names) => {
      for (const name of names) await fs.rm(path.join(dir, name), { force: true })
    },
  }
}

/** Sweeps now and every hour (the timer does not keep the process alive); returns a stop function. */
export const startUploadSweeper = (payload: Payload): (() => void) => {
  const run = async () => {
    try {
      const removed = await sweepOrphanUploads(payload)
      payload.logger.info({ removed: removed.length, files: removed.slice(0, 50) }, 'upload sweep done')
    } catch (error) {
      payload.logger.error({ err: error }, 'upload sweep failed')
    }
  }
  void run()
  const timer = setInterval(() => void run(), EVERY_MS)
  timer.unref()
  return () => clearInterval(timer)
}
