/** A module's own messages, translated like the core's: `moduleText(req, 'muniservi', 'key', vars)`. */
import type { PayloadRequest } from 'payload'

import { fill, requestLanguage } from './language'
import { getModule } from './registry'

export const moduleText = (
  req: Pick<PayloadRequest, 'i18n' | 'headers'> | undefined,
  module: string,
  key: string,
  vars: Record<string, string | number> = {},
): string => {
  const text = getModule(module)?.translations?.[key]?.[requestLanguage(req)]
  if (text === undefined) throw new Error(`Module "${module}" has no message "${key}".`)
  return fill(text, vars)
}
