/**
 * Where a page lives for search engines and link previews: the absolute address of each page in each
 * language. On one of the municipality's own domains (its `domains` in the CMS), when the request came on it,
 * the addresses take that domain's shape — `/news/x` in the municipality's language, `/en/news/x` in the
 * others (what `src/proxy.ts` serves) — and elsewhere the path form `/m/{slug}/{lang}/news/x` on the
 * platform's address (`PORTAL_URL`, else the host asked). Each page states its own path (`rest`): the layout
 * reads no request header, so the home stays in Next's full-route cache (its platform form uses `PORTAL_URL`;
 * on a municipality's domain the proxy serves it from the request-time twin `home/`).
 */
import 'server-only'

import type { Metadata } from 'next'
import { headers } from 'next/headers'

import { fileUrl, type Municipality } from '@e-muni/sdk/portal'

import { isLocale, type Locale, LOCALES } from './i18n'
import { loadPortal } from './municipality'

export type Site = {
  /** `https://villa.example.gub.uy` or the platform's own address. */
  origin: string
  /** Whether the request came on one of the municipality's own domains. */
  own: boolean
  /** The absolute address of `rest` (`''`, `/news/x`) in `lang`. */
  url: (lang: Locale, rest?: string) => string
}

/** The platform's default link-preview image (`public/og-default.png`, 1200×630). */
export const DEFAULT_IMAGE = '/og-default.png'

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i

/** The platform's own address as configured (`PORTAL_URL`), if it is. */
const configuredOrigin = () => {
  try {
    return process.env.PORTAL_URL ? new URL(process.env.PORTAL_URL).origin : undefined
  } catch {
    return undefined
  }
}

/** The scheme and host the visitor used (the Host header; the scheme from Next's X-Forwarded-Proto). */
export const requestOrigin = async () => {
  const h = await headers()
  const host = h.get('host') ?? ''
  const proto = (h.get('x-forwarded-proto') ?? '').split(',')[0]!.trim()
  const name = HOST.test(host) ? host.toLowerCase() : 'localhost'
  return { host: name, origin: `${proto === 'https' ? 'https' : 'http'}://${name}` }
}

/** The municipality's own language (the one its domain serves without a prefix). */
export const defaultLanguage = (municipality: Pick<Municipality, 'defaultLocale'>): Locale =>
  isLocale(municipality.defaultLocale) ? municipality.defaultLocale : 'es'

/** The platform's address: `PORTAL_URL`, else the host asked. */
export const platformOrigin = async () => configuredOrigin() ?? (await requestOrigin()).origin

type Addressed = Pick<Municipality, 'slug' | 'defaultLocale' | 'domains'>

/** How to address a municipality's pages for this request (reads the request's headers). */
export const siteFor = async (municipality: Addressed): Promise<Site> => {
  const { host, origin } = await requestOrigin()
  const bare = host.replace(/:\d+$/, '')
  const own = (municipality.domains ?? []).some((d) => d.domain?.toLowerCase() === bare)
  return addressing(municipality, own ? origin : (configuredOrigin() ?? origin), own)
}

/** The platform form without reading the request (a page in the full-route cache: the home). */
export const platformSite = (municipality: Addressed): Site =>
  addressing(municipality, configuredOrigin() ?? 'http://localhost:3001', false)

const addressing = (municipality: Addressed, origin: string, own: boolean): Site => {
  const first = defaultLanguage(municipality)
  const url = (lang: Locale, rest = '') => {
    if (!own) return `${origin}/m/${municipality.slug}/${lang}${rest}`
    const path = `${lang === first ? '' : `/${lang}`}${rest}`
    return `${origin}${path || '/'}`
  }
  return { origin, own, url }
}

/** The address of `lang`'s version of every language, and `x-default` (the municipality's own language). */
export const languageAlternates = (site: Site, municipality: Pick<Municipality, 'defaultLocale'>, rest: string) => ({
  ...Object.fromEntries(LOCALES.map((l) => [l, site.url(l, rest)])),
  'x-default': site.url(defaultLanguage(municipality), rest),
})

/** `es_UY` from the language and the municipality's country (ISO 3166 code), for `og:locale`. */
const ogLocale = (lang: Locale, country: string | null | undefined) =>
  country && /^[a-z]{2}$/i.test(country) ? `${lang}_${country.toUpperCase()}` : lang

type Preview = {
  title?: string
  description?: string
  /** The item's own image (a CMS file URL); else the municipality's logo, else the platform's default. */
  image?: { url?: string | null; alt?: string | null; width?: number | null; height?: number | null } | null
  type?: 'website' | 'article'
}

/**
 * The metadata every page of a municipality has: canonical address and `hreflang` alternates for `rest` in
 * `lang`, and the link preview (OpenGraph, Twitter card) with an absolute image address. `rest` is the page's
 * path after `/m/{slug}/{lang}` (`''`, `/news/x`).
 */
export const pageMetadata = async (
  municipality: Municipality,
  lang: Locale,
  rest: string,
  preview: Preview = {},
  known?: Site,
): Promise<Metadata> => {
  const site = known ?? (await siteFor(municipality))
  const canonical = site.url(lang, rest)
  const own = fileUrl(preview.image?.url)
  const logo = fileUrl(municipality.logo?.url)
  const image = own
    ? {
        url: own,
        alt: preview.image?.alt || preview.title || municipality.name,
        width: preview.image?.width ?? undefined,
        height: preview.image?.height ?? undefined,
      }
    : logo
      ? { url: logo, alt: municipality.logo?.alt || municipality.name }
      : { url: `${site.origin}${DEFAULT_IMAGE}`, alt: municipality.name, width: 1200, height: 630 }
  return {
    ...(preview.title ? { title: preview.title } : {}),
    ...(preview.description ? { description: preview.description } : {}),
    alternates: { canonical, languages: languageAlternates(site, municipality, rest) },
    openGraph: {
      type: preview.type ?? 'website',
      siteName: municipality.name,
      url: canonical,
      locale: ogLocale(lang, municipality.country),
      alternateLocale: LOCALES.filter((l) => l !== lang).map((l) => ogLocale(l, municipality.country)),
      ...(preview.title ? { title: preview.title } : {}),
      ...(preview.description ? { description: preview.description } : {}),
      images: [image],
    },
    twitter: {
      card: own ? 'summary_large_image' : 'summary',
      ...(preview.title ? { title: preview.title } : {}),
      ...(preview.description ? { description: preview.description } : {}),
      images: [image.url],
    },
  }
}

/** A page's path after `/m/{slug}/{lang}` from its segments (as the route received them). */
export const restOf = (...segments: string[]) => segments.map((s) => `/${encodeURIComponent(s)}`).join('')

/** `pageMetadata` for a page given by its route's `slug` and `lang`, with its title. */
export const routeMetadata = async (slug: string, lang: string, rest: string, title?: string): Promise<Metadata> => {
  const { municipality, lang: locale } = await loadPortal(slug, lang)
  return pageMetadata(municipality, locale, rest, { title })
}
