/**
 * Virtual fields computed when read, and only when read. A collection-wide `afterRead` hook runs for
 * every document read, whatever the read asks for (the service catalogue built the JSON-LD of 200
 * services that nobody asked for); a field's own `afterRead` hook runs only when the field is returned —
 * a read that selects fields (GraphQL does: src/lib/graphqlRoute.ts) skips it.
 *
 * A selecting read fetches only the fields it names (and the collection's `forceSelect`), so a computed
 * field's hook may find the fields it is computed from missing: `completeDoc` reads them then, once per
 * document and request.
 */
import type { CollectionSlug, FieldHook, PayloadRequest } from 'payload'

import { perRequest } from './perRequest'

type Doc = Record<string, unknown> & { id?: unknown }

/** `doc` when it holds every field of `needs`, otherwise `doc` with them read from the database. */
export const completeDoc = async <T extends Doc>(
  req: PayloadRequest,
  collection: string,
  doc: T,
  needs: readonly string[],
): Promise<T> => {
  if (needs.every((name) => name in doc) || doc.id === undefined || doc.id === null) return doc
  const read = await perRequest(req, `computedField:${collection}:${String(doc.id)}:${needs.join(',')}`, () =>
    req.payload.findByID({
      collection: collection as CollectionSlug,
      id: doc.id as string,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
      select: Object.fromEntries(needs.map((name) => [name, true])),
    }),
  )
  return read ? ({ ...(read as unknown as Doc), ...doc } as T) : doc
}

/**
 * A field hook computing a virtual field from its document (`data`), given the fields it is computed
 * from: `compute` sees them even when the read selected others.
 */
export const computedField =
  <T = unknown>(
    needs: readonly string[],
    compute: (args: { doc: Doc; req: PayloadRequest; collection: string }) => Promise<T> | T,
  ): FieldHook =>
  async ({ data, collection, req, value }) => {
    if (!data || !collection) return value
    const doc = await completeDoc(req, collection.slug, data as Doc, needs)
    return compute({ doc, req, collection: collection.slug })
  }
