/**
 * Parts of the public tender page: a list of terms and values, the linked documents, and a contract
 * (its terms, documents, milestones and payments).
 */
import type { ReactNode } from 'react'

import { Empty, fileUrl, type Portal } from '@e-muni/sdk/portal'

import { money, when } from './data'
import type { ProcurementTenderExtrasQuery } from './gql'
import styles from './tenders.module.css'

export type Contract = NonNullable<ProcurementTenderExtrasQuery['Contracts']>['docs'][number]

export const Facts = ({ rows }: { rows: [string, ReactNode][] }) => (
  <dl className={styles.facts}>
    {rows
      .filter(([, value]) => value !== '' && value !== null && value !== undefined)
      .map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
  </dl>
)

type Doc = {
  id?: string | null
  title?: string | null
  file?: { url?: string | null; filename?: string | null } | null
}

export function Documents({ docs, empty }: { docs: Doc[]; empty: string }) {
  const linked = docs.filter((d) => d.file?.url)
  if (!linked.length) return empty ? <Empty>{empty}</Empty> : null
  return (
    <ul>
      {linked.map((d) => (
        <li key={d.id}>
          <a href={fileUrl(d.file!.url)}>{d.title || d.file!.filename}</a>
          {d.file!.filename ? ` (${d.file!.filename})` : ''}
        </li>
      ))}
    </ul>
  )
}

/** A contract of the tender: its terms, documents, milestones and payments. */
export function ContractSection({ portal, contract }: { portal: Portal; contract: Contract }) {
  const { t } = portal
  return (
    <section aria-labelledby={`contract-${contract.id}`}>
      <h2 id={`contract-${contract.id}`}>
        {t('procurement.tender.contract')}: {contract.title}
      </h2>
      <Facts
        rows={[
          [t('procurement.tender.contractSupplier'), contract.supplierName],
          [t('procurement.tender.contractValue'), money(portal, contract.value, contract.currency)],
          [t('procurement.tender.contractStatus'), contract.status ? t(`procurement.contract.${contract.status}`) : ''],
          [t('procurement.tender.signedAt'), when(portal, contract.signedAt, false)],
          [
            t('procurement.tender.period'),
            contract.period?.start
              ? t('procurement.tender.periodRange', {
                  start: when(portal, contract.period.start, false),
                  end: when(portal, contract.period.end, false),
                })
              : '',
          ],
        ]}
      />
      {contract.documents?.length ? <Documents docs={contract.documents} empty="" /> : null}
      {contract.milestones?.length ? (
        <table className="table">
          <caption>{t('procurement.tender.milestones')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('procurement.tender.item')}</th>
              <th scope="col">{t('procurement.tender.due')}</th>
              <th scope="col">{t('procurement.tender.contractStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {contract.milestones.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.title}</th>
                <td data-label={t('procurement.tender.due')}>{when(portal, m.dueDate, false)}</td>
                <td data-label={t('procurement.tender.contractStatus')}>
                  {m.status ? t(`procurement.milestone.${m.status}`) : ''}
                  {m.dateMet ? ` (${when(portal, m.dateMet, false)})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {contract.payments?.length ? (
        <table className="table">
          <caption>{t('procurement.tender.payments')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('procurement.tender.paymentDescription')}</th>
              <th scope="col">{t('procurement.tender.paymentDate')}</th>
              <th scope="col">{t('procurement.tender.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {contract.payments.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.description}</th>
                <td data-label={t('procurement.tender.paymentDate')}>{when(portal, p.date, false)}</td>
                <td data-label={t('procurement.tender.amount')}>{money(portal, p.amount, contract.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
