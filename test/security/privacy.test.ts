/**
 * Nothing personal leaves through a public path, for the core and every installed module. Fields that hold
 * personal data say so (`custom: personal()`, src/plugins/sdk/privacy.ts; test/unit/privacy.test.ts makes sure none
 * that looks personal is left undeclared). Here, on the portal stack (the seeded CMS and the portal's production
 * build), the suite and every module's `privacy` fixtures make documents the way people make them, with a unique
 * marker in every personal field: a citizen, a staff member and their edits (the core), a module's requests, bids,
 * proposals, bookings… Then:
 * - every field declared personal holds a marker (so a field a fixture forgot fails here, rather than passing
 *   unchecked);
 * - no marker comes out, anonymously, of: the REST API of every collection (list with depth 2 in each language,
 *   drafts asked for, and by id), GraphQL (each collection's list with every field the schema exposes, in two
 *   languages, and every module query a municipality answers), each module's own public endpoints (every GET
 *   endpoint a module serves per municipality must be read, e.g. Open311 and OCDS), and the portal (a bounded crawl
 *   from each municipality's sitemap and home in each language, following the portal's own links).
 * Fields declared `public-when-…` are planted where the condition does not hold, so they must not come out either.
 * One file, one stack: about 45 s of CI per database lane (docs/security.md, "Personal data").
 */
import { XMLParser } from 'fast-xml-parser'
import { getNamedType, isLeafType, isNonNullType, isObjectType, type GraphQLObjectType } from 'graphql'

import { account, api, auth, createPerson, login } from '../../src/plugins/sdk/testing/api'
import type { PrivacyContext } from '../../src/plugins/sdk/testing/fixtures'
import { startPortalStack, type PortalStack } from '../../src/plugins/sdk/testing/portal'
import type { TestServer } from '../../src/plugins/sdk/testing/server'
import { installedFixtures } from '../fixtures/modules'
import { contextFor, restAs as restOn } from './isolation-fixtures'
import { committedSchema, gqlNames, selectionFor } from './isolation-graphql'
import { collectionRegistry, municipalGets, personalFields } from './registry'
import { recordFigures } from './report'

type ID = number | string
type Doc = Record<string, any>

const LOCALES = ['es', 'pt', 'en', 'fr']
/** API reads: the default language, and all of them at once (each localized value in every language). */
const READ_LOCALES = ['es', 'all']
/** Kinds of field a marker can be planted in (a relationship holds an id: its document's own fields are checked). */
const TEXTUAL = new Set(['text', 'textarea', 'email', 'json', 'richText', 'code', 'group', 'array', 'blocks'])
/** The portal crawl's bound (pages fetched), and how many at once. */
const CRAWL_LIMIT = 160
const CRAWL_PARALLEL = 4

let stack: PortalStack
let server: TestServer
let platform: string
let municipality: { id: ID; slug: string }
let ctx: PrivacyContext
const restAs: PrivacyContext['restAs'] = (token, ...request) => restOn(server)(token, ...request)
const problems: string[] = []
/** For the security summary (test/security/summary-reporter.mjs). */
const figures = { markers: 0, fields: 0, missing: 0, rest: 0, graphql: 0, paths: 0, pages: 0, leaks: 0 }
const record = () =>
  recordFigures('privacy', {
    ...figures,
    reads: figures.rest + figures.graphql + figures.paths + figures.pages,
  })

// ------------------------------------------------------------------------------------------------ markers
// Lowercase letters and digits, with a prefix of this run's own: nothing in the seed holds one.
const RUN = Array.from({ length: 4 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')
const markers = new Map<string, string>()
let count = 0
const marker = (what: string) => {
  const m = `zq${RUN}${(count++).toString(36).padStart(2, '0')}x`
  markers.set(m, what)
  return m
}
const email = (what: string) => `${marker(what)}@correo.test`
const phone = (what: string) => {
  const digits = `59894${String(count++ % 100).padStart(2, '0')}${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`
  markers.set(digits, what)
  return `+${digits}`
}
/** The markers a text holds (compared in lower case: a tax id is stored in capitals). */
const markersIn = (text: string): string[] => {
  const lower = text.toLowerCase()
  return [...markers.keys()].filter((m) => lower.includes(m))
}
const named = (found: string[]) => found.map((m) => `${m} (${markers.get(m)})`).join(', ')

// ------------------------------------------------------------------------------------------------ planting
const people = new Map<string, Promise<{ id: ID; token: string; email: string; name: string }>>()
const markedPerson = (what: string) => {
  if (!people.has(what))
    people.set(
      what,
      (async () => {
        const person = { email: email(`${what} email`), name: `${marker(`${what} name`)} ${marker(`${what} surname`)}` }
        const made = await createPerson(server, platform, person)
        // The person's own account settings carry the phone.
        const res = await api(server)
          .patch(`/api/people/${made.id}`)
          .set(auth(made.token))
          .send({ phone: phone(`${what} phone`) })
        if (res.status !== 200) throw new Error(`${what}'s phone: ${res.status} ${res.text}`)
        return { ...made, ...person }
      })(),
    )
  return people.get(what)!
}

/** A staff member of the municipality, named and addressed by markers, signed in (the platform admin makes them). */
const markedStaff = async (): Promise<string> => {
  const password = 'Privacidad-Clave-2026'
  const staffEmail = email('staff email')
  await restAs(
    platform,
    'post',
    '/api/users',
    {
      email: staffEmail,
      name: marker('staff name'),
      password,
      tenants: [{ tenant: municipality.id, roles: ['municipal-admin'] }],
    },
    201,
  )
  return login(server, {
    email: staffEmail,
    password,
    collection: 'users',
    role: 'municipal-admin',
    municipality: null,
  })
}

/** The core's documents: a page the staff member edits (the audit log records them). */
const plantCore = async () => {
  const [page] = (await restAs(platform, 'get', '/api/pages', undefined, 200)).docs.filter(
    (p: Doc) => String(typeof p.tenant === 'object' ? p.tenant?.id : p.tenant) === String(municipality.id),
  )
  if (!page) throw new Error(`no page in ${municipality.slug}`)
  await restAs(ctx.staff, 'patch', `/api/pages/${page.id}`, { title: page.title }, 200)
}

/** Documents of a collection as the platform admin reads them (drafts included, no pagination). */
const adminDocs = async (slug: string): Promise<Doc[]> => {
  const res = await api(server)
    .get(`/api/${slug}`)
    .query({ depth: 0, draft: 'true', pagination: 'false' })
    .set(auth(platform))
  return res.status === 200 ? (res.body.docs as Doc[]) : []
}

/** The values at a dotted path of a document, through arrays; `undefined` where the document lacks the key. */
const valuesAt = (doc: unknown, path: string[]): unknown[] => {
  if (!path.length) return [doc]
  if (Array.isArray(doc)) return doc.flatMap((d) => valuesAt(d, path))
  if (!doc || typeof doc !== 'object' || !(path[0] in (doc as Doc))) return []
  return valuesAt((doc as Doc)[path[0]], path.slice(1))
}

beforeAll(async () => {
  const started = Date.now()
  stack = await startPortalStack()
  const stackReady = Date.now()
  server = stack.cms
  platform = await login(server, account('platform-admin', null))
  const fixtures = (await installedFixtures()).filter((f) => f.privacy)
  // The municipality with every module that plants (the demo's first has them all on).
  const municipalities = (await api(server).get('/api/municipalities').query({ limit: 100 })).body.docs as Doc[]
  const home = municipalities.find((m) => fixtures.every((f) => (m.modules ?? []).includes(f.module)))
  if (!home) throw new Error('no municipality has every module with privacy fixtures on')
  municipality = { id: home.id, slug: home.slug }
  const citizen = await markedPerson('citizen')
  const staff = await markedStaff()
  ctx = { ...contextFor(server, platform, municipality, citizen), marker, email, phone, markedPerson, staff, restAs }
  for (const step of [
    { module: 'core', plant: plantCore },
    ...fixtures.map((f) => ({ module: f.module, plant: f.privacy!.plant })),
  ])
    try {
      await step.plant(ctx)
    } catch (error) {
      problems.push(`planting (${step.module}): ${error instanceof Error ? error.message : String(error)}`)
    }
  process.stdout.write(
    `[privacy] portal stack ready in ${((stackReady - started) / 1000).toFixed(1)} s, ${markers.size} markers planted in ${((Date.now() - stackReady) / 1000).toFixed(1)} s\n`,
  )
}, 900_000)
afterAll(async () => {
  await stack?.stop()
})

// ------------------------------------------------------------------------------------------------ the checks
describe('nothing personal leaves through a public path', () => {
  /** Per collection, the documents that hold a marker (as the platform admin reads them). */
  const marked = new Map<string, Doc[]>()
  beforeAll(async () => {
    for (const { slug } of collectionRegistry())
      marked.set(
        slug,
        (await adminDocs(slug)).filter((d) => markersIn(JSON.stringify(d)).length),
      )
  })

  it('plants a marker in every field declared personal, through the paths people use', async () => {
    const missing: string[] = []
    for (const [slug, fields] of Object.entries(personalFields())) {
      const checked = fields.filter((f) => f.personal === true && f.declared && TEXTUAL.has(f.type))
      if (!checked.length) continue
      const docs = await adminDocs(slug)
      for (const field of checked) {
        const values = docs.flatMap((d) => valuesAt(d, field.path.split('.')))
        // Read-protected from everyone, or an input never stored (`newMessage`): nothing reads it, nothing leaks it.
        const empty = values.every((v) => v === null || v === undefined || v === '')
        if ((!values.length && field.protected) || (empty && field.virtual)) continue
        if (markersIn(JSON.stringify(values)).length) figures.fields += 1
        else missing.push(`${slug}.${field.path} (${values.length ? 'no marker' : 'no document has it'})`)
      }
    }
    figures.markers = markers.size
    figures.missing = missing.length
    record()
    // Each missing field: a module's privacy fixtures (or the core's planting above) must fill it.
    expect(missing).toEqual([])
    expect(problems).toEqual([])
    expect(markers.size).toBeGreaterThan(20)
  })

  it('over REST: every collection, list (depth 2, each language, drafts asked for) and by id, anonymously', async () => {
    const leaks: string[] = []
    let seen = 0
    for (const { slug } of collectionRegistry()) {
      // The default language, and every language at once (`all`: each localized value in each language).
      for (const locale of READ_LOCALES) {
        const res = await api(server).get(`/api/${slug}`).query({ depth: 2, limit: 100, locale, draft: 'true' })
        figures.rest += 1
        const found = markersIn(res.text)
        if (found.length) leaks.push(`GET /api/${slug}?locale=${locale}: ${named(found)}`)
      }
      for (const doc of marked.get(slug) ?? []) {
        seen += 1
        const res = await api(server).get(`/api/${slug}/${doc.id}`).query({ depth: 2 })
        figures.rest += 1
        const found = markersIn(res.text)
        if (found.length) leaks.push(`GET /api/${slug}/${doc.id}: ${named(found)}`)
      }
    }
    figures.leaks += leaks.length
    record()
    expect(leaks).toEqual([])
    // The control: the documents read by id hold markers the platform admin reads.
    expect(seen).toBeGreaterThan(5)
  })

  it('over GraphQL: every collection with every field the schema exposes, in two languages, and the modules’ queries', async () => {
    const leaks: string[] = []
    const errors: string[] = []
    const run = async (label: string, query: string) => {
      const res = await api(server).post('/api/graphql').send({ query })
      figures.graphql += 1
      const found = markersIn(res.text)
      if (found.length) leaks.push(`${label}: ${named(found)}`)
      if (res.status >= 500) errors.push(`${label}: ${res.status}`)
      return res.body as { data?: Doc; errors?: { message: string }[] }
    }
    let answered = 0
    for (const { slug } of collectionRegistry()) {
      const names = gqlNames(slug)
      if (!names) continue
      const selection = selectionFor(names.docType)
      // GraphQL has no `all`: the default language and another (a value missing in it comes from its fallback).
      for (const locale of ['es', 'en']) {
        const body = await run(
          `${names.list} (${locale})`,
          `{ ${names.list}(limit: 100, locale: ${locale}, draft: true) { docs { ${selection} } } }`,
        )
        if (body.data?.[names.list]) answered += 1
      }
    }
    // The modules' queries a municipality answers (statistics, feeds): those whose only required argument is it.
    const query = committedSchema().getQueryType()!.getFields()
    for (const field of Object.values(query)) {
      if (!field.args.some((a) => a.name === 'municipality')) continue
      if (field.args.some((a) => a.name !== 'municipality' && isNonNullType(a.type) && a.defaultValue === undefined))
        continue
      const type = getNamedType(field.type)
      const selection = isLeafType(type)
        ? ''
        : isObjectType(type)
          ? `{ ${selectionFor(type as GraphQLObjectType)} }`
          : '{ __typename }'
      await run(field.name, `{ ${field.name}(municipality: "${municipality.slug}") ${selection} }`)
    }
    figures.leaks += leaks.length
    record()
    expect(leaks).toEqual([])
    expect(errors).toEqual([])
    expect(answered).toBeGreaterThan(10)
  })

  it('through every public endpoint of the modules (each GET endpoint a module serves is read)', async () => {
    const fixtures = (await installedFixtures()).filter((f) => f.privacy?.publicPaths)
    const paths = (await Promise.all(fixtures.map((f) => f.privacy!.publicPaths!(ctx)))).flat()
    const leaks: string[] = []
    const failed: string[] = []
    const xml = new XMLParser()
    for (const path of paths) {
      const res = await api(server).get(path)
      figures.paths += 1
      if (res.status !== 200) failed.push(`${path}: ${res.status}`)
      if (/xml/.test(res.headers['content-type'] ?? '')) xml.parse(res.text)
      const found = markersIn(res.text)
      if (found.length) leaks.push(`GET ${path}: ${named(found)}`)
    }
    figures.leaks += leaks.length
    record()
    expect(failed).toEqual([])
    expect(leaks).toEqual([])
    // Every GET endpoint served per municipality is read by some path (a new one must be added to its fixtures).
    const pattern = (p: string) => new RegExp(`^/api${p.replace(/:[a-zA-Z]+/g, '[^/?]+')}(\\?|$)`)
    expect(municipalGets().filter((endpoint) => !paths.some((p) => pattern(endpoint).test(p)))).toEqual([])
  })

  it('on the portal: a crawl from each municipality’s sitemap and home, in each language', async () => {
    const municipalities = (await api(server).get('/api/municipalities').query({ limit: 100 })).body.docs as Doc[]
    // Nearest first: the homes (0), what the home in the municipality's own language links to (1: every section,
    // the modules' among them), what those link to (2: a section's documents), the sitemap's entries and the other
    // languages' links (3), then further (4).
    const queue: { path: string; depth: number }[] = []
    const seen = new Set<string>()
    const add = (href: string, depth: number) => {
      const url = new URL(href, stack.portalUrl)
      if (url.origin !== new URL(stack.portalUrl).origin || !url.pathname.startsWith('/m/')) return
      if (/\.(png|jpe?g|webp|svg|ico|pdf|css|js|xml)$/.test(url.pathname)) return
      const key = url.pathname + url.search
      if (seen.has(key)) {
        // Queued further away (a sitemap entry a home links to): moved up.
        const queued = queue.findIndex((q) => q.path === key)
        if (queued === -1 || queue[queued].depth <= depth) return
        queue.splice(queued, 1)
      }
      seen.add(key)
      const at = queue.findIndex((q) => q.depth > depth)
      queue.splice(at === -1 ? queue.length : at, 0, { path: key, depth })
    }
    const homes = new Set<string>()
    const sitemaps: string[] = []
    for (const m of municipalities) {
      homes.add(`/m/${m.slug}/${m.defaultLocale ?? 'es'}`)
      for (const lang of LOCALES) add(`/m/${m.slug}/${lang}`, 0)
      const sitemap = await fetch(`${stack.portalUrl}/m/${m.slug}/sitemap.xml`)
      expect([m.slug, sitemap.status]).toEqual([m.slug, 200])
      sitemaps.push(...[...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc))
    }
    for (const loc of sitemaps) add(loc, 3)
    const leaks: string[] = []
    const read = new Set<string>()
    const linkedFromHomes = new Set<string>()
    const worker = async () => {
      for (let next = queue.shift(); next && read.size < CRAWL_LIMIT; next = queue.shift()) {
        read.add(next.path)
        const res = await fetch(`${stack.portalUrl}${next.path}`, { redirect: 'follow' })
        const html = await res.text()
        const found = markersIn(html)
        if (found.length) leaks.push(`portal ${next.path}: ${named(found)}`)
        if (!(res.headers.get('content-type') ?? '').includes('html')) continue
        const home = homes.has(next.path)
        for (const [, href] of html.matchAll(/<a [^>]*href="([^"#]+)/g)) {
          const link = href.replace(/&amp;/g, '&')
          add(link, home ? 1 : next.depth === 0 ? 3 : next.depth === 1 ? 2 : 4)
          if (home) linkedFromHomes.add(new URL(link, stack.portalUrl).pathname)
        }
      }
    }
    await Promise.all(Array.from({ length: CRAWL_PARALLEL }, worker))
    figures.pages = read.size
    figures.leaks += leaks.length
    record()
    expect(leaks).toEqual([])
    // Every page a municipality's home links to (its sections, each module's among them) was read.
    const readPaths = new Set([...read].map((p) => p.split('?')[0]))
    const unread = [...linkedFromHomes].filter((p) => p.startsWith('/m/') && !/\.[a-z]+$/.test(p))
    expect(unread.filter((p) => !readPaths.has(p))).toEqual([])
    expect(read.size).toBeGreaterThan(30)
  })
})
