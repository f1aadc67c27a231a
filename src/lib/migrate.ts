/**
 * Migrations as a release step (docs/deploy/worker.md): the committed migrations of the configured
 * database, applied under a PostgreSQL advisory lock so that two processes starting together (or two
 * `npm run migrate`) never both migrate — the second waits, then finds nothing left to do.
 *
 * `npm run migrate` (scripts/migrate.ts) and `EMUNI_ROLE=migrate npm start` run it and exit; a
 * production server runs it at start unless `MIGRATE_ON_START=false` (web processes of a deployment that
 * migrates as a release step). Development pushes the schema instead, as Payload does.
 *
 * With `EMUNI_TEST_MODULES=true` (test servers only: src/plugins/sdk/testing/testModule.ts) the
 * committed migrations are followed by the SDK test module's own (src/migrations/sdk-test/).
 */
import type { Payload } from 'payload'

import { resolveDatabase } from '../db'
import { logger } from './logger'
import { isPostgres, lockConnection, tryLock, waitForLock } from './pgLock'

/** A migration as Payload's adapters take it (`{ name, up, down }`; its arguments depend on the database). */
type Migration = { name: string; up: (args: never) => Promise<void>; down: (args: never) => Promise<void> }

/**
 * The migrations a production start applies on this database (none on MongoDB: mongoose makes its collections).
 * Loaded when asked for, those of this database only: each migration imports its adapter, which a process on
 * the other database never loads (src/db.ts).
 */
export const migrationsFor = async (env: Record<string, string | undefined> = process.env): Promise<Migration[]> => {
  const { kind } = resolveDatabase(env.DATABASE_URI)
  const testModules = env.EMUNI_TEST_MODULES === 'true'
  if (kind === 'postgres') {
    const { migrations } = await import('../migrations/postgres/index')
    if (!testModules) return migrations
    return [...migrations, ...(await import('../migrations/sdk-test/postgres/index')).migrations]
  }
  if (kind === 'sqlite') {
    const { migrations } = await import('../migrations/sqlite/index')
    if (!testModules) return migrations
    return [...migrations, ...(await import('../migrations/sdk-test/sqlite/index')).migrations]
  }
  return []
}

/**
 * Applies the migrations not yet recorded in `payload_migrations`. On PostgreSQL under the migration
 * lock, on a connection of its own: a second process waits for the first, then finds them applied.
 * On SQLite (one file, one machine) without a lock: start one process at a time there.
 */
export const migrateUnderLock = async (
  payload: Payload,
  env: Record<string, string | undefined> = process.env,
): Promise<void> => {
  const migrations = await migrationsFor(env)
  if (!migrations.length) return
  const migrate = () => payload.db.migrate({ migrations: migrations as never })
  if (!isPostgres(payload)) return migrate()
  const client = await lockConnection(payload)
  try {
    if (!(await tryLock(client, 'migrations'))) {
      logger.info('another process is migrating the database: waiting for it')
      await waitForLock(client, 'migrations')
    }
    await migrate()
  } finally {
    // Ending the connection releases the lock.
    await client.end().catch(() => undefined)
  }
}

/** At a production server's start: migrate (under the lock) unless `MIGRATE_ON_START=false`. */
export const migrateOnStart = async (
  payload: Payload,
  env: Record<string, string | undefined> = process.env,
): Promise<void> => {
  if (env.NODE_ENV !== 'production' || env.MIGRATE_ON_START === 'false') return
  await migrateUnderLock(payload, env)
}
