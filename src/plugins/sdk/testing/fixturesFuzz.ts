/**
 * A module's part of the app's fuzzer (test/security/fuzz.test.ts): real values its GraphQL operations and
 * endpoints take (service codes, OCIDs), and fast-check targets for its own REST endpoints (Open311,
 * OCDS, a CSV import). The fuzzer gives the module its arbitraries through a `FuzzKit` (hostile strings,
 * numbers, dates and values of any shape, files, malformed raw bodies, multipart), so a module's targets
 * attack its endpoints the way the fuzzer attacks the core's. Every answer must be a 4xx or a success.
 */
import type fcModule from 'fast-check'
import type { Arbitrary } from 'fast-check'

import type { TestServer } from './server'

type ID = number | string

/** Who sends a case: the fuzzer holds a session for each. */
export type FuzzActor = 'anonymous' | 'citizen' | 'editor' | 'municipal-admin' | 'platform-admin'

export type FuzzRequest = {
  method: string
  path: string
  headers?: Record<string, string>
  /** A string, bytes or FormData is sent as is; anything else as JSON. */
  body?: unknown
  /** For the report: what was sent, in short (defaults to the body). */
  note?: string
}

export type FuzzCase = {
  actor: FuzzActor
  request: FuzzRequest
  /** log in afresh (logout would end the shared session) */ throwaway?: boolean
}

/** One fast-check property: `runs` cases, one request each. */
export type FuzzTarget = {
  name: string
  runs: number
  arbitrary: Arbitrary<FuzzCase>
  /** the collection whose documents it writes and reads: targets of one collection run one after another */
  collection?: string
}

/** A malformed body with the headers that go with it. */
export type FuzzRawBody = { headers: Record<string, string>; body: string | Uint8Array; note: string }

export type FuzzKit = {
  /** fast-check itself (the fuzzer's copy: one seed for every target) */
  fc: typeof fcModule
  /** the municipality the actors work in, and another one */
  home: string
  other: string
  actor: Arbitrary<FuzzActor>
  /** a municipality slug for a path: the home one mostly, the other one, or a hostile one (encoded) */
  slug: Arbitrary<string>
  /** a real value of that argument or field name (see `values`), else a hostile string */
  pick: (name: string) => Arbitrary<string>
  /** the real values of that argument or field name (see `values`) */
  values: (name: string) => string[]
  /** short text: plain, hostile or of another type */
  text: Arbitrary<unknown>
  hostile: { any: Arbitrary<unknown>; string: Arbitrary<string>; number: Arbitrary<number>; date: Arbitrary<string> }
  /** a body with up to two extra keys (prototype keys, tenant, status, id…) with hostile values */
  withExtraKeys: (body: Arbitrary<Record<string, unknown>>) => Arbitrary<Record<string, unknown>>
  /** a file: real or random bytes under ordinary or hostile names and types */
  file: Arbitrary<{ bytes: Uint8Array; name: string; type: string }>
  /** bodies malformed as JSON, as a content type or as multipart */
  rawBody: Arbitrary<FuzzRawBody>
  /** a multipart body (optionally cut at a fraction of its length), sent with `MULTIPART` */
  multipart: (
    parts: { name: string; filename?: string; type?: string; content: string | Uint8Array }[],
    truncate?: number,
  ) => Uint8Array
  MULTIPART: string
  /** a query string of the pairs (raw: not encoded) */
  queryString: (pairs: [string, unknown][], raw?: boolean) => string
  /** encodes a text for a path segment */
  enc: (text: string) => string
  /** a value in short, for a case's note */
  summarize: (value: unknown, max?: number) => string
}

export type FuzzContext = {
  server: TestServer
  /** the platform admin's token */
  platform: string
  /** the municipality the fuzzer aims at (the demo's Villa Esperanza), and its id */
  municipality: { id: ID; slug: string }
  /** its municipal admin's token */
  admin: string
}

export type FuzzFixtures = {
  /**
   * Real values by argument or field name (`service` → the municipality's service codes), made or read
   * before the run; the fuzzer's GraphQL operations and the module's targets (`kit.pick`) use them. Values the
   * run makes up (a key) go in `secrets` too: they are masked in the fingerprint of the run's cases.
   */
  values?: (ctx: FuzzContext) => Promise<{ values: Record<string, string[]>; secrets?: string[] }>
  /** plausible structured values by argument name (a service form's `answers`), from the known values */
  shaped?: (kit: FuzzKit) => Record<string, Arbitrary<unknown>>
  /** targets for the module's own REST endpoints (its commands' REST paths are fuzzed by the app) */
  targets?: (kit: FuzzKit) => FuzzTarget[]
}
