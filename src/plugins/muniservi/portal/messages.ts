/**
 * MuniServi's portal messages, in es, pt, en and fr: one table (`definePortalModule({ messages })`, and the
 * Server Actions' translator), gathered from one file per topic under `messages/`.
 */
import { defineMessages } from '@e-muni/sdk/portal/i18n'

import { catalogueMessages } from './messages/catalogue'
import { formMessages } from './messages/form'
import { trackingMessages } from './messages/tracking'

export const messages = defineMessages({
  es: { ...catalogueMessages.es, ...formMessages.es, ...trackingMessages.es },
  pt: { ...catalogueMessages.pt, ...formMessages.pt, ...trackingMessages.pt },
  en: { ...catalogueMessages.en, ...formMessages.en, ...trackingMessages.en },
  fr: { ...catalogueMessages.fr, ...formMessages.fr, ...trackingMessages.fr },
})
