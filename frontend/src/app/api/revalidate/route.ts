/**
 * The CMS calls this after content changes (its afterChange/afterDelete hooks), with the shared secret
 * `PORTAL_REVALIDATE_SECRET`: `POST { "tags": ["m:villa-esperanza"] }`. The cached reads under those tags
 * expire at once, so the next visitor sees the change without a restart or a rebuild.
 */
import { timingSafeEqual } from 'node:crypto'

import { revalidateTag } from 'next/cache'

const TAG = /^(cms|municipalities|m:[a-z0-9][a-z0-9-]{0,62})$/

/** The shared secret; in development the same fixed value as the CMS's, so `npm run dev` just works. */
const secret = () =>
  process.env.PORTAL_REVALIDATE_SECRET ||
  (process.env.NODE_ENV === 'production' ? undefined : 'e-muni-development-revalidation-secret')

const secretMatches = (given: string | null) => {
  const expected = secret()
  if (!expected || !given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

export async function POST(request: Request) {
  if (!secret())
    return Response.json(
      { error: 'Revalidation is not configured (PORTAL_REVALIDATE_SECRET is unset).' },
      { status: 503 },
    )
  const auth = request.headers.get('authorization')
  if (!secretMatches(auth?.startsWith('Bearer ') ? auth.slice(7) : null))
    return Response.json({ error: 'Wrong or missing revalidation secret.' }, { status: 401 })
  let body: unknown
  try {
    body = await request.json()
  } catch {
    return Response.json({ error: 'The body must be JSON: { "tags": ["m:<municipality>"] }.' }, { status: 400 })
  }
  const tags = (body as { tags?: unknown })?.tags
  if (
    !Array.isArray(tags) ||
    tags.length === 0 ||
    tags.length > 50 ||
    !tags.every((t) => typeof t === 'string' && TAG.test(t))
  )
    return Response.json(
      { error: 'tags must be a non-empty list of "cms", "municipalities" or "m:<municipality slug>".' },
      { status: 400 },
    )
  for (const tag of tags as string[]) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: tags, now: Date.now() })
}
