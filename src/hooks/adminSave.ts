/**
 * Saves from the admin's edit views. Payload's admin form sends the whole document back: read-only
 * fields as they were loaded (trackingCode, the workflow's history, a tender's opening record) and
 * empty lists as `0`. Those echoes are not edits: on a save from the admin they are dropped here, before
 * the input guard and the collections' own checks, which keep refusing callers of the API who try to
 * write such fields (a 400 that names the field).
 *
 * A save from the admin is a multipart request (the form's `_payload`) sent by a page on the server's own
 * origin (the `Origin` header a browser sets on every PATCH and POST; Helmet's referrer policy hides the
 * Referer). A caller who imitates one gains nothing: the fields are dropped, not written.
 */
import type { Field, PayloadRequest } from 'payload'

import { KEEP_IN_ADMIN_SAVE } from '../plugins/sdk/workflow'

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

const header = (req: PayloadRequest, name: string): string | null => {
  const headers = req.headers as Headers | Record<string, string | string[] | undefined> | undefined
  if (!headers) return null
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name)
  const value = (headers as Record<string, string | string[] | undefined>)[name]
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null)
}

const originOf = (url: string | null | undefined): string | null => {
  if (!url) return null
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

/**
 * Is this write the save of the admin's edit view (see above) — of this collection or global, and not
 * a write that server code makes while handling it (which shares its `req`)?
 */
export const isAdminSave = (req: PayloadRequest, target: { collection: string } | { global: string }): boolean => {
  if (req.payloadAPI !== 'REST' || !req.user) return false
  const api = (req.payload.config.routes?.api ?? '/api').replace(/\/$/, '')
  const own = 'collection' in target ? `${api}/${target.collection}` : `${api}/globals/${target.global}`
  let pathname = ''
  try {
    pathname = new URL(req.url ?? '', 'http://localhost').pathname
  } catch {
    return false
  }
  if (pathname !== own && !pathname.startsWith(`${own}/`)) return false
  if (!/^multipart\/form-data/i.test(header(req, 'content-type') ?? '')) return false
  const origin = header(req, 'origin')
  if (!origin || origin === 'null') return false
  const origins = new Set<string>()
  const host = header(req, 'x-forwarded-host')?.split(',')[0]?.trim() || header(req, 'host')
  if (host) for (const scheme of ['http', 'https']) origins.add(`${scheme}://${host}`)
  const configured = originOf(req.payload.config.serverURL)
  if (configured) origins.add(configured)
  return origins.has(origin.toLowerCase())
}

/**
 * Shown read-only. (Hidden is not read-only: the admin's own widgets write hidden fields — an image's
 * focal point, `focalX`/`focalY` — and a hidden field's echo is its stored value.)
 */
const readOnly = (field: Field): boolean => {
  const admin = (field as { admin?: { readOnly?: boolean } }).admin
  const custom = (field as { custom?: Record<string, unknown> }).custom
  if (custom?.[KEEP_IN_ADMIN_SAVE]) return false
  return Boolean(admin?.readOnly)
}

/**
 * Drops from `data` (in place) what the admin form echoes of fields the user cannot change there: fields
 * shown read-only (also inside named groups and tabs; a read-only group or list as a whole). Returns the
 * paths dropped.
 */
export const dropAdminEchoes = (fields: Field[], data: Record<string, unknown>, path = ''): string[] => {
  const dropped: string[] = []
  for (const field of fields) {
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) {
      dropped.push(...dropAdminEchoes(field.fields, data, path))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const value = data[tab.name]
          if (isObject(value)) dropped.push(...dropAdminEchoes(tab.fields, value, `${path}${tab.name}.`))
        } else dropped.push(...dropAdminEchoes(tab.fields, data, path))
      }
      continue
    }
    if (!('name' in field) || !field.name || !(field.name in data)) continue
    if (field.type === 'ui') continue
    if (readOnly(field)) {
      delete data[field.name]
      dropped.push(`${path}${field.name}`)
    } else if (field.type === 'group' && isObject(data[field.name]))
      dropped.push(
        ...dropAdminEchoes(field.fields, data[field.name] as Record<string, unknown>, `${path}${field.name}.`),
      )
  }
  return dropped
}
