/** A published proposal: its supports (and the support button), official answer, threaded comments, reports. */
import {
  Breadcrumbs,
  cmsQuery,
  Empty,
  fileUrl,
  langOf,
  type Portal,
  type PortalPage,
  type PortalPageProps,
} from '@e-muni/sdk/portal'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache, type ReactNode } from 'react'

import { postComment, reportItem, supportProposal } from './actions'
import { formProps, loadProcess, numericId, phasesOf, processHref, publicRead, when } from './data'
import { ButtonForm, TextForm } from './forms'
import { ParticipationProposalDocument, type ParticipationProposalQuery } from './gql'
import styles from './participation.module.css'

type Comment = NonNullable<ParticipationProposalQuery['Comments']>['docs'][number]

const load = cache(async (portal: Portal, processSlug: string, id: string) => {
  const { process } = await loadProcess(portal, processSlug)
  const n = numericId(id)
  const data = await cmsQuery(
    ParticipationProposalDocument,
    { municipality: portal.municipality.id, id: n, ref: n, locale: portal.lang },
    publicRead(portal),
  )
  const proposal = data.Proposals?.docs[0]
  if (!proposal || proposal.status !== 'published' || proposal.process?.id !== process.id) notFound()
  return { process, proposal, comments: data.Comments?.docs ?? [] }
})

async function ProposalPage({ portal, params: { process: processSlug, id } }: PortalPageProps) {
  const { t, base } = portal
  const { process, proposal, comments } = await load(portal, processSlug, id)
  const processUrl = processHref(portal, process.slug)
  const here = `${processUrl}/proposals/${proposal.id}`
  const form = formProps(portal, here)
  const { current, phases } = phasesOf(process)
  const supportsPhase = phases.find((p) => p.phase === 'supports')
  const commenting = current?.phase === 'proposals' || current?.phase === 'supports'
  const children = new Map<number | null, Comment[]>()
  for (const c of comments) {
    const parent = c.parent?.id ?? null
    children.set(parent, [...(children.get(parent) ?? []), c])
  }

  const report = (collection: 'proposals' | 'comments', itemId: number, summary: string) => (
    <details>
      <summary>{summary}</summary>
      <TextForm
        action={reportItem}
        {...form}
        labels={{ ...form.labels, label: t('participation.report.reason'), submit: t('participation.report.submit') }}
        hidden={{ collection, id: String(itemId) }}
        name={`reason-${collection === 'proposals' ? 'proposal' : itemId}`}
        maxLength={1000}
      />
    </details>
  )

  const thread = (parent: number | null): ReactNode => {
    const list = children.get(parent)
    if (!list?.length) return null
    return (
      <ul className={styles.thread}>
        {list.map((c) => (
          <li key={c.id}>
            <article
              className={styles.comment}
              aria-label={t('participation.comments.posted', { date: when(portal, c.createdAt) })}
            >
              <p className="meta">{t('participation.comments.posted', { date: when(portal, c.createdAt) })}</p>
              <p>{c.body}</p>
              <div className={styles.actions}>
                {commenting ? (
                  <details>
                    <summary>{t('participation.comments.reply')}</summary>
                    <TextForm
                      action={postComment}
                      {...form}
                      labels={{
                        ...form.labels,
                        label: t('participation.comments.replyBody'),
                        submit: t('participation.comments.replySubmit'),
                      }}
                      hidden={{ proposal: String(proposal.id), parent: String(c.id) }}
                      name={`reply-${c.id}`}
                      required
                      maxLength={4000}
                    />
                  </details>
                ) : null}
                {report('comments', c.id, t('participation.report.comment'))}
              </div>
            </article>
            {thread(c.id)}
          </li>
        ))}
      </ul>
    )
  }

  return (
    <>
      <Breadcrumbs
        label={t('core.breadcrumbs')}
        items={[
          { href: `${base}/participation`, label: t('participation.title') },
          { href: processUrl, label: process.title ?? process.slug, lang: langOf(process, 'title') },
          { label: proposal.title },
        ]}
      />
      <article>
        <header className="page-header">
          <h1>{proposal.title}</h1>
          <p className="meta">
            {t('participation.proposal.date', { date: when(portal, proposal.createdAt, false) })}
            {proposal.district?.name
              ? ` · ${t('participation.proposal.district', { name: proposal.district.name })}`
              : ''}
            {proposal.category ? ` · ${t('participation.proposal.category', { name: proposal.category })}` : ''}
          </p>
        </header>
        <p className={styles.support} id="support-count">
          {t('participation.proposals.supports', { n: proposal.supportCount ?? 0 })}
          {proposal.qualified ? (
            <>
              {' '}
              <span className="badge">{t('participation.proposals.qualified')}</span>
            </>
          ) : null}
        </p>
        {proposal.body.split(/\n{2,}/).map((para, i) => (
          <p key={i} className={styles.text}>
            {para}
          </p>
        ))}
        {proposal.images?.length ? (
          <section aria-labelledby="images">
            <h2 id="images">{t('participation.proposal.images')}</h2>
            <ul className={styles.images}>
              {proposal.images.map((img, i) => (
                <li key={img.id}>
                  <img
                    src={fileUrl(img.url)}
                    alt={t('participation.proposal.imageAlt', { n: i + 1, title: proposal.title })}
                    width={img.width ?? undefined}
                    height={img.height ?? undefined}
                  />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {proposal.location?.address || proposal.location?.lat != null ? (
          <section aria-labelledby="location">
            <h2 id="location">{t('participation.proposal.location')}</h2>
            {proposal.location.address ? <p>{proposal.location.address}</p> : null}
            {proposal.location.lat != null && proposal.location.lng != null ? (
              <p>
                <a
                  href={`https://www.openstreetmap.org/?mlat=${proposal.location.lat}&mlon=${proposal.location.lng}#map=17/${proposal.location.lat}/${proposal.location.lng}`}
                >
                  {t('participation.proposal.coordinates', { lat: proposal.location.lat, lng: proposal.location.lng })}
                </a>
              </p>
            ) : null}
          </section>
        ) : null}
        {proposal.answer?.status ? (
          <section aria-labelledby="answer" className="notice">
            <h2 id="answer">
              {t('participation.proposal.answer')}: {t(`participation.answer.${proposal.answer.status}`)}
            </h2>
            {proposal.answer.text ? <p>{proposal.answer.text}</p> : null}
            {proposal.answer.answeredAt ? (
              <p className="meta">
                {t('participation.proposal.answeredOn', { date: when(portal, proposal.answer.answeredAt, false) })}
              </p>
            ) : null}
          </section>
        ) : null}
      </article>

      <section aria-labelledby="support">
        <h2 id="support">{t('participation.support.heading')}</h2>
        {current?.phase === 'supports' ? (
          <ButtonForm
            action={supportProposal}
            {...form}
            labels={{
              ...form.labels,
              submit: t('participation.support.button'),
              hint: t('participation.support.hint', { n: process.supportsPerPerson ?? 10 }),
            }}
            hidden={{ proposal: String(proposal.id) }}
          />
        ) : supportsPhase ? (
          <p>
            {t('participation.support.when', {
              start: when(portal, supportsPhase.startsAt),
              end: when(portal, supportsPhase.endsAt),
            })}
          </p>
        ) : null}
        {process.requireVerification ? (
          <p className="meta">
            {t('participation.verification.required')}{' '}
            <Link href={form.labels.verifyHref}>{t('participation.verification.link')}</Link>
          </p>
        ) : null}
        <div className={styles.actions}>{report('proposals', proposal.id, t('participation.report.proposal'))}</div>
      </section>

      <section aria-labelledby="comments">
        <h2 id="comments">{t('participation.comments.heading', { n: comments.length })}</h2>
        {comments.length ? thread(null) : <Empty>{t('participation.comments.empty')}</Empty>}
        {commenting ? (
          <>
            <h3>{t('participation.comments.new')}</h3>
            <TextForm
              action={postComment}
              {...form}
              labels={{
                ...form.labels,
                label: t('participation.comments.body'),
                submit: t('participation.comments.submit'),
              }}
              hidden={{ proposal: String(proposal.id) }}
              name="comment"
              required
              maxLength={4000}
            />
          </>
        ) : null}
      </section>
    </>
  )
}

export const proposalPage: PortalPage = {
  component: ProposalPage,
  metadata: async ({ portal, params: { process, id } }) => ({
    title: (await load(portal, process, id)).proposal.title,
  }),
}
