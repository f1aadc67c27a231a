/**
 * Hostile uploads (issue 10, item 4), over every upload collection of the running configuration and
 * every path a real user takes to it: Payload's REST create (as the staff who may write there, or as
 * the platform admin where nobody may) and the paths every installed module contributes (its fixtures'
 * `uploads.channels`: what its citizens or companies send with a file). Every hostile file — script in
 * SVG, markup disguised as an image, polyglots, pixel floods, decompression bombs, truncated, empty and
 * oversize files, a type the collection does not take — is refused with a 4xx and a message, leaving
 * nothing on disk (the upload folder, recursively), no row, and nothing a module names as unchanged. Valid
 * files under hostile names are stored inside the collection's folder with a safe name. A genuine image
 * with markup in a text chunk is accepted and served inert. Each collection has a positive control, so
 * the suite can fail. The modules' own checks (`uploads.checks`) run last, on the same server.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { account, api, auth, demoAccounts, login, municipalityId } from '../../src/plugins/sdk/testing/api'
import {
  restUploadOutcome,
  type Upload,
  type UploadChannel,
  type UploadContext,
  type UploadOutcome,
} from '../../src/plugins/sdk/testing/fixturesUploads'
import { ROOT, startServer, type TestServer } from '../../src/plugins/sdk/testing/server'
import {
  harmlessFiles,
  hostileFiles,
  hostileNames,
  validFiles,
  VALID_TYPES,
  type Sample,
  type Valid,
} from '../fixtures/hostile/files'
import { installedFixtures } from '../fixtures/modules'
import { tenantRoles, uploadCollections } from './registry'
import { recordFigures } from './report'

const MAX_BYTES = 2 * 1024 * 1024
const M = 'villa-esperanza'

/** The installed modules that contribute upload paths. */
const modules = (await installedFixtures()).flatMap((f) => (f.uploads ? [{ module: f.module, ...f.uploads }] : []))

let server: TestServer
let villa: number | string
let ctx: UploadContext
const tokens: Record<string, string> = {}
/** The staff roles of the demo in M (the configuration's), least privileged first: who tries Payload's REST create. */
let staff: string[] = []
let valid: Valid
let hostile: Sample[]
/** Each upload collection's allowed types, from the running configuration. */
let allowed: Record<string, string[]>

type Outcome = UploadOutcome
type Channel = UploadChannel & {
  /** whether this path accepted the positive control (REST paths nobody may write to refuse everything) */
  writes?: boolean
}

const table = (slug: string) => slug.replace(/-/g, '_')

// ---------- what the server holds -------------------------------------------------------------------

const listFiles = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name)
        return e.isDirectory() ? listFiles(full) : [path.relative(server.mediaDir, full)]
      })
    : []
const filesOnDisk = () => listFiles(server.mediaDir).sort()

/** Row counts of every upload table, and what each module names as unchanged by a refusal (one query). */
const rowCounts = async (): Promise<Record<string, number>> => {
  const values = [
    ...uploadCollections().map((c) => `(SELECT COUNT(*) FROM ${table(c.slug)}) AS ${table(c.slug)}`),
    ...modules.flatMap((m) =>
      Object.entries(m.unchanged ?? {}).map(([name, query]) => `(${query}) AS "${m.module}.${name}"`),
    ),
  ]
  const [row] = await server.sql(`SELECT ${values.join(', ')}`)
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]))
}

// ---------- the ways files reach each collection ---------------------------------------------------

/** Payload's REST create, multipart: the file and the fields any upload collection here may require. */
const restChannel = (collection: string, token: string, actor: string): Channel => ({
  collection,
  via: `REST as ${actor}`,
  send: async (file) =>
    restUploadOutcome(
      await api(server)
        .post(`/api/${collection}`)
        .set({ ...auth(token), 'Accept-Language': 'en' })
        .field(
          '_payload',
          JSON.stringify({ tenant: villa, alt: 'Plaza', title: 'Acta', kind: 'minutes', fiscalYear: 2026, field: 'x' }),
        )
        .attach('file', file.data, { filename: file.filename, contentType: file.contentType }),
    ),
})

/** The installed modules' own paths: what their users send with a file. */
const moduleChannels = (): Channel[] => modules.flatMap((m) => m.channels(ctx))

/** The valid samples of the types a collection takes. */
const allowedKinds = (collection: string): (keyof Valid)[] => {
  const kinds = (Object.keys(VALID_TYPES) as (keyof Valid)[]).filter((k) =>
    allowed[collection].includes(VALID_TYPES[k].mime),
  )
  if (!kinds.length) throw new Error(`no valid sample for ${collection} (allows ${allowed[collection].join(', ')})`)
  return kinds
}
const acceptedKind = (collection: string): keyof Valid => allowedKinds(collection)[0]
/** A valid file of a type the collection does not take. */
const refusedKind = (collection: string): keyof Valid => {
  const kind = (Object.keys(VALID_TYPES) as (keyof Valid)[]).find(
    (k) => !allowed[collection].includes(VALID_TYPES[k].mime),
  )
  if (!kind) throw new Error(`${collection} takes every sample type`)
  return kind
}
const validUpload = (kind: keyof Valid, base = 'control'): Upload => ({
  filename: `${base}.${VALID_TYPES[kind].ext}`,
  contentType: VALID_TYPES[kind].mime,
  data: valid[kind],
})

const channels: Channel[] = []
const is2xx = (o: Outcome) => o.status >= 200 && o.status < 300

beforeAll(async () => {
  server = await startServer({
    env: { UPLOAD_MAX_BYTES: String(MAX_BYTES), SUBMIT_RATE_LIMIT: '100000', LOGIN_RATE_LIMIT: '100000' },
  })
  valid = await validFiles()
  hostile = await hostileFiles(valid, MAX_BYTES)
  const out = execFileSync(
    process.execPath,
    ['--conditions=production', '--import', 'tsx', 'test/fixtures/hostile/upload-types.ts'],
    { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' } },
  ).toString()
  allowed = JSON.parse(
    out
      .split('\n')
      .find((l) => l.startsWith('UPLOADS '))!
      .slice('UPLOADS '.length),
  )

  villa = await municipalityId(server, M)
  tokens.platform = await login(server, account('platform-admin', null))
  const roles = tenantRoles()
  staff = demoAccounts()
    .filter((a) => a.collection === 'users' && a.municipality === M && roles.includes(a.role))
    .map((a) => a.role)
    .sort((a, b) => Number(a === 'municipal-admin') - Number(b === 'municipal-admin'))
  for (const role of staff) tokens[role] = await login(server, account(role, M))

  ctx = {
    server,
    platform: tokens.platform,
    municipality: { id: villa, slug: M },
    valid,
    hostileNames: hostileNames(),
    filesOnDisk,
  }
  for (const m of modules) await m.setup?.(ctx)
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

describe('hostile uploads', () => {
  it('has a path a user takes to every upload collection, and each accepts every valid type it allows (positive controls)', async () => {
    const collections = uploadCollections().map((c) => c.slug)
    // The core's upload collections, and every installed module's.
    expect(collections).toEqual(expect.arrayContaining(['media', 'documents']))
    expect(Object.keys(allowed).sort()).toEqual([...collections].sort())
    const modules = moduleChannels()
    const controls: Record<string, string[]> = {}
    const refusedValid: string[] = []
    for (const collection of collections) {
      // REST: the first staff account that may create there; the platform admin where nobody may.
      const kinds = allowedKinds(collection)
      let rest: Channel | undefined
      for (const actor of staff) {
        const candidate = restChannel(collection, tokens[actor], actor)
        const outcome = await candidate.send(validUpload(kinds[0]))
        if (is2xx(outcome)) {
          rest = { ...candidate, writes: true }
          break
        }
        expect({ collection, actor, refused: [400, 401, 403].includes(outcome.status) }).toEqual({
          collection,
          actor,
          refused: true,
        })
      }
      const paths = [...(rest ? [rest] : []), ...modules.filter((c) => c.collection === collection)]
      for (const channel of paths) {
        for (const kind of kinds) {
          const outcome = await channel.send(validUpload(kind))
          if (!is2xx(outcome))
            refusedValid.push(`${collection} via ${channel.via}: ${kind}: ${outcome.status} ${outcome.message}`)
        }
        controls[collection] = [...(controls[collection] ?? []), channel.via]
        channels.push({ ...channel, writes: true })
      }
      if (!rest) channels.push(restChannel(collection, tokens.platform, 'platform-admin'))
    }
    expect(refusedValid).toEqual([])
    // Every upload collection is reached by at least one path that accepts valid files: a new upload
    // collection that no staff may create in fails, until its module contributes its path (`uploads.channels`).
    expect(Object.keys(controls).sort()).toEqual([...collections].sort())
  })

  it('refuses every hostile file on every path with a 4xx and a message, leaving nothing on disk or in the database', async () => {
    expect(channels.length).toBeGreaterThanOrEqual(uploadCollections().length)
    const failures: string[] = []
    let attempted = 0
    let refused = 0
    let leftOnDisk = 0
    let leftInDatabase = 0
    for (const channel of channels) {
      const wrongType = refusedKind(channel.collection)
      const samples: Sample[] = [
        ...hostile,
        {
          name: `valid-${wrongType}-not-allowed`,
          ...validUpload(wrongType, 'otro'),
          why: `${VALID_TYPES[wrongType].mime} is not on the allowlist`,
        },
      ]
      for (const sample of samples) {
        const beforeFiles = filesOnDisk()
        const beforeRows = await rowCounts()
        const started = Date.now()
        const outcome = await channel.send(sample)
        const took = Date.now() - started
        attempted += 1
        const afterFiles = filesOnDisk()
        const afterRows = await rowCounts()
        const label = `${channel.collection} via ${channel.via}: ${sample.name} (${sample.why})`
        if (outcome.status >= 400 && outcome.status < 500 && outcome.message.trim()) refused += 1
        else failures.push(`${label}: answered ${outcome.status} ${JSON.stringify(outcome.message)}`)
        const added = afterFiles.filter((f) => !beforeFiles.includes(f))
        const removed = beforeFiles.filter((f) => !afterFiles.includes(f))
        if (added.length || removed.length) {
          leftOnDisk += 1
          failures.push(`${label}: files changed on disk: +${added.join(', ')} -${removed.join(', ')}`)
        }
        if (JSON.stringify(afterRows) !== JSON.stringify(beforeRows)) {
          leftInDatabase += 1
          failures.push(`${label}: rows changed: ${JSON.stringify(beforeRows)} → ${JSON.stringify(afterRows)}`)
        }
        // Refused before decoding: a flood or a bomb does not keep the server busy.
        if (took > 10_000) failures.push(`${label}: took ${took} ms`)
      }
    }
    recordFigures('uploads', { attempted, refused, leftOnDisk, leftInDatabase })
    expect(failures).toEqual([])
    expect(attempted).toBeGreaterThanOrEqual(channels.length * hostile.length)
    expect(refused).toBe(attempted)
    expect(leftOnDisk).toBe(0)
    expect(leftInDatabase).toBe(0)
    // The server is still well.
    expect((await api(server).get('/readyz')).status).toBe(200)
  })

  it('stores valid files under hostile names inside the collection folder, with a safe name', async () => {
    const failures: string[] = []
    const outside = ['/etc/passwd.pdf', '/tmp/e-muni-escape.pdf', '/tmp/e-muni-escape.png', '/etc/cron.d/e-muni.pdf']
    for (const channel of channels) {
      const kind = acceptedKind(channel.collection)
      for (const hostileName of hostileNames()) {
        const upload = {
          ...validUpload(kind),
          filename: hostileName.asIs ? hostileName.filename : `${hostileName.filename}.${VALID_TYPES[kind].ext}`,
        }
        const before = filesOnDisk()
        let outcome: Outcome
        try {
          outcome = await channel.send(upload)
        } catch (error) {
          // The HTTP client itself may refuse to send some names (e.g. control characters in a header).
          outcome = { status: 0, message: (error as Error).message }
        }
        const added = filesOnDisk().filter((f) => !before.includes(f))
        const label = `${channel.collection} via ${channel.via}: ${hostileName.name}`
        if (!(is2xx(outcome) || (outcome.status >= 400 && outcome.status < 500) || outcome.status === 0))
          failures.push(`${label}: answered ${outcome.status} ${outcome.message}`)
        const own = uploadCollections().find((c) => c.slug === channel.collection)?.uploadFolder ?? channel.collection
        for (const file of added) {
          const [folder, ...rest] = file.split(path.sep)
          const name = rest.join(path.sep)
          const resolved = path.resolve(server.mediaDir, file)
          if (folder !== own || rest.length !== 1) failures.push(`${label}: stored as ${file}, not directly in ${own}/`)
          if (!resolved.startsWith(path.join(server.mediaDir, own) + path.sep))
            failures.push(`${label}: ${resolved} is outside the upload folder`)
          // eslint-disable-next-line no-control-regex -- control characters are what is checked
          if (/[\u0000-\u001f\\/]/.test(name) || name.startsWith('.') || Buffer.byteLength(name) > 255)
            failures.push(`${label}: unsafe stored name ${JSON.stringify(name)}`)
          // The extension is the content's: a PNG named shell.php is not stored as a .php file.
          if (!name.toLowerCase().endsWith(`.${VALID_TYPES[kind].ext}`))
            failures.push(
              `${label}: stored as ${JSON.stringify(name)}, not with the .${VALID_TYPES[kind].ext} of its content`,
            )
        }
        if (is2xx(outcome) && !channel.sealed && !added.length)
          failures.push(`${label}: accepted, but no file was stored`)
      }
    }
    for (const file of outside) if (fs.existsSync(file)) failures.push(`${file} was written`)
    expect(failures).toEqual([])
  })

  it('accepts genuine images carrying markup, storing only what is inert, and serves them inert', async () => {
    let checked = 0
    for (const sample of harmlessFiles(valid)) {
      for (const channel of channels.filter(
        (c) => c.writes && !c.sealed && allowed[c.collection].includes(sample.contentType),
      )) {
        const before = filesOnDisk()
        const outcome = await channel.send(sample)
        expect({ via: channel.via, sample: sample.name, accepted: is2xx(outcome) }).toEqual({
          via: channel.via,
          sample: sample.name,
          accepted: true,
        })
        const added = filesOnDisk().filter((f) => !before.includes(f))
        const stored = added.find((f) => fs.readFileSync(path.join(server.mediaDir, f)).equals(sample.stored))
        expect({ via: channel.via, sample: sample.name, stored: Boolean(stored) }).toEqual({
          via: channel.via,
          sample: sample.name,
          stored: true,
        })
        // What was cut off is nowhere on disk (image sizes included).
        if (!sample.stored.includes('<script'))
          for (const file of added)
            expect(fs.readFileSync(path.join(server.mediaDir, file)).includes('<script')).toBe(false)
        const res = await api(server)
          .get(`/api/${channel.collection}/file/${encodeURIComponent(path.basename(stored!))}`)
          .set(auth(tokens.platform))
        expect(res.status).toBe(200)
        expect(res.headers['content-type']).toMatch(new RegExp(`^${sample.contentType}`))
        expect(res.headers['x-content-type-options']).toBe('nosniff')
        checked += 1
      }
    }
    // Each image at least once (the media library takes them all).
    expect(checked).toBeGreaterThanOrEqual(harmlessFiles(valid).length)
  })

  // Each module's own checks, on the same server, after the generic ones.
  const checks = modules.flatMap((m) =>
    (m.checks ?? []).map((check) => ({ ...check, title: `${m.module}: ${check.name}` })),
  )
  if (checks.length)
    it.each(checks)('$title', async (check) => {
      expect(await check.run(ctx)).toEqual([])
    })
})
