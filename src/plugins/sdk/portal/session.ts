/**
 * A signed-in person (citizen or supplier, the CMS's `people`): the token the CMS gave at log-in, kept in
 * an HttpOnly, SameSite=Lax cookie of the portal (Secure in production) and sent to the CMS as
 * `Authorization: JWT …`. Only pages that need the person read it, so every other page stays cacheable.
 */
import 'server-only'

import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { cache } from 'react'

import { MePersonDocument, type MePersonQuery } from './gql'
import { cmsQuery } from './cms'

export const SESSION_COOKIE = 'emuni_session'

export const getToken = async (): Promise<string | undefined> => (await cookies()).get(SESSION_COOKIE)?.value

export const setToken = async (token: string, expiresAt?: number | null) => {
  ;(await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production' && process.env.COOKIE_SECURE !== 'false',
    path: '/',
    ...(expiresAt ? { expires: new Date(expiresAt * 1000) } : {}),
  })
}

export const clearToken = async () => {
  ;(await cookies()).delete(SESSION_COOKIE)
}

export type Person = NonNullable<NonNullable<MePersonQuery['mePerson']>['user']>

/** The signed-in person, or undefined (an expired or forged token counts as signed out). */
export const getPerson = cache(async (): Promise<{ person: Person; token: string } | undefined> => {
  const token = await getToken()
  if (!token) return undefined
  try {
    const data = await cmsQuery(MePersonDocument, {}, { token })
    const person = data.mePerson?.user
    return person ? { person, token } : undefined
  } catch {
    return undefined
  }
})

/** For pages only a signed-in person may see: else to the log-in page, coming back here after. */
export const requirePerson = async (base: string, back: string) => {
  const session = await getPerson()
  if (!session) redirect(`${base}/account/login?next=${encodeURIComponent(back)}`)
  return session
}
