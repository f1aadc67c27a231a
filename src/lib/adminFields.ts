/**
 * The admin's fields as municipal staff of the Americas expect them. This plugin, last in the list,
 * walks every field of every collection and global (core and modules):
 * - JSON fields: Payload edits them with a code editor it loads from a CDN, which our Content Security
 *   Policy blocks (and offline installs cannot reach): the field showed a loading placeholder forever.
 *   Those without a component of their own get admin/JsonField.tsx, which needs no network.
 * - Dates: day first and a 24-hour clock (12/05/2026 is the 12th of May in Montevideo and São Paulo),
 *   in the picker as in the lists (`admin.dateFormat` in payload.config.ts), unless a field sets its own.
 *   A date with a time (a deadline), outside lists of rows, says the time zone it is shown in
 *   (admin/TimeZoneNote.tsx).
 */
import type { Config, Field } from 'payload'

import { l } from '../i18n/index'

export const JSON_FIELD_COMPONENT = '/admin/JsonField#JsonField'
export const TIME_ZONE_NOTE_COMPONENT = '/admin/TimeZoneNote#TimeZoneNote'
export const DATE_TIME_FORMAT = 'dd/MM/yyyy HH:mm'
const DATE_FORMATS: Record<string, string> = {
  dayAndTime: DATE_TIME_FORMAT,
  dayOnly: 'dd/MM/yyyy',
  monthOnly: 'MM/yyyy',
  timeOnly: 'HH:mm',
}

const withViewer = (fields: Field[], inRows = false): Field[] =>
  fields.map((field) => {
    if (field.type === 'json') {
      const admin = field.admin ?? {}
      if (admin.components?.Field) return field
      return { ...field, admin: { ...admin, components: { ...admin.components, Field: JSON_FIELD_COMPONENT } } }
    }
    if (field.type === 'date') {
      const admin = field.admin ?? {}
      const date = admin.date ?? {}
      const appearance = date.pickerAppearance ?? 'dayOnly'
      const withZone =
        appearance === 'dayAndTime' && !inRows && !admin.hidden && !admin.components?.afterInput
          ? { components: { ...admin.components, afterInput: [TIME_ZONE_NOTE_COMPONENT] } }
          : {}
      const displayFormat = date.displayFormat ?? DATE_FORMATS[appearance]
      return { ...field, admin: { ...admin, ...withZone, date: { ...date, displayFormat } } } as Field
    }
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withViewer(tab.fields, inRows) })) }
    if (field.type === 'blocks')
      return {
        ...field,
        blocks: (field.blocks ?? []).map((block) => ({ ...block, fields: withViewer(block.fields, true) })),
      }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: withViewer(field.fields, inRows || field.type === 'array') } as Field
    return field
  })

/**
 * The multi-tenant plugin's list of a user's municipalities has no option for its labels: they are set
 * here (in the four languages), so the user form reads "Municipios" and not "Tenants".
 */
const TENANT_ROWS = {
  label: l('Municipios y roles', 'Municípios e papéis', 'Municipalities and roles', 'Municipalités et rôles'),
  labels: {
    singular: l('Municipio', 'Município', 'Municipality', 'Municipalité'),
    plural: l('Municipios', 'Municípios', 'Municipalities', 'Municipalités'),
  },
}
const labelTenantRows = (fields: Field[]): Field[] =>
  fields.map((field) =>
    field.type === 'array' && field.name === 'tenants'
      ? ({
          ...field,
          label: field.label ?? TENANT_ROWS.label,
          labels: field.labels ?? TENANT_ROWS.labels,
          fields: field.fields.map((row) =>
            'name' in row && row.name === 'tenant' && !('label' in row && row.label)
              ? ({ ...row, label: TENANT_ROWS.labels.singular } as Field)
              : row,
          ),
        } as Field)
      : field,
  )

export const adminFieldsPlugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((c) => ({
    ...c,
    fields: withViewer(c.auth ? labelTenantRows(c.fields) : c.fields),
  })),
  globals: (config.globals ?? []).map((g) => ({ ...g, fields: withViewer(g.fields) })),
})
