'use server'
/**
 * The tracking form posts here, so that the requester's email never lands in an address (history, logs):
 * it is kept for a quarter of an hour in an HttpOnly cookie, and the page shows `?code=` only.
 */
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'

import { formPortal, text } from '@/lib/portal-form'

import { TRACK_EMAIL_COOKIE } from './cookie'

export async function lookUpRequest(form: FormData): Promise<void> {
  const { base } = formPortal(form)
  const code = text(form, 'code').toUpperCase().slice(0, 40)
  const email = text(form, 'email').slice(0, 254)
  const jar = await cookies()
  if (email)
    jar.set(TRACK_EMAIL_COOKIE, email, {
      httpOnly: true,
      sameSite: 'lax',
      secure: process.env.NODE_ENV === 'production' && process.env.COOKIE_SECURE !== 'false',
      path: '/',
      maxAge: 15 * 60,
    })
  redirect(`${base}/services/track?code=${encodeURIComponent(code)}`)
}
