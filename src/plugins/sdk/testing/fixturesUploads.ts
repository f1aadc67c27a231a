/**
 * A module's upload paths for the app's hostile-upload suite (test/security/uploads.test.ts). The suite
 * reaches every upload collection of the running configuration through Payload's REST create by itself;
 * a module adds the paths its users take to its collections (a citizen's request with an attachment, a
 * supplier's sealed bid). Each channel gets the suite's positive controls (every valid type its collection
 * allows), every hostile file (each refused with a 4xx and a message, nothing left on disk, no upload row
 * and nothing of `unchanged` changed) and valid files under hostile names (stored in the collection's
 * folder under a safe name). A module's own checks (`checks`) run on the same server after those.
 */
import type { TestServer } from './server'

type ID = number | string

/** A file as a user sends it. */
export type Upload = { filename: string; contentType: string; data: Buffer }

/** The answer to one upload: its HTTP status (a GraphQL error's `statusCode`) and its message. */
export type UploadOutcome = { status: number; message: string }

/** One path a user takes to an upload collection. */
export type UploadChannel = {
  /** the upload collection the file lands in */
  collection: string
  /** the path, for the report: 'MuniServi submitServiceRequest (GraphQL)' */
  via: string
  send: (file: Upload) => Promise<UploadOutcome>
  /** the accepted file is sealed, not written to the upload folder yet (a bid's documents, written when the tender opens) */
  sealed?: boolean
}

/** What the suite gives a module's setup, channels and checks. */
export type UploadContext = {
  server: TestServer
  /** the platform admin's token */
  platform: string
  /** the municipality the uploads go to (the demo's Villa Esperanza) */
  municipality: { id: ID; slug: string }
  /** the suite's valid files by kind: png, jpeg, gif, webp, avif, pdf, docx… */
  valid: Record<string, Buffer>
  /** hostile file names (traversal, absolute, NUL, control characters, very long, dotfiles); `asIs`: add no extension */
  hostileNames: { name: string; filename: string; asIs?: boolean }[]
  /** every file in the upload folder (recursively), relative to it, sorted */
  filesOnDisk: () => string[]
}

export type UploadFixtures = {
  /** makes what the channels need (a service whose form takes a file, a verified supplier and an open tender), once */
  setup?: (ctx: UploadContext) => Promise<void>
  /** the module's paths to its upload collections */
  channels: (ctx: UploadContext) => UploadChannel[]
  /**
   * What a refused upload must leave as it was besides the upload tables' rows (the records a module writes
   * with its files): a name → an SQL query of one value, on either database (`SELECT COUNT(*) FROM servi_requests`).
   */
  unchanged?: Record<string, string>
  /** the module's own checks, each a test of the suite after the generic ones: the problems found (none when right) */
  checks?: { name: string; run: (ctx: UploadContext) => Promise<string[]> }[]
}

type Answer = { status: number; body?: unknown }
type ErrorBody = { errors?: { message?: unknown; extensions?: { statusCode?: unknown } }[]; message?: unknown }

/** The outcome of an upload over REST (Payload's `errors[0].message`, or a plain `message`). */
export const restUploadOutcome = (res: Answer): UploadOutcome => {
  const body = (res.body ?? {}) as ErrorBody
  return { status: res.status, message: String(body.errors?.[0]?.message ?? body.message ?? '') }
}

/** The outcome of an upload over GraphQL: a 200 without errors, else the error's `statusCode` (500 without one). */
export const gqlUploadOutcome = (res: Answer): UploadOutcome => {
  const error = ((res.body ?? {}) as ErrorBody).errors?.[0]
  if (res.status >= 400) return { status: res.status, message: String(error?.message ?? '') }
  if (!error) return { status: 200, message: '' }
  return { status: Number(error.extensions?.statusCode ?? 500), message: String(error.message ?? '') }
}
