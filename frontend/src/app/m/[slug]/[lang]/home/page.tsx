/**
 * The home on a municipality's own domain (`src/proxy.ts` serves `/` and `/{lang}` there from here): the same
 * page, rendered at request time so that its canonical and `hreflang` addresses are that domain's. The
 * platform's `/m/{slug}/{lang}` stays in the full-route cache.
 */
import type { Metadata } from 'next'

import { loadPortal } from '@/lib/municipality'
import { pageMetadata } from '@/lib/site'

export { default } from '../page'

export const dynamic = 'force-dynamic'

export async function generateMetadata({
  params,
}: {
  params: Promise<{ slug: string; lang: string }>
}): Promise<Metadata> {
  const { slug, lang } = await params
  const { municipality, lang: locale } = await loadPortal(slug, lang)
  return pageMetadata(municipality, locale, '')
}
