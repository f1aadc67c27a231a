/**
 * `defineCommand`: one thing a person does (book an appointment, submit a bid), written once — how its input is
 * read and checked, who may do it, what it does — and served two ways, both only where the module is on:
 * - GraphQL: the module's mutation resolves with `command.resolver` (the module keeps its GraphQL types, and
 *   the SDK adds the `municipality` argument as for every module operation);
 * - REST: `POST /api/m/{municipality}/{module}/{name}` with the same input as a JSON object, answering the same
 *   result as JSON (list the command in the manifest's `commands`).
 * Input problems are answered the same way on both: a 400 whose message names every field, and
 * `data.errors: [{ path, message }]` for a form to show each next to its field.
 */
import { APIError, type PayloadRequest } from 'payload'

import { sdkText } from './messages'
import type { MunicipalityRef } from './moduleSwitch'
import { uploadMaxBytes } from './uploads'
import { isObject } from './values'

export type CommandContext = { req: PayloadRequest; municipality: MunicipalityRef }
export type FieldError = { path: string; message: string }

export type CommandSpec<Input, Output> = {
  /** camelCase: the GraphQL mutation's name and the last segment of its REST path */
  name: string
  /**
   * Reads and checks the raw input (the GraphQL arguments, or the REST body's object) and returns it typed;
   * throws `fieldErrors(req, [...])` naming every field that is wrong, or `fail(message, status)`.
   */
  input: (raw: Record<string, unknown>, context: CommandContext) => Input | Promise<Input>
  /** Refuses (throws `fail(message, 401 | 403 | 404)`) unless the caller may do it; run before the input is read. */
  authorize?: (context: CommandContext) => void | Promise<void>
  /** Does it, and returns what the caller is told (JSON-serialisable). */
  run: (context: CommandContext, input: Input) => Promise<Output>
  /**
   * Files over REST without base64: the command also takes `multipart/form-data` — its input as a JSON object
   * in the `_payload` part, and each file in a file part named by what it answers — and hands `input` the
   * files under this key, as `[{ field: <part name>, filename, base64 }]` (the shape a JSON client sends).
   * Without it the command takes JSON only (a multipart body is a 415).
   */
  files?: string
}

export type Command<Input = unknown, Output = unknown> = CommandSpec<Input, Output> & {
  /** authorize, then input, then run */
  execute: (context: CommandContext, raw: unknown) => Promise<Output>
  /** the module's GraphQL mutation resolves with this (its context carries the municipality the SDK resolved) */
  resolver: (source: unknown, args: Record<string, unknown>, context: CommandContext) => Promise<Output>
}

/** A command as a manifest lists it (whatever its input and output). */
export type ModuleCommand = {
  name: string
  execute: (context: CommandContext, raw: unknown) => Promise<unknown>
  files?: string
}

const NAME = /^[a-z][a-zA-Z0-9]*$/

/** A 400 naming every field that is wrong (in the request's language), with the list in `data.errors`. */
export const fieldErrors = (req: Pick<PayloadRequest, 'i18n' | 'headers'>, errors: FieldError[]): APIError =>
  new APIError(
    sdkText(req, 'invalidFields', { fields: errors.map((e) => `${e.path}: ${e.message}`).join('; ') }),
    400,
    { errors },
    true,
  )

/**
 * The reference `raw[field]` names (an id or a code: a non-empty text or a number), as text; a 400 naming the field
 * when it is missing or of another type.
 */
export const referenceInput = (
  req: Pick<PayloadRequest, 'i18n' | 'headers'>,
  raw: Record<string, unknown>,
  field: string,
) => {
  const value = raw[field]
  if ((typeof value === 'string' && value.trim()) || (typeof value === 'number' && Number.isFinite(value)))
    return String(value).trim()
  throw fieldErrors(req, [{ path: field, message: sdkText(req, 'fieldRequired') }])
}

export const defineCommand = <Input, Output>(spec: CommandSpec<Input, Output>): Command<Input, Output> => {
  if (!NAME.test(spec.name)) throw new Error(`Command "${spec.name}": its name must be camelCase letters and digits.`)
  const execute = async (context: CommandContext, raw: unknown): Promise<Output> => {
    await spec.authorize?.(context)
    if (!isObject(raw)) throw new APIError(sdkText(context.req, 'bodyNotObject'), 400, undefined, true)
    return spec.run(context, await spec.input(raw, context))
  }
  return {
    ...spec,
    execute,
    resolver: (_source, args, context) => execute(context, args),
  }
}

/**
 * A module endpoint's answer to an error the client is meant to see (`fail`, `fieldErrors`, Payload's
 * `ValidationError`: a 4xx) — `{ errors: [{ name, message, data? }] }` with its status; anything else is thrown on,
 * to Payload (a 500 that shows nothing). Module endpoints answer these themselves: Payload's error route keeps
 * `data` only for its own class of errors, which a bundled module's `APIError` may not be.
 */
export const clientErrorResponse = (error: unknown): Response => {
  const { status, isPublic, message, name, data } = (error ?? {}) as Record<string, unknown>
  if (typeof status !== 'number' || status < 400 || status >= 500 || isPublic === false || typeof message !== 'string')
    throw error
  return Response.json({ errors: [{ name, message, ...(data ? { data } : {}) }] }, { status })
}

/** The REST answer of a command: its result as JSON, or the error the client is meant to see. */
export const commandResponse = async (
  command: ModuleCommand,
  context: CommandContext,
  read: () => Promise<unknown>,
): Promise<Response> => {
  try {
    return Response.json(await command.execute(context, await read()))
  } catch (error) {
    return clientErrorResponse(error)
  }
}

/** The largest command body: the same as a GraphQL request's (GRAPHQL_MAX_BODY_BYTES, default 1 MiB). */
const maxBodyBytes = () => Number(process.env.GRAPHQL_MAX_BODY_BYTES || 1024 * 1024)

/**
 * The files a multipart command body may carry: five of `UPLOAD_MAX_BYTES` each (a service form's file fields
 * together), with room for the input. The express server bounds multipart bodies to module endpoints by it too.
 */
export const MULTIPART_COMMAND_FILES = 5
export const multipartCommandMaxBytes = (): number => uploadMaxBytes() * MULTIPART_COMMAND_FILES + 1024 * 1024

/** The body, read no further than `limit` bytes (a 413 beyond, whatever Content-Length says). */
const boundedBytes = async (req: PayloadRequest, limit: number): Promise<Buffer> => {
  const tooLarge = () =>
    new APIError(sdkText(req, 'bodyTooLarge', { kb: Math.floor(limit / 1024) }), 413, undefined, true)
  if (Number(req.headers.get('content-length') || 0) > limit) throw tooLarge()
  const reader = req.body?.getReader()
  if (!reader) return Buffer.alloc(0)
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      throw tooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/**
 * A multipart command body as the command's raw input: the `_payload` part's JSON object, with every file part
 * under `files` as `{ field, filename, base64 }`. Unreadable bodies and a `_payload` that is not a JSON object
 * are a 400 saying how to send it.
 */
const readMultipartInput = async (req: PayloadRequest, files: string): Promise<Record<string, unknown>> => {
  const malformed = () => new APIError(sdkText(req, 'multipartMalformed'), 400, undefined, true)
  const bytes = await boundedBytes(req, multipartCommandMaxBytes())
  let form: FormData
  try {
    form = await new Response(new Uint8Array(bytes), {
      headers: { 'content-type': req.headers.get('content-type') ?? '' },
    }).formData()
  } catch {
    throw malformed()
  }
  const payload = form.get('_payload') ?? '{}'
  let raw: unknown
  try {
    raw = typeof payload === 'string' ? JSON.parse(payload) : undefined
  } catch {
    throw malformed()
  }
  if (!isObject(raw)) throw malformed()
  const given = Array.isArray(raw[files]) ? (raw[files] as unknown[]) : []
  const parts: unknown[] = []
  for (const [field, value] of form.entries()) {
    if (field === '_payload') continue
    if (typeof value === 'string') throw malformed()
    parts.push({ field, filename: value.name, base64: Buffer.from(await value.arrayBuffer()).toString('base64') })
  }
  return { ...raw, [files]: [...given, ...parts] }
}

/** A command's REST body: JSON, or multipart when the command takes files (`files`). */
export const readCommandBody = async (req: PayloadRequest, command: ModuleCommand): Promise<unknown> => {
  const [type] = String(req.headers.get('content-type') ?? '').split(';', 1)
  if (type.trim().toLowerCase() !== 'multipart/form-data') return readJsonBody(req)
  if (!command.files) throw new APIError(sdkText(req, 'multipartNotTaken'), 415, undefined, true)
  return readMultipartInput(req, command.files)
}

/**
 * Reads a REST request's JSON body (an empty one is `{}`): what is not JSON is a 415 or a 400 saying so, a body over
 * the limit a 413.
 */
export const readJsonBody = async (req: PayloadRequest): Promise<unknown> => {
  const [type] = String(req.headers.get('content-type') ?? '').split(';', 1)
  if (type.trim().toLowerCase() !== 'application/json')
    throw new APIError(sdkText(req, 'bodyNotJson'), 415, undefined, true)
  const text = (await boundedBytes(req, maxBodyBytes())).toString('utf8')
  if (!text.trim()) return {}
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new APIError(sdkText(req, 'bodyNotJson'), 400, undefined, true)
  }
}
