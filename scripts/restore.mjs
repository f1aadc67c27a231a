#!/usr/bin/env node
/**
 * `npm run restore -- <folder>`: puts a backup made by `npm run backup` (scripts/backup.mjs) into the
 * installation named by DATABASE_URI and MEDIA_DIR, which must be empty: an empty PostgreSQL database
 * (`createdb`), or no SQLite file yet, and an empty or missing upload folder. It never overwrites data.
 * Then start the installation as usual (migrations newer than the backup run on start or with `npm run migrate`).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { databaseOf, mediaDir, pgTool } from './backup.mjs'

const fail = (message) => {
  process.stderr.write(`e-Muni restore: ${message}\n`)
  process.exit(1)
}

const main = async () => {
  const from = process.argv[2]
  if (!from || !fs.existsSync(path.join(from, 'manifest.json')))
    fail('usage: npm run restore -- <folder made by npm run backup>')
  const manifest = JSON.parse(fs.readFileSync(path.join(from, 'manifest.json'), 'utf8'))
  const db = databaseOf()
  if (manifest.database !== db.kind)
    fail(`the backup holds a ${manifest.database} database; DATABASE_URI names ${db.kind}`)
  const uploads = mediaDir()
  const hasUploads = fs.existsSync(path.join(from, 'uploads'))
  if (hasUploads && fs.existsSync(uploads) && fs.readdirSync(uploads).length)
    fail(`${uploads} (MEDIA_DIR) is not empty: restore into an empty folder`)
  if (db.kind === 'postgres') {
    const psql = spawnSync(
      pgTool('psql'),
      ['-tAc', "select count(*) from pg_tables where schemaname = 'public'", db.url],
      {
        encoding: 'utf8',
      },
    )
    if (psql.status !== 0) fail(`cannot reach the database: ${psql.stderr || psql.error}`)
    if (Number(psql.stdout.trim()) > 0)
      fail('the database named by DATABASE_URI has tables: restore into an empty one (createdb)')
    const restored = spawnSync(
      pgTool('pg_restore'),
      ['--no-owner', '--no-privileges', '--exit-on-error', '--dbname', db.url, path.join(from, 'database.pgdump')],
      { encoding: 'utf8' },
    )
    if (restored.status !== 0) fail(`pg_restore failed: ${restored.stderr || restored.error}`)
  } else {
    if (fs.existsSync(db.file)) fail(`${db.file} exists: restore into a new file`)
    fs.mkdirSync(path.dirname(db.file), { recursive: true })
    fs.copyFileSync(path.join(from, 'database.sqlite'), db.file)
  }
  if (hasUploads) fs.cpSync(path.join(from, 'uploads'), uploads, { recursive: true })
  process.stdout.write(`e-Muni restore: ${db.kind} database${hasUploads ? ' and uploads' : ''} restored from ${from}\n`)
}

main().catch((error) => fail(error.stack || String(error)))
