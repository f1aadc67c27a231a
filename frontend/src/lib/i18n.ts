/**
 * The portal's own message tables: `translator(lang)` reads them (client parts such as the error page use it
 * too). A page's `portal.t` also reads the tables of every installed module's portal part (`loadPortal`).
 * The languages, `defineMessages` and the date and money formats are the SDK's portal kit
 * (`@e-muni/sdk/portal/i18n`).
 */
import { type Locale, translator as kitTranslator } from '@e-muni/sdk/portal/i18n'

import { messages as account } from '../i18n/account'
import { messages as core } from '../i18n/core'

export { formatDate, formatMoney, isLocale, LOCALES, type Locale, type Translate } from '@e-muni/sdk/portal/i18n'

export const LANGUAGE_NAMES: Record<Locale, string> = { es: 'Español', pt: 'Português', en: 'English', fr: 'Français' }

export const portalTables = [core, account]

/** `t('key', { n: 3 })` replaces `{n}`; an unknown key shows itself (and fails the i18n unit test). */
export const translator = (lang: Locale) => kitTranslator(lang, portalTables)
