/**
 * The 404 page for addresses outside any municipality's portal (an unknown municipality or language).
 * The language is unknown here, so the message is given in the four languages, each marked with its own.
 */
import '@/app/globals.css'

import type { Metadata } from 'next'

import { LOCALES, translator } from '@/lib/i18n'

export const metadata: Metadata = { title: '404 — e-Muni' }

export default function GlobalNotFound() {
  return (
    <html lang="es">
      <body>
        <main id="content" className="container">
          {LOCALES.map((lang) => {
            const t = translator(lang)
            return (
              <section key={lang} lang={lang}>
                {lang === 'es' ? <h1>{t('core.notFound.title')}</h1> : <h2>{t('core.notFound.title')}</h2>}
                <p>{t('core.notFound.text')}</p>
              </section>
            )
          })}
          <p>
            <a href="/">e-Muni</a>
          </p>
        </main>
      </body>
    </html>
  )
}
