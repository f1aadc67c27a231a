/**
 * MuniParticipa's portal messages, in es, pt, en and fr: one table (`definePortalModule({ messages })`, and
 * the Server Actions' translator), gathered from one file per topic under `messages/`.
 */
import { defineMessages } from '@e-muni/sdk/portal/i18n'

import { processMessages } from './messages/processes'
import { proposalMessages } from './messages/proposals'
import { submissionMessages } from './messages/submissions'
import { voteMessages } from './messages/votes'

export const messages = defineMessages({
  es: { ...processMessages.es, ...proposalMessages.es, ...submissionMessages.es, ...voteMessages.es },
  pt: { ...processMessages.pt, ...proposalMessages.pt, ...submissionMessages.pt, ...voteMessages.pt },
  en: { ...processMessages.en, ...proposalMessages.en, ...submissionMessages.en, ...voteMessages.en },
  fr: { ...processMessages.fr, ...proposalMessages.fr, ...submissionMessages.fr, ...voteMessages.fr },
})
