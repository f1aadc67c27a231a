/**
 * The municipality a portal page belongs to, read once per render through GraphQL and cached under the
 * municipality's tag. A page calls `loadPortal(params)`; an unknown municipality or language is a 404.
 */
import 'server-only'

import { notFound } from 'next/navigation'
import { cache } from 'react'

import { MunicipalityBySlugDocument, type MunicipalityBySlugQuery } from '../gql/graphql'
import { cmsQuery, municipalityTag } from './cms'
import { isLocale, type Locale, translator } from './i18n'

export type Municipality = NonNullable<MunicipalityBySlugQuery['Municipalities']>['docs'][number]

/** The modules the portal knows how to show; each has its routes under the portal base. */
export const MODULE_ROUTES = {
  muniservi: 'services',
  municompra: 'tenders',
  muniparticipa: 'participation',
  muniagenda: 'agenda',
} as const
export type PortalModule = keyof typeof MODULE_ROUTES

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/

export const getMunicipality = cache(async (slug: string, lang: Locale): Promise<Municipality | undefined> => {
  if (!SLUG.test(slug)) return undefined
  const data = await cmsQuery(
    MunicipalityBySlugDocument,
    { slug, locale: lang },
    { tags: [municipalityTag(slug), 'municipalities'] },
  )
  return data.Municipalities?.docs[0] ?? undefined
})

export type PortalParams = Promise<{ slug: string; lang: string }>

export type Portal = {
  municipality: Municipality
  lang: Locale
  /** `/m/{slug}/{lang}`: prefix of every link inside this portal. */
  base: string
  t: ReturnType<typeof translator>
  has: (module: PortalModule) => boolean
}

/** The municipality and language of a page under `/m/[slug]/[lang]`, or the 404 page. */
export const loadPortal = cache(async (slug: string, lang: string): Promise<Portal> => {
  if (!isLocale(lang)) notFound()
  const municipality = await getMunicipality(slug, lang)
  if (!municipality) notFound()
  const modules = new Set(municipality.modules ?? [])
  return {
    municipality,
    lang,
    base: `/m/${municipality.slug}/${lang}`,
    t: translator(lang),
    has: (module) => modules.has(module),
  }
})

/** For a module's layout: its pages exist only where the municipality has the module on. */
export const requireModule = async (params: PortalParams, module: PortalModule): Promise<Portal> => {
  const { slug, lang } = await params
  const portal = await loadPortal(slug, lang)
  if (!portal.has(module)) notFound()
  return portal
}

/** The languages in the order the switcher shows them: the municipality's own first. */
export const languagesFor = (municipality: Municipality): Locale[] => {
  const first = isLocale(municipality.defaultLocale) ? municipality.defaultLocale : 'es'
  return [first, ...(['es', 'pt', 'en', 'fr'] as const).filter((l) => l !== first)]
}

/** An address an editor typed: inside this portal (`/documents` → `{base}/documents`) or outside it. */
export const portalHref = (base: string, url: string | null | undefined) =>
  url?.startsWith('/') && !url.startsWith('//') && !url.startsWith('/m/') ? `${base}${url}` : (url ?? undefined)
