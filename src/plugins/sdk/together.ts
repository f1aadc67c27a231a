/* eslint-disable @typescript-eslint/no-explicit-any -- the database adapters' internals are untyped here */
/**
 * `createTogether`: documents that must exist together or not at all, even if the process dies between
 * them (`kill -9`, a crash, a lost connection) — a participation and its secret ballot, which no row
 * links, so a participation left without its ballot could never be repaired (the person could not vote
 * again, and the counts would disagree).
 *
 * The data is the caller's, checked by it (a command's input is read and checked before anything is
 * written): the rows are written as given through the database adapter — no validation, no beforeChange
 * hooks — and then each collection's afterChange hooks run with the row written (the audit entry, the
 * public cache's counters), as after a create. On every database, the same: the fewest round trips for a
 * write citizens make by the thousand (a vote surge).
 * - Where the database adapter has transactions (PostgreSQL, MongoDB): the adapter's `create` of each
 *   row in one transaction, the hooks inside it.
 * - SQLite runs without transactions here (see src/db.ts: Payload's SQLite transactions would deadlock
 *   other writers). The rows are inserted in one SQLite batch — BEGIN, the INSERTs, COMMIT, executed
 *   synchronously with nothing in between — then the hooks run. This path suits flat collections only (no
 *   arrays, localized fields or has-many relationships).
 * A text `id` field gets a random UUID, timestamps are set; no other default value is applied.
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
      for (const { collection, data } of docs) {
        const row = rowOf(req, collection, data, new Date().toISOString())
        const { id } = (await payload.db.create({
          collection: collection as CollectionSlug,
          data: row,
          req: write,
          select: { id: true },
        })) as unknown as { id: ID }
        created.push(await afterCreate(write, collection, { ...row, id }))
      }
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
  const rows = docs.map(({ collection, data }) => rowOf(req, collection, data, now))
  const inserts = docs.map(({ collection }, i) => {
    const table = db.tables[db.tableNameMap?.get(collection.replace(/-/g, '_')) ?? collection.replace(/-/g, '_')]
    if (!table) throw new Error(`createTogether: no table for ${collection}`)
    return db.drizzle.insert(table).values(rows[i]).returning({ id: table.id })
  })
  const results = (await db.drizzle.batch(inserts)) as { id: ID }[][]
  const created: Doc[] = []
  for (const [i, { collection }] of docs.entries())
    created.push(await afterCreate(write, collection, { ...rows[i], id: results[i][0].id }))
  return created
}

/** The row written for `data`: its collection's fields only, a text id drawn, timestamps set. */
const rowOf = (req: PayloadRequest, collection: string, data: Record<string, unknown>, now: string) => {
  const config = req.payload.collections[collection as CollectionSlug].config
  const row: Record<string, unknown> = {}
  for (const field of config.flattenedFields) {
    if (field.name in data) row[field.name] = data[field.name]
    else if (field.name === 'id' && field.type === 'text') row.id = randomUUID()
  }
  if (config.timestamps !== false) Object.assign(row, { createdAt: now, updatedAt: now })
  return row
}

/** Runs the collection's afterChange hooks on a row just written, as a create would. */
const afterCreate = async (write: any, collection: string, doc: Doc): Promise<Doc> => {
  const config = write.payload.collections[collection as CollectionSlug].config
  let result = doc
  for (const hook of config.hooks?.afterChange ?? [])
    result =
      ((await hook({
        collection: config,
        context: write.context,
        data: result,
        doc: result,
        operation: 'create',
        previousDoc: {},
        req: write,
      } as never)) as Doc | undefined) ?? result
  return result
}
