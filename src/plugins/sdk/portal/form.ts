/**
 * Helpers for Server Actions: read the portal (municipality and language) a form was posted from, and
 * text values of a FormData.
 */
import 'server-only'

import { isLocale, type Locale, translator } from './i18n'
import type { MessageTable } from './messages'

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/

/**
 * The hidden `slug` and `lang` fields every portal form carries; `base` '' outside a municipality. `t` reads
 * the message tables given (a module's action gives its own).
 */
export const formPortal = (form: FormData, messages: readonly MessageTable[]) => {
  const slug = String(form.get('slug') ?? '')
  const rawLang = String(form.get('lang') ?? '')
  const lang: Locale = isLocale(rawLang) ? rawLang : 'es'
  const valid = SLUG.test(slug)
  return {
    slug: valid ? slug : undefined,
    lang,
    base: valid ? `/m/${slug}/${lang}` : '',
    t: translator(lang, messages),
    /** For the CMS: which portal the links in its emails must lead to. */
    header: valid ? { 'x-emuni-portal': `${slug}/${lang}` } : ({} as Record<string, string>),
  }
}

export const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim()

/** The values to put back in a refused form (never passwords or files). */
export const keep = (form: FormData, names: string[]) => Object.fromEntries(names.map((n) => [n, text(form, n)]))

/** A path inside this portal to go to after a log-in, or the account page (no open redirects). */
export const safeNext = (base: string, next: string) =>
  next.startsWith(`${base}/`) && !next.startsWith('//') && !next.includes('\\') ? next : `${base}/account`
