/** The signed-in person's bids in this municipality, with their receipts (myBids). */
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs, Empty, PageHeader } from '@/components/ui'
import { loadPortal } from '@/lib/municipality'
import { requirePerson } from '@/lib/session'

import { myBids } from '../../tenders/data'
import { ReceiptList } from '../../tenders/receipt'

type Props = { params: Promise<{ slug: string; lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params
  return { title: (await loadPortal(slug, lang)).t('procurement.myBids.title') }
}

export default async function MyBidsPage({ params }: Props) {
  const { slug, lang } = await params
  const portal = await loadPortal(slug, lang)
  const { t, base, municipality } = portal
  if (!portal.has('municompra')) notFound()
  const { token } = await requirePerson(base, `${base}/account/bids`)
  const bids = await myBids(portal, token)
  return (
    <>
      <Breadcrumbs
        label={t('core.breadcrumbs')}
        items={[{ href: `${base}/account`, label: t('core.nav.account') }, { label: t('procurement.myBids.title') }]}
      />
      <PageHeader
        title={t('procurement.myBids.title')}
        lead={t('procurement.myBids.intro', { municipality: municipality.name })}
      />
      {bids.length ? <ReceiptList portal={portal} receipts={bids} /> : <Empty>{t('procurement.myBids.empty')}</Empty>}
      <p>
        <Link href={`${base}/tenders`}>{t('procurement.title')}</Link>
      </p>
    </>
  )
}
