/**
 * The four platform languages and the primitives every layer shares: a label in four languages (`l`),
 * the request's language, a message with `{{name}}` placeholders filled in. The core's and each module's
 * dictionaries are built on these.
 */
import type { PayloadRequest } from 'payload'

export const LANGUAGES = ['es', 'pt', 'en', 'fr'] as const
export type Language = (typeof LANGUAGES)[number]
export type Localized = Record<Language, string>

/** A label in the four languages, in the order es, pt, en, fr. */
export const l = (es: string, pt: string, en: string, fr: string): Localized => ({ es, pt, en, fr })

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)

/** Picks the best language from an Accept-Language header; Spanish when none matches. */
export const languageFromHeader = (header: string | undefined | null): Language => {
  if (!header) return 'es'
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.find((p) => p.trim().startsWith('q='))
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.split('=')[1]) : 1 }
    })
    .sort((a, b) => b.q - a.q)
  return (ranked.find((r) => isLanguage(r.lang))?.lang as Language | undefined) ?? 'es'
}

/** The request's language: Payload's resolved admin language, else the Accept-Language header. */
export const requestLanguage = (req: Pick<PayloadRequest, 'i18n' | 'headers'> | undefined): Language => {
  const fromPayload = req?.i18n?.language
  if (isLanguage(fromPayload)) return fromPayload
  return languageFromHeader(req?.headers?.get?.('accept-language'))
}

/** `text` with its `{{name}}` placeholders replaced by `vars`. */
export const fill = (text: string, vars: Record<string, string | number> = {}): string =>
  Object.entries(vars).reduce((out, [name, value]) => out.replaceAll(`{{${name}}}`, String(value)), text)
