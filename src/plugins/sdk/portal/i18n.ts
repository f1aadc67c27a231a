/**
 * The portal's languages and message tables. Every string a visitor reads comes from a table with the same
 * keys in es, pt, en and fr (`defineMessages` refuses to compile otherwise). The portal keeps its own tables;
 * each module's portal part brings its own (`definePortalModule({ messages })`); `translator(lang, tables)`
 * reads the ones it is given.
 */
export { defineMessages, type MessageTable } from './messages'
import type { MessageTable } from './messages'

export const LOCALES = ['es', 'pt', 'en', 'fr'] as const
export type Locale = (typeof LOCALES)[number]
export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale)

export type Translate = (key: string, params?: Record<string, string | number>) => string

/** `t('key', { n: 3 })` replaces `{n}`; an unknown key shows itself (and fails the portal's i18n unit test). */
export const translator = (lang: Locale, tables: readonly MessageTable[]): Translate => {
  const merged: Record<string, string> = {}
  for (const table of tables) Object.assign(merged, table[lang])
  return (key, params) => {
    const text = merged[key] ?? key
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text
  }
}

const DATE_LOCALES: Record<Locale, string> = { es: 'es', pt: 'pt-BR', en: 'en', fr: 'fr' }

/** The `Intl` locale of a portal language (Brazilian Portuguese for `pt`). */
export const intlLocale = (lang: Locale) => DATE_LOCALES[lang]

export const formatDate = (lang: Locale, iso: string | null | undefined, timeZone?: string | null, withTime = false) =>
  iso
    ? new Intl.DateTimeFormat(DATE_LOCALES[lang], {
        dateStyle: 'long',
        ...(withTime ? { timeStyle: 'short' } : {}),
        ...(timeZone ? { timeZone } : {}),
      }).format(new Date(iso))
    : ''

export const formatMoney = (lang: Locale, amount: number | null | undefined, currency: string) =>
  amount == null ? '' : new Intl.NumberFormat(DATE_LOCALES[lang], { style: 'currency', currency }).format(amount)
