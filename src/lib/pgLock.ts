/**
 * PostgreSQL session advisory locks on a connection of their own (not one of the pool's): the lock
 * lives as long as that connection, so it is released when the process dies or loses the connection.
 * Two-key form (`pg_try_advisory_lock(int, int)`): a key space apart from the workflow's one-key
 * transaction locks (src/plugins/sdk/workflow.ts).
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type pg from 'pg'

/** "eMu" */
const SPACE = 0x654d75
export const LOCKS = {
  /** Held by the one process that runs the jobs (src/lib/jobRunner.ts). */
  jobs: [SPACE, 1],
  /** Held while migrations run (src/lib/migrate.ts). */
  migrations: [SPACE, 2],
} as const satisfies Record<string, readonly [number, number]>

export type LockName = keyof typeof LOCKS

export const isPostgres = (payload: Payload): boolean => (payload.db as { name?: string }).name === 'postgres'

/** A new connection with the adapter's own settings (address, TLS), outside its pool. */
export const lockConnection = async (payload: Payload): Promise<pg.Client> => {
  const db = payload.db as unknown as PostgresAdapter
  const client = new db.pg.Client({ ...db.poolOptions, keepAlive: true, application_name: 'e-muni lock' })
  await client.connect()
  return client
}

export const tryLock = async (client: pg.Client, name: LockName): Promise<boolean> => {
  const [a, b] = LOCKS[name]
  const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [a, b])
  return rows[0]?.locked === true
}

/** Waits for the lock (no time limit: the holder is migrating, which ends one way or the other). */
export const waitForLock = async (client: pg.Client, name: LockName): Promise<void> => {
  const [a, b] = LOCKS[name]
  await client.query('SELECT pg_advisory_lock($1, $2)', [a, b])
}
