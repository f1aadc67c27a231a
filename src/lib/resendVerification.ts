/**
 * "Resend the verification email" (issue 22): where a login is refused because the address is not yet
 * confirmed, the person can ask for the email again. Payload's own mechanism: the account's
 * `_verificationToken` (made by Payload at sign-up; made again the way Payload makes it if it is gone) and
 * the collection's `auth.verify` email (src/lib/portalLinks.ts), sent as Payload's sendVerificationEmail
 * does; Payload's verifyEmail operation checks the link. The answer is the same for an unconfirmed account,
 * a confirmed one and an address without an account (REST 200 with a message, GraphQL `true`), and the email
 * leaves after the answer, so neither the answer nor its time tells whether an account exists. Rate-limited
 * per visitor with the password-reset limit (server.ts, lib/authGuards.ts).
 */
import crypto from 'node:crypto'

import type { GraphQLFieldConfig } from 'graphql'
import { addDataAndFileToRequest, APIError, type Endpoint, type PayloadHandler, type PayloadRequest } from 'payload'

import { tr } from '../i18n/index'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const COLLECTION = 'people'

type Verify = {
  generateEmailHTML?: (args: { req: PayloadRequest; token: string; user: unknown }) => unknown
  generateEmailSubject?: (args: { req: PayloadRequest; token: string; user: unknown }) => unknown
}

const send = async (req: PayloadRequest, address: string) => {
  const account = (await req.payload.db.findOne({
    collection: COLLECTION,
    where: { email: { equals: address } },
  })) as { id: number | string; email: string; _verified?: boolean; _verificationToken?: string | null } | null
  if (!account || account._verified !== false) return
  let token = account._verificationToken
  if (!token) {
    // As Payload makes it at sign-up (collections/operations/create).
    token = crypto.randomBytes(20).toString('hex')
    await req.payload.db.updateOne({
      collection: COLLECTION,
      id: account.id,
      data: { _verificationToken: token },
      returning: false,
    })
  }
  const verify = req.payload.collections[COLLECTION].config.auth.verify as Verify | boolean
  if (!verify || typeof verify !== 'object' || !verify.generateEmailHTML || !verify.generateEmailSubject) return
  const user = sanitize(account)
  await req.payload.sendEmail({
    to: account.email,
    subject: String(await verify.generateEmailSubject({ req, token, user })),
    html: String(await verify.generateEmailHTML({ req, token, user })),
  })
}

/** The account as the email template reads it (its name and language), without the secrets. */
const sanitize = (account: Record<string, unknown>) => {
  const {
    hash: _hash,
    salt: _salt,
    _verificationToken: _token,
    resetPasswordToken: _reset,
    sessions: _s,
    ...rest
  } = account
  return rest
}

/** Sends the email again if the address has an unconfirmed account; refuses only a malformed address. */
export const resendVerification = (req: PayloadRequest, email: unknown): void => {
  const address = typeof email === 'string' ? email.trim().toLowerCase() : ''
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (!EMAIL.test(address) || address.length > 254 || /[\u0000-\u001f\u007f]/.test(address))
    throw new APIError(tr(req, 'emailRequired'), 400, undefined, true)
  // After the answer: its time does not depend on whether there is an account to email.
  setImmediate(() => {
    send(req, address).catch((err: unknown) =>
      req.payload.logger.error({ err }, 'could not send the verification email again'),
    )
  })
}

/** REST `POST /api/people/resend-verification` `{ email }`. */
export const resendVerificationEndpoint: Endpoint = {
  path: '/resend-verification',
  method: 'post',
  handler: (async (req) => {
    await addDataAndFileToRequest(req)
    const data = req.data
    if (!data || typeof data !== 'object' || Array.isArray(data))
      return Response.json({ errors: [{ message: tr(req, 'bodyNotJson') }] }, { status: 400 })
    resendVerification(req, (data as { email?: unknown }).email)
    return Response.json({ message: tr(req, 'verificationResent') }, { status: 200 })
  }) as PayloadHandler,
}

type GraphQLLib = {
  GraphQLBoolean: unknown
  GraphQLNonNull: new (type: unknown) => unknown
  GraphQLString: unknown
}

/** GraphQL `resendVerificationPerson(email: String!): Boolean` (always `true`). */
export const resendVerificationMutation = (graphQL: GraphQLLib) =>
  ({
    type: graphQL.GraphQLBoolean,
    description: 'Sends the verification email again if the address has an account not yet verified; always true.',
    args: { email: { type: new graphQL.GraphQLNonNull(graphQL.GraphQLString) } },
    resolve: (_source: unknown, args: { email?: unknown }, context: { req: PayloadRequest }) => {
      resendVerification(context.req, args.email)
      return true
    },
  }) as unknown as GraphQLFieldConfig<unknown, { req: PayloadRequest }>
