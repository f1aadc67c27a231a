/**
 * The committed migrations on a database that already holds data: the namespaced-slugs migration (issue 23)
 * renames the module tables, columns, indexes, keys and enum types, and moves the slugs stored as data. Run on
 * the lane's database (SQLite, or PostgreSQL on loopback): a database migrated to the step before gets rows,
 * then the migration; the rows must all be there under the new names, and the schema must be exactly the one a
 * fresh database gets from all the migrations. `down` must bring back the schema it started from.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import { createClient, type Client as LibsqlClient } from '@libsql/client'
import pg from 'pg'

import { PG_ADMIN_URL, usingPostgres } from '../../src/plugins/sdk/testing/server'

type Migration = { name: string; up: (args: never) => Promise<void>; down: (args: never) => Promise<void> }
type Row = Record<string, unknown>

const LAST = 'namespaced_slugs'
const SLOW = 240_000

/** One database the test owns: raw SQL, the `db` a Payload migration receives, and the schema as data. */
type Scratch = {
  sql: (statement: string) => Promise<Row[]>
  run: (migration: Migration, direction: 'up' | 'down') => Promise<void>
  schema: () => Promise<unknown>
  close: () => Promise<void>
}

// Payload's migrations take a drizzle database; each adapter brings its own copy of drizzle-orm.
const adapterRequire = (adapter: string) => createRequire(createRequire(import.meta.url).resolve(adapter))

const sqliteScratch = async (): Promise<Scratch> => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'emuni-migrations-')), 'db.sqlite')
  const client: LibsqlClient = createClient({ url: `file:${file}` })
  await client.execute('PRAGMA foreign_keys = ON')
  const { drizzle } = adapterRequire('@payloadcms/db-sqlite')('drizzle-orm/libsql')
  const db = drizzle(client)
  const sql = async (statement: string) => (await client.execute(statement)).rows.map((r) => ({ ...r }))
  return {
    sql,
    run: (migration, direction) => migration[direction]({ db, payload: {}, req: {} } as never),
    // Compared by what each table is, not by its stored CREATE text (a rename rewrites that text's quoting).
    schema: async () => {
      const tables = await sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      const out: Row = {}
      for (const { name } of tables) {
        const t = String(name)
        const indexes = await sql(`PRAGMA index_list("${t}")`)
        out[t] = {
          columns: await sql(`PRAGMA table_info("${t}")`),
          foreignKeys: (await sql(`PRAGMA foreign_key_list("${t}")`)).map(({ id: _id, seq: _seq, ...fk }) => fk),
          indexes: await Promise.all(
            indexes
              .filter((i) => i.origin === 'c')
              .sort((a, b) => String(a.name).localeCompare(String(b.name)))
              .map(async (i) => ({
                name: i.name,
                unique: i.unique,
                columns: (await sql(`PRAGMA index_info("${String(i.name)}")`)).map((c) => c.name),
              })),
          ),
        }
      }
      return out
    },
    close: async () => {
      client.close()
      fs.rmSync(path.dirname(file), { recursive: true, force: true })
    },
  }
}

const postgresScratch = async (): Promise<Scratch> => {
  const name = `emuni_migrations_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  const url = new URL(PG_ADMIN_URL)
  url.pathname = `/${name}`
  const pool = new pg.Pool({ connectionString: url.toString(), max: 1 })
  const { drizzle } = adapterRequire('@payloadcms/db-postgres')('drizzle-orm/node-postgres')
  const db = drizzle(pool)
  const sql = async (statement: string) => (await pool.query(statement)).rows as Row[]
  const public_ = "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'"
  return {
    sql,
    run: (migration, direction) => migration[direction]({ db, payload: {}, req: {} } as never),
    schema: async () => ({
      relations: await sql(`SELECT c.relkind, c.relname FROM pg_class c ${public_} ORDER BY 1, 2`),
      columns: await sql(
        `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
           FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`,
      ),
      constraints: await sql(
        `SELECT con.conrelid::regclass::text AS tbl, con.conname, con.contype, pg_get_constraintdef(con.oid) AS def
           FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid ${public_} ORDER BY 1, 2`,
      ),
      indexes: await sql(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`),
      enums: await sql(
        `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text AS labels
           FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY 1 ORDER BY 1`,
      ),
    }),
    close: async () => {
      await pool.end()
      await admin.query(`DROP DATABASE IF EXISTS ${name}`)
      await admin.end()
    },
  }
}

const scratch = usingPostgres ? postgresScratch : sqliteScratch
let migrations: Migration[]

beforeAll(async () => {
  const index = usingPostgres
    ? await import('../../src/migrations/postgres/index')
    : await import('../../src/migrations/sqlite/index')
  migrations = index.migrations as unknown as Migration[]
})

describe(`the namespaced-slugs migration (${usingPostgres ? 'PostgreSQL' : 'SQLite'})`, () => {
  it(
    'keeps every row under the new names, gives the schema of a fresh database, and goes back down',
    async () => {
      const last = migrations.findIndex((m) => m.name.endsWith(`_${LAST}`))
      expect(last).toBeGreaterThan(0)
      const fresh = await scratch()
      const old = await scratch()
      try {
        // A fresh database up to the same point (later migrations, e.g. one removing a module, change it again).
        for (const migration of migrations.slice(0, last + 1)) await fresh.run(migration, 'up')
        for (const migration of migrations.slice(0, last)) await old.run(migration, 'up')
        const before = await old.schema()

        // What a running installation holds: a district of a municipality, a lock on it in the admin, its audit
        // entry, the admin's saved list and document preferences.
        for (const statement of [
          "INSERT INTO municipalities (id, name, slug, country, currency) VALUES (1, 'Villa', 'villa', 'UY', 'UYU')",
          "INSERT INTO districts (id, tenant_id, name) VALUES (7, 1, 'Centro')",
          'INSERT INTO payload_locked_documents (id) VALUES (1)',
          "INSERT INTO payload_locked_documents_rels (id, parent_id, path, districts_id) VALUES (1, 1, 'document', 7)",
          "INSERT INTO audit_log (operation, collection, document_id) VALUES ('create', 'districts', '7')",
          "INSERT INTO audit_log (operation, collection, document_id) VALUES ('create', 'pages', '3')",
          "INSERT INTO payload_preferences (key, value) VALUES ('collection-districts', '{}')",
          "INSERT INTO payload_preferences (key, value) VALUES ('collection-districts-7', '{}')",
          "INSERT INTO payload_preferences (key, value) VALUES ('collection-service-requests', '{}')",
          "INSERT INTO payload_preferences (key, value) VALUES ('collection-pages', '{}')",
        ])
          await old.sql(statement)

        await old.run(migrations[last], 'up')
        expect(await old.schema()).toEqual(await fresh.schema())
        expect(await old.sql('SELECT id, tenant_id, name FROM participa_districts')).toEqual([
          { id: 7, tenant_id: 1, name: 'Centro' },
        ])
        expect(await old.sql('SELECT parent_id, participa_districts_id FROM payload_locked_documents_rels')).toEqual([
          { parent_id: 1, participa_districts_id: 7 },
        ])
        expect((await old.sql('SELECT collection FROM audit_log ORDER BY id')).map((r) => r.collection)).toEqual([
          'participa-districts',
          'pages',
        ])
        expect((await old.sql('SELECT key FROM payload_preferences ORDER BY id')).map((r) => r.key)).toEqual([
          'collection-participa-districts',
          'collection-participa-districts-7',
          'collection-servi-requests',
          'collection-pages',
        ])
        // The renamed table still numbers its rows and its foreign keys still hold.
        await old.sql("INSERT INTO participa_districts (tenant_id, name) VALUES (1, 'Norte')")
        expect((await old.sql('SELECT name FROM participa_districts ORDER BY name')).map((r) => r.name)).toEqual([
          'Centro',
          'Norte',
        ])
        await expect(
          old.sql(
            "INSERT INTO payload_locked_documents_rels (id, parent_id, path, participa_districts_id) VALUES (2, 1, 'document', 999)",
          ),
        ).rejects.toThrow(/foreign key/i)

        await old.sql("DELETE FROM participa_districts WHERE name = 'Norte'")
        await old.run(migrations[last], 'down')
        expect(await old.schema()).toEqual(before)
        expect(await old.sql('SELECT id, name FROM districts')).toEqual([{ id: 7, name: 'Centro' }])
        expect((await old.sql('SELECT collection FROM audit_log ORDER BY id')).map((r) => r.collection)).toEqual([
          'districts',
          'pages',
        ])
      } finally {
        await Promise.all([fresh.close(), old.close()])
      }
    },
    SLOW,
  )
})
