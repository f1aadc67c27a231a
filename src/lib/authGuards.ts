/**
 * Rate limits on the paths that check or reset a password: REST `/api/<collection>/login`,
 * `forgot-password`, `reset-password` (and `people/resend-verification`, which emails as they do), and the same operations sent as GraphQL mutations.
 * One store per limit, so switching between REST and GraphQL does not reset the count.
 */
import { IncomingMessage } from 'node:http'

import type { Request, RequestHandler, Response } from 'express'
import { rateLimit, type Options } from 'express-rate-limit'
import { GraphQLError, Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql'

import { languageFromHeader, message, type MessageKey } from '../i18n/index'
import { clientKey } from './clientAddress'
import { rateLimitStore } from './rateLimitStore'
import { cycleMessage, depthMessage, fieldsMessage, operationSize } from './graphqlDepth'

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60000))

const limiter = (
  /** the limit's name: its key prefix in Redis (`rateLimitStore.ts`) */
  name: string,
  key: MessageKey,
  windowMs: number,
  limit: number,
  countSuccess: boolean,
  skip?: (req: Request) => Promise<boolean>,
  store = rateLimitStore(name),
) =>
  rateLimit({
    ...(skip ? { skip } : {}),
    // One store per limit: in memory, or with REDIS_URL shared by every CMS process (lib/rateLimitStore.ts).
    ...(store ? { store } : {}),
    // Per visitor as the portal states it (with its secret), else per caller address (lib/clientAddress.ts).
    keyGenerator: (req: Request) => clientKey(req),
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skipSuccessfulRequests: !countSuccess,
    // GraphQL answers a failed login with 200 and an error body: count every GraphQL attempt.
    requestWasSuccessful: (_req: Request, res: Response) => res.statusCode < 400 && !res.locals.graphqlAuth,
    handler: async (req: Request, res: Response, _next, options: Options) => {
      const text = message(languageFromHeader(req.headers['accept-language']), key, { minutes: minutes(windowMs) })
      // A route may shape its refusals in a standard's format (see `limitRefusal`).
      const refuse = res.locals.limitRefusal as LimitRefusal | undefined
      if (!refuse) {
        res.status(options.statusCode).json({ errors: [{ message: text }] })
        return
      }
      const answer = refuse(options.statusCode, text)
      res.status(answer.status)
      answer.headers.forEach((value, name) => res.setHeader(name, value))
      res.send(Buffer.from(await answer.arrayBuffer()))
    },
  })

/** A route's own shape for a limit's refusal: the status (429) and the message, as a web Response. */
export type LimitRefusal = (status: number, message: string) => globalThis.Response

/** Express, before a limiter: its refusals on this route take `refuse`'s shape. */
export const limitRefusal =
  (refuse: (req: Request) => LimitRefusal): RequestHandler =>
  (req, res, next) => {
    res.locals.limitRefusal = refuse(req)
    next()
  }

export type AuthGuards = {
  login: RequestHandler
  passwordReset: RequestHandler
  submission: RequestHandler
  signUp: RequestHandler
  tracking: RequestHandler
}
type Op = keyof AuthGuards

export const createAuthGuards = (
  env = process.env,
  /** Is the request the platform admin's? (Their creates of people are not sign-ups.) */
  platformAdmin?: (req: Request) => Promise<boolean>,
): AuthGuards => ({
  login: limiter(
    'login',
    'tooManyLogins',
    Number(env.LOGIN_RATE_WINDOW_MS || 15 * 60 * 1000),
    Number(env.LOGIN_RATE_LIMIT || 10),
    false,
  ),
  passwordReset: limiter(
    'reset',
    'tooManyPasswordResets',
    Number(env.RESET_RATE_WINDOW_MS || 60 * 60 * 1000),
    Number(env.RESET_RATE_LIMIT || 5),
    true,
  ),
  // Public submissions (service requests, Open311 posts, future proposals and bids) create records and
  // send email to the address given: limited per client address.
  submission: limiter(
    'submission',
    'tooManySubmissions',
    Number(env.SUBMIT_RATE_WINDOW_MS || 10 * 60 * 1000),
    Number(env.SUBMIT_RATE_LIMIT || 30),
    true,
  ),
  // Sign-ups (REST POST /api/people, GraphQL createPerson) send email to the address given: every attempt
  // counts, per client address.
  signUp: limiter(
    'signup',
    'tooManySignUps',
    Number(env.SIGNUP_RATE_WINDOW_MS || 60 * 60 * 1000),
    Number(env.SIGNUP_RATE_LIMIT || 10),
    true,
    platformAdmin,
  ),
  // Tracking, answering and rating a service request (the requester's capability, issue 21): every
  // attempt counts, per client address, so that tokens cannot be guessed at speed.
  tracking: limiter(
    'tracking',
    'tooManyTrackingAttempts',
    Number(env.TRACK_RATE_WINDOW_MS || 10 * 60 * 1000),
    Number(env.TRACK_RATE_LIMIT || 120),
    true,
  ),
})

export type GraphqlInspection = {
  ops: Set<Op>
  error?: string
  /** every operation in the body is a query (no mutation or subscription) */
  readOnly?: boolean
}

/**
 * Reads a GraphQL request body: which password operations it asks for (top-level mutation fields,
 * so aliases do not hide them), and why it must be refused outright — unparseable, too deep, too many
 * fields (aliases and fragments expanded), or fragments that spread themselves.
 */
export const inspectGraphqlBody = (
  body: Buffer,
  contentType = '',
  maxDepth = Infinity,
  maxFields = Infinity,
  /** the installed modules' capability operations (their `capabilityOperations`) */
  capability: ReadonlySet<string> = new Set(),
): GraphqlInspection => {
  const ops = new Set<Op>()
  const queries: string[] = []
  let readOnly = true
  if (contentType.includes('application/graphql')) queries.push(body.toString('utf8'))
  else {
    let parsed: unknown
    try {
      parsed = JSON.parse(body.toString('utf8'))
    } catch {
      return { ops, error: 'The request body is not valid JSON.' }
    }
    for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
      const query = item && typeof item === 'object' ? (item as { query?: unknown }).query : undefined
      if (typeof query !== 'string') return { ops, error: 'The request body must hold a "query" string.' }
      queries.push(query)
    }
  }
  for (const query of queries) {
    let document: DocumentNode
    try {
      document = parse(query)
    } catch (error) {
      return { ops, error: error instanceof GraphQLError ? error.message : 'The query is not valid GraphQL.' }
    }
    const size = operationSize(document)
    if (size.cycle) return { ops, error: cycleMessage(size.cycle) }
    if (size.depth > maxDepth) return { ops, error: depthMessage(size.depth, maxDepth) }
    if (size.fields > maxFields) return { ops, error: fieldsMessage(size.fields, maxFields) }
    const fragments = new Map<string, SelectionSetNode>()
    for (const def of document.definitions)
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def.selectionSet)
    /** The top-level field names of an operation, through fragments (cycles were refused above). */
    const topLevel = (set: SelectionSetNode, seen = new Set<string>()): string[] =>
      set.selections.flatMap((selection) => {
        if (selection.kind === Kind.FIELD) return [selection.name.value]
        if (selection.kind === Kind.INLINE_FRAGMENT) return topLevel(selection.selectionSet, seen)
        const name = selection.name.value
        const fragment = fragments.get(name)
        if (!fragment || seen.has(name)) return []
        return topLevel(fragment, new Set([...seen, name]))
      })
    for (const def of document.definitions) {
      if (def.kind === Kind.OPERATION_DEFINITION && def.operation !== 'query') readOnly = false
      if (def.kind !== Kind.OPERATION_DEFINITION) continue
      // Someone's document reached by its capability (a module's `capabilityOperations`): issue 21.
      for (const name of topLevel(def.selectionSet)) if (capability.has(name)) ops.add('tracking')
      if (def.operation !== 'mutation') continue
      for (const selection of def.selectionSet.selections) {
        if (selection.kind !== Kind.FIELD) {
          // Fragments at the top of a mutation could hide a login: count them as one.
          ops.add('login')
          continue
        }
        const name = selection.name.value
        if (/^login[A-Z]/.test(name)) ops.add('login')
        if (/^(forgotPassword|resetPassword|resendVerification)[A-Z]/.test(name)) ops.add('passwordReset')
        // Public submissions of modules: submitServiceRequest, submitBid, askClarification, registerSupplier…
        if (/^(submit|ask|register)[A-Z]/.test(name)) ops.add('submission')
        if (name === 'createPerson') ops.add('signUp')
      }
    }
  }
  return { ops, readOnly }
}

/** A fresh request carrying the already-read body, for handing on to Next. */
export const replayRequest = (req: IncomingMessage & { originalUrl?: string }, body: Buffer): IncomingMessage => {
  const copy = new IncomingMessage(req.socket)
  copy.method = req.method
  copy.url = req.originalUrl ?? req.url
  copy.headers = req.headers
  copy.rawHeaders = req.rawHeaders
  copy.httpVersion = req.httpVersion
  copy.httpVersionMajor = req.httpVersionMajor
  copy.httpVersionMinor = req.httpVersionMinor
  copy.push(body)
  copy.push(null)
  copy.complete = true
  return copy
}

/**
 * For POST /api/graphql: read the body (bounded), refuse what is malformed, too deep, too large or
 * self-referencing with a 400 (Payload's GraphQL would answer 200 with errors), apply the login /
 * reset limits when the body holds such mutations, then hand a replayed request to `handle` — asking
 * for `application/graphql-response+json`, so that what Payload's validation refuses (complexity,
 * introspection, unknown fields) is a 400 too, as the GraphQL-over-HTTP spec has it. Results with
 * data stay 200; the content type stays the `application/json` the client asked for.
 */
export const graphqlGuard =
  (
    guards: AuthGuards,
    handle: (
      req: IncomingMessage,
      res: Response,
      /** the body read, whether it only reads, and the request as it came (before the replay's accept) */
      read: { body: Buffer; readOnly: boolean; original: IncomingMessage },
    ) => unknown,
    limits: { maxBytes: number; maxDepth: number; maxFields?: number; capability?: ReadonlySet<string> },
    /**
     * Answers a body already answered before (the public-read cache) without parsing it again: a body
     * that passed these checks once passes them again. Returns whether it answered.
     */
    early?: (req: IncomingMessage, res: Response, body: Buffer) => boolean | Promise<boolean>,
  ): RequestHandler =>
  async (req, res, next) => {
    if (req.method !== 'POST') return next()
    const chunks: Buffer[] = []
    let size = 0
    try {
      for await (const chunk of req) {
        size += (chunk as Buffer).length
        if (size > limits.maxBytes) {
          res.status(413).json({
            errors: [{ message: message(languageFromHeader(req.headers['accept-language']), 'requestTooLarge') }],
          })
          req.destroy()
          return
        }
        chunks.push(chunk as Buffer)
      }
    } catch (error) {
      return next(error)
    }
    const body = Buffer.concat(chunks)
    const answered = early?.(req, res, body)
    if (typeof answered === 'boolean' || answered === undefined ? answered : await answered) return
    const { ops, error, readOnly } = inspectGraphqlBody(
      body,
      req.headers['content-type'],
      limits.maxDepth,
      limits.maxFields,
      limits.capability,
    )
    if (error) {
      res.status(400).json({ errors: [{ message: error }] })
      return
    }
    const forward = () => {
      const replay = replayRequest(req, body)
      if (!String(req.headers.accept ?? '').includes('application/graphql-response+json')) {
        replay.headers = { ...req.headers, accept: 'application/graphql-response+json, application/json' }
        const setHeader = res.setHeader.bind(res)
        res.setHeader = (name: string, value: number | string | readonly string[]) =>
          setHeader(
            name,
            name.toLowerCase() === 'content-type' && String(value).startsWith('application/graphql-response+json')
              ? 'application/json; charset=utf-8'
              : value,
          )
      }
      return handle(replay, res, { body, readOnly: Boolean(readOnly) && ops.size === 0, original: req })
    }
    const chain = [...ops].map((op) => guards[op])
    res.locals.graphqlAuth = ops.has('login') || ops.has('passwordReset')
    const run = (i: number): unknown =>
      i < chain.length ? chain[i](req, res, (err?: unknown) => (err ? next(err) : run(i + 1))) : forward()
    run(0)
  }
