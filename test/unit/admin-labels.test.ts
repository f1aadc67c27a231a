/**
 * Every label the admin shows is translated: a field, list or block without a label of its own is shown
 * by Payload under its name in English ("Añadir Message", "Este campo no tiene Histories"). This walks
 * the configuration as the admin gets it (core, every installed module, the plugins' fields) and names
 * each field, list row, block and collection that has no label in Spanish, Portuguese, English and
 * French. Payload's own fields (timestamps, `_status`, auth and upload fields) carry Payload's
 * translations (functions of `t`) and pass.
 */
import type { Block, Field } from 'payload'

import rawConfig from '../../payload.config'

const LANGUAGES = ['es', 'pt', 'en', 'fr']

/** A label the admin translates: a function of Payload's `t`, or a text per language. */
const translated = (label: unknown): boolean =>
  typeof label === 'function' ||
  label === false ||
  (typeof label === 'object' &&
    label !== null &&
    LANGUAGES.every(
      (lang) =>
        typeof (label as Record<string, unknown>)[lang] === 'string' &&
        (label as Record<string, string>)[lang].trim() !== '',
    ))

const hidden = (field: Field) =>
  Boolean(
    ('hidden' in field && field.hidden) ||
    (field.admin as { hidden?: boolean; disabled?: boolean } | undefined)?.hidden ||
    (field.admin as { disabled?: boolean } | undefined)?.disabled,
  )

const problems = (fields: Field[], at: string): string[] =>
  fields.flatMap((field): string[] => {
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) => [
        ...(translated(tab.label ?? ('name' in tab ? undefined : false))
          ? []
          : [`${at}: tab ${'name' in tab ? tab.name : ''} has no translated label`]),
        ...problems(tab.fields, `${at}.${'name' in tab && tab.name ? tab.name : '(tab)'}`),
      ])
    if (field.type === 'row' || (field.type === 'collapsible' && !('name' in field)))
      return [
        ...(field.type === 'collapsible' && !translated(field.label)
          ? [`${at}: a collapsible has no translated label`]
          : []),
        ...problems(field.fields, at),
      ]
    if (!('name' in field) || !field.name || hidden(field)) return []
    const path = `${at}.${field.name}`
    const own: string[] = []
    if (field.type !== 'ui' && !translated(field.label)) own.push(`${path} has no translated label`)
    if (field.type === 'array') {
      const labels = field.labels as { singular?: unknown; plural?: unknown } | undefined
      if (!translated(labels?.singular) || !translated(labels?.plural))
        own.push(`${path} (a list) has no translated labels.singular and labels.plural`)
      return [...own, ...problems(field.fields, path)]
    }
    if (field.type === 'blocks') {
      const blocks = (field.blocks ?? []) as Block[]
      return [
        ...own,
        ...blocks.flatMap((block) => [
          ...(translated(block.labels?.singular) && translated(block.labels?.plural)
            ? []
            : [`${path} block ${block.slug} has no translated labels`]),
          ...problems(block.fields, `${path}.${block.slug}`),
        ]),
      ]
    }
    if (field.type === 'group') return [...own, ...problems(field.fields, path)]
    return own
  })

describe('the admin in the municipality language', () => {
  it('has a translated label for every field, list, block and collection staff see', async () => {
    const config = await rawConfig
    const found: string[] = []
    for (const collection of config.collections) {
      // Payload's own collections (jobs, preferences, locks…): hidden, or the platform administrator's.
      if (collection.admin?.hidden === true || collection.slug.startsWith('payload-')) continue
      if (!translated(collection.labels?.singular) || !translated(collection.labels?.plural))
        found.push(`${collection.slug} has no translated labels`)
      found.push(...problems(collection.fields, collection.slug))
    }
    for (const global of config.globals) {
      if (global.admin?.hidden === true) continue
      if (!translated(global.label)) found.push(`global ${global.slug} has no translated label`)
      found.push(...problems(global.fields, `global ${global.slug}`))
    }
    expect(found).toEqual([])
  })
})
