/**
 * Language fallback, the same on every path (REST, GraphQL, the Local API): a value missing in the
 * language asked for is served in its municipality's own language (`defaultLocale`), then in the first
 * language that has it (the installation's fallback order for the language asked for, then any other),
 * and the document says which language each such value is in (`languageOf`), so that a page can mark
 * it (`lang`, WCAG 3.1.2).
 *
 * Why a hook and not Payload's fallback: Payload hoists each localized value with one `fallbackLocale`
 * per request, and GraphQL's comes from the HTTP request, not from the query's `locale` argument —
 * `createPayloadRequest` sees no `?locale=` on `POST /api/graphql` and falls back to the default
 * locale's order, so `Pages(locale: en)` of a Portuguese-only page gave a null title where REST's
 * `?locale=en` gave the Portuguese one. Neither knows a document's municipality. This `beforeRead` hook
 * runs per document, before Payload hoists the values, with `req.locale` already the query's: it fills
 * the missing values of the language asked for from the raw document (every language is read from the
 * database anyway), so Payload's own fallback never has to guess. It costs a walk over the document's
 * fields and, only when a value is missing, one indexed read of the municipality's language per
 * municipality and request.
 *
 * Off where Payload's fallback is off (`fallbackLocale: false|none`, `locale: all`). Installed on every
 * collection with localized fields (core and modules) by `languageFallbackPlugin`.
 */
import type {
  CollectionBeforeReadHook,
  CollectionSlug,
  Config,
  Field,
  FlattenedBlock,
  FlattenedField,
  PayloadRequest,
} from 'payload'

import { l } from '../i18n/index'

/** The virtual field listing, for each value served in another language than asked, the language it is in. */
export const LANGUAGE_OF = 'languageOf'

type Data = Record<string, unknown>
const isObject = (value: unknown): value is Data => !!value && typeof value === 'object' && !Array.isArray(value)
const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

const hasLocalized = (fields: Field[]): boolean =>
  fields.some(
    (f) =>
      ('localized' in f && f.localized) ||
      ('fields' in f && Array.isArray(f.fields) && hasLocalized(f.fields)) ||
      (f.type === 'tabs' && f.tabs.some((t) => hasLocalized(t.fields))) ||
      (f.type === 'blocks' && (f.blocks ?? []).some((b) => hasLocalized(b.fields))),
  )

const off = (fallback: unknown) =>
  fallback === false || fallback === null || ['none', 'false', 'null'].includes(String(fallback))

/** Fills the empty values of `locale` in a raw (all-languages) document, noting each one's language. */
const fill = (
  req: PayloadRequest,
  fields: FlattenedField[],
  data: Data,
  locale: string,
  locales: string[],
  order: string[],
  path: string,
  found: Record<string, string>,
  missing?: { any: boolean },
) => {
  for (const field of fields) {
    if (!('name' in field)) continue
    const value = data[field.name]
    const here = path ? `${path}.${field.name}` : field.name
    if (field.localized && isObject(value) && Object.keys(value).every((key) => locales.includes(key))) {
      if (!isEmpty(value[locale])) continue
      if (missing) missing.any = true
      const from = order.find((code) => !isEmpty(value[code]))
      if (from) {
        value[locale] = value[from]
        found[here] = from
      }
      continue
    }
    if ((field.type === 'group' || field.type === 'tab') && isObject(value))
      fill(req, field.flattenedFields, value, locale, locales, order, here, found, missing)
    else if (field.type === 'array' && Array.isArray(value))
      value.forEach(
        (row, i) =>
          isObject(row) &&
          fill(req, field.flattenedFields, row, locale, locales, order, `${here}.${i}`, found, missing),
      )
    else if (field.type === 'blocks' && Array.isArray(value))
      value.forEach((row, i) => {
        if (!isObject(row)) return
        const blocks = [...(field.blocks ?? []), ...(field.blockReferences ?? [])]
        const block = blocks
          .map((b) =>
            typeof b === 'string' ? (req.payload.blocks as Record<string, FlattenedBlock | undefined>)?.[b] : b,
          )
          .find((b) => b?.slug === row.blockType)
        if (block) fill(req, block.flattenedFields, row, locale, locales, order, `${here}.${i}`, found, missing)
      })
  }
}

type Memo = Map<string, Promise<string | undefined>>
const MEMO = Symbol.for('emuni.municipalityLocales')

/** A municipality's own language, read once per request (`req.context` is shared by GraphQL's resolvers). */
const municipalityLocale = (req: PayloadRequest, tenantsSlug: string, id: unknown): Promise<string | undefined> => {
  const context = req.context as Record<symbol, Memo | undefined>
  const memo = (context[MEMO] ??= new Map())
  const key = String(id)
  let found = memo.get(key)
  if (!found) {
    found = req.payload.db
      .findOne({
        collection: tenantsSlug as CollectionSlug,
        where: { id: { equals: id } },
        select: { defaultLocale: true },
        req,
      })
      .then((doc) => (doc as { defaultLocale?: string } | null)?.defaultLocale ?? undefined)
      .catch(() => undefined)
    memo.set(key, found)
  }
  return found
}

const idOf = (value: unknown) => (isObject(value) ? value.id : value)

export const fallbackToMunicipality =
  (tenantField: string, tenantsSlug: string): CollectionBeforeReadHook =>
  async ({ collection, doc, req }) => {
    const localization = req.payload.config.localization
    const locale = req.locale
    if (!localization || !isObject(doc) || !locale || !localization.localeCodes.includes(locale)) return doc
    if (off(req.fallbackLocale)) return doc
    const locales = localization.localeCodes
    // Every value there in the language asked (the usual case): nothing to fill, no municipality to read.
    const missing = { any: false }
    fill(req, collection.flattenedFields, doc, locale, locales, [], '', {}, missing)
    if (!missing.any) {
      doc[LANGUAGE_OF] = {}
      return doc
    }
    const tenant = idOf(doc[tenantField])
    const own =
      collection.slug === tenantsSlug
        ? (doc.defaultLocale as string | undefined)
        : tenant !== undefined && tenant !== null
          ? await municipalityLocale(req, tenantsSlug, tenant)
          : undefined
    const configured = localization.locales.find((l) => l.code === locale)?.fallbackLocale
    const order = [...new Set([own, ...[configured ?? []].flat(), localization.defaultLocale, ...locales])].filter(
      (code): code is string => !!code && code !== locale && locales.includes(code),
    )
    const found: Record<string, string> = {}
    fill(req, collection.flattenedFields, doc, locale, locales, order, '', found)
    doc[LANGUAGE_OF] = found
    return doc
  }

/**
 * Adds the hook and the virtual `languageOf` field (JSON: `{ "title": "pt" }`, only the values served in
 * another language than asked; `{}` when none) to every collection with localized fields.
 */
export const languageFallbackPlugin =
  ({ tenantField = 'tenant', tenantsSlug = 'municipalities' } = {}) =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      !hasLocalized(collection.fields)
        ? collection
        : {
            ...collection,
            fields: [
              ...collection.fields,
              {
                name: LANGUAGE_OF,
                type: 'json',
                virtual: true,
                admin: { hidden: true, readOnly: true },
                label: l('Idioma mostrado', 'Idioma mostrado', 'Language shown', 'Langue affichée'),
              },
            ],
            hooks: {
              ...collection.hooks,
              beforeRead: [...(collection.hooks?.beforeRead ?? []), fallbackToMunicipality(tenantField, tenantsSlug)],
            },
          },
    ),
  })
