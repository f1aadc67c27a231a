/**
 * The signed-in supplier's bid for a tender: before the deadline the form (amount, note, files) — a new
 * submission replaces the previous one — and withdrawal; the receipt of the current bid whenever there is one.
 * After the deadline no form is offered (and the CMS refuses a late POST with its 409 message).
 */
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs, PageHeader, type PortalPage, type PortalPageProps, requirePerson } from '@e-muni/sdk/portal'

import { submitBid, withdrawBid } from './actions'
import { loadTender, myBids, myRegistration, takesBids, when } from './data'
import { BidForm, WithdrawForm } from './forms'
import { ReceiptTable } from './receipt'

async function BidPage({ portal, params, searchParams }: PortalPageProps) {
  const { t, base, municipality } = portal
  const tender = await loadTender(portal, params.id)
  if (!tender) notFound()
  const path = `${base}/tenders/${encodeURIComponent(tender.reference)}`
  const { token } = await requirePerson(base, `${path}/bid`)
  const [registration, bids] = await Promise.all([myRegistration(portal, token), myBids(portal, token)])
  const mine = bids.find((b) => b.tender === tender.reference)
  const standing = mine?.status === 'submitted'
  const open = takesBids(tender)
  const { sent, withdrawn } = searchParams
  const currency = tender.value?.currency || municipality.currency || 'USD'
  const labels = {
    amount: t('procurement.bid.amount', { currency }),
    amountHint: t('procurement.bid.amountHint'),
    note: t('procurement.bid.note'),
    documents: t('procurement.bid.documents'),
    documentsHint: t('procurement.bid.documentsHint'),
    submit: t(standing ? 'procurement.bid.replace' : 'procurement.bid.submit'),
    withdraw: t('procurement.bid.withdraw'),
    required: t('core.required'),
    sending: t('core.sending'),
    errors: t('core.formErrors'),
  }
  const hidden = { slug: municipality.slug, lang: portal.lang }
  return (
    <>
      <Breadcrumbs
        label={t('core.breadcrumbs')}
        items={[
          { href: `${base}/tenders`, label: t('procurement.title') },
          { href: path, label: tender.reference },
          { label: t('procurement.bid.current') },
        ]}
      />
      <PageHeader title={t('procurement.bid.title', { reference: tender.reference })} lead={tender.title} />
      {sent && standing ? (
        <p role="status" className="notice notice-success">
          {t('procurement.bid.sent')}
        </p>
      ) : null}
      {withdrawn && mine?.status === 'withdrawn' ? (
        <p role="status" className="notice notice-success">
          {t('procurement.bid.withdrawn')}
        </p>
      ) : null}

      {mine ? (
        <section aria-labelledby="bid-receipt">
          <h2 id="bid-receipt">{t('procurement.receipt.title')}</h2>
          <ReceiptTable portal={portal} receipt={mine} />
        </section>
      ) : null}

      {!open ? (
        <p className="notice">
          {t('procurement.bid.closed')} {t('procurement.tender.submissionDeadline')}:{' '}
          {when(portal, tender.submissionDeadline)}.
        </p>
      ) : !registration ? (
        <p className="notice">
          {t('procurement.supplier.none')}{' '}
          <Link href={`${base}/tenders/register`}>{t('procurement.register.link')}</Link>
        </p>
      ) : registration.status !== 'verified' ? (
        <p className="notice">
          {t('procurement.supplier.notVerified')}{' '}
          {t('procurement.supplier.state', { status: t(`procurement.supplier.${registration.status}`) })}
        </p>
      ) : (
        <section aria-labelledby="bid-form">
          <h2 id="bid-form">{standing ? t('procurement.bid.replace') : t('procurement.bid.current')}</h2>
          <p>{t('procurement.bid.deadline', { date: when(portal, tender.submissionDeadline) })}</p>
          <p>{t('procurement.bid.sealed')}</p>
          {standing ? <p>{t('procurement.bid.replaceHint')}</p> : null}
          <BidForm action={submitBid} {...hidden} labels={labels} tender={tender.reference} currency={currency} />
          {standing ? (
            <>
              <h2>{t('procurement.bid.withdraw')}</h2>
              <WithdrawForm action={withdrawBid} {...hidden} labels={labels} tender={tender.reference} />
            </>
          ) : null}
        </section>
      )}
      <p>
        <Link href={path}>{t('procurement.bid.back')}</Link>
      </p>
    </>
  )
}

export const bidPage: PortalPage = {
  component: BidPage,
  metadata: ({ portal, params }) => ({
    title: portal.t('procurement.bid.title', { reference: decodeURIComponent(params.id).toUpperCase() }),
  }),
}
