/**
 * Without `S3_BUCKET`, src/lib/objectStorage.ts gives the configuration what Payload's S3 plugin gives it when
 * disabled (its fields on every upload collection, its admin component in the import map), without loading the
 * AWS SDK: the schema and the admin's import map do not depend on whether a bucket is configured. Should a
 * Payload upgrade change what the plugin adds, this fails.
 */
import { s3Storage } from '@payloadcms/storage-s3'
import type { Config } from 'payload'

import { collectionPrefix, objectStoragePlugin } from '../../src/lib/objectStorage'

const base = (): Config =>
  ({
    admin: { components: { providers: ['./components/Existing#Existing'] } },
    collections: [
      { slug: 'media', upload: true, fields: [{ name: 'alt', type: 'text' }] },
      { slug: 'bid-documents', upload: { mimeTypes: ['application/pdf'] }, fields: [] },
      { slug: 'news', fields: [{ name: 'title', type: 'text' }] },
    ],
  }) as unknown as Config

/** The configuration as data: functions by their source, so that two equal hooks compare equal. */
const shape = (config: Config) =>
  JSON.parse(JSON.stringify(config, (_key, value) => (typeof value === 'function' ? `fn ${String(value)}` : value)))

describe('object storage without a bucket', () => {
  it("adds exactly what Payload's S3 plugin adds when disabled: its fields and its admin component", async () => {
    const ours = await objectStoragePlugin(undefined)(base())
    const collections = Object.fromEntries(['media', 'bid-documents'].map((slug) => [slug, { prefix: slug }]))
    const plugin = await s3Storage({ enabled: false, alwaysInsertFields: true, bucket: '', config: {}, collections })(
      base(),
    )
    expect(shape(ours)).toEqual(shape(plugin))
    // What that is, so that an empty result cannot pass: the plugin's columns on both upload collections only,
    // and its component once per upload collection.
    const fields = (slug: string) =>
      ours.collections!.find((c) => c.slug === slug)!.fields.map((f) => ('name' in f ? f.name : f.type))
    expect(fields('media')).toEqual(expect.arrayContaining(['alt', 'prefix']))
    expect(fields('bid-documents')).toContain('prefix')
    expect(fields('news')).toEqual(['title'])
    const providers = ours.admin!.components!.providers!.map((p) => (typeof p === 'object' && p ? p.path : p))
    expect(providers.filter((p) => p === '@payloadcms/storage-s3/client#S3ClientUploadHandler')).toHaveLength(2)
    expect(ours.admin!.dependencies).toHaveProperty('@payloadcms/storage-s3/client#S3ClientUploadHandler')
    expect(collectionPrefix('media', undefined)).toBe('media')
  })
})
