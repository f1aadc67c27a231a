/**
 * Helpers for a module's admin components (client components): the admin's language, dates as staff of
 * the Americas read them, short excerpts. Import from client components only (it uses Payload's UI hooks).
 */
import { useTranslation } from '@payloadcms/ui'

import type { Language } from './language'

const LANGS: readonly Language[] = ['es', 'pt', 'en', 'fr']

/** The admin's language, one of e-Muni's four (Spanish when Payload's is another). */
export const useAdminLanguage = (): Language => {
  const { i18n } = useTranslation()
  return (LANGS as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'es'
}

const p2 = (n: number) => String(n).padStart(2, '0')

/** dd/MM/yyyy HH:mm in the browser's time zone (as the admin's date fields); '' for no date. */
export const dayAndTime = (value: unknown): string => {
  const d = typeof value === 'string' || value instanceof Date ? new Date(value) : null
  return d && !Number.isNaN(d.getTime())
    ? `${p2(d.getDate())}/${p2(d.getMonth() + 1)}/${d.getFullYear()} ${p2(d.getHours())}:${p2(d.getMinutes())}`
    : ''
}

/** The first `max` characters of a text on one line, with an ellipsis when cut. */
export const excerpt = (text: unknown, max = 90): string => {
  const s = typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : ''
  return s.length > max ? `${s.slice(0, max - 1)}…` : s
}

/** Parts that hold something, joined with " · ". */
export const joinParts = (...parts: (string | false | undefined | null)[]): string => parts.filter(Boolean).join(' · ')
