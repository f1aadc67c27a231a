/**
 * The municipality a portal page belongs to, read once per render through GraphQL and cached under the
 * municipality's tag, and the `Portal` every page gets: the municipality, the language, the base of its
 * links, the translator and the modules switched on. An unknown municipality or language is a 404.
 */
import 'server-only'

import { notFound } from 'next/navigation'
import { cache } from 'react'

import { cmsQuery, municipalityTag } from './cms'
import { MunicipalityBySlugDocument, type MunicipalityBySlugQuery } from './gql'
import { isLocale, type Locale, translator, type Translate } from './i18n'
import type { MessageTable } from './messages'

export type Municipality = NonNullable<MunicipalityBySlugQuery['Municipalities']>['docs'][number]

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

export type Portal = {
  municipality: Municipality
  lang: Locale
  /** `/m/{slug}/{lang}`: prefix of every link inside this portal. */
  base: string
  /** Reads the portal's tables and those of every installed module. */
  t: Translate
  /** Whether the municipality has a module switched on (its slug, as in the CMS: `muniagenda`). */
  has: (module: string) => boolean
}

/** The portal's `loadPortal(slug, lang)`, translating with the tables given (the portal's and the modules'). */
export const portalLoader = (tables: readonly MessageTable[]) =>
  cache(async (slug: string, lang: string): Promise<Portal> => {
    if (!isLocale(lang)) notFound()
    const municipality = await getMunicipality(slug, lang)
    if (!municipality) notFound()
    const modules = new Set<string>(municipality.modules ?? [])
    return {
      municipality,
      lang,
      base: `/m/${municipality.slug}/${lang}`,
      t: translator(lang, tables),
      has: (module) => modules.has(module),
    }
  })
