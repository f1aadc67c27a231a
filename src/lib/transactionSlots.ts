/**
 * PostgreSQL: no request may wait forever for a pooled connection (docs/architecture.md, "Databases").
 *
 * A write holds one pooled connection for its transaction, and Payload itself reads beside it: an update
 * checks whether the document is locked in the admin (`checkDocumentLockStatus`) with a read that is not
 * given the request, so it asks the pool for a second connection while the first is held. Ten updates at
 * once with a pool of ten then each held one and waited for another, forever (seen in CI: ten moves of one
 * service request, all ten requests hung and every later one queued behind them). And Payload's adapter keeps
 * one connection of the pool checked out from its first connect on, never to be used again.
 *
 * So, per process:
 * - that connection goes back to the pool once the adapter has connected (nothing else runs then);
 * - at most `DATABASE_POOL_MAX − 2` transactions are open at once: a write waits for a slot *before* it takes
 *   its connection, so two connections are always left for the reads that run beside the open ones, which
 *   are short and give theirs back. A write that waits for a slot holds nothing.
 */
import type { BaseDatabaseAdapter } from 'payload'

/** The smallest pool this works with: one transaction and the reads beside it. */
export const MIN_POOL = 3

/** DATABASE_POOL_MAX as a number, with a clear error for what is not one or too small. */
export const poolMax = (value: string | undefined = process.env.DATABASE_POOL_MAX): number => {
  if (value === undefined || value.trim() === '') return 10
  const max = Number(value)
  if (!Number.isInteger(max) || max < MIN_POOL)
    throw new Error(
      `DATABASE_POOL_MAX must be a whole number of at least ${MIN_POOL} (one write's transaction and the reads ` +
        `beside it); got "${value}"`,
    )
  return max
}

/** A counting semaphore: `acquire` waits for a free slot, first come first served. */
export const semaphore = (slots: number) => {
  let free = slots
  const waiting: (() => void)[] = []
  return {
    acquire: (): Promise<void> => {
      if (free > 0) {
        free -= 1
        return Promise.resolve()
      }
      return new Promise<void>((resolve) => waiting.push(resolve))
    },
    release: (): void => {
      const next = waiting.shift()
      if (next) next()
      else free += 1
    },
    /** for tests and logs: free slots, and writes waiting for one */
    state: () => ({ free, waiting: waiting.length }),
  }
}

type Pool = {
  _clients?: { release?: (error?: unknown) => void; activeQuery?: unknown }[]
  _idle?: { client: unknown }[]
}
type TransactionID = number | string | Promise<number | string | null | undefined> | null | undefined
type Adapter = BaseDatabaseAdapter

/** The connection Payload's adapter checked out at connect and keeps: back to the pool. */
const releaseKeptConnection = (pool: Pool | undefined) => {
  const idle = new Set((pool?._idle ?? []).map((entry) => entry.client))
  for (const client of pool?._clients ?? [])
    if (!idle.has(client) && !client.activeQuery && typeof client.release === 'function') client.release()
}

/** Wraps a PostgreSQL adapter's connect and transactions (see above), once, before it connects. */
export const limitTransactions = <T extends Adapter>(adapter: T, max: number): T => {
  const slots = semaphore(Math.max(1, max - 2))
  const open = new Set<string>()
  const connect = adapter.connect?.bind(adapter)
  if (connect)
    adapter.connect = async (options) => {
      const pooled = adapter as unknown as { pool?: Pool }
      // Only when this connect made the pool: a later one (development's hot reload) keeps it, and clients then
      // checked out may be requests' transactions between two queries.
      const made = !pooled.pool
      await connect(options)
      if (made) releaseKeptConnection(pooled.pool)
    }
  const begin = adapter.beginTransaction.bind(adapter)
  adapter.beginTransaction = async (options) => {
    await slots.acquire()
    let id: Awaited<ReturnType<typeof begin>>
    try {
      id = await begin(options)
    } catch (error) {
      slots.release()
      throw error
    }
    if (id === null || id === undefined) slots.release()
    else open.add(String(id))
    return id
  }
  const end = (name: 'commitTransaction' | 'rollbackTransaction') => {
    const original = adapter[name].bind(adapter) as (id: TransactionID) => Promise<void>
    ;(adapter as unknown as Record<string, (id: TransactionID) => Promise<void>>)[name] = async (id) => {
      try {
        await original(id)
      } finally {
        const key = String(await id)
        if (open.delete(key)) slots.release()
      }
    }
  }
  end('commitTransaction')
  end('rollbackTransaction')
  return adapter
}
