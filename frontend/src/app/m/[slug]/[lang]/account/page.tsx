/** The signed-in person's account: who they are, their requests, proposals and bids, and log-out. */
import type { Metadata } from 'next'
import Link from 'next/link'

import { PageHeader, requirePerson } from '@e-muni/sdk/portal'
import { moduleAccountLinks } from '@/lib/modules'
import { loadPortal } from '@/lib/municipality'
import { routeMetadata } from '@/lib/site'

import { logOut } from './actions'

type Props = { params: Promise<{ slug: string; lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params
  return routeMetadata(slug, lang, '/account', (await loadPortal(slug, lang)).t('account.title'))
}

export default async function AccountPage({ params }: Props) {
  const { slug, lang } = await params
  const portal = await loadPortal(slug, lang)
  const { t, base } = portal
  const { person } = await requirePerson(base, `${base}/account`)
  const links = moduleAccountLinks(portal)
  return (
    <>
      <PageHeader
        title={t('account.title')}
        lead={t('account.signedInAs', { name: person.name, email: person.email })}
      />
      {links.length ? (
        <nav aria-label={t('account.title')}>
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <form action={logOut}>
        <input type="hidden" name="slug" value={portal.municipality.slug} />
        <input type="hidden" name="lang" value={portal.lang} />
        <button type="submit" className="button-secondary button">
          {t('account.logout')}
        </button>
      </form>
    </>
  )
}
