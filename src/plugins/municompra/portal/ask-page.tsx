/** A registered supplier asks a question about a tender during its enquiry period (askClarification). */
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs, PageHeader, type PortalPage, type PortalPageProps, requirePerson } from '@e-muni/sdk/portal'

import { askClarification } from './actions'
import { inEnquiryPeriod, loadTender, myRegistration, when } from './data'
import { AskForm } from './forms'

async function AskPage({ portal, params }: PortalPageProps) {
  const { t, base, municipality } = portal
  const tender = await loadTender(portal, params.id)
  if (!tender) notFound()
  const path = `${base}/tenders/${encodeURIComponent(tender.reference)}`
  const { token } = await requirePerson(base, `${path}/ask`)
  const registration = await myRegistration(portal, token)
  const usable = registration && (registration.status === 'verified' || registration.status === 'pending')
  return (
    <>
      <Breadcrumbs
        label={t('core.breadcrumbs')}
        items={[
          { href: `${base}/tenders`, label: t('procurement.title') },
          { href: path, label: tender.reference },
          { label: t('procurement.tender.ask') },
        ]}
      />
      <PageHeader title={t('procurement.ask.title', { reference: tender.reference })} lead={tender.title} />
      {!inEnquiryPeriod(tender) ? (
        <p className="notice">
          {t('procurement.ask.closed')} {t('procurement.tender.enquiryDeadline')}:{' '}
          {when(portal, tender.enquiryDeadline)}.
        </p>
      ) : !registration ? (
        <p className="notice">
          {t('procurement.supplier.none')}{' '}
          <Link href={`${base}/tenders/register`}>{t('procurement.register.link')}</Link>
        </p>
      ) : !usable ? (
        <p className="notice">
          {t('procurement.supplier.state', { status: t(`procurement.supplier.${registration.status}`) })}
        </p>
      ) : (
        <AskForm
          action={askClarification}
          slug={municipality.slug}
          lang={portal.lang}
          tender={tender.reference}
          labels={{
            question: t('procurement.ask.question'),
            hint: t('procurement.ask.hint'),
            submit: t('procurement.ask.submit'),
            required: t('core.required'),
            sending: t('core.sending'),
            errors: t('core.formErrors'),
          }}
        />
      )}
      <p>
        <Link href={path}>{t('procurement.bid.back')}</Link>
      </p>
    </>
  )
}

export const askPage: PortalPage = {
  component: AskPage,
  metadata: ({ portal, params }) => ({
    title: portal.t('procurement.ask.title', { reference: decodeURIComponent(params.id).toUpperCase() }),
  }),
}
