/**
 * What a module gives the app's cross-module suites (the isolation matrix, the advisory regressions, the
 * fuzzer, hostile uploads, crash consistency) so that they test its collections and write paths without
 * naming it: a package exports `./testing` with `export const fixtures = defineModuleFixtures({ … })`, and
 * the app's suites load the fixtures of every installed module (test/fixtures/modules.ts). Delete the
 * package and its fixtures go with it; install a third-party module and the app's security suites cover
 * it. Every part is optional: a module without uploads gives no upload channel.
 */
import type { CrashFixtures } from './fixturesCrash'
import type { FuzzFixtures } from './fixturesFuzz'
import type { UploadFixtures } from './fixturesUploads'
import type { TestServer } from './server'

type ID = number | string
type Doc = Record<string, any>

/** Someone active in municipality A through the module (a verified supplier, a process follower). */
export type FixtureActor = { name: string; kind: 'citizen' | 'supplier'; token: string }

export type IsolationContext = {
  server: TestServer
  /** the platform admin's token */
  platform: string
  municipality: { id: ID; slug: string }
  /** the citizen actor of municipality A (in B: the resident), whom a module may make active there */
  citizen: { id: ID; token: string }
  /** a person made for the module (same email, same person, for every module that asks) */
  person: (email: string, name: string) => Promise<{ id: ID; token: string }>
  /** the documents of a collection the platform admin reads (drafts included, no pagination) */
  docsOf: (collection: string, where: object, extra?: object) => Promise<Doc[]>
  /** GraphQL as `token`; throws on errors, returns `data` */
  gqlAs: (token: string | undefined, what: string, query: string, variables?: Record<string, unknown>) => Promise<Doc>
  /** REST as the platform admin (a text body is sent as `type`); throws unless the status is `expected` */
  rest: (
    method: 'get' | 'post' | 'patch',
    path: string,
    body: object | string | undefined,
    expected: number,
    type?: string,
  ) => Promise<Doc>
  /** SQL written with `?` placeholders, on either database */
  sql: (statement: string, params?: unknown[]) => Promise<Doc[]>
  /** a small valid PDF and PNG, for documents that carry a file */
  pdf: Buffer
  png: () => Promise<Buffer>
}

/** Makes documents of municipality B in `fills`, by the path the module offers for them. */
export type IsolationFiller = { name: string; fills: string[]; run: (ctx: IsolationContext) => Promise<void> }

export type ModuleFixtures = {
  /** the module's slug, as in its manifest */
  module: string
  isolation?: {
    /** people active in municipality A through the module */
    actors?: (ctx: IsolationContext) => Promise<FixtureActor[]>
    /** documents of municipality B in the collections the demo leaves empty */
    fillers?: IsolationFiller[]
  }
  /** fields nobody may read, filter or sort on (hashes, sealed payloads, internal notes), by collection */
  protectedFields?: Record<string, string[]>
  /** collections with fields nobody may set, which a duplicate must not carry into its copy */
  unsettable?: string[]
  /**
   * workflow collections whose demo holds a document past its first state that staff may duplicate: the copy
   * (or the workflow engine's refusal of it) shows that a duplicate starts in the initial state
   */
  duplicatedWorkflows?: string[]
  fuzz?: FuzzFixtures
  uploads?: UploadFixtures
  crash?: CrashFixtures
}

/** A module's fixtures, typed (the identity: the type is the point). */
export const defineModuleFixtures = (fixtures: ModuleFixtures): ModuleFixtures => fixtures
