/* eslint-disable @typescript-eslint/no-explicit-any -- the database adapters' internals are untyped here */
/**
 * `createTogether`: documents that must exist together or not at all, even if the process dies between
 * them (`kill -9`, a crash, a lost connection) — a participation and its secret ballot, which no row
 * links, so a participation left without its ballot could never be repaired (the person could not vote
 * again, and the counts would disagree).
 *
 * - Where the database adapter has transactions (PostgreSQL, MongoDB): the Local API in one
 *   transaction — hooks, validation and audit entries included.
 * - SQLite runs without transactions here (see src/db.ts: Payload's SQLite transactions would deadlock
 *   other writers). The rows are inserted in one SQLite batch — BEGIN, the INSERTs, COMMIT, executed
 *   synchronously with nothing in between — then each collection's afterChange hooks run (the audit
 *   entry) as after a create. This path suits flat collections only (no arrays, localized fields or
 *   has-many relationships), written with data the caller has checked: no beforeChange hooks run.
 */
import { randomUUID } from 'node:crypto'

import type { CollectionSlug, PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'
import type { ID } from './roles'

type Doc = Record<string, unknown> & { id: ID }
export type TogetherDoc = { collection: string; data: Record<string, unknown> }

export const createTogether = async (
  req: PayloadRequest,
  docs: TogetherDoc[],
  options: { context?: Record<string, unknown> } = {},
): Promise<Doc[]> => {
  const { payload } = req
  // A request of its own, without the caller as user (the module writes as the system).
  const write = { i18n: req.i18n, headers: req.headers, context: options.context ?? {}, payload } as any
  const transaction = await initTransaction(write)
  if (!transaction) delete write.transactionID
  if (transaction) {
    try {
      const created: Doc[] = []
      for (const { collection, data } of docs)
        created.push(
          (await payload.create({
            collection: collection as CollectionSlug,
            data: data as never,
            overrideAccess: true,
            req: write,
            context: options.context,
            depth: 0,
          })) as unknown as Doc,
        )
      await commitTransaction(write)
      return created
    } catch (error) {
      await killTransaction(write)
      throw error
    }
  }
  const db = payload.db as any
  if (typeof db.drizzle?.batch !== 'function' || !db.tables)
    throw new Error(`createTogether: the ${payload.db.name} adapter has neither transactions nor batches`)
  const now = new Date().toISOString()
  const inserts = docs.map(({ collection, data }) => {
    const config = payload.collections[collection as CollectionSlug].config
    const table = db.tables[db.tableNameMap?.get(collection.replace(/-/g, '_')) ?? collection.replace(/-/g, '_')]
    if (!table) throw new Error(`createTogether: no table for ${collection}`)
    const row: Record<string, unknown> = {}
    for (const field of config.flattenedFields) {
      if (field.name in data) row[field.name] = data[field.name]
      else if (field.name === 'id' && field.type === 'text') row.id = randomUUID()
    }
    if (config.timestamps !== false) Object.assign(row, { createdAt: now, updatedAt: now })
    return db.drizzle.insert(table).values(row).returning({ id: table.id })
  })
  const results = (await db.drizzle.batch(inserts)) as { id: ID }[][]
  const created: Doc[] = []
  for (const [i, { collection }] of docs.entries()) {
    const config = payload.collections[collection as CollectionSlug].config
    const doc = (await payload.findByID({
      collection: collection as CollectionSlug,
      id: results[i][0].id,
      depth: 0,
      overrideAccess: true,
      req: write,
    })) as unknown as Doc
    for (const hook of config.hooks?.afterChange ?? [])
      await hook({
        collection: config,
        context: write.context,
        data: doc,
        doc,
        operation: 'create',
        previousDoc: {},
        req: write,
      } as never)
    created.push(doc)
  }
  return created
}
