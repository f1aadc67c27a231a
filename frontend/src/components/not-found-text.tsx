'use client'
/**
 * The 404 text in the portal's language. A not-found page gets no route params, so the language and the
 * portal base come from the address (`/m/{slug}/{lang}/…`).
 */
import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { isLocale, translator } from '@/lib/i18n'

export function NotFoundText() {
  const pathname = usePathname() ?? '/'
  const [, m, slug, lang] = pathname.split('/')
  const locale = isLocale(lang) ? lang : 'es'
  const t = translator(locale)
  const base = m === 'm' && slug ? `/m/${slug}/${locale}` : '/'
  return (
    <>
      {/* React hoists it into <head>: the page's metadata failed with the same 404. */}
      <title>{t('core.notFound.title')}</title>
      <h1>{t('core.notFound.title')}</h1>
      <p>{t('core.notFound.text')}</p>
      <p>
        <Link href={base}>{t('core.notFound.home')}</Link>
      </p>
    </>
  )
}
