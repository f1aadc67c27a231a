/**
 * The platform's own address (a host that is no municipality's domain): the list of municipalities on
 * this installation, each linking to its portal in its own language.
 */
import Link from 'next/link'

import { cmsQuery } from '@e-muni/sdk/portal'

import { MunicipalityDomainsDocument } from '@/gql/graphql'
import { LANGUAGE_NAMES, isLocale } from '@/lib/i18n'

// Read at request time (never at build time, when the CMS may not be running).
export const dynamic = 'force-dynamic'

export default async function Directory() {
  const data = await cmsQuery(MunicipalityDomainsDocument, {}, { tags: ['municipalities'] })
  const list = data.Municipalities?.docs ?? []
  return (
    <>
      <h1>e-Muni</h1>
      <p>
        Portales municipales · <span lang="pt">Portais municipais</span> · <span lang="en">Municipal portals</span> ·{' '}
        <span lang="fr">Portails municipaux</span>
      </p>
      <ul>
        {list.map((m) => {
          const lang = isLocale(m.defaultLocale) ? m.defaultLocale : 'es'
          return (
            <li key={m.slug}>
              <Link href={`/m/${m.slug}/${lang}`} lang={lang}>
                {m.name}
              </Link>{' '}
              ({LANGUAGE_NAMES[lang]})
            </li>
          )
        })}
      </ul>
    </>
  )
}
