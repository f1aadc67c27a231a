/** A participatory budget: the ballot while open (running total for knapsack budgets), the results once closed. */
import {
  Breadcrumbs,
  cmsQuery,
  langOf,
  PageHeader,
  type Portal,
  type PortalPage,
  type PortalPageProps,
} from '@e-muni/sdk/portal'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { castBudget } from './actions'
import { BudgetBallot } from './budget-ballot'
import {
  formProps,
  loadProcess,
  money,
  numericId,
  processHref,
  publicRead,
  when,
  windowOf,
  type BudgetResults,
} from './data'
import { ParticipationBudgetDocument } from './gql'
import { BudgetResultsTable } from './results'

const load = cache(async (portal: Portal, processSlug: string, id: string) => {
  const { process } = await loadProcess(portal, processSlug)
  const n = numericId(id)
  const vars = { municipality: portal.municipality.id, id: n, ref: n, locale: portal.lang }
  let data = await cmsQuery(ParticipationBudgetDocument, vars, publicRead(portal))
  const first = data.Budgets?.docs[0]
  if (!first || first.process?.id !== process.id) notFound()
  // Read before it closed (results were still secret): read the final results once, cached apart.
  if (windowOf(first) === 'closed' && first.results == null)
    data = await cmsQuery(ParticipationBudgetDocument, vars, {
      ...publicRead(portal),
      headers: { 'x-emuni-closed': '1' },
    })
  return { process, budget: data.Budgets?.docs[0] ?? first, projects: data.BudgetProjects?.docs ?? [] }
})

async function BudgetPage({ portal, params: { process: processSlug, id } }: PortalPageProps) {
  const { t, base } = portal
  const { process, budget, projects } = await load(portal, processSlug, id)
  const processUrl = processHref(portal, process.slug)
  const here = `${processUrl}/budgets/${budget.id}`
  const state = windowOf(budget)
  const form = formProps(portal, here)
  const title = budget.title ?? String(budget.id)
  const titleLang = budget.title ? langOf(budget, 'title') : undefined
  const min = budget.minProjects ?? 1
  const max = budget.maxProjects ?? projects.length
  return (
    <>
      <Breadcrumbs
        label={t('core.breadcrumbs')}
        items={[
          { href: `${base}/participation`, label: t('participation.title') },
          { href: processUrl, label: process.title ?? process.slug, lang: langOf(process, 'title') },
          { label: title, lang: titleLang },
        ]}
      />
      <PageHeader
        title={title}
        lang={titleLang}
        lead={t(`participation.window.${state}`, {
          date: when(portal, state === 'upcoming' ? budget.opensAt : budget.closesAt),
        })}
      />
      <p>
        <strong>{t('participation.budget.total', { amount: money(portal, budget.total) })}</strong>
      </p>
      <p>
        {budget.rule === 'knapsack'
          ? t('participation.budget.ruleKnapsack')
          : t('participation.budget.ruleApproval', { min, max })}
      </p>
      {state === 'closed' ? (
        budget.results ? (
          <BudgetResultsTable portal={portal} results={budget.results as BudgetResults} caption={title} />
        ) : null
      ) : state === 'upcoming' ? (
        <p className="notice">{t('participation.poll.notOpen', { date: when(portal, budget.opensAt) })}</p>
      ) : (
        <>
          <p>{t('participation.poll.secret')}</p>
          {budget.requireVerification ? <p className="meta">{t('participation.verification.required')}</p> : null}
          <BudgetBallot
            action={castBudget}
            {...form}
            labels={{
              ...form.labels,
              submit: t('participation.budget.submit'),
              projects: t('participation.budget.projects'),
              running: t('participation.budget.running'),
              remaining: t('participation.budget.remaining'),
              over: t('participation.budget.over'),
              count: t('participation.budget.count'),
              countOut: t('participation.budget.countOut'),
              code: t('participation.budget.code'),
            }}
            budget={{ id: String(budget.id), total: budget.total, rule: budget.rule, min, max }}
            projects={projects.map((p) => ({
              id: String(p.id),
              title: p.title,
              description: [
                p.district?.name ? t('participation.proposal.district', { name: p.district.name }) : '',
                p.description ?? '',
              ]
                .filter(Boolean)
                .join(' · '),
              cost: p.cost,
              costText: money(portal, p.cost),
            }))}
            currency={portal.municipality.currency ?? 'USD'}
          />
          <p className="meta">{t('participation.poll.resultsLater', { date: when(portal, budget.closesAt) })}</p>
        </>
      )}
    </>
  )
}

export const budgetPage: PortalPage = {
  component: BudgetPage,
  metadata: async ({ portal, params: { process, id } }) => ({
    title: (await load(portal, process, id)).budget.title ?? id,
  }),
}
