#!/usr/bin/env node
/**
 * `npm run backup -- <folder>`: a consistent copy of an installation's data, while it runs.
 * - the database named by DATABASE_URI: PostgreSQL with `pg_dump --format=custom` (a snapshot of one
 *   transaction), SQLite with `VACUUM INTO` (a snapshot too);
 * - the uploads on local disk (MEDIA_DIR, default data/uploads), copied after the database, so every file the
 *   dumped documents name is in the copy (a file uploaded meanwhile is an orphan the restored sweep removes).
 *   Uploads on object storage (S3_BUCKET) are backed up by the bucket's own versioning or replication
 *   (docs/deploy.md, "Backups"): the folder then holds the database only.
 * `npm run restore -- <folder>` puts it back (scripts/restore.mjs). docs/deploy.md says how both were tried.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export const pgTool = (name) => {
  const versions = fs.existsSync('/usr/lib/postgresql')
    ? fs.readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))
    : []
  for (const v of versions) {
    const candidate = `/usr/lib/postgresql/${v}/bin/${name}`
    if (fs.existsSync(candidate)) return candidate
  }
  return name
}

export const databaseOf = (uri = process.env.DATABASE_URI) => {
  const value = uri?.trim()
  if (!value) return { kind: 'sqlite', file: path.resolve('data/e-muni.db') }
  if (value.startsWith('file:')) return { kind: 'sqlite', file: path.resolve(value.slice('file:'.length)) }
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: 'postgres', url: value }
  throw new Error(`backup and restore handle SQLite and PostgreSQL; DATABASE_URI names ${value.split(':')[0]}`)
}

export const mediaDir = () => path.resolve(process.env.MEDIA_DIR || 'data/uploads')

const fail = (message) => {
  process.stderr.write(`e-Muni backup: ${message}\n`)
  process.exit(1)
}

const main = async () => {
  const out = process.argv[2]
  if (!out) fail('usage: npm run backup -- <folder>')
  if (fs.existsSync(out) && fs.readdirSync(out).length) fail(`${out} is not empty: give a new folder`)
  fs.mkdirSync(out, { recursive: true })
  const db = databaseOf()
  const started = Date.now()
  if (db.kind === 'postgres') {
    const dumped = spawnSync(
      pgTool('pg_dump'),
      ['--format=custom', '--no-owner', '--no-privileges', '--file', path.join(out, 'database.pgdump'), db.url],
      { encoding: 'utf8' },
    )
    if (dumped.status !== 0) fail(`pg_dump failed: ${dumped.stderr || dumped.error}`)
  } else {
    if (!fs.existsSync(db.file)) fail(`no SQLite database at ${db.file}`)
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url: `file:${db.file}` })
    try {
      await client.execute('PRAGMA busy_timeout = 10000')
      await client.execute({ sql: 'VACUUM INTO ?', args: [path.resolve(out, 'database.sqlite')] })
    } finally {
      client.close()
    }
  }
  const uploads = process.env.S3_BUCKET ? null : mediaDir()
  if (uploads && fs.existsSync(uploads)) fs.cpSync(uploads, path.join(out, 'uploads'), { recursive: true })
  const manifest = {
    createdAt: new Date().toISOString(),
    database: db.kind,
    uploads: process.env.S3_BUCKET ? `s3://${process.env.S3_BUCKET} (not in this folder)` : 'uploads/',
  }
  fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
  process.stdout.write(`e-Muni backup: ${db.kind} database and uploads in ${out} (${Date.now() - started} ms)\n`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  main().catch((error) => fail(error.stack || String(error)))
