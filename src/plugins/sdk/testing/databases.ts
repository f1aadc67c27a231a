/**
 * The test servers' databases: raw SQL on one, PostgreSQL's administrative statements (create, copy,
 * drop), and MongoDB's (`npm run test:mongodb`: a database of its own per server on MONGODB_TEST_URL).
 */
import pg from 'pg'

export const usingPostgres = process.env.TEST_DB === 'postgres'
export const usingMongo = process.env.TEST_DB === 'mongodb'
export const PG_ADMIN_URL = process.env.PG_TEST_URL || 'postgres://postgres@127.0.0.1:5433/postgres'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** One SQL statement on a test database (`?` placeholders on SQLite, `$1` on PostgreSQL). */
export const runSql = async (
  dbUri: string,
  statement: string,
  params: unknown[],
): Promise<Record<string, unknown>[]> => {
  if (dbUri.startsWith('mongodb'))
    throw new Error('server.sql runs SQL: this test needs SQLite or PostgreSQL, not MongoDB (npm run test:mongodb)')
  if (dbUri.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: dbUri })
    await client.connect()
    try {
      return (await client.query(statement, params)).rows
    } finally {
      await client.end()
    }
  }
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: dbUri })
  try {
    // The server may hold the write lock: wait for it, as the server does, rather than fail at once.
    await client.execute('PRAGMA busy_timeout = 10000')
    const result = await client.execute({ sql: statement, args: params as never })
    return result.rows.map((row) => ({ ...row }))
  } finally {
    client.close()
  }
}

export const adminQuery = async (sql: string) => {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** A new PostgreSQL database copied from a template (retried while another copy holds the template). */
export const cloneDatabase = async (name: string, from: string) => {
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${from}`)
      return
    } catch (error) {
      // 55006: "source database … is being accessed by other users" (another clone in progress).
      if ((error as { code?: string }).code !== '55006' || attempt >= 120) throw error
      await sleep(250)
    }
  }
}

/**
 * A MongoDB database of its own for one test server, on the server MONGODB_TEST_URL names (a replica set:
 * e-Muni needs transactions, see requireTransactions in src/db.ts). MongoDB has no template databases,
 * so every server seeds its own.
 */
export const mongoDatabase = (name: string): { uri: string; drop: () => Promise<void> } => {
  const base = process.env.MONGODB_TEST_URL
  if (!base) throw new Error('TEST_DB=mongodb needs MONGODB_TEST_URL, e.g. mongodb://127.0.0.1:27017/?replicaSet=rs0')
  const url = new URL(base)
  url.pathname = `/${name}`
  return {
    uri: url.toString(),
    drop: async () => {
      // The driver mongoose (Payload's MongoDB adapter) brings.
      const { MongoClient } = await import('mongodb')
      const client = new MongoClient(url.toString())
      try {
        await client.connect()
        await client.db(name).dropDatabase()
      } finally {
        await client.close()
      }
    },
  }
}
