/**
 * Resolution times and satisfaction (`/services/statistics`): for each service, over the last 12 months, the
 * requests received, those decided, the median days to a decision, the share decided within the legal maximum
 * and the requesters' mean rating. Figures only (lib/statistics.ts): nothing about any one request or person.
 */
import Link from 'next/link'

import {
  Breadcrumbs,
  cmsQuery,
  Empty,
  municipalityTag,
  PageHeader,
  type PortalPage,
  type PortalPageProps,
} from '@e-muni/sdk/portal'

import { serviceHref } from './data'
import { ServicesStatisticsDocument } from './gql'

async function StatisticsPage({ portal }: PortalPageProps) {
  const { t, base, municipality, lang } = portal
  const data = await cmsQuery(
    ServicesStatisticsDocument,
    { municipality: municipality.slug },
    // Requests and ratings do not expire the portal's cache (the portal shows no request publicly): figures
    // over 12 months may be a quarter of an hour old.
    { tags: [municipalityTag(municipality.slug)], revalidate: 900, lang },
  )
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 })
  const rows = data.serviceStatistics
  return (
    <>
      <Breadcrumbs
        label={t('core.breadcrumbs')}
        items={[
          { href: base, label: t('core.nav.home') },
          { href: `${base}/services`, label: t('services.title') },
          { label: t('services.stats.title') },
        ]}
      />
      <PageHeader title={t('services.stats.title')} lead={t('services.stats.intro')} />
      {rows.length ? (
        <table className="table" data-statistics>
          <caption>{t('services.stats.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('services.stats.service')}</th>
              <th scope="col">{t('services.stats.maximum')}</th>
              <th scope="col">{t('services.stats.requests')}</th>
              <th scope="col">{t('services.stats.decided')}</th>
              <th scope="col">{t('services.stats.median')}</th>
              <th scope="col">{t('services.stats.inTime')}</th>
              <th scope="col">{t('services.stats.satisfaction')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code}>
                <th scope="row">
                  <Link href={serviceHref(base, row.code)}>{row.name ?? row.code}</Link>
                </th>
                <td data-label={t('services.stats.maximum')}>
                  {row.maxBusinessDays === null ? '—' : t('services.catalogue.days', { n: row.maxBusinessDays })}
                </td>
                <td data-label={t('services.stats.requests')}>{number.format(row.requestsLast12Months)}</td>
                <td data-label={t('services.stats.decided')}>{number.format(row.resolvedLast12Months)}</td>
                <td data-label={t('services.stats.median')}>
                  {row.medianResolutionDays === null
                    ? '—'
                    : t('services.stats.days', { n: number.format(row.medianResolutionDays) })}
                </td>
                <td data-label={t('services.stats.inTime')}>
                  {row.resolvedLast12Months
                    ? percent.format(row.resolvedWithinMaximum / row.resolvedLast12Months)
                    : '—'}
                </td>
                <td data-label={t('services.stats.satisfaction')}>
                  {row.averageRating === null
                    ? t('services.stats.noRatings')
                    : t('services.stats.rating', { score: number.format(row.averageRating), n: row.ratings })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Empty>{t('services.catalogue.empty')}</Empty>
      )}
      <p className="meta">{t('services.stats.note')}</p>
    </>
  )
}

export const statisticsPage: PortalPage = {
  component: StatisticsPage,
  metadata: ({ portal }) => ({ title: portal.t('services.stats.title') }),
}
