/** A poll: its questions to vote on while open; its results once closed. */
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

import { castPoll } from './actions'
import { formProps, loadProcess, numericId, processHref, publicRead, when, windowOf, type PollResults } from './data'
import { PollForm } from './forms'
import { ParticipationPollDocument } from './gql'
import { PollResultsTables } from './results'

const load = cache(async (portal: Portal, processSlug: string, id: string) => {
  const { process } = await loadProcess(portal, processSlug)
  const vars = { municipality: portal.municipality.id, id: numericId(id), locale: portal.lang }
  let poll = (await cmsQuery(ParticipationPollDocument, vars, publicRead(portal))).Polls?.docs[0]
  if (!poll || poll.process?.id !== process.id) notFound()
  // Read before it closed (results were still secret): read the final results once, cached apart.
  if (windowOf(poll) === 'closed' && poll.results == null)
    poll =
      (await cmsQuery(ParticipationPollDocument, vars, { ...publicRead(portal), headers: { 'x-emuni-closed': '1' } }))
        .Polls?.docs[0] ?? poll
  return { process, poll }
})

async function PollPage({ portal, params: { process: processSlug, id } }: PortalPageProps) {
  const { t, base } = portal
  const { process, poll } = await load(portal, processSlug, id)
  const processUrl = processHref(portal, process.slug)
  const here = `${processUrl}/polls/${poll.id}`
  const state = windowOf(poll)
  const form = formProps(portal, here)
  const title = poll.title ?? String(poll.id)
  const titleLang = poll.title ? langOf(poll, 'title') : undefined
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
          date: when(portal, state === 'upcoming' ? poll.opensAt : poll.closesAt),
        })}
      />
      {state === 'closed' ? (
        poll.results ? (
          <PollResultsTables portal={portal} results={poll.results as PollResults} />
        ) : null
      ) : state === 'upcoming' ? (
        <p className="notice">{t('participation.poll.notOpen', { date: when(portal, poll.opensAt) })}</p>
      ) : (
        <>
          <p>{t('participation.poll.secret')}</p>
          {poll.requireVerification ? <p className="meta">{t('participation.verification.required')}</p> : null}
          <PollForm
            action={castPoll}
            {...form}
            labels={{
              ...form.labels,
              submit: t('participation.poll.submit'),
              single: t('participation.poll.single'),
              multiple: t('participation.poll.multiple'),
            }}
            hidden={{ poll: String(poll.id) }}
            questions={(poll.questions ?? []).map((q) => ({
              text: q.text ?? '',
              multiple: Boolean(q.multiple),
              options: (q.options ?? []).map((o) => o.label ?? ''),
            }))}
          />
          <p className="meta">{t('participation.poll.resultsLater', { date: when(portal, poll.closesAt) })}</p>
        </>
      )}
    </>
  )
}

export const pollPage: PortalPage = {
  component: PollPage,
  metadata: async ({ portal, params: { process, id } }) => ({
    title: (await load(portal, process, id)).poll.title ?? id,
  }),
}
