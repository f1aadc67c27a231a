/** "My proposals": the signed-in person's proposals in this municipality, whatever their moderation state. */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs, Empty, PageHeader } from '@/components/ui'
import { ParticipationMyProposalsDocument } from '@/gql/graphql'
import { cmsQuery } from '@/lib/cms'
import { formatDate } from '@/lib/i18n'
import { loadPortal } from '@/lib/municipality'
import { requirePerson } from '@/lib/session'

type Props = { params: Promise<{ slug: string; lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params
  return { title: (await loadPortal(slug, lang)).t('participation.my.title'), robots: { index: false } }
}

export default async function MyProposalsPage({ params }: Props) {
  const { slug, lang } = await params
  const portal = await loadPortal(slug, lang)
  if (!portal.has('muniparticipa')) notFound()
  const { t, base, municipality } = portal
  const { person, token } = await requirePerson(base, `${base}/account/proposals`)
  const data = await cmsQuery(
    ParticipationMyProposalsDocument,
    { municipality: municipality.id, author: person.id, locale: portal.lang },
    { token },
  )
  const proposals = data.Proposals?.docs ?? []
  return (
    <>
      <Breadcrumbs
        label={t('core.breadcrumbs')}
        items={[
          { href: base, label: t('core.nav.home') },
          { href: `${base}/account`, label: t('core.nav.account') },
          { label: t('participation.my.title') },
        ]}
      />
      <PageHeader title={t('participation.my.title')} />
      {proposals.length ? (
        <table className="table">
          <caption>{t('participation.my.caption', { municipality: municipality.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('participation.my.proposal')}</th>
              <th scope="col">{t('participation.my.process')}</th>
              <th scope="col">{t('participation.my.status')}</th>
              <th scope="col">{t('participation.my.supports')}</th>
              <th scope="col">{t('participation.my.date')}</th>
            </tr>
          </thead>
          <tbody>
            {proposals.map((p) => {
              const processUrl = p.process ? `${base}/participation/${p.process.slug}` : undefined
              return (
                <tr key={p.id}>
                  <th scope="row">
                    {p.status === 'published' && processUrl ? (
                      <Link href={`${processUrl}/proposals/${p.id}`}>{p.title}</Link>
                    ) : (
                      p.title
                    )}
                  </th>
                  <td>{processUrl ? <Link href={processUrl}>{p.process?.title ?? p.process?.slug}</Link> : ''}</td>
                  <td>
                    {t(`participation.status.${p.status ?? 'pending'}`)}
                    {p.status === 'rejected' || p.status === 'hidden' ? (
                      p.transitionComment ? (
                        <p className="meta">{p.transitionComment}</p>
                      ) : null
                    ) : null}
                  </td>
                  <td>{p.supportCount ?? 0}</td>
                  <td>{formatDate(portal.lang, p.createdAt, municipality.timezone ?? undefined)}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : (
        <Empty>{t('participation.my.empty')}</Empty>
      )}
    </>
  )
}
