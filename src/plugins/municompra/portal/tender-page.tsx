/**
 * A tender, public: description, dates in the municipality's time zone, items, documents, amendments,
 * answered questions (never who asked), the opening record, the award, the contracts, and its OCDS record.
 * It reads no cookie (cacheable): the actions link to pages that ask the person to sign in.
 */
import Link from 'next/link'
import { notFound } from 'next/navigation'

import {
  Breadcrumbs,
  cmsPublicUrl,
  cmsQuery,
  Empty,
  langOf,
  Localized,
  municipalityTag,
  PageHeader,
  type Portal,
  type PortalPage,
  type PortalPageProps,
} from '@e-muni/sdk/portal'

import { inEnquiryPeriod, loadTender, money, takesBids, when } from './data'
import { ProcurementTenderExtrasDocument } from './gql'
import { ContractSection, Documents, Facts } from './tender-sections'
import styles from './tenders.module.css'

async function TenderPage({ portal, params }: PortalPageProps) {
  const { t, base, municipality } = portal
  const tender = await loadTender(portal, params.id)
  if (!tender) notFound()
  const extras = await cmsQuery(
    ProcurementTenderExtrasDocument,
    { tender: tender.id, locale: portal.lang },
    { tags: [municipalityTag(municipality.slug)] },
  )
  const clarifications = extras.Clarifications?.docs ?? []
  const contracts = extras.Contracts?.docs ?? []
  const path = `${base}/tenders/${encodeURIComponent(tender.reference)}`
  const asking = inEnquiryPeriod(tender)
  const bidding = takesBids(tender)
  const opened = Boolean(tender.openedAt)
  return (
    <>
      <Breadcrumbs
        label={t('core.breadcrumbs')}
        items={[
          { href: base, label: t('core.nav.home') },
          { href: `${base}/tenders`, label: t('procurement.title') },
          { label: tender.reference },
        ]}
      />
      <PageHeader
        title={tender.title ?? tender.reference}
        lang={tender.title ? langOf(tender, 'title') : undefined}
        lead={tender.description ? <Localized value={tender.description} lang={langOf(tender, 'description')} /> : null}
      />

      <section aria-labelledby="tender-summary">
        <h2 id="tender-summary">{t('procurement.tender.summary')}</h2>
        <Facts
          rows={[
            [t('procurement.tender.reference'), tender.reference],
            [t('procurement.tender.status'), <span className="badge">{t(`procurement.status.${tender.status}`)}</span>],
            [t('procurement.tender.method'), t(`procurement.method.${tender.method}`)],
            [t('procurement.tender.category'), t(`procurement.category.${tender.category}`)],
            [
              t('procurement.tender.criteria'),
              tender.awardCriteria ? t(`procurement.criteria.${tender.awardCriteria}`) : '',
            ],
            [t('procurement.tender.value'), money(portal, tender.value?.amount, tender.value?.currency)],
            [t('procurement.tender.bidCount'), tender.bidCount ?? 0],
          ]}
        />
      </section>

      <section aria-labelledby="tender-dates">
        <h2 id="tender-dates">{t('procurement.tender.dates')}</h2>
        <Facts
          rows={[
            [t('procurement.tender.published'), when(portal, tender.publishedAt)],
            [t('procurement.tender.enquiryDeadline'), when(portal, tender.enquiryDeadline)],
            [t('procurement.tender.submissionDeadline'), when(portal, tender.submissionDeadline)],
            [t('procurement.tender.openingAt'), when(portal, tender.openingAt)],
          ]}
        />
        <p className="meta">{t('procurement.tender.timezone', { zone: municipality.timezone ?? 'UTC' })}</p>
      </section>

      {asking || bidding ? (
        <section aria-labelledby="tender-actions" className="cta">
          <h2 id="tender-actions">{t('procurement.tender.actions')}</h2>
          <p className={styles.actions}>
            {bidding ? (
              <Link className="button" href={`${path}/bid`}>
                {t('procurement.tender.bid')}
              </Link>
            ) : null}
            {asking ? (
              <Link className="button button-secondary" href={`${path}/ask`}>
                {t('procurement.tender.ask')}
              </Link>
            ) : null}
          </p>
          <p>
            {t('procurement.tender.actionsHint', { municipality: municipality.name })}{' '}
            <Link href={`${base}/tenders/register`}>{t('procurement.register.link')}</Link>
          </p>
        </section>
      ) : null}

      {tender.items?.length ? (
        <section aria-labelledby="tender-items">
          <h2 id="tender-items">{t('procurement.tender.items')}</h2>
          <table className="table">
            <caption className="visually-hidden">{t('procurement.tender.items')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('procurement.tender.item')}</th>
                <th scope="col">{t('procurement.tender.quantity')}</th>
                <th scope="col">{t('procurement.tender.unit')}</th>
                <th scope="col">{t('procurement.tender.classification')}</th>
              </tr>
            </thead>
            <tbody>
              {tender.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{item.description}</th>
                  <td data-label={t('procurement.tender.quantity')}>{item.quantity?.toLocaleString(portal.lang)}</td>
                  <td data-label={t('procurement.tender.unit')}>{item.unit}</td>
                  <td data-label={t('procurement.tender.classification')}>
                    {[item.classificationScheme, item.classificationId].filter(Boolean).join(' ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <section aria-labelledby="tender-documents">
        <h2 id="tender-documents">{t('procurement.tender.documents')}</h2>
        <Documents docs={tender.documents ?? []} empty={t('procurement.tender.noDocuments')} />
      </section>

      {tender.amendments?.length ? (
        <section aria-labelledby="tender-amendments">
          <h2 id="tender-amendments">{t('procurement.tender.amendments')}</h2>
          <ul>
            {tender.amendments.map((a) => (
              <li key={a.id}>
                {t('procurement.tender.amendment', { date: when(portal, a.at), fields: a.fields ?? '' })}
                {a.rationale ? <p>{a.rationale}</p> : null}
                {a.newDeadline && a.newDeadline !== a.previousDeadline ? (
                  <p>{t('procurement.tender.newDeadline', { date: when(portal, a.newDeadline) })}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="tender-clarifications">
        <h2 id="tender-clarifications">{t('procurement.tender.clarifications')}</h2>
        {clarifications.length ? (
          <dl className={styles.qa}>
            {clarifications.map((c) => (
              <div key={c.id}>
                <dt>
                  {t('procurement.tender.question')}: {c.question}
                </dt>
                <dd>
                  {t('procurement.tender.answer')}: {c.answer}
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <Empty>{t('procurement.tender.noClarifications')}</Empty>
        )}
      </section>

      {opened ? (
        <section aria-labelledby="tender-opening">
          <h2 id="tender-opening">{t('procurement.tender.opening')}</h2>
          <p>{t('procurement.tender.openedAt', { date: when(portal, tender.openedAt) })}</p>
          {tender.openingRecord?.length ? (
            <table className="table">
              <caption className="visually-hidden">{t('procurement.tender.opening')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('procurement.tender.bidder')}</th>
                  <th scope="col">{t('procurement.tender.taxId')}</th>
                  <th scope="col">{t('procurement.tender.amount')}</th>
                  <th scope="col">{t('procurement.tender.submittedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {tender.openingRecord.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.supplierName}</th>
                    <td data-label={t('procurement.tender.taxId')}>{row.taxId}</td>
                    <td data-label={t('procurement.tender.amount')}>{money(portal, row.amount, row.currency)}</td>
                    <td data-label={t('procurement.tender.submittedAt')}>{when(portal, row.submittedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <Empty>{t('procurement.tender.noBids')}</Empty>
          )}
        </section>
      ) : null}

      {tender.award && (tender.award.supplierName || tender.award.reasons) ? (
        <section aria-labelledby="tender-award">
          <h2 id="tender-award">{t('procurement.tender.award')}</h2>
          <Facts
            rows={[
              [t('procurement.tender.awardSupplier'), tender.award.supplierName],
              [t('procurement.tender.awardValue'), money(portal, tender.award.value, tender.value?.currency)],
              [t('procurement.tender.awardDate'), when(portal, tender.award.date, false)],
              [t('procurement.tender.awardReasons'), tender.award.reasons],
            ]}
          />
        </section>
      ) : null}

      {contracts.map((contract) => (
        <ContractSection key={contract.id} portal={portal} contract={contract} />
      ))}

      {tender.ocid ? (
        <p>
          <a href={ocdsRecordUrl(portal, tender.ocid)} type="application/json">
            {t('procurement.tender.ocds')}
          </a>
        </p>
      ) : null}
    </>
  )
}

const ocdsRecordUrl = (portal: Portal, ocid: string) =>
  `${cmsPublicUrl()}/api/ocds/${portal.municipality.slug}/records/${encodeURIComponent(ocid)}.json`

export const tenderPage: PortalPage = {
  component: TenderPage,
  metadata: async ({ portal, params }) => {
    const tender = await loadTender(portal, params.id)
    return { title: tender ? `${tender.reference} · ${tender.title ?? ''}` : portal.t('procurement.title') }
  },
}
