/** Helpers shared by MuniParticipa's code. */
import type { PayloadRequest } from 'payload'

import { fail, moduleKit } from '@e-muni/sdk'
import { MODULE } from '../i18n/index'

export { fail }

/**
 * MuniParticipa's messages (`t`), the flag its own writes carry (`internal`), the request for them
 * (`systemWrite`: no user — the multi-tenant plugin lets only staff assign a municipality) and the
 * signed-in person (`person`): the SDK's module kit.
 */
export const { internal, isInternal, person, systemWrite, t } = moduleKit(MODULE)

/** The demo seed writes quietly: no email to invented people. */
export const isQuiet = (req: PayloadRequest): boolean =>
  (req.context as Record<string, unknown> | undefined)?.quiet === true
