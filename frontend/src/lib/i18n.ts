/**
 * The portal's languages and messages. Every string a visitor reads comes from a message table with the
 * same keys in es, pt, en and fr (`defineMessages` refuses to compile otherwise). Each area of the portal
 * keeps its own table in `src/i18n/<area>.ts`; `translator(lang)` reads all of them.
 */
import { messages as account } from '../i18n/account'
import { messages as agenda } from '../i18n/agenda'
import { messages as core } from '../i18n/core'
import { messages as participation } from '../i18n/participation'
import { messages as procurement } from '../i18n/procurement'
import { messages as services } from '../i18n/services'

export const LOCALES = ['es', 'pt', 'en', 'fr'] as const
export type Locale = (typeof LOCALES)[number]
export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale)

export const LANGUAGE_NAMES: Record<Locale, string> = { es: 'Español', pt: 'Português', en: 'English', fr: 'Français' }

const tables = [core, account, services, procurement, participation, agenda]

export type Translate = (key: string, params?: Record<string, string | number>) => string

/** `t('key', { n: 3 })` replaces `{n}`; an unknown key shows itself (and fails the i18n unit test). */
export const translator = (lang: Locale): Translate => {
  const merged: Record<string, string> = {}
  for (const table of tables) Object.assign(merged, table[lang])
  return (key, params) => {
    const text = merged[key] ?? key
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text
  }
}

/** All keys of every table in one language (for the i18n test). */
export const allMessages = (lang: Locale): Record<string, string> =>
  Object.assign({}, ...tables.map((table) => table[lang]))

const DATE_LOCALES: Record<Locale, string> = { es: 'es', pt: 'pt-BR', en: 'en', fr: 'fr' }

export const formatDate = (lang: Locale, iso: string | null | undefined, timeZone?: string, withTime = false) =>
  iso
    ? new Intl.DateTimeFormat(DATE_LOCALES[lang], {
        dateStyle: 'long',
        ...(withTime ? { timeStyle: 'short' } : {}),
        ...(timeZone ? { timeZone } : {}),
      }).format(new Date(iso))
    : ''

export const formatMoney = (lang: Locale, amount: number | null | undefined, currency: string) =>
  amount == null ? '' : new Intl.NumberFormat(DATE_LOCALES[lang], { style: 'currency', currency }).format(amount)
