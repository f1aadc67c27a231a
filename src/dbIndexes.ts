/**
 * Indexes Payload's SQL adapters do not create. First, the parent column of the tables that hold localized
 * fields (`*_locales`) and hasMany text/number fields (`*_texts`, `*_numbers`). Each document read
 * gathers its rows from those tables with a subquery on that column; without an index every
 * document read scanned the whole table (a news list of 3 took 70 ms at 80,000 news: see
 * BENCHMARKS.md). Added to the schema with the adapters' `afterSchemaInit` hook, so
 * `migrate:create` writes them into the committed migrations.
 */
import type { postgresAdapter } from '@payloadcms/db-postgres'
import { getTableColumns, getTableName, type Table } from '@payloadcms/db-postgres/drizzle'
import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { sqliteAdapter } from '@payloadcms/db-sqlite'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

type PostgresHook = NonNullable<Parameters<typeof postgresAdapter>[0]['afterSchemaInit']>[number]
type SQLiteHook = NonNullable<Parameters<typeof sqliteAdapter>[0]['afterSchemaInit']>[number]
type HookArgs = {
  schema: { tables: Record<string, unknown> }
  extendTable: (args: { table: never; extraConfig: (t: never) => Record<string, unknown> }) => void
}

const CHILD_TABLE = /_(locales|texts|numbers)$/
const PARENT_COLUMNS = ['_parent_id', 'parent_id']
const MAX_NAME = 63 // PostgreSQL's identifier limit

/**
 * Indexes Payload's collection config cannot express (`id` is not allowed in compound indexes).
 * services (tenant_id, id): sorting by the translated name makes Payload count with GROUP BY id, and
 * PostgreSQL then walked the primary key through every municipality's services to do it (93 ms at
 * 1,000 municipalities; 0.7 ms with this index).
 */
const EXTRA = [{ table: 'servi_services', columns: ['tenant_id', 'id'], name: 'servi_services_tenant_id_id_idx' }]

type Spec = { table: Table; columns: string[]; name: string }

const addIndexes = (index: typeof pgIndex, { schema, extendTable }: HookArgs) => {
  const tables = Object.values(schema.tables) as Table[]
  const specs: Spec[] = [
    ...tables
      .filter((table) => CHILD_TABLE.test(getTableName(table)))
      .flatMap((table) => {
        const parent = Object.values(getTableColumns(table)).find((c) => PARENT_COLUMNS.includes(c.name))
        const name = `${getTableName(table)}_parent_idx`.slice(-MAX_NAME)
        return parent ? [{ table, columns: [parent.name], name }] : []
      }),
    ...EXTRA.flatMap((extra) => {
      const table = tables.find((t) => getTableName(t) === extra.table)
      return table ? [{ ...extra, table }] : []
    }),
  ]
  for (const { table, columns, name } of specs) {
    // Drizzle's extra config names columns by their property, not by their SQL name.
    const entries = Object.entries(getTableColumns(table))
    const keys = columns.map((column) => entries.find(([, c]) => c.name === column)?.[0])
    if (keys.some((k) => k === undefined)) continue
    extendTable({
      table: table as never,
      extraConfig: (t: Record<string, never>) => ({
        [name]: index(name).on(...(keys.map((k) => t[k!]) as [never, ...never[]])),
      }),
    })
  }
  return schema
}

export const postgresIndexes: PostgresHook = (args) =>
  addIndexes(pgIndex, args as unknown as HookArgs) as unknown as ReturnType<PostgresHook>
export const sqliteIndexes: SQLiteHook = (args) =>
  addIndexes(sqliteIndex as unknown as typeof pgIndex, args as unknown as HookArgs) as unknown as ReturnType<SQLiteHook>
