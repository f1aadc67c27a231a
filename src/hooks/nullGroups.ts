/**
 * `{ "location": null }` for a group field makes Payload 3.90 throw a TypeError (a 500) while it walks
 * the group's fields. A client that sends null means "clear it": this turns a null group into the
 * same group with every field null, before Payload reads the data. Installed on every collection
 * (core and modules) by the `nullGroupsPlugin` at the end of the plugin list.
 */
import type { CollectionBeforeOperationHook, Config, Field } from 'payload'

/** Names of the fields stored at this level (through rows, collapsibles and unnamed tabs). */
const namedFields = (fields: Field[]): string[] =>
  fields.flatMap((f) => {
    if ('name' in f && f.name) return [f.name]
    if ((f.type === 'row' || f.type === 'collapsible') && 'fields' in f) return namedFields(f.fields)
    if (f.type === 'tabs') return f.tabs.flatMap((t) => ('name' in t && t.name ? [t.name] : namedFields(t.fields)))
    return []
  })

const clearGroups = (fields: Field[], data: Record<string, unknown>) => {
  for (const field of fields) {
    if (field.type === 'group' && 'name' in field && field.name) {
      const value = data[field.name]
      if (value === null) {
        data[field.name] = Object.fromEntries(namedFields(field.fields).map((name) => [name, null]))
      }
      const inner = data[field.name]
      if (inner && typeof inner === 'object' && !Array.isArray(inner))
        clearGroups(field.fields, inner as Record<string, unknown>)
    } else if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) {
      clearGroups(field.fields, data)
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          if (data[tab.name] && typeof data[tab.name] === 'object')
            clearGroups(tab.fields, data[tab.name] as Record<string, unknown>)
        } else clearGroups(tab.fields, data)
      }
    }
  }
}

const hook =
  (fields: Field[]): CollectionBeforeOperationHook =>
  ({ args, operation }) => {
    const data = (args as { data?: unknown }).data
    if (
      (operation === 'create' || operation === 'update' || operation === 'updateByID') &&
      data &&
      typeof data === 'object'
    )
      clearGroups(fields, data as Record<string, unknown>)
    return args
  }

export const nullGroupsPlugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [hook(collection.fields), ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
})
