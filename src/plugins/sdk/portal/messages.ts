/** A message table: the Spanish keys are the reference; the other languages must have exactly those keys. */
export const defineMessages = <K extends string>(table: {
  es: Record<K, string>
  pt: Record<NoInfer<K>, string>
  en: Record<NoInfer<K>, string>
  fr: Record<NoInfer<K>, string>
}) => table

/** Any table `defineMessages` made. */
export type MessageTable = Record<'es' | 'pt' | 'en' | 'fr', Record<string, string>>
