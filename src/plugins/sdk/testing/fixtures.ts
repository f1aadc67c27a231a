/**
 * What a module gives the app's cross-module suites (the isolation matrix, the advisory regressions, the
 * fuzzer, hostile uploads, crash consistency, privacy) so that they test its collections and write paths without
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

/** A REST request of the fixtures' contexts: method, path, body (a text body is sent as `type`), expected status. */
export type RestRequest = [
  method: 'get' | 'post' | 'patch',
  path: string,
  body: object | string | undefined,
  expected: number,
  type?: string,
]

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
  rest: (...request: RestRequest) => Promise<Doc>
  /** SQL written with `?` placeholders, on either database */
  sql: (statement: string, params?: unknown[]) => Promise<Doc[]>
  /** a small valid PDF and PNG, for documents that carry a file */
  pdf: Buffer
  png: () => Promise<Buffer>
}

/**
 * What a module's privacy fixtures work with: the isolation context of the municipality the portal shows with every
 * module on, and marker makers. Every marker is recorded: the privacy suite (test/security/privacy.test.ts) looks
 * for each on every public path, and checks that every field declared personal (`custom: personal()`) holds one.
 */
export type PrivacyContext = IsolationContext & {
  /** a unique marker (lowercase letters and digits, so it survives an email's lower-casing) */
  marker: (what: string) => string
  /** a unique email address; its local part is a marker */
  email: (what: string) => string
  /** a unique phone number (`+598…`); its digits are a marker */
  phone: (what: string) => string
  /**
   * A verified person whose name, email and phone are markers, signed in (one per `what`, made once); the
   * person's own account settings carry the phone.
   */
  markedPerson: (what: string) => Promise<{ id: ID; token: string; email: string; name: string }>
  /** a municipal admin of this municipality whose name and email are markers (for staff's transitions) */
  staff: string
  /**
   * REST as `token` (undefined: an anonymous visitor); a text body is sent as `type` (a form as
   * `application/x-www-form-urlencoded`); throws unless the status is `expected`; returns the parsed body
   */
  restAs: (token: string | undefined, ...request: RestRequest) => Promise<any>
}

/** A module's part in the privacy suite (docs/modules.md, "Personal data"). */
export type PrivacyFixtures = {
  /**
   * Makes documents the way people make them (commands and the module's endpoints as the citizen, an anonymous
   * visitor or staff) with a marker in every personal field it can fill, in the state where the fields declared
   * `public-when-…` are not public yet.
   */
  plant: (ctx: PrivacyContext) => Promise<void>
  /**
   * The module's own public GET paths (everything but `/api/<collection>` and GraphQL, which the suite reads
   * itself), concrete (`/api/open311/v2/villa/requests/12.xml`), read anonymously after planting. Every GET
   * endpoint the module declares must be matched by one of them.
   */
  publicPaths?: (ctx: PrivacyContext) => Promise<string[]>
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
  /** documents with markers in their personal fields, and the module's public paths (the privacy suite) */
  privacy?: PrivacyFixtures
  uploads?: UploadFixtures
  crash?: CrashFixtures
}

/** A module's fixtures, typed (the identity: the type is the point). */
export const defineModuleFixtures = (fixtures: ModuleFixtures): ModuleFixtures => fixtures
