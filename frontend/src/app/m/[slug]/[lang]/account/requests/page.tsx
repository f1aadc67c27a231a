/** "My requests": the signed-in person's service requests in this municipality (MuniServi). */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs, Empty, PageHeader } from '@/components/ui'
import { ServicesMineDocument } from '@/gql/graphql'
import { cmsQuery } from '@/lib/cms'
import { formatDate } from '@/lib/i18n'
import { loadPortal } from '@/lib/municipality'
import { requirePerson } from '@/lib/session'

type Props = { params: Promise<{ slug: string; lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params
  return { title: (await loadPortal(slug, lang)).t('services.mine.title'), robots: { index: false } }
}

export default async function MyRequestsPage({ params }: Props) {
  const { slug, lang } = await params
  const portal = await loadPortal(slug, lang)
  if (!portal.has('muniservi')) notFound()
  const { t, base, municipality } = portal
  const { token } = await requirePerson(base, `${base}/account/requests`)
  const data = await cmsQuery(ServicesMineDocument, { municipality: municipality.slug }, { token, lang: portal.lang })
  const requests = data.myServiceRequests
  return (
    <>
      <Breadcrumbs
        label={t('core.breadcrumbs')}
        items={[
          { href: base, label: t('core.nav.home') },
          { href: `${base}/account`, label: t('core.nav.account') },
          { label: t('services.mine.title') },
        ]}
      />
      <PageHeader title={t('services.mine.title')} />
      {requests.length ? (
        <table className="table">
          <caption>{t('services.mine.caption', { municipality: municipality.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('services.mine.code')}</th>
              <th scope="col">{t('services.mine.service')}</th>
              <th scope="col">{t('services.mine.status')}</th>
              <th scope="col">{t('services.mine.date')}</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <tr key={r.trackingCode}>
                <th scope="row">
                  <Link href={`${base}/services/track?code=${encodeURIComponent(r.trackingCode)}`}>
                    {r.trackingCode}
                  </Link>
                </th>
                <td>{r.service?.name ?? r.service?.code}</td>
                <td>
                  {r.statusLabel ?? r.status}
                  {r.overdue ? ` · ${t('services.track.overdue')}` : ''}
                </td>
                <td>{formatDate(portal.lang, r.submittedAt, municipality.timezone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Empty>{t('services.mine.empty')}</Empty>
      )}
      <p>
        <Link href={`${base}/services`}>{t('services.mine.browse')}</Link>
      </p>
    </>
  )
}
