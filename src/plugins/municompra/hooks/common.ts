/** Small helpers shared by MuniCompra's hooks. */
import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { isBlank, moduleText, sameValue } from '@e-muni/sdk'
import { MODULE } from '../i18n/index'

/**
 * Writes made by MuniCompra's own code (bids, jobs, counters) carry this context flag: a new object
 * each time, since Payload keeps the context object as the request's and hooks write to it.
 */
export const internal = (): Record<string, unknown> => ({ municompra: 'internal' })
export const isInternal = (context: unknown): boolean =>
  (context as Record<string, unknown> | undefined)?.municompra === 'internal'

export const fail = (message: string, status = 400) => new APIError(message, status, undefined, true)

/** Refuses a change to any of `fields` (only MuniCompra's own code sets them). */
export const guardSystemFields = (
  req: PayloadRequest,
  fields: string[],
  data: Record<string, unknown>,
  originalDoc: Record<string, unknown> | undefined,
  operation: string,
): void => {
  for (const field of fields) {
    if (!(field in data)) continue
    const changed = operation === 'create' ? !isBlank(data[field]) : !sameValue(data[field], originalDoc?.[field])
    if (changed) throw fail(moduleText(req, MODULE, 'systemField', { field }))
  }
}

/** A request with no user, for writes MuniCompra makes on the system's behalf (the same transaction when `req` is given). */
export const systemReq = (req: PayloadRequest): PayloadRequest =>
  ({ ...req, user: null, context: internal() }) as unknown as PayloadRequest

/** The demo seed writes with `quiet: true`: no emails to invented suppliers. */
export const isQuiet = (req: PayloadRequest): boolean =>
  (req.context as Record<string, unknown> | undefined)?.quiet === true
