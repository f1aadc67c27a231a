/** The home page's highlight of MuniCompra: up to three open tenders, the nearest deadline first. */
import Link from 'next/link'

import { Card, cmsQuery, Empty, langOf, municipalityTag, type Portal } from '@e-muni/sdk/portal'

import { money, when } from './data'
import { ProcurementTendersDocument } from './gql'

export async function TendersHighlight({ portal }: { portal: Portal }) {
  const { t, base, municipality } = portal
  const data = await cmsQuery(
    ProcurementTendersDocument,
    {
      where: { tenant: { equals: municipality.id }, status: { equals: 'published' } },
      limit: 3,
      sort: 'submissionDeadline',
      locale: portal.lang,
    },
    { tags: [municipalityTag(municipality.slug)] },
  )
  const tenders = data.Tenders?.docs ?? []
  return (
    <section aria-labelledby="home-tenders">
      <h2 id="home-tenders">{t('procurement.highlight.title')}</h2>
      {tenders.length ? (
        <div className="grid">
          {tenders.map((tender) => (
            <Card
              key={tender.id}
              title={tender.title ?? tender.reference}
              lang={tender.title ? langOf(tender, 'title') : undefined}
              href={`${base}/tenders/${encodeURIComponent(tender.reference)}`}
              meta={`${tender.reference} · ${t(`procurement.category.${tender.category}`)}`}
            >
              <p>{t('procurement.highlight.closes', { date: when(portal, tender.submissionDeadline) })}</p>
              <p>{money(portal, tender.value?.amount, tender.value?.currency)}</p>
            </Card>
          ))}
        </div>
      ) : (
        <Empty>{t('procurement.highlight.none')}</Empty>
      )}
      <p>
        <Link href={`${base}/tenders`}>{t('procurement.highlight.all')}</Link>
      </p>
    </section>
  )
}
