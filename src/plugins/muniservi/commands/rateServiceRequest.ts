/**
 * The requester rates a closed request once, 1 to 5 with an optional comment (GraphQL `rateServiceRequest`, REST
 * POST /api/m/{municipality}/muniservi/rateServiceRequest `{ code, token?, score, comment? }`): signed in as the
 * person who sent it, or with its tracking key (lib/requester.ts: each capability limited in uses, the key
 * compared in constant time, a wrong code or key a 404 alike — before any check of the score or the state).
 */
import { APIError } from 'payload'

import { defineCommand, fail } from '@e-muni/sdk'
import { findOwnRequest, publicView, writeAsRequester } from '../lib/requester'
import { t } from '../kit'
import { commandInput } from '../lib/commandInput'

export const rateServiceRequest = defineCommand({
  name: 'rateServiceRequest',
  input: (raw, { req }) => {
    const read = commandInput(req, raw)
    const input = {
      code: read.text('code'),
      token: read.optionalText('token'),
      score: read.integer('score', 'badScore'),
      comment: read.optionalText('comment'),
    }
    read.done()
    return input
  },
  run: async ({ req, municipality }, input) => {
    const doc = await findOwnRequest(req, municipality, input.code, input.token)
    const score = input.score
    if (score < 1 || score > 5) throw fail(t(req, 'badScore'), 400)
    const comment = input.comment?.trim() ?? ''
    if (comment.length > 2000) throw fail(t(req, 'tooLong', { max: 2000 }), 400)
    if (doc.rating?.score) throw fail(t(req, 'alreadyRated', { code: doc.trackingCode }), 409)
    if (doc.status !== 'closed')
      throw new APIError(
        t(req, 'notClosed', { code: doc.trackingCode, status: publicView(req, doc).statusLabel }),
        409,
        undefined,
        true,
      )
    return writeAsRequester(req, doc, {
      rating: { score, comment: comment || null, ratedAt: new Date().toISOString() },
    })
  },
})
