/**
 * Reading a command's raw input. Over GraphQL the argument types have checked its shapes already; over REST
 * (`POST /api/m/{municipality}/municompra/{command}`) the body is any JSON object, so each command's `input`
 * checks here what those types guaranteed — a text, a finite number, a list of objects with given fields — and
 * names each field that is not so (a 400 through the SDK's `fieldErrors`) before any code reads it.
 */
import type { PayloadRequest } from 'payload'

import { type FieldError, referenceInput } from '@e-muni/sdk'

type Req = Pick<PayloadRequest, 'i18n' | 'headers'>

/** Enough to tell a caller what is wrong: a list of a million wrong elements is refused at its first ones. */
const MAX_ERRORS = 50

/** What a GraphQL `String` argument takes: nothing, null or a text. */
export const isOptionalText = (value: unknown): value is string | null | undefined =>
  value === undefined || value === null || typeof value === 'string'

/** What a GraphQL `Float` takes: a finite number (JSON's 1e400 parses as Infinity). */
export const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/**
 * The tender named (a reference or an id): a text as GraphQL passes it — blank or unknown, it is the 404 of the
 * tender's look-up, as over GraphQL — or a number; anything else is a 400 naming `tender`.
 */
export const tenderInput = (req: Req, raw: Record<string, unknown>): string =>
  typeof raw.tender === 'string' ? raw.tender : referenceInput(req, raw, 'tender')

/**
 * An optional list argument (null when absent or null): not a list → `message` at `path`; each element read by
 * `read` (which pushes what is wrong with it to `errors`, at `{path}.{index}…`, and returns it typed, or undefined).
 */
export const listInput = <T>(
  value: unknown,
  path: string,
  message: string,
  errors: FieldError[],
  read: (element: unknown, at: string, index: number) => T | undefined,
): T[] | null => {
  if (value === undefined || value === null) return null
  if (!Array.isArray(value)) {
    errors.push({ path, message })
    return null
  }
  const list: T[] = []
  for (const [i, element] of value.entries()) {
    const item = read(element, `${path}.${i}`, i)
    if (item !== undefined) list.push(item)
    if (errors.length >= MAX_ERRORS) break
  }
  return list
}
