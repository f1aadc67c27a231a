/** "My requests": the signed-in person's service requests in this municipality (MuniServi). */
import Link from 'next/link'

import {
  AccountPageHeader,
  cmsQuery,
  Empty,
  type PortalPage,
  type PortalPageProps,
  requirePerson,
} from '@e-muni/sdk/portal'
import { formatDate } from '@e-muni/sdk/portal/i18n'

import { ServicesMineDocument } from './gql'

async function MyRequestsPage({ portal }: PortalPageProps) {
  const { t, base, municipality } = portal
  const { token } = await requirePerson(base, `${base}/account/requests`)
  const data = await cmsQuery(ServicesMineDocument, { municipality: municipality.slug }, { token, lang: portal.lang })
  const requests = data.myServiceRequests
  return (
    <>
      <AccountPageHeader portal={portal} title={t('services.mine.title')} />
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
                <td data-label={t('services.mine.service')}>{r.service?.name ?? r.service?.code}</td>
                <td data-label={t('services.mine.status')}>
                  {r.statusLabel ?? r.status}
                  {r.overdue ? ` · ${t('services.track.overdue')}` : ''}
                </td>
                <td data-label={t('services.mine.date')}>
                  {formatDate(portal.lang, r.submittedAt, municipality.timezone)}
                </td>
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

export const requestsPage: PortalPage = {
  component: MyRequestsPage,
  metadata: ({ portal }) => ({ title: portal.t('services.mine.title'), robots: { index: false } }),
}
