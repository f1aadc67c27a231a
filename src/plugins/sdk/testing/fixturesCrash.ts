/**
 * A module's write load for the app's crash-consistency suite (test/security/crash.test.ts). The suite runs
 * the loads of every installed module together (worker `w` at turn `t` writes through the load
 * `(w + t) mod n`), kills the server with SIGKILL while writes are in flight, restarts it on the same
 * database and upload folder, and, after the last round, asks each module what of its acknowledged writes
 * it finds and what is half-written. A module keeps its ledger (what the server acknowledged) in its own
 * file: `setup` starts it afresh.
 */
import type { TestServer } from './server'

type ID = number | string
type Doc = Record<string, any>

export type CrashContext = {
  /** the server up now (a new process after each restart, on the same database and upload folder) */
  server: () => TestServer
  /** the platform admin's token */
  platform: string
  /** the municipality the load writes in (the demo's Villa Esperanza) */
  municipality: { id: ID; slug: string }
  /**
   * GraphQL during the load: the `data` of an answer without errors, else null. An error answered while the
   * server is up is recorded as a failure of the suite (none is expected); once the load is stopped
   * (the server killed) every answer is null, as nothing after that is acknowledged.
   */
  gql: (query: string, variables: Record<string, unknown>, token?: string) => Promise<Doc | null>
  /** every file under `folder` of the upload folder, relative to `folder` */
  filesIn: (folder: string) => string[]
}

/** The round of the suite: its number (from 1), and whether it is the last one. */
export type CrashRound = { round: number; last: boolean }

export type CrashFixtures = {
  /** what the load writes, for the log: 'sealed bids' */
  writes: string
  /** makes what the load needs, on the first server before any kill (and forgets any earlier ledger) */
  setup: (ctx: CrashContext) => Promise<void>
  /**
   * One write of worker `worker` at its turn `turn`: true when the server acknowledged it (the module
   * records it in its ledger), false when it was sent but not acknowledged, null when nothing was sent
   * (every actor of the module busy with a write of another worker).
   */
  write: (ctx: CrashContext, worker: number, turn: number) => Promise<boolean | null>
  /** after the kill, before the restart (the database as the crash left it, reachable with `server().sql`) */
  whileDown?: (ctx: CrashContext, round: CrashRound) => Promise<void>
  /** after the restart's sweep, with what it removed (files, recounts): the problems found */
  afterRestart?: (ctx: CrashContext, round: CrashRound & { swept: string[] }) => Promise<string[]>
  /**
   * After the last round: how many of the acknowledged writes are there (a later write acknowledged counts the
   * earlier ones it supersedes as found), and every problem — an acknowledged write missing, a record half-written.
   */
  verify: (ctx: CrashContext) => Promise<{ found: number; problems: string[] }>
  /** the module's own checks on the restarted server after the verification, each a test of the suite: the problems */
  checks?: { name: string; run: (ctx: CrashContext) => Promise<string[]> }[]
}
