/** A registered supplier asks a question about a tender during its enquiry period (askClarification). */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs, PageHeader } from '@/components/ui'
import { loadPortal } from '@/lib/municipality'
import { requirePerson } from '@/lib/session'

import { askClarification } from '../../actions'
import { inEnquiryPeriod, loadTender, myRegistration, when } from '../../data'
import { AskForm } from '../../forms'

type Props = { params: Promise<{ slug: string; lang: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang, id } = await params
  const portal = await loadPortal(slug, lang)
  return { title: portal.t('procurement.ask.title', { reference: decodeURIComponent(id).toUpperCase() }) }
}

export default async function AskPage({ params }: Props) {
  const { slug, lang, id } = await params
  const portal = await loadPortal(slug, lang)
  const { t, base, municipality } = portal
  const tender = await loadTender(portal, id)
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
