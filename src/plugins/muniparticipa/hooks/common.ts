/** Helpers shared by MuniParticipa's hooks. */
import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

/** Writes made by MuniParticipa's own code carry this flag (a new object each time). */
export const internal = (): Record<string, unknown> => ({ muniparticipa: 'internal' })
export const isInternal = (context: unknown): boolean =>
  (context as Record<string, unknown> | undefined)?.muniparticipa === 'internal'
/** The demo seed writes quietly: no email to invented people. */
export const isQuiet = (req: PayloadRequest): boolean =>
  (req.context as Record<string, unknown> | undefined)?.quiet === true
export const fail = (message: string, status = 400) => new APIError(message, status, undefined, true)
/** A request for MuniParticipa's own writes: no user (the multi-tenant plugin lets only staff assign a municipality). */
export const systemWrite = (req: PayloadRequest) =>
  ({ i18n: req.i18n, headers: req.headers, context: internal() }) as never
