/**
 * The database is chosen by `DATABASE_URI`:
 *   unset or `file:…`            → SQLite (embedded default, a file under data/)
 *   `postgres://`/`postgresql://` → PostgreSQL (committed migrations: src/lib/migrate.ts)
 *   `mongodb://`/`mongodb+srv://` → MongoDB through mongoose (a replica set: see `requireTransactions`)
 *
 * The adapters get no `prodMigrations`: Payload would run them inside `connect`, in every process and
 * without a lock. src/lib/migrate.ts applies them instead, under a PostgreSQL advisory lock, at a
 * production start (unless `MIGRATE_ON_START=false`) or as the release step (`npm run migrate`).
 * `migrationDir` stays the committed folder: `npm run migrate:create` only ever sees the real
 * installation's migrations.
 *
 * Only the adapter the URI names is loaded (a dynamic import): a process on SQLite never loads the
 * PostgreSQL or MongoDB drivers, which would cost every start about half a second of CPU.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseAdapterObj } from 'payload'

import { postgresIndexes, sqliteIndexes } from './dbIndexes'
import { limitTransactions, poolMax } from './lib/transactionSlots'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export const DEFAULT_SQLITE_FILE = 'data/e-muni.db'

/** Which database a URI names, and the URL to hand its adapter. Throws a clear error otherwise. */
export const resolveDatabase = (uri: string | undefined, cwd = process.cwd()): { kind: DatabaseKind; url: string } => {
  const value = uri?.trim()
  if (!value) return { kind: 'sqlite', url: `file:${path.resolve(cwd, DEFAULT_SQLITE_FILE)}` }
  if (value.startsWith('file:')) {
    const file = value.slice('file:'.length)
    if (!file) throw new Error('DATABASE_URI "file:" names no file; use e.g. file:./data/e-muni.db')
    return { kind: 'sqlite', url: `file:${path.resolve(cwd, file)}` }
  }
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: 'postgres', url: value }
  if (/^mongodb(\+srv)?:\/\//.test(value)) return { kind: 'mongodb', url: value }
  throw new Error(
    `DATABASE_URI must start with file:, postgres://, postgresql://, mongodb:// or mongodb+srv:// (got "${value.split(':')[0]}:…")`,
  )
}

export const databaseAdapter = async (
  uri: string | undefined = process.env.DATABASE_URI,
): Promise<DatabaseAdapterObj> => {
  const { kind, url } = resolveDatabase(uri)
  switch (kind) {
    case 'postgres': {
      const { postgresAdapter } = await import('@payloadcms/db-postgres')
      const max = poolMax()
      const adapter = postgresAdapter({
        pool: { connectionString: url, max },
        migrationDir: path.resolve(process.cwd(), 'src/migrations/postgres'),
        afterSchemaInit: [postgresIndexes],
      })
      // No request waits forever for a pooled connection (src/lib/transactionSlots.ts).
      const init = adapter.init
      return { ...adapter, init: (args) => limitTransactions(init(args), max) }
    }
    case 'mongodb': {
      const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
      return mongooseAdapter({
        url,
        // Integrity that matters (one vote per person, one bid per supplier and tender, unique tracking
        // codes) is a unique index: on MongoDB mongoose builds the indexes the collections declare only
        // when told to (the adapter's default is not to).
        ensureIndexes: true,
        // No schema migrations: mongoose makes the collections and their indexes at start. A folder of
        // its own, so that `payload migrate` never reads the SQL adapters' migrations.
        migrationDir: path.resolve(process.cwd(), 'src/migrations/mongodb'),
      })
    }
    default: {
      // A fresh clone has no data/ folder yet: SQLite needs it to create the file.
      fs.mkdirSync(path.dirname(url.slice('file:'.length)), { recursive: true })
      const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
      return sqliteAdapter({
        client: { url },
        // Payload keeps SQLite transactions off (some of its auth operations write outside the request's
        // transaction and would deadlock). A write that fails half-way could then keep its first half,
        // so uniqueness inside arrays (municipality domains) is checked before writing.
        busyTimeout: 10_000,
        afterSchemaInit: [sqliteIndexes],
        migrationDir: path.resolve(process.cwd(), 'src/migrations/sqlite'),
      })
    }
  }
}

/**
 * What each database-specific path does on each adapter (docs/architecture.md, "Databases"): writes that
 * must happen together (src/plugins/sdk/together.ts) need transactions on every database but SQLite, which
 * gets one batch instead. Payload turns MongoDB's transactions off by itself when the server is not a
 * replica set; e-Muni then refuses to start rather than write a participation without its ballot.
 */
export const requireTransactions = (db: { name?: string; transactionOptions?: unknown }): void => {
  if (db.name === 'mongoose' && db.transactionOptions === false)
    throw new Error(
      'e-Muni needs MongoDB transactions, which MongoDB offers only on a replica set: start mongod with ' +
        '--replSet (a one-member replica set is enough), run rs.initiate() once, and add ?replicaSet=<name> ' +
        'to DATABASE_URI.',
    )
}
