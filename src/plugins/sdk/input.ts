/**
 * `inputReader(req)`: reading a command's raw input — the GraphQL arguments, or the object of a REST body that no
 * GraphQL type checked. What the mutation's argument types guarantee is checked here — required texts and references, lists,
 * nested objects — and every wrong field is named in one 400 (`fieldErrors`, in the caller's language); a list is
 * read up to its first wrong item. What the values mean (a known process, a title short enough) the commands
 * judge afterwards, as they always did.
 */
import type { PayloadRequest } from 'payload'

import { fieldErrors, type FieldError } from './command'
import { sdkText, type SdkMessageKey } from './messages'

const absent = (value: unknown): value is null | undefined => value === undefined || value === null

/** A reference (an id or a slug): a text as it is (GraphQL passes any text on), or a number, as text. */
const asReference = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined

export const inputReader = (req: Pick<PayloadRequest, 'i18n' | 'headers'>) => {
  const errors: FieldError[] = []
  /** Names a wrong field (and stands for its value, which is never used: `done` throws). */
  const wrong = (path: string, message: string): undefined => {
    errors.push({ path, message })
    return undefined
  }
  return {
    wrong,
    /** One of the SDK's input messages, in the request's language (for a check the reader has no method for). */
    message: (key: SdkMessageKey, vars?: Record<string, string | number>) => sdkText(req, key, vars),
    reference: (value: unknown, path: string): string =>
      asReference(value) ?? wrong(path, sdkText(req, 'referenceNeeded')) ?? '',
    /** A list's item that is a reference: undefined (named) when it is not. */
    referenceItem: (value: unknown, path: string): string | undefined =>
      asReference(value) ?? wrong(path, sdkText(req, 'referenceExpected')),
    /** Absent (or null) stays so: the commands tell absent from empty as before. */
    optionalReference: (value: unknown, path: string, message = sdkText(req, 'referenceExpected')) =>
      absent(value) ? value : (asReference(value) ?? wrong(path, message)),
    /** A required text as it is (the command judges it); `message` says what is wanted. */
    text: (value: unknown, path: string, message: string): string =>
      typeof value === 'string' ? value : (wrong(path, message) ?? ''),
    optionalText: (value: unknown, path: string) =>
      absent(value) || typeof value === 'string' ? value : wrong(path, sdkText(req, 'textExpected')),
    optionalNumber: (value: unknown, path: string, message: string) =>
      absent(value) || typeof value === 'number' ? value : wrong(path, message),
    optionalBoolean: (value: unknown, path: string) =>
      absent(value) || typeof value === 'boolean' ? value : wrong(path, sdkText(req, 'booleanExpected')),
    /** A list whose items `item` reads (naming a wrong one and answering undefined), up to its first wrong item. */
    list: <T>(
      value: unknown,
      path: string,
      item: (value: unknown, path: string) => T | undefined,
      message = sdkText(req, 'listNeeded'),
    ): T[] | undefined => {
      if (!Array.isArray(value)) return wrong(path, message)
      const read: T[] = []
      for (let i = 0; i < value.length; i += 1) {
        const one = item(value[i], `${path}.${i}`)
        if (one === undefined) return undefined
        read.push(one)
      }
      return read
    },
    /** The input read, or the 400 naming every wrong field. */
    done: <T>(input: T): T => {
      if (errors.length) throw fieldErrors(req, errors)
      return input
    },
  }
}
