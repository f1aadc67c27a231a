/** MuniCompra's own messages and email templates, in Spanish, Portuguese, English and French. */
import type { Localized } from '@e-muni/sdk'
import { ocdsMessages } from './ocdsMessages'
import { staffMessages } from './staffMessages'
import { supplierMessages } from './supplierMessages'

export { templates } from './templates'

export const MODULE = 'municompra'

export const translations: Record<string, Localized> = {
  ...staffMessages,
  ...supplierMessages,
  ...ocdsMessages,
}
