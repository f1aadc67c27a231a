/** A bid receipt as the CMS gives it (bid id, server time, SHA-256 of the sealed content), and a list of them. */
import Link from 'next/link'
import type { ReactNode } from 'react'

import type { Portal } from '@e-muni/sdk/portal'

import { money, when } from './data'
import type { ProcurementMyBidsQuery } from './gql'
import styles from './tenders.module.css'

export type Receipt = ProcurementMyBidsQuery['myBids'][number]

const amountOf = (portal: Portal, r: Receipt) =>
  r.opened && r.amount != null ? money(portal, r.amount, r.currency) : portal.t('procurement.receipt.sealed')

export function ReceiptTable({ portal, receipt }: { portal: Portal; receipt: Receipt }) {
  const { t } = portal
  const rows: [string, ReactNode, string][] = [
    [t('procurement.receipt.bidId'), receipt.bidId, 'bidId'],
    [t('procurement.receipt.tender'), `${receipt.tender} · ${receipt.tenderTitle ?? ''}`, 'tender'],
    [t('procurement.receipt.status'), t(`procurement.bidStatus.${receipt.status}`), 'status'],
    [t('procurement.receipt.version'), receipt.version, 'version'],
    [
      t('procurement.receipt.submittedAt'),
      `${when(portal, receipt.submittedAt)} (${receipt.submittedAt})`,
      'submittedAt',
    ],
    [t('procurement.receipt.sha256'), <code className={styles.hash}>{receipt.sha256}</code>, 'sha256'],
    [t('procurement.receipt.amount'), amountOf(portal, receipt), 'amount'],
  ]
  return (
    <table className="table">
      <caption>{t('procurement.receipt.caption', { reference: receipt.tender })}</caption>
      <tbody>
        {rows.map(([label, value, key]) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td data-receipt={key}>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function ReceiptList({ portal, receipts }: { portal: Portal; receipts: Receipt[] }) {
  const { t, base } = portal
  return (
    <table className="table">
      <caption>{t('procurement.myBids.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('procurement.receipt.tender')}</th>
          <th scope="col">{t('procurement.receipt.status')}</th>
          <th scope="col">{t('procurement.receipt.bidId')}</th>
          <th scope="col">{t('procurement.receipt.submittedAt')}</th>
          <th scope="col">{t('procurement.receipt.sha256')}</th>
          <th scope="col">{t('procurement.receipt.amount')}</th>
        </tr>
      </thead>
      <tbody>
        {receipts.map((r) => (
          <tr key={r.bidId} data-bid={r.bidId}>
            <th scope="row">
              <Link href={`${base}/tenders/${encodeURIComponent(r.tender)}/bid`}>
                {r.tender} · {r.tenderTitle}
              </Link>
            </th>
            <td data-label={t('procurement.receipt.status')}>
              {t(`procurement.bidStatus.${r.status}`)} · {t('procurement.receipt.version')} {r.version}
            </td>
            <td data-label={t('procurement.receipt.bidId')}>{r.bidId}</td>
            <td data-label={t('procurement.receipt.submittedAt')}>{when(portal, r.submittedAt)}</td>
            <td data-label={t('procurement.receipt.sha256')}>
              <code className={styles.hash} data-receipt="sha256">
                {r.sha256}
              </code>
            </td>
            <td data-label={t('procurement.receipt.amount')}>{amountOf(portal, r)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
