/**
 * The worker role (docs/deploy/worker.md) with MuniCompra's deadline jobs, on PostgreSQL: one web
 * process (which never runs a job) and two workers, of which only the holder of the job lock runs the
 * schedules and the jobs. A tender whose deadline passes is closed and opened exactly once — one audit
 * entry per move, one email per bidder — although the close and open tasks of a run both close it (the
 * workflow answers the second 409) and later runs find nothing to do. The holder killed (SIGKILL), the
 * other worker takes over within 10 s, sets back the job the dead one left "processing" (which would
 * otherwise block its task's schedule for ever), and that job closes and opens the next tenders: nothing
 * runs twice, nothing is lost.
 *
 * The tasks' schedules queue a job for the next whole minute; the test does not wait for it: it makes the
 * queued jobs due now (`wait_until`), as it moves the tenders' deadlines into the past.
 */
import { api, startServer, startSibling, startSmtp, type TestServer } from '@e-muni/sdk/testing'

type Worker = Awaited<ReturnType<typeof startSibling>>

const WORKER = { EMUNI_ROLE: 'worker', JOBS_CRON: '*/1 * * * * *', WORKER_LOCK_POLL_MS: '500' }
/** The job lock's keys (src/lib/pgLock.ts): "eMu", 1. */
const JOB_LOCK = { classid: 0x654d75, objid: 1 }
const TASKS = ['municompra-close', 'municompra-open']

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

const until = async <T>(what: string, check: () => Promise<T | undefined | false>, ms = 30_000): Promise<T> => {
  const started = Date.now()
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms: ${what}`)
    await sleep(250)
  }
}

describe('MuniCompra deadlines with a web process and two workers (PostgreSQL)', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>
  let web: TestServer
  let workers: Worker[] = []
  /** The first tenders moved (before the kill). */
  let before: { id: number; reference: string }[] = []

  const sql = (statement: string, params: unknown[] = []) => web.sql(statement, params)
  const health = async (w: TestServer) => (await api(w).get('/healthz')).body as { role: string; jobs: string }
  /** Which worker holds the job lock, once one does (and only one) and every other living one stands by. */
  const holder = () =>
    until('one worker holds the job lock, the others stand by', async () => {
      const alive = (w: Worker) => w.process.exitCode === null && w.process.signalCode === null
      const states = await Promise.all(workers.map(async (w) => (alive(w) ? health(w) : null)))
      const active = workers.filter((_, i) => states[i]?.jobs === 'active')
      // A worker answers its probes before its runner has started ('starting'): wait for it to settle.
      const settled = states.every((s) => s === null || s.jobs === 'active' || s.jobs === 'standby')
      return settled && active.length === 1 && active[0]
    })
  /** The scheduled jobs still waiting, due now. */
  const dueNow = () =>
    sql(
      `UPDATE payload_jobs SET wait_until = now() WHERE completed_at IS NULL AND processing = false
       AND has_error IS NOT TRUE AND task_slug = ANY($1)`,
      [TASKS],
    )
  const tendersOf = async (slug: string) =>
    (await sql(
      `SELECT t.id, t.reference, t.status FROM compra_tenders t JOIN municipalities m ON m.id = t.tenant_id
       WHERE m.slug = $1 AND t.status IN ('published', 'closed') AND t.bid_count > 0 ORDER BY t.id`,
      [slug],
    )) as { id: number; reference: string; status: string }[]
  const bidders = async (tender: number) =>
    (
      await sql(
        `SELECT p.email FROM compra_bids b JOIN people p ON p.id = b.bidder_id WHERE b.tender_id = $1 AND b.status = 'submitted'`,
        [tender],
      )
    ).map((r) => String(r.email))
  const deadlinesPassed = (ids: number[]) =>
    sql(
      `UPDATE compra_tenders SET submission_deadline = now() - interval '2 seconds', opening_at = now() - interval '1 second'
       WHERE id = ANY($1)`,
      [ids],
    )
  const statuses = async (ids: number[]) =>
    (await sql('SELECT status FROM compra_tenders WHERE id = ANY($1)', [ids])).map((r) => r.status)
  /** Per tender: how many audit entries each move has, and how many emails each bidder got about it. */
  const effects = async (tenders: { id: number; reference: string }[]) => {
    const out: Record<string, unknown> = {}
    for (const t of tenders) {
      const moves = await sql(
        `SELECT transition_to AS "to", count(*)::int AS n FROM audit_log WHERE collection = 'compra-tenders'
         AND operation = 'transition' AND transition_to IN ('closed', 'opened') AND document_id = $1 GROUP BY transition_to ORDER BY transition_to`,
        [String(t.id)],
      )
      const mails: Record<string, number> = {}
      for (const email of await bidders(t.id))
        mails[email] = (await smtp.mailsTo(email)).filter((m) => m.subject.includes(t.reference)).length
      out[t.reference] = { moves: Object.fromEntries(moves.map((m) => [m.to, m.n])), mails }
    }
    return out
  }
  const once = async (tenders: { id: number }[]) => {
    const out: Record<string, unknown> = {}
    for (const t of tenders as { id: number; reference: string }[]) {
      const mails: Record<string, number> = {}
      for (const email of await bidders(t.id)) mails[email] = 1
      out[t.reference] = { moves: { closed: 1, opened: 1 }, mails }
    }
    return out
  }

  beforeAll(async () => {
    smtp = await startSmtp()
    web = await startServer({
      env: {
        EMUNI_ROLE: 'web',
        JOBS_AUTORUN: 'true',
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        EMAIL_FROM: 'compras@e-muni.test',
      },
    })
    workers = await Promise.all([startSibling(web, WORKER), startSibling(web, WORKER)])
  }, 240_000)

  afterAll(async () => {
    for (const w of workers) await w.kill()
    await web?.stop()
    await smtp?.stop()
  })

  it('one worker holds the job lock; the other stands by; the web process runs no job and workers serve only probes', async () => {
    const active = await holder()
    const standby = workers.find((w) => w !== active)!
    expect(await health(standby)).toMatchObject({ role: 'worker', jobs: 'standby' })
    expect(await health(web)).toMatchObject({ role: 'web', jobs: 'off' })
    const locks = await sql(
      `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted
       AND classid = $1 AND objid = $2 AND objsubid = 2`,
      [JOB_LOCK.classid, JOB_LOCK.objid],
    )
    expect(locks[0].n).toBe(1)
    // The web process serves the API (a request through Payload is what starts Payload's own crons, which
    // e-Muni does not use: the web process must still run no job).
    expect((await api(web).get('/api/compra-tenders')).status).toBe(200)
    // A worker is no web process: only its probes answer.
    expect((await api(active).get('/api/compra-tenders')).status).toBe(404)
    expect((await api(active).get('/readyz')).status).toBe(200)
    // The schedules are handled (by the holder): their jobs are queued.
    await until('the deadline tasks are scheduled', async () => {
      const rows = await sql(
        `SELECT DISTINCT task_slug FROM payload_jobs WHERE completed_at IS NULL AND task_slug = ANY($1)`,
        [TASKS],
      )
      return rows.length === TASKS.length
    })
  })

  it('a deadline that passes: each tender closed and opened once, one audit entry each, one email per bidder', async () => {
    const tenders = await tendersOf('villa-esperanza')
    before = tenders
    expect(tenders.map((t) => t.status).sort()).toEqual(['closed', 'published'])
    await deadlinesPassed(tenders.map((t) => t.id))
    await until('the tenders are opened', async () => {
      await dueNow()
      return (await statuses(tenders.map((t) => t.id))).every((s) => s === 'opened')
    })
    // Later runs (made due every second for a while) find nothing more to do and send nothing.
    for (let i = 0; i < 6; i++) {
      await dueNow()
      await sleep(500)
    }
    expect(await effects(tenders)).toEqual(await once(tenders))
    // Only the holder ran jobs; the web process and the other worker ran none.
    const active = await holder()
    const ran = (w: TestServer) => /"msg":"Running \d+ jobs\."/.test(w.logs.join(''))
    expect({ holder: ran(active), standby: ran(workers.find((w) => w !== active)!), web: ran(web) }).toEqual({
      holder: true,
      standby: false,
      web: false,
    })
  })

  it('the holder killed: the other worker takes over within 10 s, resets the job it left processing, and nothing runs twice', async () => {
    const first = await holder()
    const second = workers.find((w) => w !== first)!
    // A job the holder was running when it died: a scheduled open job marked processing (one still
    // waiting for its minute, so the holder cannot be running it at the moment it is marked).
    const orphan = await until('an open job waiting for its minute', async () => {
      const rows = await sql(
        `UPDATE payload_jobs SET processing = true, wait_until = now() WHERE id = (
           SELECT id FROM payload_jobs WHERE task_slug = 'municompra-open' AND completed_at IS NULL
           AND processing = false AND wait_until > now() + interval '3 seconds' LIMIT 1) RETURNING id`,
      )
      return rows[0]?.id as number | undefined
    })
    const tenders = await tendersOf('nova-esperanca')
    expect(tenders.map((t) => t.status).sort()).toEqual(['closed', 'published'])
    await deadlinesPassed(tenders.map((t) => t.id))

    await first.kill()
    const killed = Date.now()
    expect(await holder()).toBe(second)
    const takeover = Date.now() - killed
    // No open job was queued while the orphan looked busy: the reset one itself closes and opens them.
    await until(
      'the tenders are opened',
      async () => (await statuses(tenders.map((t) => t.id))).every((s) => s === 'opened'),
      10_000,
    )
    const done = Date.now() - killed
    expect({ takeover: takeover < 10_000, done: done < 10_000 }).toEqual({ takeover: true, done: true })
    // It ran to the end: Payload deletes a job once it completes.
    expect(await sql('SELECT id, processing FROM payload_jobs WHERE id = $1', [orphan])).toEqual([])
    expect(second.logs.join('')).toMatch(/"reset":1\b.*"msg":"job runner active"/)

    for (let i = 0; i < 6; i++) {
      await dueNow()
      await sleep(500)
    }
    const all = [...tenders, ...before]
    expect(await effects(all)).toEqual(await once(all))
    process.stdout.write(`[workers] takeover ${takeover} ms, tenders opened ${done} ms after the kill\n`)
  })
})
