'use server'
/**
 * Accounts of people on the portal: sign up, verify (and send the verification email again), log in and out,
 * forgotten password. All through GraphQL. A password the CMS's policy refuses (src/lib/passwordPolicy.ts)
 * shows the policy's own message, in the visitor's language, by the password field.
 */
import { redirect } from 'next/navigation'

import { clearToken, cmsMutate, formPortal, getToken, keep, safeNext, setToken, text } from '@e-muni/sdk/portal'
import type { FormState } from '@e-muni/sdk/portal/client'

import {
  ForgotPasswordDocument,
  LogInDocument,
  LogOutDocument,
  ResendVerificationDocument,
  ResetPasswordDocument,
  SignUpDocument,
  VerifyEmailDocument,
} from '@/gql/graphql'
import { portalTables } from '@/lib/i18n'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const MIN_PASSWORD = 10

const checkPassword = (form: FormData, t: ReturnType<typeof formPortal>['t'], fields: Record<string, string>) => {
  const password = String(form.get('password') ?? '')
  if (password.length < MIN_PASSWORD) fields.password = t('account.error.passwordShort', { n: MIN_PASSWORD })
  else if (password !== String(form.get('confirm') ?? '')) fields.confirm = t('account.error.passwordMismatch')
  return password
}

export async function signUp(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { t, lang, header } = formPortal(form, portalTables)
  const values = keep(form, ['name', 'email', 'terms'])
  const fields: Record<string, string> = {}
  if (!values.name) fields.name = t('account.error.nameRequired')
  if (!EMAIL.test(values.email)) fields.email = t('account.error.emailInvalid')
  const password = checkPassword(form, t, fields)
  if (form.get('terms') !== 'true') fields.terms = t('account.error.terms')
  if (Object.keys(fields).length) return { ok: false, fields, values }
  const result = await cmsMutate(
    SignUpDocument,
    { data: { name: values.name, email: values.email.toLowerCase(), password, language: lang } },
    { headers: header, lang },
  )
  if (!result.ok)
    return {
      ok: false,
      // The CMS answers the same for a new and an existing address (the owner of one is emailed instead).
      // What the CMS says of a field (the password policy's rule) is shown by the field, not summed up.
      message:
        result.status === 429
          ? t('account.error.tooMany')
          : Object.keys(result.fields).length
            ? undefined
            : result.message,
      fields: result.fields,
      values,
    }
  return { ok: true, message: t('account.signup.done', { email: values.email }) }
}

export async function verifyEmail(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { t, lang } = formPortal(form, portalTables)
  const result = await cmsMutate(VerifyEmailDocument, { token: text(form, 'token') }, { lang })
  if (!result.ok || !result.data.verifyEmailPerson) return { ok: false, message: t('account.verify.failed') }
  return { ok: true, message: t('account.verify.done') }
}

export async function logIn(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { t, base, lang } = formPortal(form, portalTables)
  const values = keep(form, ['email'])
  const password = String(form.get('password') ?? '')
  const fields: Record<string, string> = {}
  if (!EMAIL.test(values.email)) fields.email = t('account.error.emailInvalid')
  if (!password) fields.password = t('account.error.passwordRequired')
  if (Object.keys(fields).length) return { ok: false, fields, values }
  const result = await cmsMutate(LogInDocument, { email: values.email.toLowerCase(), password }, { lang })
  if (!result.ok || !result.data.loginPerson?.token) {
    const unverified = !result.ok && /v[eé]rif/i.test(result.message)
    const locked = !result.ok && (result.status === 429 || /locked|bloque/i.test(result.message))
    return {
      ok: false,
      message: unverified
        ? t('account.error.unverified')
        : locked
          ? t('account.error.locked')
          : t('account.error.credentials'),
      values,
      // Not yet confirmed: the form offers to send the verification email again (to the address typed).
      ...(unverified ? { result: { unverified: true } } : {}),
    }
  }
  await setToken(result.data.loginPerson.token, result.data.loginPerson.exp)
  redirect(safeNext(base, text(form, 'next')))
}

export async function logOut(form: FormData): Promise<void> {
  const { base } = formPortal(form, portalTables)
  const token = await getToken()
  if (token) await cmsMutate(LogOutDocument, {}, { token })
  await clearToken()
  redirect(base ? `${base}/account/login?out=1` : '/')
}

export async function forgotPassword(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { t, header, lang } = formPortal(form, portalTables)
  const values = keep(form, ['email'])
  if (!EMAIL.test(values.email)) return { ok: false, fields: { email: t('account.error.emailInvalid') }, values }
  const result = await cmsMutate(
    ForgotPasswordDocument,
    { email: values.email.toLowerCase() },
    { headers: header, lang },
  )
  if (!result.ok && result.status === 429) return { ok: false, message: t('account.error.tooMany'), values }
  // The same answer whether the address has an account or not.
  return { ok: true, message: t('account.forgot.done') }
}

export async function resetPassword(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { t, lang } = formPortal(form, portalTables)
  const fields: Record<string, string> = {}
  const password = checkPassword(form, t, fields)
  if (Object.keys(fields).length) return { ok: false, fields }
  const result = await cmsMutate(ResetPasswordDocument, { token: text(form, 'token'), password }, { lang })
  if (!result.ok) {
    if (result.status === 429) return { ok: false, message: t('account.error.tooMany') }
    // The password policy's own message (in the language asked for), by the field; else the link is bad.
    if (result.fields.password) return { ok: false, fields: { password: result.fields.password } }
    return { ok: false, message: t('account.reset.failed') }
  }
  return { ok: true, message: t('account.reset.done') }
}

/** Sends the verification email again; the CMS answers the same whether or not the address has an account. */
export async function resendVerification(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { t, header, lang } = formPortal(form, portalTables)
  const values = keep(form, ['email'])
  if (!EMAIL.test(values.email)) return { ok: false, fields: { email: t('account.error.emailInvalid') }, values }
  const result = await cmsMutate(
    ResendVerificationDocument,
    { email: values.email.toLowerCase() },
    { headers: header, lang },
  )
  if (!result.ok && result.status === 429) return { ok: false, message: t('account.error.tooMany'), values }
  if (!result.ok) return { ok: false, message: result.message, values }
  return { ok: true, message: t('account.resend.done', { email: values.email }) }
}
