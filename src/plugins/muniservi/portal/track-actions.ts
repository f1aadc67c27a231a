'use server'
/**
 * The tracking page's forms. The tracking form posts here, so that the request's tracking key (the requester's capability) does not
 * land in an address typed by hand (history, logs): it is kept for a quarter of an hour in an HttpOnly
 * cookie, and the page shows `?code=` only. (The emailed link carries `?token=`, as a reset link does.)
 */
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'

import { cmsMutate, formPortal, getPerson, text } from '@e-muni/sdk/portal'
import type { FormState } from '@e-muni/sdk/portal/client'

import { ServicesRateDocument, ServicesRespondDocument } from './gql'
import { messages } from './messages'
import { TRACK_TOKEN_COOKIE } from './track-cookie'

export async function lookUpRequest(form: FormData): Promise<void> {
  const { base } = formPortal(form, [messages])
  const code = text(form, 'code').toUpperCase().slice(0, 40)
  const token = text(form, 'token').slice(0, 64)
  const jar = await cookies()
  if (token)
    jar.set(TRACK_TOKEN_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: process.env.NODE_ENV === 'production' && process.env.COOKIE_SECURE !== 'false',
      path: '/',
      maxAge: 15 * 60,
    })
  redirect(`${base}/services/track?code=${encodeURIComponent(code)}`)
}

/** The request's capability: the key the tracking page was opened with (a hidden field), else the form's cookie. */
const trackingToken = async (form: FormData) =>
  text(form, 'token').slice(0, 64) || (await cookies()).get(TRACK_TOKEN_COOKIE)?.value || null

/**
 * The requester answers the municipality's question (`respondToServiceRequest`): the request goes back to
 * review, and the page shows it so.
 */
export async function answerRequest(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { slug, lang, t, base, header } = formPortal(form, [messages])
  const code = text(form, 'code').toUpperCase().slice(0, 40)
  const message = text(form, 'message')
  if (!slug || !code) return { ok: false, message: t('services.form.gone') }
  if (!message) return { ok: false, fields: { message: t('services.error.required') } }
  if (message.length > 4000)
    return { ok: false, fields: { message: t('services.error.tooLong', { max: 4000 }) }, values: { message } }
  const session = await getPerson()
  const result = await cmsMutate(
    ServicesRespondDocument,
    { municipality: slug, code, token: await trackingToken(form), message },
    { token: session?.token, lang, headers: header },
  )
  if (!result.ok) return { ok: false, message: result.message, fields: result.fields, values: { message } }
  redirect(`${base}/services/track?code=${encodeURIComponent(code)}&done=answered`)
}

/** The requester rates a closed request once, 1 to 5, with an optional comment (`rateServiceRequest`). */
export async function rateRequest(_prev: FormState | undefined, form: FormData): Promise<FormState> {
  const { slug, lang, t, base, header } = formPortal(form, [messages])
  const code = text(form, 'code').toUpperCase().slice(0, 40)
  const score = Number(text(form, 'score'))
  const comment = text(form, 'comment')
  const values = { score: text(form, 'score'), comment }
  if (!slug || !code) return { ok: false, message: t('services.form.gone') }
  if (!Number.isInteger(score) || score < 1 || score > 5)
    return { ok: false, fields: { score: t('services.track.rate.choose') }, values }
  if (comment.length > 2000)
    return { ok: false, fields: { comment: t('services.error.tooLong', { max: 2000 }) }, values }
  const session = await getPerson()
  const result = await cmsMutate(
    ServicesRateDocument,
    { municipality: slug, code, token: await trackingToken(form), score, comment: comment || null },
    { token: session?.token, lang, headers: header },
  )
  if (!result.ok) return { ok: false, message: result.message, fields: result.fields, values }
  redirect(`${base}/services/track?code=${encodeURIComponent(code)}&done=rated`)
}
