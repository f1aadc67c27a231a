/** A participation process: its phases and districts, proposals with their supports, polls, budgets, results. */
import {
  Breadcrumbs,
  cmsQuery,
  Empty,
  langOf,
  Localized,
  PageHeader,
  type PortalPage,
  type PortalPageProps,
} from '@e-muni/sdk/portal'
import Link from 'next/link'

import { followProcess } from './actions'
import { formProps, loadProcess, money, phasesOf, phaseStatus, processHref, publicRead, when, windowOf } from './data'
import { ButtonForm } from './forms'
import { ParticipationProcessContentDocument } from './gql'

async function ProcessPage({ portal, params: { process: processSlug } }: PortalPageProps) {
  const { t, base } = portal
  const { process, districts } = await loadProcess(portal, processSlug)
  const data = await cmsQuery(
    ParticipationProcessContentDocument,
    { municipality: portal.municipality.id, process: process.id, locale: portal.lang },
    publicRead(portal),
  )
  const href = processHref(portal, process.slug)
  const { phases, current } = phasesOf(process)
  const proposals = data.Proposals?.docs ?? []
  const polls = data.Polls?.docs ?? []
  const budgets = data.Budgets?.docs ?? []
  const hasResults =
    (data.AccountabilityResults?.totalDocs ?? 0) > 0 || [...polls, ...budgets].some((w) => windowOf(w) === 'closed')
  const windowText = (w: { opensAt: string; closesAt: string }) =>
    t(`participation.window.${windowOf(w)}`, {
      date: when(portal, windowOf(w) === 'upcoming' ? w.opensAt : w.closesAt),
    })
  const title = process.title ?? process.slug
  const titleLang = process.title ? langOf(process, 'title') : undefined
  return (
    <>
      <Breadcrumbs
        label={t('core.breadcrumbs')}
        items={[
          { href: `${base}/participation`, label: t('participation.title') },
          { label: title, lang: titleLang },
        ]}
      />
      <PageHeader
        title={title}
        lang={titleLang}
        lead={
          process.description ? (
            <Localized value={process.description} lang={langOf(process, 'description')} />
          ) : undefined
        }
      />
      {process.requireVerification ? (
        <p className="notice">
          {t('participation.verification.required')}{' '}
          <Link href={`${base}/participation/residence?next=${encodeURIComponent(href)}`}>
            {t('participation.verification.link')}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="phases">
        <h2 id="phases">{t('participation.phases.heading')}</h2>
        <table className="table">
          <caption>{t('participation.phases.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('participation.phases.phase')}</th>
              <th scope="col">{t('participation.phases.from')}</th>
              <th scope="col">{t('participation.phases.to')}</th>
              <th scope="col">{t('participation.phases.state')}</th>
            </tr>
          </thead>
          <tbody>
            {phases.map((phase) => (
              <tr key={phase.id ?? phase.phase} aria-current={phase === current ? 'step' : undefined}>
                <th scope="row">{t(`participation.phase.${phase.phase}`)}</th>
                <td data-label={t('participation.phases.from')}>{when(portal, phase.startsAt)}</td>
                <td data-label={t('participation.phases.to')}>{when(portal, phase.endsAt)}</td>
                <td data-label={t('participation.phases.state')}>
                  {phase === current ? (
                    <strong>{t('participation.phases.now')}</strong>
                  ) : (
                    t(`participation.phases.${phaseStatus(phase)}`)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <ButtonForm
          action={followProcess}
          {...formProps(portal, href)}
          labels={{
            ...formProps(portal, href).labels,
            submit: t('participation.follow.button'),
            hint: t('participation.follow.hint'),
          }}
          hidden={{ process: process.slug }}
        />
      </section>

      <section aria-labelledby="districts">
        <h2 id="districts">{t('participation.districts.heading')}</h2>
        {districts.length ? (
          <ul>
            {districts.map((d) => (
              <li key={d.id}>{d.name}</li>
            ))}
          </ul>
        ) : (
          <Empty>{t('participation.districts.empty')}</Empty>
        )}
      </section>

      <section aria-labelledby="proposals">
        <h2 id="proposals">{t('participation.proposals.heading')}</h2>
        {current?.phase === 'proposals' ? (
          <p>
            <Link className="button" href={`${href}/proposals/new`}>
              {t('participation.proposals.new')}
            </Link>
          </p>
        ) : null}
        {process.supportThreshold ? (
          <p className="meta">{t('participation.proposals.threshold', { n: process.supportThreshold })}</p>
        ) : null}
        {proposals.length ? (
          <ul className="grid">
            {proposals.map((p) => (
              <li key={p.id} className="card">
                <h3>
                  <Link href={`${href}/proposals/${p.id}`}>{p.title}</Link>
                </h3>
                <p className="meta">
                  <strong>{t('participation.proposals.supports', { n: p.supportCount ?? 0 })}</strong>
                  {p.qualified ? (
                    <>
                      {' '}
                      <span className="badge">{t('participation.proposals.qualified')}</span>
                    </>
                  ) : null}
                </p>
                {p.district?.name ? (
                  <p className="meta">{t('participation.proposal.district', { name: p.district.name })}</p>
                ) : null}
                {p.category ? (
                  <p className="meta">{t('participation.proposal.category', { name: p.category })}</p>
                ) : null}
                {p.answer?.status ? (
                  <p className="meta">
                    {t('participation.proposal.answer')}: {t(`participation.answer.${p.answer.status}`)}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <Empty>{t('participation.proposals.empty')}</Empty>
        )}
      </section>

      <section aria-labelledby="polls">
        <h2 id="polls">{t('participation.polls.heading')}</h2>
        {polls.length ? (
          <ul>
            {polls.map((poll) => (
              <li key={poll.id}>
                <Link href={`${href}/polls/${poll.id}`} lang={poll.title ? langOf(poll, 'title') : undefined}>
                  {poll.title ?? poll.id}
                </Link>{' '}
                — {windowText(poll)}
              </li>
            ))}
          </ul>
        ) : (
          <Empty>{t('participation.polls.empty')}</Empty>
        )}
      </section>

      <section aria-labelledby="budgets">
        <h2 id="budgets">{t('participation.budgets.heading')}</h2>
        {budgets.length ? (
          <ul>
            {budgets.map((budget) => (
              <li key={budget.id}>
                <Link href={`${href}/budgets/${budget.id}`} lang={budget.title ? langOf(budget, 'title') : undefined}>
                  {budget.title ?? budget.id}
                </Link>{' '}
                — {t('participation.budget.total', { amount: money(portal, budget.total) })} · {windowText(budget)}
              </li>
            ))}
          </ul>
        ) : (
          <Empty>{t('participation.budgets.empty')}</Empty>
        )}
      </section>

      <section aria-labelledby="results">
        <h2 id="results">{t('participation.phase.results')}</h2>
        {hasResults ? (
          <p>
            <Link href={`${href}/results`}>{t('participation.results.link')}</Link>
          </p>
        ) : (
          <Empty>{t('participation.results.empty')}</Empty>
        )}
      </section>
    </>
  )
}

export const processPage: PortalPage = {
  component: ProcessPage,
  metadata: async ({ portal, params: { process } }) => ({
    title: (await loadProcess(portal, process)).process.title ?? process,
  }),
}
