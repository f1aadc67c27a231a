/**
 * Backups (docs/deploy.md, "Backups and restore"): `npm run backup` of a running PostgreSQL installation
 * (database and uploads), `npm run restore` into an empty database and folder, and an e-Muni process started
 * on the restored copy answers as the original did — the same documents, the same file bytes, the same
 * accounts. The restore refuses to overwrite data.
 */
import { spawnSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { account, login } from '../../src/plugins/sdk/testing/api'
import { adminQuery, PG_ADMIN_URL } from '../../src/plugins/sdk/testing/databases'
import { ROOT, startServer, startSibling, type TestServer } from '../../src/plugins/sdk/testing/server'

let server: TestServer
let restored: TestServer | undefined
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'e-muni-backup-'))
const restoredDb = `emuni_restored_${randomBytes(5).toString('hex')}`
const restoredUrl = (() => {
  const url = new URL(PG_ADMIN_URL)
  url.pathname = `/${restoredDb}`
  return url.toString()
})()

beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await restored?.stop()
  await server?.stop()
  await adminQuery(`DROP DATABASE IF EXISTS ${restoredDb} WITH (FORCE)`).catch(() => undefined)
  fs.rmSync(folder, { recursive: true, force: true })
})

const npm = (script: string, args: string[], env: Record<string, string>) =>
  spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    encoding: 'utf8',
  })

const sha = async (url: string) =>
  createHash('sha256')
    .update(Buffer.from(await (await fetch(url)).arrayBuffer()))
    .digest('hex')

const snapshot = async (base: string) => {
  const json = async (p: string) => (await fetch(`${base}${p}`)).json()
  const news = await json('/api/news?limit=0&depth=0')
  const media = await json('/api/media?limit=3&depth=0&sort=id')
  const files = await Promise.all(
    (media.docs as { url: string }[]).map((m) => {
      const url = new URL(m.url, base)
      return sha(`${base}${url.pathname}${url.search}`)
    }),
  )
  return { news: news.totalDocs, media: media.totalDocs, ids: media.docs.map((m: { id: number }) => m.id), files }
}

describe('backup and restore (PostgreSQL and uploads on disk)', () => {
  it('restores a running installation into an empty database and folder, and e-Muni answers the same from it', async () => {
    const before = await snapshot(server.url)
    expect(before.news).toBeGreaterThan(0)
    expect(before.files.length).toBeGreaterThan(0)

    const backup = path.join(folder, 'backup')
    const made = npm('backup', [backup], { DATABASE_URI: server.dbUri, MEDIA_DIR: server.mediaDir })
    expect({ status: made.status, stderr: made.stderr }).toEqual({ status: 0, stderr: '' })
    expect(fs.existsSync(path.join(backup, 'database.pgdump'))).toBe(true)
    expect(fs.readdirSync(path.join(backup, 'uploads')).length).toBeGreaterThan(0)

    await adminQuery(`CREATE DATABASE ${restoredDb}`)
    const media = path.join(folder, 'restored-uploads')
    const back = npm('restore', [backup], { DATABASE_URI: restoredUrl, MEDIA_DIR: media })
    expect({ status: back.status, stderr: back.stderr }).toEqual({ status: 0, stderr: '' })

    // It never overwrites: a second restore into the now full database is refused, and changes nothing.
    const again = npm('restore', [backup], { DATABASE_URI: restoredUrl, MEDIA_DIR: path.join(folder, 'other') })
    expect(again.status).toBe(1)
    expect(again.stderr).toMatch(/has tables: restore into an empty one/)

    restored = await startSibling(server, { DATABASE_URI: restoredUrl, MEDIA_DIR: media })
    expect(await snapshot(restored.url)).toEqual(before)
    // The accounts came back too: the demo's platform admin signs in on the restored copy.
    expect(await login(restored, account('platform-admin', null))).toEqual(expect.any(String))
  })
})
