/**
 * The portal (frontend/) end to end, in Debian's Chromium against a real CMS: one portal per municipality
 * (Host header and /m/{slug}), only enabled modules, languages, accounts (sign up with the terms linked,
 * verify by the emailed link — sent again on request —, log in and out, reset the password with the password
 * policy's own message), revalidation after a CMS edit, WCAG 2.2 AA (axe) on every MuniPortal and account route
 * template in two languages, with reflow at 320 CSS px (no sideways scrolling), small screens (the header's menu,
 * tables as cards), and screenshots of each municipality's home.
 */
import { execFileSync } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'

import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { account, api, auth, login, municipalityId } from '../../src/plugins/sdk/testing/api'

import { contrastRatio } from '../../frontend/src/lib/contrast'

import { rowCells } from '../../src/plugins/sdk/testing/browser'
import { GUIDE_PHONE, guideShot } from '../../src/plugins/sdk/testing/guides'
import { linkIn, startPortalStack, type PortalStack } from '../../src/plugins/sdk/testing/portal'

let stack: PortalStack
const VILLA = '/m/villa-esperanza/es'
const NOVA = '/m/nova-esperanca/pt'

beforeAll(async () => {
  stack = await startPortalStack()
}, 600_000)
afterAll(async () => {
  await stack?.stop()
})

/** A GET with a chosen Host header (fetch may not set it). */
const getWithHost = (path: string, host: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const url = new URL(stack.portalUrl)
    const req = http.request({ host: url.hostname, port: url.port, path, headers: { ...headers, host } }, (res) => {
      let body = ''
      res.on('data', (c: Buffer) => (body += c.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })

describe('one portal per municipality', () => {
  it('resolves the municipality from the Host header, and from /m/{slug}; unknown ones answer 404', async () => {
    const byHost = await getWithHost('/', 'villa-esperanza.localhost')
    expect(byHost.status).toBe(200)
    expect(byHost.body).toContain('Bienvenida y bienvenido al portal de Villa Esperanza')
    expect(byHost.body).toContain('<html lang="es"')
    const novaByHost = await getWithHost('/news', 'nova-esperanca.localhost:3001')
    expect(novaByHost.status).toBe(200)
    expect(novaByHost.body).toContain('<html lang="pt"')
    expect(novaByHost.body).toContain('Notícias')

    const res = await fetch(`${stack.portalUrl}${VILLA}`)
    expect(res.status).toBe(200)
    const redirect = await fetch(`${stack.portalUrl}/m/nova-esperanca`, { redirect: 'manual' })
    expect(redirect.status).toBe(307)
    expect(redirect.headers.get('location')).toMatch(/\/m\/nova-esperanca\/pt$/)

    for (const path of ['/m/no-such-town/es', '/m/villa-esperanza/de', `${VILLA}/news/no-such-news`, `${VILLA}/p/nope`])
      expect([path, (await fetch(`${stack.portalUrl}${path}`)).status]).toEqual([path, 404])
  })

  it('shows only enabled modules: where a module is off, no entry of it in the navigation, and its pages answer 404', async () => {
    // Which modules each municipality has on, from the CMS; the navigation marks each module's entry.
    const enabled = async (slug: string) =>
      ((
        await api(stack.cms)
          .get('/api/municipalities')
          .query({ where: { slug: { equals: slug } } })
      ).body.docs[0].modules ?? []) as string[]
    const page = await stack.newPage()
    const moduleLinks = async (path: string) => {
      await page.goto(path)
      return page
        .locator('nav.main-nav a[data-module]')
        .evaluateAll((as) => as.map((a) => ({ module: a.getAttribute('data-module')!, href: a.getAttribute('href')! })))
    }
    const villaOn = await enabled('villa-esperanza')
    const novaOn = await enabled('nova-esperanca')
    const villaLinks = await moduleLinks(VILLA)
    // For the citizens' guides (docs/guides/): each municipality's home, in its language (before later tests edit
    // its news and colours).
    // (The news' dates, relative to the day of the seed, masked.)
    await guideShot(page, 'es/ciudadania-inicio', { mask: [page.locator('main .card .meta')] })
    const novaLinks = await moduleLinks(NOVA)
    await guideShot(page, 'pt/cidadaos-inicio', { mask: [page.locator('main .card .meta')] })
    // Villa Esperanza has every module on: an entry for each that has one, and none for a module it has off.
    expect(villaLinks.filter((l) => !villaOn.includes(l.module))).toEqual([])
    expect(novaLinks.filter((l) => !novaOn.includes(l.module))).toEqual([])
    expect(novaLinks.map((l) => l.module)).toEqual(
      villaLinks.filter((l) => novaOn.includes(l.module)).map((l) => l.module),
    )
    // The pages of a module Nova Esperança has off answer 404 there, with the portal's page in Portuguese.
    for (const link of villaLinks.filter((l) => !novaOn.includes(l.module))) {
      const path = link.href.replace(VILLA, NOVA)
      const res = await page.goto(`${path}`)
      expect([path, res?.status()]).toEqual([path, 404])
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Página não encontrada')
    }
    await stack.expectAccessible(page, '404 (pt)')
    await page.goto(VILLA)
    const villaNav = page.getByRole('navigation', { name: 'Navegación principal' })
    // The editors' menu adds its own pages, not a second "Inicio".
    await expect(villaNav.getByRole('link', { name: 'El municipio' }).count()).resolves.toBe(1)
    await expect(villaNav.getByRole('link', { name: 'Inicio', exact: true }).count()).resolves.toBe(1)
  })

  it('speaks es, pt, en and fr, with the municipality’s own language first in the switcher', async () => {
    const page = await stack.newPage()
    await page.goto(`${NOVA}/news`)
    const switcher = page.getByRole('navigation', { name: 'Idioma' })
    await expect(switcher.getByRole('link').allTextContents()).resolves.toEqual([
      'Português',
      'Español',
      'English',
      'Français',
    ])
    await switcher.getByRole('link', { name: 'Français' }).click()
    await page.waitForURL(/\/m\/nova-esperanca\/fr\/news$/)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Actualités')
    await page.goto(VILLA)
    await expect(page.getByRole('navigation', { name: 'Idioma' }).getByRole('link').allTextContents()).resolves.toEqual(
      ['Español', 'Português', 'English', 'Français'],
    )
  })
})

describe('content and caching', () => {
  it('shows a news item edited in the CMS on the next read, without a restart or rebuild', async () => {
    const editor = await login(stack.cms, account('editor', 'villa-esperanza'))
    const list = await api(stack.cms)
      .get('/api/news?where[slug][equals]=nueva-plaza-barrio-norte&locale=es')
      .set(auth(editor))
    const news = list.body.docs[0]
    const path = `${VILLA}/news/nueva-plaza-barrio-norte`
    const before = await (await fetch(`${stack.portalUrl}${path}`)).text()
    expect(before).toContain(news.title)
    // Twice: the second read comes from the portal's cache.
    expect(await (await fetch(`${stack.portalUrl}${path}`)).text()).toContain(news.title)
    const title = `Plaza del Barrio Norte: obra terminada ${Date.now()}`
    const patch = await api(stack.cms).patch(`/api/news/${news.id}?locale=es`).set(auth(editor)).send({ title })
    expect(patch.status).toBe(200)
    const after = await (await fetch(`${stack.portalUrl}${path}`)).text()
    expect(after).toContain(title)
    const home = await (await fetch(`${stack.portalUrl}${VILLA}`)).text()
    expect(home).toContain(title)
    // The other municipality's cache was not touched by it, and shows its own content.
    expect(await (await fetch(`${stack.portalUrl}${NOVA}`)).text()).not.toContain(title)
  })

  it('refuses revalidation calls without the shared secret', async () => {
    const bad = await fetch(`${stack.portalUrl}/api/revalidate`, {
      method: 'POST',
      headers: { authorization: 'Bearer wrong', 'content-type': 'application/json' },
      body: JSON.stringify({ tags: ['m:villa-esperanza'] }),
    })
    expect(bad.status).toBe(401)
    const malformed = await fetch(`${stack.portalUrl}/api/revalidate`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer portal-test-revalidation-secret-0123456789',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ tags: ["m:x'; drop"] }),
    })
    expect(malformed.status).toBe(400)
    expect((await malformed.json()).error).toMatch(/tags must be/)
  })

  it('keeps text contrast at WCAG AA whatever colour the municipality picks', async () => {
    const admin = await login(stack.cms, account('municipal-admin', 'nova-esperanca'))
    const list = await api(stack.cms).get('/api/municipalities?where[slug][equals]=nova-esperanca').set(auth(admin))
    const id = list.body.docs[0].id
    const res = await api(stack.cms)
      .patch(`/api/municipalities/${id}`)
      .set(auth(admin))
      .send({ theme: { primaryColor: '#ffee58', secondaryColor: '#fff59d' } })
    expect(res.status).toBe(200)
    const page = await stack.newPage()
    await page.goto(NOVA)
    const colours = await page.evaluate(() => {
      const header = getComputedStyle(document.querySelector('.site-header')!)
      const link = getComputedStyle(document.querySelector('main a')!)
      return { bg: header.backgroundColor, fg: header.color, link: link.color }
    })
    const rgb = (css: string) => css.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number]
    // The header keeps the chosen yellow with black text; links, too light in yellow, were darkened.
    expect(contrastRatio(rgb(colours.bg), rgb(colours.fg))).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(rgb(colours.link), [255, 255, 255])).toBeGreaterThanOrEqual(4.5)
    await stack.expectAccessible(page, 'home with a light theme colour (pt)')
  })
})

// Issue 22: what search engines and link previews read.
describe('search engines and link previews', () => {
  const VILLA_HOST = 'http://villa-esperanza.localhost'
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (n) => /^(url|sitemap|xhtml:link)$/.test(n),
  })
  type Url = { loc: string; lastmod?: string; 'xhtml:link': { rel: string; hreflang: string; href: string }[] }
  /** A sitemap's text, checked by a real XML parser and (a <urlset>) by xmllint against sitemaps.org's XSD. */
  const parse = (xml: string) => {
    expect(XMLValidator.validate(xml)).toBe(true)
    const root = parser.parse(xml)
    // sitemaps.org's schema for a <urlset>, with the xhtml:link alternates (Debian's libxml2-utils; .ci/run).
    if (root.urlset)
      execFileSync('xmllint', ['--noout', '--schema', path.resolve('test/e2e/fixtures/sitemaps/urlset.xsd'), '-'], {
        input: xml,
        stdio: ['pipe', 'pipe', 'pipe'],
      })
    return root as { urlset?: { url: Url[] }; sitemapindex?: { sitemap: { loc: string }[] } }
  }
  /** The `<meta>` and `<link>` tags of a page, with their attributes (names in lower case, entities decoded). */
  const tags = (html: string) =>
    [...html.matchAll(/<(meta|link|title)\b([^>]*)>(?:([^<]*)<\/title>)?/gi)].map(([, tag, attrs, text]) => {
      const decode = (v: string) =>
        v
          .replace(/&quot;/g, '"')
          .replace(/&#x27;|&#39;/g, "'")
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&')
      const found: Record<string, string> = { tag: tag!.toLowerCase() }
      for (const [, name, value] of attrs!.matchAll(/([\w:-]+)="([^"]*)"/g)) found[name!.toLowerCase()] = decode(value!)
      if (text !== undefined) found.text = decode(text)
      return found
    })
  const meta = (html: string, key: string) =>
    tags(html)
      .filter((t) => t.tag === 'meta' && (t.property === key || t.name === key))
      .map((t) => t.content)
  const canonical = (html: string) =>
    tags(html)
      .filter((t) => t.tag === 'link' && t.rel === 'canonical')
      .map((t) => t.href)
  const alternates = (html: string) =>
    Object.fromEntries(
      tags(html)
        .filter((t) => t.tag === 'link' && t.rel === 'alternate' && t.hreflang)
        .map((t) => [t.hreflang, t.href]),
    )

  let editor: string
  let villaId: number | string
  let media: { id: number; url: string }[]
  beforeAll(async () => {
    editor = await login(stack.cms, account('editor', 'villa-esperanza'))
    villaId = await municipalityId(stack.cms, 'villa-esperanza')
    const list = await api(stack.cms)
      .get(`/api/media?where[tenant][equals]=${villaId}&limit=2&sort=id`)
      .set(auth(editor))
    media = list.body.docs
    expect(media.length).toBe(2)
  })

  it('robots.txt points to the sitemap of the host asked: the platform’s index, or a municipality’s own', async () => {
    const platform = await fetch(`${stack.portalUrl}/robots.txt`)
    expect(platform.status).toBe(200)
    const text = await platform.text()
    expect(text).toMatch(/^User-Agent: \*$/im)
    expect(text).toMatch(/^Disallow: \/m\/\*\/\*\/account$/m)
    expect(text).toContain(`Sitemap: ${stack.portalUrl}/sitemap.xml`)
    const own = await getWithHost('/robots.txt', 'villa-esperanza.localhost')
    expect(own.status).toBe(200)
    expect(own.body).toContain(`Sitemap: ${VILLA_HOST}/sitemap.xml`)
    expect(own.body).toMatch(/^Disallow: \/account$/m)
  })

  it('sitemaps list published content of each municipality in four languages, with lastmod and hreflang; never drafts or another municipality’s', async () => {
    const stamp = Date.now()
    const published = await api(stack.cms)
      .post('/api/news?locale=es')
      .set(auth(editor))
      .send({ title: `Mapa del sitio ${stamp}`, slug: `mapa-${stamp}`, tenant: villaId, _status: 'published' })
    expect(published.status).toBe(201)
    const draft = await api(stack.cms)
      .post('/api/news?locale=es&draft=true')
      .set(auth(editor))
      .send({ title: `Borrador ${stamp}`, slug: `borrador-${stamp}`, tenant: villaId, _status: 'draft' })
    expect(draft.status).toBe(201)

    // The platform's address: an index of every municipality's sitemap.
    const index = await fetch(`${stack.portalUrl}/sitemap.xml`)
    expect(index.status).toBe(200)
    expect(index.headers.get('content-type')).toMatch(/^application\/xml/)
    const maps = parse(await index.text()).sitemapindex!.sitemap.map((s) => s.loc)
    expect(maps).toEqual(
      expect.arrayContaining([
        `${stack.portalUrl}/m/villa-esperanza/sitemap.xml`,
        `${stack.portalUrl}/m/nova-esperanca/sitemap.xml`,
      ]),
    )

    const villaRes = await fetch(`${stack.portalUrl}/m/villa-esperanza/sitemap.xml`)
    expect(villaRes.status).toBe(200)
    const villaXml = await villaRes.text()
    const villa = parse(villaXml).urlset!.url
    const locs = villa.map((u) => u.loc)
    for (const lang of ['es', 'pt', 'en', 'fr']) {
      const base = `${stack.portalUrl}/m/villa-esperanza/${lang}`
      expect(locs).toEqual(
        expect.arrayContaining([
          base,
          `${base}/news`,
          `${base}/events`,
          `${base}/documents`,
          `${base}/news/mapa-${stamp}`,
          `${base}/news/nueva-plaza-barrio-norte`,
          `${base}/events/feria-de-productores`,
          `${base}/p/el-municipio`,
        ]),
      )
    }
    const item = villa.find((u) => u.loc === `${stack.portalUrl}${VILLA}/news/mapa-${stamp}`)!
    expect(new Date(item.lastmod!).toISOString()).toBe(new Date(published.body.doc.updatedAt).toISOString())
    expect(Object.fromEntries(item['xhtml:link'].map((l) => [l.hreflang, l.href]))).toEqual({
      es: `${stack.portalUrl}/m/villa-esperanza/es/news/mapa-${stamp}`,
      pt: `${stack.portalUrl}/m/villa-esperanza/pt/news/mapa-${stamp}`,
      en: `${stack.portalUrl}/m/villa-esperanza/en/news/mapa-${stamp}`,
      fr: `${stack.portalUrl}/m/villa-esperanza/fr/news/mapa-${stamp}`,
      'x-default': `${stack.portalUrl}/m/villa-esperanza/es/news/mapa-${stamp}`,
    })
    expect(villaXml).not.toContain(`borrador-${stamp}`)
    expect(villaXml).not.toContain('nova-esperanca')
    expect(villaXml).not.toContain('vacinacao-nas-escolas')

    // The modules' public pages: the first page of each module the municipality has on (its navigation entry),
    // and none of a module it has off.
    const nav = async (base: string) =>
      [...(await (await fetch(`${stack.portalUrl}${base}`)).text()).matchAll(/<a[^>]*data-module="[^"]+"[^>]*>/g)].map(
        (m) => /href="([^"]+)"/.exec(m[0])![1]!,
      )
    const villaModules = await nav(VILLA)
    expect(villaModules.length).toBeGreaterThan(0)
    for (const href of villaModules) expect(locs).toContain(`${stack.portalUrl}${href}`)
    const novaXml = await (await fetch(`${stack.portalUrl}/m/nova-esperanca/sitemap.xml`)).text()
    const nova = parse(novaXml).urlset!.url.map((u) => u.loc)
    expect(nova).toContain(`${stack.portalUrl}/m/nova-esperanca/pt/news/vacinacao-nas-escolas`)
    const novaModules = await nav(NOVA)
    for (const href of villaModules.map((h) => h.replace(VILLA, NOVA)))
      expect([href, nova.includes(`${stack.portalUrl}${href}`)]).toEqual([href, novaModules.includes(href)])
    expect(novaXml).not.toContain('villa-esperanza')
    expect((await fetch(`${stack.portalUrl}/m/no-such-town/sitemap.xml`)).status).toBe(404)

    // On the municipality's own domain: its sitemap, with that domain's addresses (no /m/{slug}/{lang}).
    const own = await getWithHost('/sitemap.xml', 'villa-esperanza.localhost')
    expect(own.status).toBe(200)
    const ownUrls = parse(own.body).urlset!.url
    expect(ownUrls.map((u) => u.loc)).toEqual(
      expect.arrayContaining([
        `${VILLA_HOST}/`,
        `${VILLA_HOST}/news/mapa-${stamp}`,
        `${VILLA_HOST}/en/news/mapa-${stamp}`,
        `${VILLA_HOST}/fr/events/feria-de-productores`,
      ]),
    )
    expect(own.body).not.toContain('/m/')
    expect(own.body).not.toContain(`borrador-${stamp}`)
    const ownItem = ownUrls.find((u) => u.loc === `${VILLA_HOST}/pt/news/mapa-${stamp}`)!
    expect(ownItem['xhtml:link'].find((l) => l.hreflang === 'x-default')!.href).toBe(`${VILLA_HOST}/news/mapa-${stamp}`)
  })

  it('a news item and an event: their SEO title, description and image in <title>, the description and the link preview', async () => {
    const stamp = Date.now()
    const news = await api(stack.cms)
      .post('/api/news?locale=es')
      .set(auth(editor))
      .send({
        title: `Título de la noticia ${stamp}`,
        slug: `seo-${stamp}`,
        excerpt: 'El resumen de la noticia.',
        image: media[0]!.id,
        seo: {
          title: `Título para buscadores ${stamp}`,
          description: 'La descripción para buscadores.',
          image: media[1]!.id,
        },
        tenant: villaId,
        _status: 'published',
      })
    expect(news.status).toBe(201)
    const html = await (await fetch(`${stack.portalUrl}${VILLA}/news/seo-${stamp}`)).text()
    expect(tags(html).find((t) => t.tag === 'title')!.text).toBe(`Título para buscadores ${stamp} · Villa Esperanza`)
    expect(meta(html, 'description')).toEqual(['La descripción para buscadores.'])
    expect(meta(html, 'og:title')).toEqual([`Título para buscadores ${stamp}`])
    expect(meta(html, 'og:description')).toEqual(['La descripción para buscadores.'])
    expect(meta(html, 'og:type')).toEqual(['article'])
    expect(meta(html, 'og:locale')).toEqual(['es_UY'])
    expect(meta(html, 'og:url')).toEqual([`${stack.portalUrl}${VILLA}/news/seo-${stamp}`])
    expect(meta(html, 'twitter:card')).toEqual(['summary_large_image'])
    const [image] = meta(html, 'og:image')
    expect(image).toMatch(/^https?:\/\//)
    expect(image!.endsWith(media[1]!.url)).toBe(true)
    const file = await fetch(image!)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toMatch(/^image\//)

    const event = await api(stack.cms)
      .post('/api/events?locale=es')
      .set(auth(editor))
      .send({
        title: `Concierto ${stamp}`,
        slug: `concierto-${stamp}`,
        start: '2027-03-01T20:00:00.000Z',
        summary: 'Un concierto en la plaza.',
        image: media[1]!.id,
        seo: { title: `Concierto para buscadores ${stamp}`, description: 'Música en la plaza.', image: media[0]!.id },
        tenant: villaId,
        _status: 'published',
      })
    expect(event.status).toBe(201)
    const page = await (await fetch(`${stack.portalUrl}/m/villa-esperanza/fr/events/concierto-${stamp}`)).text()
    expect(tags(page).find((t) => t.tag === 'title')!.text).toBe(`Concierto para buscadores ${stamp} · Villa Esperanza`)
    expect(meta(page, 'og:title')).toEqual([`Concierto para buscadores ${stamp}`])
    expect(meta(page, 'description')).toEqual(['Música en la plaza.'])
    expect(meta(page, 'og:description')).toEqual(['Música en la plaza.'])
    expect(meta(page, 'og:locale')).toEqual(['fr_UY'])
    expect(meta(page, 'twitter:card')).toEqual(['summary_large_image'])
    expect(meta(page, 'og:image')[0]!.endsWith(media[0]!.url)).toBe(true)
    // Without SEO fields: the event's own title, summary and image.
    const plain = await api(stack.cms)
      .post('/api/events?locale=es')
      .set(auth(editor))
      .send({
        title: `Feria ${stamp}`,
        slug: `feria-${stamp}`,
        start: '2027-04-01T10:00:00.000Z',
        summary: 'Una feria.',
        image: media[1]!.id,
        tenant: villaId,
        _status: 'published',
      })
    expect(plain.status).toBe(201)
    const plainPage = await (await fetch(`${stack.portalUrl}${VILLA}/events/feria-${stamp}`)).text()
    expect(meta(plainPage, 'og:title')).toEqual([`Feria ${stamp}`])
    expect(meta(plainPage, 'description')).toEqual(['Una feria.'])
    expect(meta(plainPage, 'og:image')[0]!.endsWith(media[1]!.url)).toBe(true)

    // A page without an image of its own: the municipality's logo, absolute. The platform's default is served.
    const documents = await (await fetch(`${stack.portalUrl}${NOVA}/documents`)).text()
    expect(meta(documents, 'og:image')[0]).toMatch(/^https?:\/\/.+\/api\/media\/file\//)
    expect(meta(documents, 'og:locale')).toEqual(['pt_BR'])
    expect(meta(documents, 'twitter:card')).toEqual(['summary'])
    const fallback = await fetch(`${stack.portalUrl}/og-default.png`)
    expect(fallback.status).toBe(200)
    expect(fallback.headers.get('content-type')).toBe('image/png')
  })

  it('every page has hreflang alternates and a canonical address, in the municipality domain’s own shape there', async () => {
    const onPlatform = await (await fetch(`${stack.portalUrl}/m/villa-esperanza/en/news`)).text()
    expect(canonical(onPlatform)).toEqual([`${stack.portalUrl}/m/villa-esperanza/en/news`])
    expect(alternates(onPlatform)).toEqual({
      es: `${stack.portalUrl}/m/villa-esperanza/es/news`,
      pt: `${stack.portalUrl}/m/villa-esperanza/pt/news`,
      en: `${stack.portalUrl}/m/villa-esperanza/en/news`,
      fr: `${stack.portalUrl}/m/villa-esperanza/fr/news`,
      'x-default': `${stack.portalUrl}/m/villa-esperanza/es/news`,
    })
    const novaHome = await (await fetch(`${stack.portalUrl}${NOVA}`)).text()
    expect(alternates(novaHome)['x-default']).toBe(`${stack.portalUrl}${NOVA}`)

    const own = await getWithHost('/en/news/nueva-plaza-barrio-norte', 'villa-esperanza.localhost')
    expect(own.status).toBe(200)
    expect(canonical(own.body)).toEqual([`${VILLA_HOST}/en/news/nueva-plaza-barrio-norte`])
    expect(alternates(own.body)).toEqual({
      es: `${VILLA_HOST}/news/nueva-plaza-barrio-norte`,
      pt: `${VILLA_HOST}/pt/news/nueva-plaza-barrio-norte`,
      en: `${VILLA_HOST}/en/news/nueva-plaza-barrio-norte`,
      fr: `${VILLA_HOST}/fr/news/nueva-plaza-barrio-norte`,
      'x-default': `${VILLA_HOST}/news/nueva-plaza-barrio-norte`,
    })
    expect(meta(own.body, 'og:url')).toEqual([`${VILLA_HOST}/en/news/nueva-plaza-barrio-norte`])
    const home = await getWithHost('/', 'villa-esperanza.localhost')
    expect(canonical(home.body)).toEqual([`${VILLA_HOST}/`])
    expect(alternates(home.body).fr).toBe(`${VILLA_HOST}/fr`)

    // A module's page (the first entry of the navigation that a module adds) gets the same, from the layout.
    const href = /<a[^>]*data-module="[^"]+"[^>]*>/
      .exec(home.body)![0]
      .match(/href="\/m\/villa-esperanza\/es([^"]*)"/)![1]!
    const modulePage = await getWithHost(`/fr${href}`, 'villa-esperanza.localhost')
    expect(modulePage.status).toBe(200)
    expect(canonical(modulePage.body)).toEqual([`${VILLA_HOST}/fr${href}`])
    expect(alternates(modulePage.body)['x-default']).toBe(`${VILLA_HOST}${href}`)
  })
})

describe('accounts', () => {
  const email = `vecino.${Date.now()}@example.org`
  const password = 'Clave-segura-2026'

  it('signs up, verifies through the link in the email, logs in and out; wrong input shows errors by the fields', async () => {
    const page = await stack.newPage()
    await page.goto(`${VILLA}/account/signup`)
    await stack.expectAccessible(page, 'sign-up (es)')
    // The checkbox that asks to accept the terms links to them (the municipality's page), in the same tab.
    const terms = page.getByRole('link', { name: 'Leer las condiciones de uso y la política de privacidad' })
    await expect(terms.getAttribute('href')).resolves.toBe(`${VILLA}/p/legal`)
    await expect(terms.getAttribute('target')).resolves.toBeNull()
    await expect(
      page.getByRole('checkbox', { name: /Acepto las condiciones/ }).getAttribute('aria-describedby'),
    ).resolves.toBe('f-terms-hint')
    await terms.click()
    await page.waitForURL(new RegExp(`${VILLA}/p/legal$`))
    await page.getByRole('heading', { name: 'Condiciones de uso y privacidad' }).waitFor()
    expect(await page.evaluate(() => history.length)).toBeGreaterThan(1)
    await page.goBack()
    await page.getByRole('button', { name: 'Crear cuenta' }).waitFor()
    await page.getByLabel('Nombre y apellido').fill('Vecino de Prueba')
    await page.getByLabel('Correo electrónico').fill(email)
    await page.getByLabel(/^Contraseña/).fill('corta')
    await page.getByLabel('Repita la contraseña').fill('corta')
    await page.getByLabel(/Acepto las condiciones/).check()
    // The browser's own check (minlength) is skipped, to see the server's answer.
    await page.locator('form.form').evaluate((f) => ((f as HTMLFormElement).noValidate = true))
    await page.getByRole('button', { name: 'Crear cuenta' }).click()
    const error = page.getByText('La contraseña debe tener al menos 10 caracteres.').first()
    await error.waitFor()
    const input = page.getByLabel(/^Contraseña/)
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true')
    await expect(input.getAttribute('aria-describedby')).resolves.toContain('f-password-error')
    await stack.expectAccessible(page, 'sign-up with errors (es)')

    await page.getByLabel(/^Contraseña/).fill(password)
    await page.getByLabel('Repita la contraseña').fill(password)
    await page.getByRole('button', { name: 'Crear cuenta' }).click()
    await page.getByText(`Le enviamos un correo a ${email}`).waitFor()

    const mail = await stack.smtp.waitForMail(email, (m) => m.subject === 'Confirme su correo')
    const first = linkIn(mail.html, '/account/verify/')
    expect(first.startsWith(`${stack.portalUrl}${VILLA}/account/verify/`)).toBe(true)

    // Logging in before verifying is refused with the reason, and the email can be sent again (issue 22).
    await page.goto(`${VILLA}/account/login`)
    await page.getByLabel('Correo electrónico').fill(email)
    await page.getByLabel('Contraseña').fill(password)
    await page.getByRole('button', { name: 'Entrar' }).click()
    await page.getByText('Primero confirme su correo').waitFor()
    await stack.expectAccessible(page, 'log-in refused, unverified (es)')
    await page.getByRole('button', { name: 'Enviar de nuevo el correo de confirmación' }).click()
    await page.getByText(`Si ${email} tiene una cuenta sin confirmar, le enviamos de nuevo el correo.`).waitFor()
    const deadline = Date.now() + 15_000
    let resent = (await stack.smtp.mailsTo(email)).filter((m) => m.subject === 'Confirme su correo')
    while (resent.length < 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200))
      resent = (await stack.smtp.mailsTo(email)).filter((m) => m.subject === 'Confirme su correo')
    }
    expect(resent).toHaveLength(2)
    // Payload's own token, in a link to this municipality's portal.
    const link = linkIn(resent[1]!.html, '/account/verify/')
    expect(link).toBe(first)

    await page.goto(link)
    await stack.expectAccessible(page, 'verify (es)')
    await page.getByRole('button', { name: 'Confirmar mi correo' }).click()
    await page.getByText('Su correo quedó confirmado').waitFor()

    await page.goto(`${VILLA}/account`)
    await page.waitForURL(/\/account\/login\?next=/)
    await stack.expectAccessible(page, 'log-in (es)')
    await page.getByLabel('Correo electrónico').fill(email)
    await page.getByLabel('Contraseña').fill('not-the-password')
    await page.getByRole('button', { name: 'Entrar' }).click()
    await page.getByText('El correo o la contraseña no son correctos.').waitFor()
    await page.getByLabel('Contraseña').fill(password)
    await page.getByRole('button', { name: 'Entrar' }).click()
    await page.waitForURL(new RegExp(`${VILLA}/account$`))
    await page.getByText(`Sesión iniciada como Vecino de Prueba (${email})`).waitFor()
    await stack.expectAccessible(page, 'account (es)')
    // The session cookie is the portal's own, HttpOnly and SameSite=Lax.
    const cookie = (await page.context().cookies()).find((c) => c.name === 'emuni_session')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' })

    await page.getByRole('button', { name: 'Cerrar sesión' }).click()
    await page.getByText('Cerró la sesión.').waitFor()
    expect((await page.context().cookies()).find((c) => c.name === 'emuni_session')).toBeUndefined()
  })

  it('resets a forgotten password through the emailed link (in Portuguese on the Portuguese portal)', async () => {
    const page = await stack.newPage()
    await page.goto(`${NOVA}/account/forgot`)
    await stack.expectAccessible(page, 'forgot password (pt)')
    await page.getByLabel('E-mail').fill(email)
    await page.getByRole('button', { name: 'Enviar link' }).click()
    await page.getByText('Se houver uma conta com esse e-mail').waitFor()
    const mail = await stack.smtp.waitForMail(email, (m) => m.subject === 'Redefinir sua senha')
    const link = linkIn(mail.html, '/account/reset/')
    expect(link.startsWith(`${stack.portalUrl}${NOVA}/account/reset/`)).toBe(true)
    await page.goto(link)
    await stack.expectAccessible(page, 'reset password (pt)')
    // A password the policy refuses: its own message, in Portuguese, by the field (not "the link is bad").
    await page.getByLabel(/^Senha/).fill('senha123456')
    await page.getByLabel('Repita a senha').fill('senha123456')
    await page.getByRole('button', { name: 'Salvar senha' }).click()
    const policy = 'Essa senha está entre as mais usadas e fáceis de adivinhar: escolha outra.'
    await page.locator('#f-password-error').getByText(policy).waitFor()
    await expect(page.getByRole('alert', { name: 'Verifique os seguintes dados' }).textContent()).resolves.toContain(
      policy,
    )
    await expect(page.getByText('O link não é válido').count()).resolves.toBe(0)
    await expect(page.getByLabel(/^Senha/).getAttribute('aria-invalid')).resolves.toBe('true')
    await stack.expectAccessible(page, 'reset password refused by the policy (pt)')
    await page.getByLabel(/^Senha/).fill('Nova-senha-segura-2026')
    await page.getByLabel('Repita a senha').fill('Nova-senha-segura-2026')
    await page.getByRole('button', { name: 'Salvar senha' }).click()
    await page.getByText('Sua senha foi alterada').waitFor()
    const old = await api(stack.cms).post('/api/people/login').send({ email, password })
    expect(old.status).toBe(401)
    const fresh = await api(stack.cms).post('/api/people/login').send({ email, password: 'Nova-senha-segura-2026' })
    expect(fresh.status).toBe(200)
  })
})

// expectAccessible runs axe, then checks reflow: the page does not scroll sideways at 320 × 640 CSS px.
describe('accessibility (axe: WCAG 2.0, 2.1, 2.2 A and AA; reflow at 320 px) on every MuniPortal route template, small screens, and screenshots', () => {
  const templates = (base: string, news: string, event: string, page: string) => [
    ['home', base],
    ['news', `${base}/news`],
    ['news item', `${base}/news/${news}`],
    ['events', `${base}/events`],
    ['event', `${base}/events/${event}`],
    ['documents', `${base}/documents`],
    ['documents filtered', `${base}/documents?kind=budget&year=2026&q=a`],
    ['CMS page', `${base}/p/${page}`],
    ['not found', `${base}/news/nothing-here`],
    ['sign-up', `${base}/account/signup`],
  ]

  it.each([
    ['es', VILLA, 'nueva-plaza-barrio-norte', 'feria-de-productores', 'inicio'],
    ['pt', NOVA, 'vacinacao-nas-escolas', 'festa-da-colheita', 'inicio'],
    ['en', '/m/villa-esperanza/en', 'nueva-plaza-barrio-norte', 'feria-de-productores', 'el-municipio'],
  ])('%s: 0 violations', async (lang, base, news, event, cmsPage) => {
    const page = await stack.newPage()
    for (const [label, path] of templates(base, news, event, cmsPage)) {
      const res = await page.goto(path)
      expect([label, res?.status()]).toEqual([label, label === 'not found' ? 404 : 200])
      await stack.expectAccessible(page, `${label} ${path}`)
      // For the citizens' guides (docs/guides/): the transparency documents and the sign-up form.
      if (label === 'documents' && lang !== 'en')
        await guideShot(page, lang === 'es' ? 'es/ciudadania-documentos' : 'pt/cidadaos-documentos')
      if (label === 'sign-up' && lang !== 'en')
        await guideShot(page, lang === 'es' ? 'es/ciudadania-cuenta-crear' : 'pt/cidadaos-conta-criar')
    }
  })

  // Nova Esperança's content is in Portuguese only: in the other languages every template shows it in
  // Portuguese, marked lang="pt" (WCAG 3.1.2), with no empty link or heading.
  it.each(['es', 'en', 'fr'])(
    '%s, a language the content lacks: texts in the municipality’s language, marked, 0 violations',
    async (lang) => {
      const base = `/m/nova-esperanca/${lang}`
      const page = await stack.newPage()
      const marked: Record<string, string[]> = {
        home: ['Campanha de vacinação chega às escolas municipais', 'Festa da Colheita'],
        news: ['Campanha de vacinação chega às escolas municipais', 'Equipes de saúde visitam'],
        'news item': ['Campanha de vacinação chega às escolas municipais'],
        events: ['Festa da Colheita', 'Praça Central'],
        event: ['Festa da Colheita', 'Música, comidas típicas'],
        'CMS page': ['A cidade', 'Nova Esperança do Vale tem 32 mil habitantes'],
        'CMS home page': ['Bem-vindos a Nova Esperança do Vale', 'Ver documentos'],
      }
      const all = [
        ...templates(base, 'vacinacao-nas-escolas', 'festa-da-colheita', 'a-cidade'),
        ['CMS home page', `${base}/p/inicio`],
        ['log-in', `${base}/account/login`],
        ['forgot password', `${base}/account/forgot`],
      ]
      for (const [label, path] of all) {
        const res = await page.goto(path)
        expect([label, res?.status()]).toEqual([label, label === 'not found' ? 404 : 200])
        expect(await page.getAttribute('html', 'lang')).toBe(lang)
        const found = await page.evaluate(() => ({
          emptyLinks: [...document.querySelectorAll('a')]
            .filter((a) => !(a.textContent ?? '').trim() && !a.getAttribute('aria-label'))
            .map((a) => a.outerHTML),
          emptyHeadings: [...document.querySelectorAll('h1, h2, h3')]
            .filter((h) => !(h.textContent ?? '').trim())
            .map((h) => h.outerHTML),
          portuguese: [...document.querySelectorAll('main [lang="pt"]')].map((e) => e.textContent ?? ''),
        }))
        expect([label, found.emptyLinks, found.emptyHeadings]).toEqual([label, [], []])
        for (const text of marked[label] ?? [])
          expect([label, found.portuguese.some((shown) => shown.includes(text))]).toEqual([label, true])
        if (label === 'documents') {
          // "Download {title} (PDF, 12 KB)": the sentence is in the page's language, the title inside it in Portuguese.
          const links = await page
            .locator('main a[download]')
            .evaluateAll((as) =>
              as.map((a) => [a.getAttribute('lang'), a.querySelector('span[lang]')?.getAttribute('lang')]),
            )
          expect(links.length).toBeGreaterThan(0)
          for (const link of links) expect(link).toEqual([null, 'pt'])
        }
        await stack.expectAccessible(page, `${label} ${path}`)
      }
      await page.close()
    },
  )

  it('keyboard: the skip link is the first stop and moves focus to the main content', async () => {
    const page = await stack.newPage()
    await page.goto(VILLA)
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Saltar al contenido principal',
    )
    await page.keyboard.press('Enter')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('content')
  })

  it('small screens: at 390 × 844 the header is a language picker and a menu (≤ 20 % of the screen) that open and close with the keyboard, with or without JavaScript; wide screens keep the bar', async () => {
    for (const javaScript of [true, false]) {
      const page = await stack.newPage({ javaScript })
      await page.setViewportSize({ width: 390, height: 844 })
      await page.goto(`${VILLA}/documents`)
      const header = (await page.locator('header.site-header').boundingBox())!
      expect(header.height).toBeLessThanOrEqual(844 * 0.2)
      const news = page
        .getByRole('navigation', { name: 'Navegación principal' })
        .getByRole('link', { name: 'Noticias' })
      const account = page.getByRole('link', { name: 'Mi cuenta' })
      const portugues = page.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'Português' })
      const open = (which: string) => page.locator(`details.${which}`).evaluate((d) => (d as HTMLDetailsElement).open)
      const focused = () => page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.textContent])
      for (const hidden of [news, account, portugues]) await expect(hidden.isVisible()).resolves.toBe(false)
      // Both toggles sit on the municipality's name's row.
      const brand = (await page.locator('header .brand').boundingBox())!
      for (const which of ['lang-menu', 'nav-menu']) {
        const toggle = (await page.locator(`details.${which} > summary`).boundingBox())!
        expect(toggle.y).toBeLessThan(brand.y + brand.height)
        expect(toggle.x + toggle.width).toBeLessThanOrEqual(390)
      }
      // Skip link, the municipality's name, then the language picker, named "Idioma: ES", then "Menú".
      for (let i = 0; i < 3; i++) await page.keyboard.press('Tab')
      await expect(focused()).resolves.toEqual(['SUMMARY', 'Idioma: ES'])
      await page.keyboard.press('Enter')
      await expect(open('lang-menu')).resolves.toBe(true)
      await expect(portugues.isVisible()).resolves.toBe(true)
      await expect(news.isVisible()).resolves.toBe(false)
      if (javaScript) await stack.screenshot(page, 'portal-phone-languages-open')
      if (javaScript) await stack.expectAccessible(page, 'documents with the language picker open (390 px)')
      // The next stop is the first language; back on the toggle, Space closes the picker.
      await page.keyboard.press('Tab')
      await expect(focused()).resolves.toEqual(['A', 'Español'])
      await page.keyboard.press('Shift+Tab')
      await page.keyboard.press('Space')
      await expect(open('lang-menu')).resolves.toBe(false)
      await expect(portugues.isVisible()).resolves.toBe(false)
      // The menu: the next toggle, named "Menú"; it opens on the account link and the navigation.
      await page.keyboard.press('Tab')
      await expect(focused()).resolves.toEqual(['SUMMARY', 'Menú'])
      await page.keyboard.press('Enter')
      await expect(open('nav-menu')).resolves.toBe(true)
      await expect(news.isVisible()).resolves.toBe(true)
      await expect(account.isVisible()).resolves.toBe(true)
      await expect(portugues.isVisible()).resolves.toBe(false)
      if (javaScript) {
        await stack.expectAccessible(page, 'documents with the menu open (390 px)')
        await guideShot(page, 'es/ciudadania-menu-movil', { viewport: GUIDE_PHONE })
      }
      await page.keyboard.press('Tab')
      await expect(focused()).resolves.toEqual(['A', 'Mi cuenta'])
      await page.keyboard.press('Shift+Tab')
      await page.keyboard.press('Space')
      await expect(open('nav-menu')).resolves.toBe(false)
      await expect(news.isVisible()).resolves.toBe(false)
      await page.locator('details.nav-menu > summary').click()
      await news.click()
      await page.waitForURL(new RegExp(`${VILLA}/news$`))
      // A language chosen in the picker keeps the page.
      await page.locator('details.lang-menu > summary').click()
      await portugues.click()
      await page.waitForURL(/\/m\/villa-esperanza\/pt\/news$/)
      await expect(page.locator('details.lang-menu > summary').textContent()).resolves.toBe('Idioma: PT')
    }
    // Wide: the languages, the account link and the navigation show as a bar, with no toggle.
    const wide = await stack.newPage()
    await wide.goto(VILLA)
    for (const which of ['lang-menu', 'nav-menu'])
      await expect(wide.locator(`details.${which} > summary`).isVisible()).resolves.toBe(false)
    const nav = wide.getByRole('navigation', { name: 'Navegación principal' })
    await expect(nav.getByRole('link', { name: 'Noticias' }).isVisible()).resolves.toBe(true)
    await expect(wide.getByRole('link', { name: 'Mi cuenta' }).isVisible()).resolves.toBe(true)
    const languages = wide.getByRole('navigation', { name: 'Idioma' }).getByRole('link')
    await expect(languages.count()).resolves.toBe(4)
    for (const link of await languages.all()) await expect(link.isVisible()).resolves.toBe(true)
  })

  it('small screens: the documents table becomes a card per document, each value under its column’s name and within the screen', async () => {
    const page = await stack.newPage()
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto(`${VILLA}/documents`)
    const cells = await rowCells(page.locator('table.table tbody tr').first())
    expect(cells.filter((c) => c.visible && !c.inViewport)).toEqual([])
    expect(cells.slice(1).map((c) => c.label)).toEqual(['Tipo', 'Ejercicio', 'Fecha', 'Archivo'])
    expect(cells.filter((c) => c.visible).length).toBeGreaterThanOrEqual(4)
    // Wide, it is a table again, with its header row.
    await page.setViewportSize({ width: 1280, height: 720 })
    await expect(
      page
        .locator('table.table tbody tr')
        .first()
        .evaluate((tr) => getComputedStyle(tr).display),
    ).resolves.toBe('table-row')
    await expect(page.getByRole('columnheader', { name: 'Fecha' }).isVisible()).resolves.toBe(true)
  })

  it('writes screenshots of each municipality’s home', async () => {
    const page = await stack.newPage()
    for (const [name, path] of [
      ['home-villa-esperanza', VILLA],
      ['home-nova-esperanca', NOVA],
    ]) {
      await page.goto(path)
      // The logo comes from the CMS, another origin: the browser may embed it.
      const logo = page.locator('.brand img')
      await logo.evaluate((img: HTMLImageElement) => img.decode())
      await expect(logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).resolves.toBeGreaterThan(0)
      const file = await stack.screenshot(page, name)
      const { size } = await import('node:fs').then((fs) => fs.statSync(file))
      expect(size).toBeGreaterThan(10_000)
    }
  })
})

// Issue 21, finding 3. Last in this file: it uses up the login attempts of the visitor at 127.0.0.1.
describe('rate limits through the portal', () => {
  const CREDENTIALS = 'El correo o la contraseña no son correctos.'
  const TOO_MANY = 'Demasiados intentos. Espere unos minutos e inténtelo de nuevo.'
  /** A failed login through the portal's form, from `origin`; the message the portal shows. */
  const badLogin = async (page: Awaited<ReturnType<PortalStack['newPage']>>, origin: string) => {
    await page.goto(`${origin}${VILLA}/account/login`)
    await page.getByLabel('Correo electrónico').fill('nadie.aqui@example.org')
    await page.getByLabel(/^Contraseña/).fill('una-clave-equivocada')
    await page.getByRole('button', { name: 'Entrar' }).click()
    const shown = page.getByText(new RegExp(`${CREDENTIALS}|${TOO_MANY}`)).first()
    await shown.waitFor()
    return shown.textContent()
  }

  it('a visitor cannot choose their key by sending X-Forwarded-For, and one visitor locked out leaves the others alone', async () => {
    // The visitor at 127.0.0.1 writes another X-Forwarded-For on every attempt: the portal states the address it saw.
    const mallory = await stack.newPage()
    const shown: (string | null)[] = []
    for (let i = 1; i <= 12; i++) {
      await mallory.setExtraHTTPHeaders({ 'x-forwarded-for': `203.0.113.${i}` })
      shown.push(await badLogin(mallory, stack.portalUrl))
    }
    expect(shown.at(-1)).toBe(TOO_MANY)
    // Another visitor (::1, the IPv6 loopback) through the same portal is not locked out.
    const other = await stack.newPage()
    const port = new URL(stack.portalUrl).port
    expect(await badLogin(other, `http://[::1]:${port}`)).toBe(CREDENTIALS)
  })
})
