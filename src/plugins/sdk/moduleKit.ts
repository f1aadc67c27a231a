/**
 * The helpers every module had written for itself, once, bound to the module's slug:
 *
 *   export const { t, internal, isInternal, systemWrite, person } = moduleKit(MODULE)
 *
 * and `fail`, the error a client sees as it is.
 */
import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { moduleText } from './i18n'
import type { ID } from './roles'

/** An error answered to the client as it is: its message (already translated) and its status. */
export const fail = (message: string, status = 400, data?: Record<string, unknown>): APIError =>
  new APIError(message, status, data, true)

type Vars = Record<string, string | number>
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a person's document, as loosely shaped as the module reads it
export type PersonDoc = Record<string, any> & { id: ID }

export const moduleKit = (slug: string) => {
  /** The flag the module's own writes carry in `context`: a new object each time (hooks write to it). */
  const internal = (): Record<string, unknown> => ({ [slug]: 'internal' })
  const isInternal = (context: unknown): boolean =>
    (context as Record<string, unknown> | undefined)?.[slug] === 'internal'
  /** One of the module's messages (its manifest's `translations`) in the request's language. */
  const t = (req: Pick<PayloadRequest, 'i18n' | 'headers'> | undefined, key: string, vars?: Vars): string =>
    moduleText(req, slug, key, vars)
  /**
   * A request for the module's own writes: no user (the multi-tenant plugin lets only staff assign a
   * municipality), the caller's language, the module's flag.
   */
  const systemWrite = (req: PayloadRequest): Partial<PayloadRequest> => ({
    i18n: req.i18n,
    headers: req.headers,
    context: internal(),
  })
  /** The signed-in person (a citizen or supplier), or a 401 with the module's `loginNeeded` message. */
  const person = (req: PayloadRequest): PersonDoc => {
    if (req.user?.collection !== 'people') throw fail(t(req, 'loginNeeded'), 401)
    return req.user as unknown as PersonDoc
  }
  return { internal, isInternal, t, systemWrite, person }
}
