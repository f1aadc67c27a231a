/**
 * SQLite's query planner needs statistics to tell a selective index (a document's municipality)
 * from a poor one (a yes/no field): without them it picked `published` over `tenant` and read half a
 * table per query (2.5 ms instead of 0.13 ms at 20,000 processes; see BENCHMARKS.md). SQLite never
 * gathers them by itself, so the server runs a bounded ANALYZE at start and every few hours (about
 * 0.15 s on a 270 MB database). PostgreSQL's autovacuum keeps its own statistics.
 */
import type { Payload } from 'payload'

import { logger } from './logger'

type LibsqlClient = { execute: (sql: string) => Promise<unknown> }

const EVERY_MS = 6 * 60 * 60 * 1000

const refresh = async (client: LibsqlClient) => {
  try {
    // Rows sampled per index: enough to rank indexes, bounded whatever the database's size.
    await client.execute('PRAGMA analysis_limit=1000')
    await client.execute('ANALYZE')
  } catch (error) {
    logger.warn({ err: error }, 'could not refresh the SQLite planner statistics')
  }
}

/** At start (awaited: the first requests get good plans) and every six hours; nothing on other databases. */
export const keepPlannerStats = async (payload: Payload): Promise<void> => {
  const client = (payload.db as unknown as { client?: LibsqlClient }).client
  if (payload.db.packageName !== '@payloadcms/db-sqlite' || !client) return
  await refresh(client)
  setInterval(() => void refresh(client), EVERY_MS).unref()
}
