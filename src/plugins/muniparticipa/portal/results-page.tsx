/** A process's results: closed polls and budgets, and the follow-up of what was decided (accountability). */
import {
  Breadcrumbs,
  cmsQuery,
  Empty,
  langOf,
  Localized,
  PageHeader,
  type PortalPage,
  type PortalPageProps,
  Sentence,
} from '@e-muni/sdk/portal'

import { loadProcess, processHref, publicRead, when, windowOf, type BudgetResults, type PollResults } from './data'
import { ParticipationResultsDocument } from './gql'
import { BudgetResultsTable, PollResultsTables } from './results'

async function ResultsPage({ portal, params: { process: processSlug } }: PortalPageProps) {
  const { t, base } = portal
  const { process } = await loadProcess(portal, processSlug)
  const vars = { municipality: portal.municipality.id, process: process.id, locale: portal.lang }
  let data = await cmsQuery(ParticipationResultsDocument, vars, publicRead(portal))
  const closed = () =>
    [...(data.Polls?.docs ?? []), ...(data.Budgets?.docs ?? [])].filter((w) => windowOf(w) === 'closed')
  // Read before a vote closed (results were still secret): read the final results, cached apart.
  if (closed().some((w) => w.results == null))
    data = await cmsQuery(ParticipationResultsDocument, vars, {
      ...publicRead(portal),
      headers: {
        'x-emuni-closed': closed()
          .map((w) => w.id)
          .join(','),
      },
    })
  const polls = (data.Polls?.docs ?? []).filter((p) => windowOf(p) === 'closed' && p.results)
  const budgets = (data.Budgets?.docs ?? []).filter((b) => windowOf(b) === 'closed' && b.results)
  const results = data.AccountabilityResults?.docs ?? []
  const title = process.title ?? process.slug
  return (
    <>
      <Breadcrumbs
        label={t('core.breadcrumbs')}
        items={[
          { href: `${base}/participation`, label: t('participation.title') },
          { href: processHref(portal, process.slug), label: title, lang: langOf(process, 'title') },
          { label: t('participation.phase.results') },
        ]}
      />
      <PageHeader
        title={
          <Sentence
            text={t('participation.results.title')}
            parts={{ title: <Localized value={title} lang={langOf(process, 'title')} /> }}
          />
        }
      />
      {!polls.length && !budgets.length && !results.length ? <Empty>{t('participation.results.empty')}</Empty> : null}
      {polls.map((poll) => (
        <section key={`poll-${poll.id}`} aria-labelledby={`poll-${poll.id}`}>
          <h2 id={`poll-${poll.id}`} lang={langOf(poll, 'title')}>
            {poll.title}
          </h2>
          <p className="meta">{t('participation.window.closed', { date: when(portal, poll.closesAt) })}</p>
          <PollResultsTables portal={portal} results={poll.results as PollResults} />
        </section>
      ))}
      {budgets.map((budget) => (
        <section key={`budget-${budget.id}`} aria-labelledby={`budget-${budget.id}`}>
          <h2 id={`budget-${budget.id}`} lang={langOf(budget, 'title')}>
            {budget.title}
          </h2>
          <p className="meta">{t('participation.window.closed', { date: when(portal, budget.closesAt) })}</p>
          <BudgetResultsTable portal={portal} results={budget.results as BudgetResults} caption={budget.title ?? ''} />
        </section>
      ))}
      {results.length ? (
        <section aria-labelledby="accountability">
          <h2 id="accountability">{t('participation.results.accountability')}</h2>
          <table className="table">
            <caption>{t('participation.results.accountability')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('participation.results.commitment')}</th>
                <th scope="col">{t('participation.results.status')}</th>
                <th scope="col">{t('participation.results.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {results.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {r.title}
                    {r.description ? <p className="meta">{r.description}</p> : null}
                  </th>
                  <td data-label={t('participation.results.status')}>
                    {r.status ? t(`participation.results.${r.status}`) : ''}
                  </td>
                  <td data-label={t('participation.results.progress')}>{r.progress ?? 0} %</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  )
}

export const resultsPage: PortalPage = {
  component: ResultsPage,
  metadata: async ({ portal, params: { process } }) => {
    const { process: doc } = await loadProcess(portal, process)
    return { title: portal.t('participation.results.title', { title: doc.title ?? doc.slug }) }
  },
}
