/**
 * Applied to the sanitized config (after Payload has added its own collections and globals, which
 * plugins never see):
 * - every collection, Payload's included, checks the `where` values callers send (queryGuard);
 * - the jobs statistics global (`payload-jobs-stats`, which the scheduler reads to decide when to
 *   queue scheduled jobs) is read and written by platform admins only — by default any logged-in
 *   account, a citizen's included, could overwrite it;
 * - document locks (`payload-locked-documents`) are the admin's, so staff only — by default any
 *   logged-in account could read every lock, or lock any document in another user's name;
 * - an upload is created from the file sent, never from a `url` + `filename` in the data: Payload would
 *   fetch that address from the server (a request forgery towards any public host, and a 500 when
 *   its safe fetch blocks a private one);
 * - a read that selects some fields (GraphQL selects what the query names: src/lib/graphqlRoute.ts)
 *   still fetches what hooks and field access rules read from the document: its municipality
 *   (`tenant`: the language fallback, staff-of-this-municipality field rules), on a municipality its
 *   language and modules (`enabledModules`), on an upload its file name (`url` is computed from it).
 *   They are not returned unless asked for.
 */
import { APIError, type Access, type CollectionBeforeOperationHook, type SanitizedConfig } from 'payload'

import { isPlatformAdmin, isStaff } from '../access/roles'
import { tr } from '../i18n/index'
import { whereGuard } from './queryGuard'

const noRemoteUploadSource: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const { data, overrideAccess } = args as { data?: Record<string, unknown>; overrideAccess?: boolean }
  if (operation !== 'create' || overrideAccess || req.file || !data || typeof data !== 'object') return args
  if (typeof data.url === 'string' && typeof data.filename === 'string')
    throw new APIError(tr(req, 'remoteUploadRefused', { field: 'url' }), 400, undefined, true)
  return args
}

const platformAdmins: Access = ({ req }) => isPlatformAdmin(req.user)
const staff: Access = ({ req }) => isStaff(req.user)

/** What every partial read of a collection fetches anyway (see above). */
const alwaysFetched = (collection: SanitizedConfig['collections'][number]): Record<string, true> => {
  const names = new Set(collection.flattenedFields.map((field) => field.name))
  const wanted = [
    'tenant',
    ...(collection.slug === 'municipalities' ? ['defaultLocale', 'modules'] : []),
    // An upload's `url` (and each size's) is computed from its file name when read.
    ...(collection.upload ? ['filename', 'mimeType', 'sizes', 'prefix'] : []),
  ]
  return Object.fromEntries(wanted.filter((name) => names.has(name)).map((name) => [name, true]))
}

export const hardenConfig = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    const fetched = alwaysFetched(collection)
    if (Object.keys(fetched).length) collection.forceSelect = { ...fetched, ...collection.forceSelect }
    collection.hooks.beforeOperation = [
      whereGuard,
      ...(collection.upload ? [noRemoteUploadSource] : []),
      ...(collection.hooks.beforeOperation ?? []),
    ]
  }
  const stats = config.globals.find((g) => g.slug === 'payload-jobs-stats')
  if (stats) stats.access = { ...stats.access, read: platformAdmins, update: platformAdmins }
  const locks = config.collections.find((c) => c.slug === 'payload-locked-documents')
  if (locks) locks.access = { ...locks.access, read: staff, create: staff, update: staff, delete: staff }
  return config
}
