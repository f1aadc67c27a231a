/**
 * The municipality a portal page belongs to and the `Portal` every page gets (`loadPortal(slug, lang)`, from
 * the SDK's portal kit): its translator reads the portal's tables and those of every installed module.
 */
import 'server-only'

import { type Municipality, portalLoader } from '@e-muni/sdk/portal'

import { portalModules } from '../modules'
import { isLocale, type Locale, LOCALES, portalTables } from './i18n'

export type { Portal } from '@e-muni/sdk/portal'

export const loadPortal = portalLoader([...portalTables, ...portalModules.map((m) => m.messages)])

/** The languages in the order the switcher shows them: the municipality's own first. */
export const languagesFor = (municipality: Municipality): Locale[] => {
  const first = isLocale(municipality.defaultLocale) ? municipality.defaultLocale : 'es'
  return [first, ...LOCALES.filter((l) => l !== first)]
}

/** An address an editor typed: inside this portal (`/documents` → `{base}/documents`) or outside it. */
export const portalHref = (base: string, url: string | null | undefined) =>
  url?.startsWith('/') && !url.startsWith('//') && !url.startsWith('/m/') ? `${base}${url}` : (url ?? undefined)
