/** Small helpers shared by MuniCompra's hooks. */
import type { PayloadRequest } from 'payload'

import { fail, isBlank, moduleKit, sameValue } from '@e-muni/sdk'
import { MODULE } from '../i18n/index'

export { fail }

/**
 * MuniCompra's messages (`t`), the flag its own writes (bids, jobs, counters) carry (`internal`), the
 * request for them (`systemWrite`) and the signed-in supplier's person (`person`): the SDK's module kit.
 */
export const { internal, isInternal, person, systemWrite, t } = moduleKit(MODULE)

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
    if (changed) throw fail(t(req, 'systemField', { field }))
  }
}

/** A request with no user, for writes MuniCompra makes on the system's behalf (the same transaction when `req` is given). */
export const systemReq = (req: PayloadRequest): PayloadRequest =>
  ({ ...req, user: null, context: internal() }) as unknown as PayloadRequest

/** The demo seed writes with `quiet: true`: no emails to invented suppliers. */
export const isQuiet = (req: PayloadRequest): boolean =>
  (req.context as Record<string, unknown> | undefined)?.quiet === true
