/**
 * A bound on the request bodies that are neither uploads (multipart: `UPLOAD_MAX_BYTES`) nor GraphQL (its own
 * guard): JSON to collections, globals, auth and module endpoints. Payload reads such a body whole before it
 * parses it, so without a bound one client could make the server hold any amount. A body over
 * `JSON_MAX_BODY_BYTES` (2 MiB by default) is answered 413 with a translated message — at once when its length
 * says so, else as soon as the bytes read pass the bound — and the connection is closed after the answer. A body
 * announced within it goes on untouched; a chunked one within it is read here and handed on, replayed
 * (`res.locals.replay`), to Next.
 */
import type { IncomingMessage } from 'node:http'

import type { RequestHandler, Response } from 'express'

import { languageFromHeader, message } from '../i18n/index'
import { replayRequest } from './authGuards'

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export const jsonBodyMaxBytes = (env: NodeJS.ProcessEnv = process.env) => {
  const value = Number(env.JSON_MAX_BODY_BYTES)
  return Number.isInteger(value) && value > 0 ? value : 2 * 1024 * 1024
}

/** The request to hand to Next: the replay of a body this guard read, else the request itself. */
export const forwarded = (req: IncomingMessage, res: Response): IncomingMessage =>
  (res.locals.replay as IncomingMessage | undefined) ?? req

/** For `app.use('/api', …)`, after the multipart check; GraphQL (`/api/graphql`) reads its own body. */
export const jsonBodyLimit =
  (maxBytes: number): RequestHandler =>
  async (req, res, next) => {
    if (!WITH_BODY.has(req.method) || req.path === '/graphql' || req.is('multipart/form-data')) return next()
    const declared = Number(req.headers['content-length'] || 0)
    if (!declared && !req.headers['transfer-encoding']) return next() // no body
    const refuse = () => {
      res.setHeader('Connection', 'close')
      res.on('finish', () => req.destroy())
      res.status(413).json({
        errors: [{ message: message(languageFromHeader(req.headers['accept-language']), 'requestTooLarge') }],
      })
    }
    if (declared > maxBytes) return refuse()
    // Node's parser ends a body at its announced length: only a chunked body (no length) needs reading here.
    if (declared) return next()
    const chunks: Buffer[] = []
    let size = 0
    try {
      for await (const chunk of req) {
        size += (chunk as Buffer).length
        if (size > maxBytes) return refuse()
        chunks.push(chunk as Buffer)
      }
    } catch (error) {
      return next(error)
    }
    res.locals.replay = replayRequest(req, Buffer.concat(chunks))
    next()
  }
