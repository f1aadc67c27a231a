/**
 * The sitemaps (sitemaps.org 0.9, with `xhtml:link` hreflang alternates): one per municipality, listing its
 * published pages, news and events, its documents page, and the public pages of the modules it has on (each
 * module declares them: `sitemap` in its portal part), every address in the four languages. On a
 * municipality's own domain `/sitemap.xml` is its sitemap with that domain's addresses; on the platform's
 * address it is an index of `/m/{slug}/sitemap.xml`. Only what an anonymous visitor may read is listed: the
 * CMS's public access leaves out drafts, and every read is scoped to the municipality.
 */
import 'server-only'

import { cmsQuery, getMunicipality, type Municipality, municipalityTag } from '@e-muni/sdk/portal'

import { MunicipalityDomainsDocument, SitemapContentDocument } from '@/gql/graphql'

import { enabledModuleParts } from './modules'
import { LOCALES } from './i18n'
import { defaultLanguage, languageAlternates, platformOrigin, requestOrigin, siteFor } from './site'

type Entry = { rest: string; lastmod?: string | null }

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
const xml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!)

/** `2026-12-07T10:00:00.000Z` (W3C datetime) or nothing. */
const lastmod = (value: string | null | undefined) => {
  const date = value ? new Date(value) : undefined
  return date && !Number.isNaN(date.getTime()) ? `<lastmod>${date.toISOString()}</lastmod>` : ''
}

const newest = (...values: (string | null | undefined)[]) =>
  values.filter((v): v is string => Boolean(v)).sort((a, b) => Date.parse(b) - Date.parse(a))[0]

const response = (body: string) =>
  new Response(body, {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=600' },
  })

/** Every public address of one municipality, in each language, as a `<urlset>`. */
export const municipalitySitemap = async (municipality: Municipality) => {
  const site = await siteFor(municipality)
  const data = await cmsQuery(
    SitemapContentDocument,
    { municipality: municipality.id },
    { tags: [municipalityTag(municipality.slug)] },
  )
  const pages = data.Pages?.docs ?? []
  const news = data.allNews?.docs ?? []
  const events = data.Events?.docs ?? []
  const documents = data.Documents?.docs[0]?.updatedAt
  const entries: Entry[] = [
    { rest: '', lastmod: newest(news[0]?.updatedAt, ...events.map((e) => e.updatedAt)) },
    ...pages.map((p) => ({ rest: `/p/${p.slug}`, lastmod: p.updatedAt })),
    { rest: '/news', lastmod: newest(...news.map((n) => n.updatedAt)) },
    ...news.map((n) => ({ rest: `/news/${n.slug}`, lastmod: n.updatedAt })),
    { rest: '/events', lastmod: newest(...events.map((e) => e.updatedAt)) },
    ...events.map((e) => ({ rest: `/events/${e.slug}`, lastmod: e.updatedAt })),
    { rest: '/documents', lastmod: documents },
  ]
  for (const part of enabledModuleParts(municipality)) {
    const own = (await part.sitemap?.(municipality)) ?? []
    if (part.pages[''] && !own.some((e) => e.path === '')) entries.push({ rest: `/${part.path}` })
    for (const e of own) entries.push({ rest: `/${part.path}${e.path ? `/${e.path}` : ''}`, lastmod: e.lastmod })
  }
  const urls = entries
    .filter((e) => /^(\/[\w.~%-]+)*$/.test(e.rest))
    .flatMap((e) => {
      const alternates = Object.entries(languageAlternates(site, municipality, e.rest))
        .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${xml(href)}"/>`)
        .join('')
      return LOCALES.map(
        (lang) => `<url><loc>${xml(site.url(lang, e.rest))}</loc>${lastmod(e.lastmod)}${alternates}</url>`,
      )
    })
  return response(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
      urls.join('\n') +
      '\n</urlset>\n',
  )
}

/** The platform's index: each municipality's sitemap. */
export const sitemapIndex = async () => {
  const origin = await platformOrigin()
  const data = await cmsQuery(MunicipalityDomainsDocument, {}, { tags: ['municipalities'] })
  const maps = (data.Municipalities?.docs ?? []).map(
    (m) => `<sitemap><loc>${xml(`${origin}/m/${m.slug}/sitemap.xml`)}</loc></sitemap>`,
  )
  return response(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
      maps.join('\n') +
      '\n</sitemapindex>\n',
  )
}

/** The municipality whose own domain the request came on, if any. */
export const municipalityOfHost = async (): Promise<Municipality | undefined> => {
  const { host } = await requestOrigin()
  const bare = host.replace(/:\d+$/, '')
  const data = await cmsQuery(MunicipalityDomainsDocument, {}, { tags: ['municipalities'] })
  const found = (data.Municipalities?.docs ?? []).find((m) =>
    (m.domains ?? []).some((d) => d.domain?.toLowerCase() === bare),
  )
  return found ? getMunicipality(found.slug, defaultLanguage(found)) : undefined
}
