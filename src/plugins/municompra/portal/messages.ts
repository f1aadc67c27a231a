/**
 * MuniCompra's portal messages, in es, pt, en and fr: one table (`definePortalModule({ messages })`, and the
 * Server Actions' translator), gathered from one file per topic under `messages/`.
 */
import { defineMessages } from '@e-muni/sdk/portal/i18n'

import { bidMessages } from './messages/bids'
import { listMessages } from './messages/list'
import { supplierMessages } from './messages/suppliers'
import { tenderMessages } from './messages/tenders'

export const messages = defineMessages({
  es: { ...tenderMessages.es, ...supplierMessages.es, ...bidMessages.es, ...listMessages.es },
  pt: { ...tenderMessages.pt, ...supplierMessages.pt, ...bidMessages.pt, ...listMessages.pt },
  en: { ...tenderMessages.en, ...supplierMessages.en, ...bidMessages.en, ...listMessages.en },
  fr: { ...tenderMessages.fr, ...supplierMessages.fr, ...bidMessages.fr, ...listMessages.fr },
})
