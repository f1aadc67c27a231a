/**
 * Uploads on object storage (docs/deploy/storage.md). With `S3_BUCKET` set, every upload collection — the
 * core's and the installed modules', found by iterating the configuration — keeps its files in an
 * S3-compatible bucket through Payload's `@payloadcms/storage-s3`, under `<S3_PREFIX>/<collection>/`; without
 * it, on local disk (`MEDIA_DIR`) as before. Either way the files are served only through Payload's
 * `/api/<collection>/file/<name>` with the collection's read access (`disablePayloadAccessControl` stays false:
 * no public bucket URLs), and the schema is the same (the plugin's `prefix` and `_objectKey` columns exist
 * in both cases, `alwaysInsertFields`), so switching storage needs no migration.
 *
 * When the bucket cannot be reached:
 * - a write with a file answers 503 with a translated message, and the document is not kept (PostgreSQL rolls
 *   the transaction back; SQLite, which runs without transactions here, gets the row deleted again);
 * - reading a file answers 503 instead of the plugin's bare 500;
 * - deleting a document still deletes it; its files stay in the bucket until the orphan sweep
 *   (src/hooks/uploadSweep.ts) finds them once the bucket answers again.
 *
 * The AWS SDK (through the plugin) is loaded only when `S3_BUCKET` is set: without it, the plugin's fields and
 * its admin component come from `@payloadcms/plugin-cloud-storage`, whose functions the S3 plugin itself calls
 * when disabled (test/unit/object-storage.test.ts checks that both give the same configuration).
 */
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3'
import { cloudStoragePlugin } from '@payloadcms/plugin-cloud-storage'
import { initClientUploads } from '@payloadcms/plugin-cloud-storage/utilities'
import type { CollectionAfterChangeHook, CollectionConfig, Config, Plugin } from 'payload'
import { APIError } from 'payload'

import { sdkText } from '../plugins/sdk/messages'

export type S3Settings = { bucket: string; prefix: string; config: S3ClientConfig }

const trimSlashes = (value: string) => value.replace(/^\/+|\/+$/g, '')

/** The S3 settings from the environment, or undefined when `S3_BUCKET` is unset (local disk). */
export const s3Settings = (env: NodeJS.ProcessEnv = process.env): S3Settings | undefined => {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return undefined
  const agent = { keepAlive: true, maxSockets: 100 }
  return {
    bucket,
    prefix: trimSlashes(env.S3_PREFIX?.trim() ?? ''),
    config: {
      region: env.S3_REGION || 'us-east-1',
      ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      ...(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } }
        : {}),
      // Checksums only where S3 requires them: S3-compatible servers (MinIO's older releases, s3rver, some
      // providers) refuse or ignore the CRC32 trailers the SDK sends by default since 3.729.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // An unreachable bucket fails the request in seconds rather than holding it open.
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000, httpAgent: agent, httpsAgent: agent },
      maxAttempts: 2,
    },
  }
}

/** Where a collection's files live in the bucket: `<S3_PREFIX>/<collection>`. */
export const collectionPrefix = (slug: string, settings: Pick<S3Settings, 'prefix'> | undefined): string =>
  [settings?.prefix, slug].filter(Boolean).join('/')

/** Is this collection's storage the bucket (the plugin sets `upload.adapter`)? */
export const storedInBucket = (collection: Pick<CollectionConfig, 'upload'>): boolean =>
  typeof collection.upload === 'object' && (collection.upload as { adapter?: string }).adapter === 's3'

let client: S3Client | undefined
/** One client per process for the sweep (the plugin keeps its own for uploads and downloads). */
const s3Client = async (settings: S3Settings): Promise<S3Client> => {
  if (!client) {
    const { S3Client } = await import('@aws-sdk/client-s3')
    client ??= new S3Client(settings.config)
  }
  return client
}

/** The objects under a collection's prefix: key, name below the prefix, last modified. */
export const listObjects = async (
  settings: S3Settings,
  slug: string,
): Promise<{ key: string; name: string; modified: number }[]> => {
  const { ListObjectsV2Command } = await import('@aws-sdk/client-s3')
  const prefix = `${collectionPrefix(slug, settings)}/`
  const found: { key: string; name: string; modified: number }[] = []
  let token: string | undefined
  do {
    const page = await (
      await s3Client(settings)
    ).send(new ListObjectsV2Command({ Bucket: settings.bucket, Prefix: prefix, ContinuationToken: token }))
    for (const object of page.Contents ?? [])
      if (object.Key)
        found.push({
          key: object.Key,
          name: object.Key.slice(prefix.length),
          modified: object.LastModified?.getTime() ?? Date.now(),
        })
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return found
}

/** Deletes objects by key, one request each (the sweep removes few; multi-object deletes need Content-MD5, which
 * not every S3-compatible server takes from the SDK's newer checksums). */
export const deleteObjects = async (settings: S3Settings, keys: string[]): Promise<void> => {
  const { DeleteObjectCommand } = await import('@aws-sdk/client-s3')
  const s3 = await s3Client(settings)
  for (const Key of keys) await s3.send(new DeleteObjectCommand({ Bucket: settings.bucket, Key }))
}

/** The fields that say which file a document has (Payload's upload fields and the plugin's). */
const FILE_FIELDS = ['filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY', 'sizes', 'prefix']

/** A file replaced while the bucket is away: the document names its previous file again (SQLite; PostgreSQL rolls back). */
const restoreFileFields = async (slug: string, args: Parameters<CollectionAfterChangeHook>[0]) => {
  const previous = args.previousDoc as Record<string, unknown>
  const data = Object.fromEntries(FILE_FIELDS.filter((k) => k in previous).map((k) => [k, previous[k]])) as never
  const { req } = args
  req.file = undefined
  req.payloadUploadSizes = undefined
  req.context.skipCloudStorage = true
  try {
    await req.payload.update({ collection: slug as never, id: args.doc.id, data, req, overrideAccess: true, depth: 0 })
  } catch (error) {
    req.payload.logger.error({ err: error, collection: slug, id: args.doc.id }, 'restoring the previous file failed')
  } finally {
    delete req.context.skipCloudStorage
  }
}

/**
 * The plugin stores the files in an afterChange hook, after the row is written: when that fails, the row must
 * not stay without its file. A new document is removed again, a replaced file's fields are put back (on PostgreSQL
 * the transaction is rolled back as well), and the answer is a 503 that says the storage is unreachable and
 * nothing was saved.
 */
const storeOrUndo =
  (slug: string, storing: CollectionAfterChangeHook[]): CollectionAfterChangeHook =>
  async (args) => {
    let doc = args.doc
    try {
      for (const hook of storing) doc = (await hook({ ...args, doc })) ?? doc
      return doc
    } catch (error) {
      args.req.payload.logger.error({ err: error, collection: slug, id: doc.id }, 'object storage write failed')
      if (args.operation === 'create')
        await args.req.payload
          .delete({ collection: slug as never, id: doc.id, req: args.req, overrideAccess: true })
          .catch(() => undefined)
      else if (args.previousDoc) await restoreFileFields(slug, args)
      throw new APIError(sdkText(args.req, 'storageUnavailable'), 503, undefined, true)
    }
  }

type Handler = NonNullable<Extract<CollectionConfig['upload'], object>['handlers']>[number]

/** The plugin answers a bare 500 when the bucket does not answer: a 503 with the reason instead. */
const unavailableAs503 =
  (handler: Handler): Handler =>
  async (req, args): Promise<Response> => {
    const response = await handler(req, args)
    if (!response || response.status !== 500) return response as Response
    return Response.json({ errors: [{ message: sdkText(req, 'storageUnavailable') }] }, { status: 503 })
  }

type StorageCollections = Record<string, { prefix: string }>

/** The S3 plugin's client upload component, which it puts in the admin's import map whether enabled or not. */
const S3_CLIENT_HANDLER = '@payloadcms/storage-s3/client#S3ClientUploadHandler'

/**
 * What `s3Storage({ enabled: false, alwaysInsertFields: true, … })` does, without loading the AWS SDK: its
 * admin component registered (disabled) and its fields added, through the same functions of
 * `@payloadcms/plugin-cloud-storage` it calls.
 */
export const withoutBucket = (config: Config, collections: StorageCollections): Config => {
  initClientUploads({
    clientHandler: S3_CLIENT_HANDLER,
    collections,
    config,
    enabled: false,
    // Mounted only when enabled (never here).
    serverHandler: () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 }),
    serverHandlerPath: '/storage-s3-generate-signed-url',
  })
  return cloudStoragePlugin({
    alwaysInsertFields: true,
    enabled: false,
    collections: Object.fromEntries(Object.entries(collections).map(([slug, c]) => [slug, { ...c, adapter: null }])),
  })(config)
}

/**
 * Payload's S3 storage for every upload collection of the configuration (place it after the plugins that add
 * collections). Without `S3_BUCKET` it only adds the same fields, so that the schema never depends on it.
 */
export const objectStoragePlugin =
  (settings: S3Settings | undefined = s3Settings()): Plugin =>
  async (config: Config) => {
    const uploads = (config.collections ?? []).filter((c) => c.upload)
    const collections: StorageCollections = Object.fromEntries(
      uploads.map((c) => [c.slug, { prefix: collectionPrefix(c.slug, settings) }]),
    )
    if (!settings) return withoutBucket(config, collections)
    const { s3Storage } = await import('@payloadcms/storage-s3')
    const configured = (await s3Storage({
      enabled: true,
      alwaysInsertFields: true,
      bucket: settings.bucket,
      config: settings.config,
      collections,
    })(config)) as Config
    const before = new Map(uploads.map((c) => [c.slug, (c.hooks?.afterChange ?? []).length]))
    return {
      ...configured,
      collections: (configured.collections ?? []).map((collection) => {
        const own = before.get(collection.slug)
        if (own === undefined || typeof collection.upload !== 'object') return collection
        const afterChange = collection.hooks?.afterChange ?? []
        return {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...afterChange.slice(0, own), storeOrUndo(collection.slug, afterChange.slice(own))],
          },
          upload: { ...collection.upload, handlers: (collection.upload.handlers ?? []).map(unavailableAs503) },
        }
      }),
    }
  }
