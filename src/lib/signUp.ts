/**
 * Sign-up that does not tell whether an address already has an account (issue 21, finding 4).
 *
 * Callers other than the platform admin (REST `POST /api/people`, GraphQL `createPerson`) get the same
 * answer for a new and for an existing address: REST 201 with a message and no document, GraphQL `null`.
 * A new address gets the verification email, as before; the owner of an existing one gets an email
 * saying that someone tried to sign up with it, with the way to log in or reset the password. Input that
 * is wrong is refused as before, whatever the address: Payload validates the fields before it looks for
 * the address, so those answers do not depend on it either. The platform admin creates people as any
 * document (the admin's own form). Sign-ups are also rate-limited per client address (server.ts).
 */
import crypto from 'node:crypto'

import type { GraphQLFieldConfig } from 'graphql'
import { addDataAndFileToRequest, type Endpoint, type PayloadHandler, type PayloadRequest } from 'payload'

import { isPlatformAdmin } from '../access/roles'
import { l, tr } from '../i18n/index'
import { defineTemplate, renderEmail } from '../plugins/sdk/index'
import { portalBase } from './portalLinks'

const EXISTING = defineTemplate('people-signup-existing', {
  subject: l(
    'Intento de registro con su correo',
    'Tentativa de cadastro com seu e-mail',
    'Attempt to sign up with your email',
    'Tentative d’inscription avec votre adresse',
  ),
  body: l(
    'Hola {{name}}:\n\nAlguien intentó crear una cuenta en el portal municipal con este correo, que ya tiene una cuenta. Si fue usted, inicie sesión; si olvidó su contraseña, puede restablecerla en {{forgot}}. Si no fue usted, ignore este mensaje: su cuenta no cambió.',
    'Olá, {{name}}:\n\nAlguém tentou criar uma conta no portal municipal com este e-mail, que já tem uma conta. Se foi você, entre; se esqueceu a senha, pode redefini-la em {{forgot}}. Se não foi você, ignore esta mensagem: sua conta não mudou.',
    'Hello {{name}},\n\nSomeone tried to create an account on the municipal portal with this email, which already has one. If it was you, log in; if you forgot your password, you can reset it at {{forgot}}. If it was not you, ignore this message: your account has not changed.',
    'Bonjour {{name}},\n\nQuelqu’un a tenté de créer un compte sur le portail municipal avec cette adresse, qui en a déjà un. Si c’était vous, connectez-vous ; si vous avez oublié votre mot de passe, vous pouvez le réinitialiser sur {{forgot}}. Sinon, ignorez ce message : votre compte n’a pas changé.',
  ),
  action: { label: l('Iniciar sesión', 'Entrar', 'Log in', 'Se connecter'), url: '{{login}}' },
})

type Problem = { path?: string; message?: string }

/** Payload's refusal of an address that is already registered, and nothing else. */
const onlyAddressTaken = (error: unknown, req: PayloadRequest): boolean => {
  const e = error as { name?: string; data?: { errors?: Problem[] } }
  const errors = e?.data?.errors
  return (
    e?.name === 'ValidationError' &&
    Array.isArray(errors) &&
    errors.length === 1 &&
    errors[0]?.path === 'email' &&
    errors[0]?.message === req.t('error:userEmailAlreadyRegistered')
  )
}

/** As long as hashing a new password takes (Payload: PBKDF2-SHA256, 25,000 rounds), so time tells nothing. */
const hashLikeANewAccount = (password: unknown) =>
  new Promise<void>((resolve) =>
    crypto.pbkdf2(String(password ?? ''), crypto.randomBytes(32), 25000, 512, 'sha256', () => resolve()),
  )

/** Signs a person up, or tells the owner of the address; answers nothing that differs between the two. */
export const signUpPerson = async (req: PayloadRequest, data: Record<string, unknown>): Promise<void> => {
  try {
    await req.payload.create({ collection: 'people', data: data as never, req, overrideAccess: false })
  } catch (error) {
    if (!onlyAddressTaken(error, req)) throw error
    const address = String(data.email ?? '')
      .trim()
      .toLowerCase()
    const [owner] = (
      await req.payload.find({
        collection: 'people',
        where: { email: { equals: address } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
    ).docs
    await hashLikeANewAccount(data.password)
    if (!owner) return
    const { base, lang } = portalBase(req, owner.language)
    const mail = renderEmail(EXISTING, lang, {
      name: owner.name ?? '',
      login: `${base}/account/login`,
      forgot: `${base}/account/forgot`,
    })
    try {
      await req.payload.sendEmail({ to: owner.email, subject: mail.subject, html: mail.html, text: mail.text })
    } catch (mailError) {
      req.payload.logger.error({ err: mailError }, 'could not send the sign-up notice to an existing account')
    }
  }
}

/** REST `POST /api/people`: the platform admin's creates go to Payload's own handler, sign-ups here. */
export const signUpEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: (async (req) => {
    if (isPlatformAdmin(req.user as never)) {
      const own = req.payload.collections.people.config.endpoints
      const original = own ? own.find((e) => e !== signUpEndpoint && e.path === '/' && e.method === 'post') : undefined
      if (!original) throw new Error('Payload’s create endpoint for people is missing')
      return original.handler(req)
    }
    await addDataAndFileToRequest(req)
    const data = req.data
    if (!data || typeof data !== 'object' || Array.isArray(data))
      return Response.json({ errors: [{ message: tr(req, 'bodyNotJson') }] }, { status: 400 })
    await signUpPerson(req, data as Record<string, unknown>)
    return Response.json({ message: tr(req, 'signUpReceived') }, { status: 201 })
  }) as PayloadHandler,
}

/**
 * GraphQL `createPerson`, same type and arguments as Payload's: the platform admin's creates go to
 * Payload's resolver; a sign-up answers `null` for a new and for an existing address alike.
 */
export const signUpMutation = (generated: GraphQLFieldConfig<unknown, { req: PayloadRequest }>) => ({
  ...generated,
  resolve: async (
    source: unknown,
    args: { data?: Record<string, unknown> } & Record<string, unknown>,
    context: { req: PayloadRequest },
    info: Parameters<NonNullable<typeof generated.resolve>>[3],
  ) => {
    if (isPlatformAdmin(context.req.user as never)) return generated.resolve!(source, args, context, info)
    await signUpPerson(context.req, args.data ?? {})
    return null
  },
})
