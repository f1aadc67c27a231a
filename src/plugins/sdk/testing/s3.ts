/**
 * An S3-compatible server on loopback for the object-storage tests: `s3rver`, an **emulator** of S3's HTTP API
 * that keeps objects in a folder (not Amazon S3, not MinIO: what it does not emulate — ACLs, versioning,
 * lifecycle rules, real IAM — is not tested here). A free port, one bucket, the server's environment to store
 * uploads there (`env`), and the means to take it away (`stop`) and bring it back (`restart`).
 *
 * What `@aws-sdk/client-s3` needs to talk to it is what src/lib/objectStorage.ts sets anyway: path-style
 * addressing (`S3_FORCE_PATH_STYLE=true`: no `<bucket>.127.0.0.1` host names) and checksums only where
 * required (s3rver does not read the CRC32 trailers the SDK sends by default).
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'

import { freePort } from './ports'

type S3rverInstance = { run: () => Promise<unknown>; close: () => Promise<void> }
const S3rver = createRequire(import.meta.url)('s3rver') as new (options: Record<string, unknown>) => S3rverInstance

export type TestS3 = {
  endpoint: string
  bucket: string
  /** What a server needs to store its uploads in this bucket. */
  env: Record<string, string>
  /** The AWS SDK's client for this server (list, get, put in the tests). */
  client: S3Client
  /** The keys under `prefix`, with their last-modified times. */
  list: (prefix?: string) => Promise<{ key: string; modified: Date }[]>
  /** Makes an object look older (its last-modified time), as the sweep's age guard reads it. */
  backdate: (key: string, when: Date) => void
  /** Stops answering (the port is closed): the storage is unreachable. */
  stop: () => Promise<void>
  /** Answers again on the same port, with the same objects. */
  restart: () => Promise<void>
  /** Stops and removes its folder. */
  remove: () => Promise<void>
}

export const startS3 = async (bucket = 'e-muni-test'): Promise<TestS3> => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'e-muni-s3-'))
  const port = await freePort()
  let server: S3rverInstance | undefined
  const launch = async () => {
    server = new S3rver({
      address: '127.0.0.1',
      port,
      directory,
      silent: true,
      configureBuckets: [{ name: bucket }],
    })
    await server.run()
  }
  await launch()
  const endpoint = `http://127.0.0.1:${port}`
  const env = {
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_REGION: 'us-east-1',
    S3_FORCE_PATH_STYLE: 'true',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  }
  const client = new S3Client({
    endpoint,
    region: env.S3_REGION,
    forcePathStyle: true,
    credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
  const stop = async () => {
    const running = server
    server = undefined
    if (running) await running.close()
  }
  return {
    endpoint,
    bucket,
    env,
    client,
    list: async (prefix = '') => {
      const found: { key: string; modified: Date }[] = []
      let token: string | undefined
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
        )
        for (const o of page.Contents ?? []) found.push({ key: o.Key!, modified: o.LastModified! })
        token = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (token)
      return found
    },
    backdate: (key, when) => {
      const parts = key.split('/')
      const file = path.join(directory, bucket, ...parts.slice(0, -1), `${parts.at(-1)}._S3rver_object`)
      fs.utimesSync(file, when, when)
    },
    stop,
    restart: launch,
    remove: async () => {
      await stop()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
