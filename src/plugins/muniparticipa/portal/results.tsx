/** Result tables of closed polls and budgets (server components). */
import type { Portal } from '@e-muni/sdk/portal'

import { money, type BudgetResults, type PollResults } from './data'
import styles from './participation.module.css'

const percent = (portal: Portal, part: number, whole: number) =>
  new Intl.NumberFormat(portal.lang, { style: 'percent', maximumFractionDigits: 1 }).format(whole ? part / whole : 0)

export function PollResultsTables({ portal, results }: { portal: Portal; results: PollResults }) {
  const { t } = portal
  return (
    <>
      <p>{t('participation.results.ballots', { n: results.ballots })}</p>
      {results.questions.map((q, i) => {
        const total = q.options.reduce((s, o) => s + o.votes, 0)
        return (
          <table key={i} className="table">
            <caption>{q.text}</caption>
            <thead>
              <tr>
                <th scope="col">{t('participation.results.option')}</th>
                <th scope="col">{t('participation.results.votes')}</th>
                <th scope="col">{t('participation.results.share')}</th>
              </tr>
            </thead>
            <tbody>
              {q.options.map((o, j) => (
                <tr key={j}>
                  <th scope="row">{o.label}</th>
                  <td data-label={t('participation.results.votes')}>{o.votes}</td>
                  <td data-label={t('participation.results.share')}>
                    {percent(portal, o.votes, total)}
                    <span
                      className={styles.bar}
                      style={{ width: `${total ? (100 * o.votes) / total : 0}%` }}
                      aria-hidden="true"
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      })}
    </>
  )
}

export function BudgetResultsTable({
  portal,
  results,
  caption,
}: {
  portal: Portal
  results: BudgetResults
  caption: string
}) {
  const { t } = portal
  return (
    <>
      <p>
        {t('participation.results.ballots', { n: results.ballots })} ·{' '}
        {t('participation.budget.unassigned', { amount: money(portal, results.remaining) })}
      </p>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('participation.budget.project')}</th>
            <th scope="col">{t('participation.results.votes')}</th>
            <th scope="col">{t('participation.budget.costColumn')}</th>
            <th scope="col">{t('participation.budget.selected')}</th>
          </tr>
        </thead>
        <tbody>
          {results.projects.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.title}</th>
              <td data-label={t('participation.results.votes')}>{p.votes}</td>
              <td data-label={t('participation.budget.costColumn')}>{money(portal, p.cost)}</td>
              <td data-label={t('participation.budget.selected')}>
                {p.selected ? <strong>{t('participation.budget.yes')}</strong> : t('participation.budget.no')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
