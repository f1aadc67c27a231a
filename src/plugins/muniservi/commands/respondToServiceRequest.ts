/**
 * The requester answers the municipality's question (GraphQL `respondToServiceRequest`, REST POST
 * /api/m/{municipality}/muniservi/respondToServiceRequest `{ code, token?, message }`): signed in as the person
 * who sent the request, or with its tracking key (lib/requester.ts: each capability limited in uses, the key
 * compared in constant time, a wrong code or key a 404 alike). The request goes back to review.
 */
import { APIError } from 'payload'

import { defineCommand, fail } from '@e-muni/sdk'
import { findOwnRequest, publicView, writeAsRequester } from '../lib/requester'
import { t } from '../kit'
import { commandInput } from '../lib/commandInput'

export const respondToServiceRequest = defineCommand({
  name: 'respondToServiceRequest',
  input: (raw, { req }) => {
    const read = commandInput(req, raw)
    const input = {
      code: read.text('code'),
      token: read.optionalText('token'),
      message: read.text('message', 'emptyMessage'),
    }
    read.done()
    return input
  },
  run: async ({ req, municipality }, input) => {
    const doc = await findOwnRequest(req, municipality, input.code, input.token)
    const message = input.message.trim()
    if (!message) throw fail(t(req, 'emptyMessage'), 400)
    if (message.length > 4000) throw fail(t(req, 'tooLong', { max: 4000 }), 400)
    if (doc.status !== 'needs-information')
      throw new APIError(
        t(req, 'notAwaitingAnswer', {
          code: doc.trackingCode,
          status: publicView(req, doc).statusLabel,
        }),
        409,
        undefined,
        true,
      )
    return writeAsRequester(req, doc, {
      status: 'in-review',
      messages: [...(doc.messages ?? []), { from: 'requester', body: message, at: new Date().toISOString() }],
    })
  },
})
