/**
 * The job runner (docs/deploy/worker.md): on every tick of `JOBS_CRON` it queues what the tasks'
 * schedules call for (`payload.jobs.handleSchedules`) and runs the queued jobs (`payload.jobs.run`) —
 * what Payload's own `jobs.autoRun` did, which e-Muni no longer uses because it runs in every process
 * that serves a request.
 *
 * - `EMUNI_ROLE=web`, or `JOBS_AUTORUN=false`: no runner.
 * - `all` and `worker` on PostgreSQL: ticks do something only while this process holds the job lock,
 *   a session advisory lock on a connection of its own (src/lib/pgLock.ts). A process without it tries
 *   again every `WORKER_LOCK_POLL_MS` (1 s by default): when the holder dies its connection ends, the lock
 *   with it, and another takes over. The one that takes the lock first sets back to waiting the jobs
 *   left `processing` (by a holder that died mid-job): Payload's runner never picks such a job again,
 *   and its task's schedule would queue nothing more while it stays "processing".
 * - `all` and `worker` on SQLite or MongoDB: no lock (one process runs the jobs); the same reset at start.
 */
import { Cron } from 'croner'
import type { Payload } from 'payload'
import type pg from 'pg'

import { logger } from './logger'
import { isPostgres, lockConnection, tryLock } from './pgLock'
import { processRole } from './processRole'

export type RunnerState = 'off' | 'standby' | 'active'

export type JobRunner = {
  state: () => RunnerState
  /** Stops ticking, waits for a tick in progress (at most `graceMs`), releases the lock. */
  stop: (graceMs?: number) => Promise<void>
}

export const DEFAULT_JOBS_CRON = '* * * * *'

/** The runner's cron (`JOBS_CRON`; 5 or 6 fields, seconds first): a clear error when it does not parse. */
export const jobsCron = (value: string | undefined = process.env.JOBS_CRON): string => {
  const cron = value?.trim() || DEFAULT_JOBS_CRON
  try {
    new Cron(cron, { paused: true }).stop()
  } catch (error) {
    throw new Error(`JOBS_CRON is not a cron expression (${(error as Error).message}): "${cron}"`)
  }
  return cron
}

/** Jobs a runner that died left `processing`: back to waiting. */
export const resetOrphans = async (payload: Payload): Promise<number> => {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { processing: { equals: true } },
    data: { processing: false },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length
}

export const startJobRunner = async (
  payload: Payload,
  env: Record<string, string | undefined> = process.env,
): Promise<JobRunner> => {
  const role = processRole(env.EMUNI_ROLE)
  if (role === 'web' || role === 'migrate' || env.JOBS_AUTORUN === 'false')
    return { state: () => 'off', stop: async () => undefined }

  const cron = jobsCron(env.JOBS_CRON)
  const exclusive = isPostgres(payload)
  const pollMs = Math.max(100, Number(env.WORKER_LOCK_POLL_MS || 1000))
  let active = false
  let stopped = false
  let connection: pg.Client | undefined
  let tick: Promise<void> | undefined

  const becomeActive = async () => {
    const reset = await resetOrphans(payload)
    active = true
    logger.info({ role, cron, reset, locked: exclusive }, 'job runner active')
  }

  const lose = (reason: string) => {
    if (active) logger.error({ reason }, 'job runner lost the job lock: standing by')
    active = false
    const client = connection
    connection = undefined
    client?.end().catch(() => undefined)
  }

  // Tries to take the lock (PostgreSQL): one connection kept open, one query per poll.
  const acquire = async () => {
    if (stopped || active) return
    try {
      if (!connection) {
        const client = await lockConnection(payload)
        client.on('error', (error) => lose(error.message))
        client.on('end', () => connection === client && lose('connection ended'))
        connection = client
      }
      if (await tryLock(connection, 'jobs')) await becomeActive()
    } catch (error) {
      lose((error as Error).message)
      logger.warn({ err: error }, 'job runner: could not try the job lock; trying again')
    }
  }

  const job = new Cron(
    cron,
    {
      protect: true,
      catch: (error) => logger.error({ err: error }, 'error in the job runner'),
    },
    async () => {
      if (!active || stopped) return
      tick = (async () => {
        await payload.jobs.handleSchedules({ queue: 'default' })
        if (!active || stopped) return
        await payload.jobs.run({ queue: 'default', limit: 50 })
      })()
      try {
        await tick
      } finally {
        tick = undefined
      }
    },
  )

  let poll: NodeJS.Timeout | undefined
  if (exclusive) {
    await acquire()
    if (!active) logger.info({ role, pollMs }, 'job runner standing by: another process holds the job lock')
    poll = setInterval(() => void acquire(), pollMs)
    poll.unref()
  } else {
    // One process runs the jobs here: it runs them even when the reset fails (e.g. a database the release
    // step has not migrated yet, whose ticks then log their errors until it has).
    await becomeActive().catch((error) => {
      active = true
      logger.warn({ err: error }, 'job runner: could not reset the jobs left processing')
    })
  }

  return {
    state: () => (stopped ? 'off' : active ? 'active' : 'standby'),
    stop: async (graceMs = 8000) => {
      stopped = true
      job.stop()
      if (poll) clearInterval(poll)
      if (tick)
        await Promise.race([
          tick.catch(() => undefined),
          new Promise((resolve) => setTimeout(resolve, graceMs).unref()),
        ])
      active = false
      const client = connection
      connection = undefined
      await client?.end().catch(() => undefined)
    },
  }
}
