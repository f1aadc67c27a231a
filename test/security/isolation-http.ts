/**
 * A lean client for the isolation matrix's many thousand requests: fetch over kept-alive connections
 * (supertest opens one per request), and one open database connection for the checks after each write.
 */
import pg from 'pg'

import { usingPostgres, type TestServer } from '../../src/plugins/sdk/testing/server'

export type Reply = { status: number; body: any; bytes: number }

/** `where[tenant][equals]=1` style query strings, as Payload's REST API reads them. */
export const queryString = (params: Record<string, unknown>): string => {
  const parts: string[] = []
  const walk = (value: unknown, key: string) => {
    if (value === undefined) return
    if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(v, `${key}[${k}]`)
    else parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value === null ? '' : String(value))}`)
  }
  for (const [k, v] of Object.entries(params)) walk(v, k)
  return parts.length ? `?${parts.join('&')}` : ''
}

export const httpClient = (server: TestServer) => {
  const call = async (
    method: string,
    path: string,
    options: {
      token?: string
      query?: Record<string, unknown>
      json?: unknown
      form?: FormData
      headers?: Record<string, string>
    } = {},
  ): Promise<Reply> => {
    const headers: Record<string, string> = { ...options.headers }
    if (options.token) headers.Authorization = `JWT ${options.token}`
    let body: string | FormData | undefined
    if (options.form) body = options.form
    else if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(options.json)
    }
    const res = await fetch(`${server.url}${path}${queryString(options.query ?? {})}`, { method, headers, body })
    const buffer = Buffer.from(await res.arrayBuffer())
    let parsed: unknown = null
    if ((res.headers.get('content-type') ?? '').includes('json'))
      try {
        parsed = JSON.parse(buffer.toString('utf8'))
      } catch {
        parsed = null
      }
    return { status: res.status, body: parsed, bytes: buffer.length }
  }
  const graphql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await call('POST', '/api/graphql', { token, json: { query, variables } })
    return {
      status: res.status,
      data: res.body?.data as Record<string, any> | undefined,
      errors: res.body?.errors as { message: string; extensions?: { statusCode?: number } }[] | undefined,
    }
  }
  return { call, graphql }
}

/**
 * One connection to the server's database for the whole run; statements use `?` placeholders on
 * both databases.
 */
export const databaseClient = async (server: TestServer) => {
  if (usingPostgres) {
    const pool = new pg.Pool({ connectionString: server.dbUri, max: 4 })
    return {
      query: async (statement: string, params: unknown[] = []) => {
        let n = 0
        return (
          await pool.query(
            statement.replace(/\?/g, () => `$${++n}`),
            params,
          )
        ).rows as Record<string, unknown>[]
      },
      close: () => pool.end(),
    }
  }
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: server.dbUri })
  // The server writes to the same file meanwhile: wait for its lock (as the server does) instead of
  // failing at once with "database is locked" (seen in CI with two lanes side by side).
  await client.execute('PRAGMA busy_timeout = 10000')
  return {
    query: async (statement: string, params: unknown[] = []) =>
      (await client.execute({ sql: statement, args: params as never })).rows.map((row) => ({ ...row })) as Record<
        string,
        unknown
      >[],
    close: async () => client.close(),
  }
}
