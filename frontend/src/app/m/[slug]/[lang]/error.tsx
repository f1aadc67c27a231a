'use client'
/** When a page cannot be shown (the CMS is down, say): a message in the portal's language and a retry. */
import { usePathname } from 'next/navigation'

import { isLocale, translator } from '@/lib/i18n'

export default function PortalError({ reset }: { error: Error; reset: () => void }) {
  const lang = (usePathname() ?? '').split('/')[3]
  const t = translator(isLocale(lang) ? lang : 'es')
  return (
    <>
      <h1>{t('core.error.title')}</h1>
      <p>{t('core.error.text')}</p>
      <button type="button" onClick={() => reset()}>
        {t('core.error.retry')}
      </button>
    </>
  )
}
