'use server'
/**
 * The tracking form posts here, so that the request's tracking key (the requester's capability) does not
 * land in an address typed by hand (history, logs): it is kept for a quarter of an hour in an HttpOnly
 * cookie, and the page shows `?code=` only. (The emailed link carries `?token=`, as a reset link does.)
 */
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'

import { formPortal, text } from '@e-muni/sdk/portal'

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
