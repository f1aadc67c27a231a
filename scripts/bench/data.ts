/**
 * Scale data for the benchmark: the demo municipality cloned M times, each clone with about D public
 * documents (news, events, services, tenders, participation processes) copied from the demo's own —
 * with every table a document spans (translations, arrays, relations), new ids, its own municipality
 * and suffixed slugs, references and domains so that unique indexes hold.
 *
 * Set-based SQL (INSERT … SELECT over a grid of municipalities × copies), the same statements on
 * SQLite and PostgreSQL: a million rows take seconds, where the API would take hours (a password
 * hash, hooks and revalidation per document). The server is stopped while this runs.
 */
import { createClient, type Client } from '@libsql/client'
import pg from 'pg'

export type Db = {
  dialect: 'sqlite' | 'postgres'
  exec: (sql: string) => Promise<void>
  rows: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>
  close: () => Promise<void>
}

export const openDb = async (uri: string): Promise<Db> => {
  if (uri.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: uri })
    await client.connect()
    return {
      dialect: 'postgres',
      exec: async (sql) => void (await client.query(sql)),
      rows: async (sql, params) => (await client.query(sql, params)).rows,
      close: () => client.end(),
    }
  }
  const client: Client = createClient({ url: uri })
  return {
    dialect: 'sqlite',
    exec: async (sql) => void (await client.execute(sql)),
    rows: async (sql, params) =>
      (await client.execute({ sql, args: (params ?? []) as never })).rows.map((r) => ({ ...r })),
    close: async () => client.close(),
  }
}

type Column = { name: string; integer: boolean; text: boolean }

const q = (name: string) => `"${name.replace(/"/g, '""')}"`

const tableNames = async (db: Db): Promise<string[]> =>
  (db.dialect === 'sqlite'
    ? await db.rows(`SELECT name FROM sqlite_master WHERE type = 'table'`)
    : await db.rows(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`)
  ).map((r) => String(r.name))

const columnsOf = async (db: Db, table: string): Promise<Column[]> => {
  if (db.dialect === 'sqlite')
    return (await db.rows(`PRAGMA table_info(${q(table)})`)).map((r) => ({
      name: String(r.name),
      integer: /INT/i.test(String(r.type)),
      text: /TEXT|CHAR/i.test(String(r.type)),
    }))
  return (
    await db.rows(
      `SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${table}' ORDER BY ordinal_position`,
    )
  ).map((r) => ({
    name: String(r.name),
    integer: /integer|bigint|smallint/.test(String(r.type)),
    text: /character|text/.test(String(r.type)),
  }))
}

/**
 * Text columns that take part in a unique index of the table and so must differ in the copies;
 * an index that also holds a column every copy renews (its parent's new id) is unique already
 * (`_locale` beside `_parent_id` keeps its value: es stays es).
 */
const uniqueTextColumns = async (
  db: Db,
  table: string,
  columns: Column[],
  renewed: string[] = [],
): Promise<Set<string>> => {
  const indexes: string[][] = []
  if (db.dialect === 'sqlite') {
    for (const index of await db.rows(`PRAGMA index_list(${q(table)})`))
      if (Number(index.unique) === 1)
        indexes.push((await db.rows(`PRAGMA index_info(${q(String(index.name))})`)).map((c) => String(c.name)))
  } else {
    for (const { def } of await db.rows(
      `SELECT indexdef AS def FROM pg_indexes WHERE schemaname = 'public' AND tablename = '${table}'`,
    )) {
      const match = /^CREATE UNIQUE INDEX .*\((.*)\)\s*$/.exec(String(def))
      if (match) indexes.push(match[1].split(',').map((c) => c.trim().replace(/^"|"$/g, '')))
    }
  }
  const names = new Set(indexes.filter((cols) => !cols.some((c) => renewed.includes(c))).flat())
  return new Set(columns.filter((c) => c.text && names.has(c.name) && c.name !== 'id').map((c) => c.name))
}

const SUFFIXED = new Set(['slug', 'reference', 'unique_key', 'code', 'domain', 'ocid'])

export type CloneOptions = {
  /** the municipality whose documents are copied */
  template: { id: number; slug: string }
  municipalities: number
  docsPerMunicipality: number
  /** collections copied, with their share of the documents */
  shares?: Record<string, number>
  onProgress?: (done: number, total: number, what: string) => void
}

export type CloneResult = {
  municipalities: { id: number; slug: string }[]
  docs: Record<string, number>
  rows: number
  ms: number
}

export const DEFAULT_SHARES: Record<string, number> = {
  news: 0.4,
  events: 0.2,
  'servi-services': 0.15,
  'compra-tenders': 0.15,
  'participa-processes': 0.1,
}

export const cloneMunicipalities = async (db: Db, options: CloneOptions): Promise<CloneResult> => {
  const started = Date.now()
  const all = await tableNames(db)
  const shares = options.shares ?? DEFAULT_SHARES
  const collections = ['municipalities', ...Object.keys(shares)]
  const M = options.municipalities
  const T = options.template.id
  const countRows = async (sql: string) => Number((await db.rows(sql))[0]?.n ?? 0)

  const grid = async (name: string, n: number) => {
    await db.exec(`DROP TABLE IF EXISTS ${name}`)
    await db.exec(`CREATE TEMP TABLE ${name} (v INTEGER)`)
    for (let i = 0; i < n; i += 500)
      await db.exec(
        `INSERT INTO ${name} (v) VALUES ${Array.from({ length: Math.min(500, n - i) }, (_, j) => `(${i + j})`).join(',')}`,
      )
  }
  await grid('bench_ms', M)

  const tenantBase = (await countRows(`SELECT COALESCE(MAX(id), 0) AS n FROM municipalities`)) + 1
  const docs: Record<string, number> = {}
  let rows = 0
  let done = 0
  const steps = collections.length
  for (const collection of collections) {
    const table = collection.replace(/-/g, '_')
    if (!all.includes(table)) continue
    const isMunicipality = collection === 'municipalities'
    const columns = await columnsOf(db, table)
    await db.exec(`DROP TABLE IF EXISTS bench_map`)
    await db.exec(
      `CREATE TEMP TABLE bench_map AS SELECT id AS old_id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS idx FROM ${q(table)} WHERE ${isMunicipality ? 'id' : 'tenant_id'} = ${T}`,
    )
    const k = await countRows(`SELECT COUNT(*) AS n FROM bench_map`)
    if (!k) continue
    const copies = isMunicipality ? 1 : Math.max(1, Math.round((options.docsPerMunicipality * shares[collection]) / k))
    await grid('bench_cs', copies)
    const base = isMunicipality
      ? tenantBase
      : (await countRows(`SELECT COALESCE(MAX(id), 0) AS n FROM ${q(table)}`)) + 1
    const newId = `(${base} + (ms.v * ${copies} + cs.v) * ${k} + m.idx)`
    const suffix = (expr: string) =>
      `${expr} || '-b' || CAST(ms.v AS TEXT)${isMunicipality ? '' : ` || '-' || CAST(cs.v AS TEXT)`}`
    const grid3 = `JOIN bench_map m ON m.old_id = %PARENT% CROSS JOIN bench_ms ms CROSS JOIN bench_cs cs`

    // The documents themselves.
    const unique = await uniqueTextColumns(db, table, columns)
    const mainExprs = columns.map((c) => {
      if (c.name === 'id') return newId
      if (c.name === 'tenant_id') return `(${tenantBase} + ms.v)`
      if (c.text && (unique.has(c.name) || SUFFIXED.has(c.name))) return suffix(`src.${q(c.name)}`)
      if (isMunicipality && c.name === 'name') return `src.${q(c.name)} || ' ' || CAST(ms.v + 1 AS TEXT)`
      return `src.${q(c.name)}`
    })
    await db.exec(
      `INSERT INTO ${q(table)} (${columns.map((c) => q(c.name)).join(', ')}) SELECT ${mainExprs.join(', ')} FROM ${q(table)} src ${grid3.replace('%PARENT%', 'src.id')}`,
    )
    rows += k * copies * M

    // Every table a document spans: translations, arrays (and theirs), hasMany values and relations.
    const others = new Set(collections.map((c) => c.replace(/-/g, '_')))
    const subTables = all.filter((t) => t.startsWith(`${table}_`) && !others.has(t)).sort((a, b) => a.length - b.length)
    for (const sub of subTables) {
      const subColumns = await columnsOf(db, sub)
      const parentColumn = subColumns.find((c) => c.name === '_parent_id' || c.name === 'parent_id')
      if (!parentColumn) continue
      // The chain of tables up to the document: services_form_options → services_form → services.
      const chain: { table: string; parent: Column }[] = [{ table: sub, parent: parentColumn }]
      let current = sub
      while (true) {
        const parent = [table, ...subTables]
          .filter((t) => current.startsWith(`${t}_`))
          .sort((a, b) => b.length - a.length)[0]
        if (!parent || parent === table) break
        const parentColumns = await columnsOf(db, parent)
        const up = parentColumns.find((c) => c.name === '_parent_id' || c.name === 'parent_id')
        if (!up) break
        chain.push({ table: parent, parent: up })
        current = parent
      }
      const joins = chain
        .slice(1)
        .map(
          (link, i) =>
            `JOIN ${q(link.table)} p${i + 1} ON p${i + 1}.id = ${i === 0 ? 'src' : `p${i}`}.${q(chain[i].parent.name)}`,
        )
        .join(' ')
      const top = chain.length === 1 ? 'src' : `p${chain.length - 1}`
      const topParent = chain[chain.length - 1].parent.name
      const subUnique = await uniqueTextColumns(db, sub, subColumns, parentColumn.integer ? [parentColumn.name] : [])
      const kept = subColumns.filter((c) => !(c.name === 'id' && c.integer))
      const exprs = kept.map((c) => {
        if (c === parentColumn) return c.integer ? newId : suffix(`src.${q(c.name)}`)
        if (c.name === 'id') return suffix(`src.${q(c.name)}`)
        if (c.text && (subUnique.has(c.name) || SUFFIXED.has(c.name))) return suffix(`src.${q(c.name)}`)
        return `src.${q(c.name)}`
      })
      await db.exec(
        `INSERT INTO ${q(sub)} (${kept.map((c) => q(c.name)).join(', ')}) SELECT ${exprs.join(', ')} FROM ${q(sub)} src ${joins} ${grid3.replace('%PARENT%', `${top}.${q(topParent)}`)}`,
      )
    }
    if (db.dialect === 'postgres')
      await db.exec(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT MAX(id) FROM ${q(table)}))`)
    if (!isMunicipality) docs[collection] = k * copies
    done += 1
    options.onProgress?.(done, steps, collection)
  }
  await db.exec(`DROP TABLE IF EXISTS bench_map`)
  const municipalities = (
    await db.rows(
      `SELECT id, slug FROM municipalities WHERE id >= ${tenantBase} AND id < ${tenantBase + M} ORDER BY id`,
    )
  ).map((r) => ({ id: Number(r.id), slug: String(r.slug) }))
  // Statistics for the planner, as after any bulk load (autovacuum would gather them a little later;
  // the SQLite server gathers its own at start: src/lib/plannerStats.ts).
  if (db.dialect === 'postgres') await db.exec('VACUUM ANALYZE')
  return { municipalities, docs, rows, ms: Date.now() - started }
}
