/** The signed-in person's bids in this municipality, with their receipts (myBids). */
import Link from 'next/link'

import { AccountPageHeader, Empty, type PortalPage, type PortalPageProps, requirePerson } from '@e-muni/sdk/portal'

import { myBids } from './data'
import { ReceiptList } from './receipt'

async function MyBidsPage({ portal }: PortalPageProps) {
  const { t, base, municipality } = portal
  const { token } = await requirePerson(base, `${base}/account/bids`)
  const bids = await myBids(portal, token)
  return (
    <>
      <AccountPageHeader
        portal={portal}
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

export const myBidsPage: PortalPage = {
  component: MyBidsPage,
  metadata: ({ portal }) => ({ title: portal.t('procurement.myBids.title') }),
}
