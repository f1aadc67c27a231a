/**
 * One portal per municipality, chosen by the Host header: a request to one of a municipality's domains
 * (its `domains` in the CMS) is served from `/m/{slug}/…`, the same pages as the path fallback that works on
 * any host (`http://localhost:3001/m/villa-esperanza`). `/m/{slug}` alone goes to the municipality's
 * language. The domain list is read through GraphQL and kept for a minute. The home on a municipality's
 * domain is served from `/m/{slug}/{lang}/home`, rendered per request with that domain's canonical and
 * `hreflang` addresses (`/m/{slug}/{lang}` itself stays in Next's full-route cache).
 */
import { NextResponse, type NextRequest } from 'next/server'

import { LOCALES } from './lib/i18n'

type Site = { slug: string; lang: string }
let sites: { at: number; byHost: Map<string, Site>; bySlug: Map<string, Site> } | undefined

const QUERY = '{ Municipalities(limit: 0, pagination: false) { docs { slug defaultLocale domains { domain } } } }'

const load = async (fresh = false) => {
  if (sites && Date.now() - sites.at < (fresh ? 5_000 : 60_000)) return sites
  const byHost = new Map<string, Site>()
  const bySlug = new Map<string, Site>()
  try {
    const res = await fetch(`${(process.env.CMS_URL || 'http://localhost:3000').replace(/\/$/, '')}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
      cache: 'no-store',
    })
    const body = (await res.json()) as {
      data?: {
        Municipalities?: { docs: { slug: string; defaultLocale: string; domains?: { domain: string }[] | null }[] }
      }
    }
    for (const m of body.data?.Municipalities?.docs ?? []) {
      const site = {
        slug: m.slug,
        lang: (LOCALES as readonly string[]).includes(m.defaultLocale) ? m.defaultLocale : 'es',
      }
      bySlug.set(m.slug, site)
      for (const d of m.domains ?? []) byHost.set(d.domain.toLowerCase(), site)
    }
    sites = { at: Date.now(), byHost, bySlug }
  } catch {
    // The CMS is not answering: serve the path fallback; pages will show their own error.
    return sites ?? { at: 0, byHost, bySlug }
  }
  return sites
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const segments = pathname.split('/').filter(Boolean)
  let { byHost, bySlug } = await load()
  // A municipality created a moment ago: look again (at most every 5 s).
  if (segments[0] === 'm' && segments[1] && !bySlug.has(segments[1])) ({ byHost, bySlug } = await load(true))
  if (segments[0] === 'm') {
    // An unknown municipality or language: the 404 page (an address no route matches).
    const known = Boolean(sites) && bySlug.size > 0
    if (
      known &&
      segments[1] &&
      (!bySlug.has(segments[1]) || (segments[2] && !(LOCALES as readonly string[]).includes(segments[2])))
    ) {
      const url = request.nextUrl.clone()
      url.pathname = '/_not-found-municipality'
      return NextResponse.rewrite(url, { status: 404 })
    }
    // `/m/{slug}` without a language: the municipality's own.
    if (segments.length === 2 && bySlug.has(segments[1]!)) {
      const url = request.nextUrl.clone()
      url.pathname = `/m/${segments[1]}/${bySlug.get(segments[1]!)!.lang}`
      return NextResponse.redirect(url)
    }
    return NextResponse.next()
  }
  const host = (request.headers.get('host') ?? '').split(':')[0]!.toLowerCase()
  const site = byHost.get(host)
  if (!site) return NextResponse.next()
  const url = request.nextUrl.clone()
  const hasLang = (LOCALES as readonly string[]).includes(segments[0] ?? '')
  url.pathname = `/m/${site.slug}${hasLang ? '' : `/${site.lang}`}${pathname === '/' ? '' : pathname}`
  if (segments.length === 0 || (hasLang && segments.length === 1)) url.pathname += '/home'
  return NextResponse.rewrite(url)
}

export const config = {
  // Not for Next's own files, the portal's API or files with an extension.
  matcher: ['/((?!_next/|api/|favicon.ico|robots.txt|.*\\.[a-z0-9]+$).*)'],
}
