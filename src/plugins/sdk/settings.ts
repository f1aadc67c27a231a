/**
 * Per-municipality module settings. A module declares them in its manifest (`settings`: Payload fields, each
 * with its default, its validation and labels in the four languages); the app shows them on the
 * municipality's Modules tab under the module's name while the module is on there (`settingsField`), and the
 * module reads a municipality's values with `moduleSettings`: what the municipality chose, else the default.
 */
import type { Field, FieldAccess, PayloadRequest } from 'payload'

import { installedModules, type EmuniModules } from './compose'
import { l } from './language'
import { idOf, isPlatformAdmin, isStaff, type ID } from './roles'

/** The municipality's field that holds every module's settings, one group per module. */
export const SETTINGS_FIELD = 'moduleSettings'

/** A module's group in it: the slug as a field name (GraphQL allows no hyphens). */
export const settingsKey = (slug: string): string => slug.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())

const defaults = (fields: Field[]): Record<string, unknown> =>
  Object.fromEntries(
    fields.flatMap((f) =>
      'name' in f && 'defaultValue' in f && f.defaultValue !== undefined && typeof f.defaultValue !== 'function'
        ? [[f.name, f.defaultValue]]
        : [],
    ),
  )

/**
 * Who reads a municipality's module settings: platform admins, and staff with a role in that municipality
 * (another municipality's staff do not; neither does the public, nor the portal).
 */
const readsSettings: FieldAccess = ({ req, doc }) =>
  isPlatformAdmin(req.user) ||
  (isStaff(req.user) && (req.user.tenants ?? []).some((row) => String(idOf(row.tenant)) === String(idOf(doc))))

/** The group the app adds to the municipality for the installed modules' settings (none when no module has any). */
export const settingsField = (installed: EmuniModules): Field[] => {
  const withSettings = installed.modules.filter((m) => m.settings?.length)
  if (!withSettings.length) return []
  return [
    {
      name: SETTINGS_FIELD,
      type: 'group',
      label: l('Ajustes de los módulos', 'Configurações dos módulos', 'Module settings', 'Paramètres des modules'),
      access: { read: readsSettings },
      fields: withSettings.map((m): Field => ({
        name: settingsKey(m.slug),
        type: 'group',
        label: m.label,
        // Shown while the module is on in the form; kept when it is switched off.
        admin: { condition: (data) => ((data?.modules as string[] | undefined) ?? []).includes(m.slug) },
        fields: m.settings!,
      })),
    },
  ]
}

/** A municipality's settings of module `slug`: its own values, and the manifest's defaults for the rest. */
export const moduleSettings = async (
  req: PayloadRequest,
  municipality: ID,
  slug: string,
): Promise<Record<string, unknown>> => {
  const values = defaults(installedModules(req.payload).get(slug)?.settings ?? [])
  // The database adapter's own read, in the request's transaction (a read beside it could wait for a pool
  // connection the transaction's request holds), and without the Local API: given a request, that replaces the
  // request's `context` with a copy, and a hook writing to its `context` afterwards (MuniCompra's amendments)
  // would write where no later hook looks.
  const doc = (await req.payload.db.findOne({
    collection: 'municipalities',
    where: { id: { equals: municipality } },
    select: { [SETTINGS_FIELD]: true },
    req,
  })) as Record<string, Record<string, Record<string, unknown> | null> | null> | null
  for (const [name, value] of Object.entries(doc?.[SETTINGS_FIELD]?.[settingsKey(slug)] ?? {}))
    if (value !== null && value !== undefined) values[name] = value
  return values
}
