/**
 * Tracking a request by its code (?code=): status, dates, history and public messages. The CMS shows a
 * request to its requester only — the signed-in person who sent it, or whoever holds its tracking key
 * (`?token=` in the emailed link, or posted by the form and kept in a short-lived HttpOnly cookie).
 */
import { cookies } from 'next/headers'
import Link from 'next/link'

import {
  Breadcrumbs,
  CmsError,
  cmsQuery,
  getPerson,
  PageHeader,
  type PortalPage,
  type PortalPageProps,
} from '@e-muni/sdk/portal'
import { formatDate } from '@e-muni/sdk/portal/i18n'

import { ServicesTrackDocument, type ServicesTrackQuery } from './gql'
import styles from './services.module.css'
import { answerRequest, lookUpRequest, rateRequest } from './track-actions'
import { TRACK_TOKEN_COOKIE } from './track-cookie'
import { AnswerForm, RateForm } from './track-forms'

type Tracked = ServicesTrackQuery['trackServiceRequest']

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 254) ?? ''

async function TrackPage({ portal, searchParams }: PortalPageProps) {
  const { t, base, municipality } = portal
  const code = one(searchParams.code).toUpperCase()
  const linkToken = one(searchParams.token).slice(0, 64)
  const token = linkToken || (await cookies()).get(TRACK_TOKEN_COOKIE)?.value || ''
  const done = one(searchParams.done)
  const session = await getPerson()
  let request: Tracked | undefined
  let problem: string | undefined
  if (code) {
    try {
      const data = await cmsQuery(
        ServicesTrackDocument,
        { municipality: municipality.slug, code, token: token || null },
        { token: session?.token, lang: portal.lang },
      )
      request = data.trackServiceRequest
    } catch (error) {
      const status = error instanceof CmsError ? error.status : 500
      if (status !== 404 && status !== 400) console.error('MuniServi: tracking lookup failed', error)
      problem =
        status === 404 || status === 400 ? t('services.track.notFound', { code }) : t('services.track.unavailable')
    }
  }
  const common = { required: t('core.required'), sending: t('core.sending'), errors: t('core.formErrors') }
  // What the requester's forms post besides their own fields: where, in which language, which request, the key.
  const formProps = (code: string) => ({ slug: municipality.slug, lang: portal.lang, code, token: linkToken })
  const date = (iso: string | null | undefined, withTime = false) =>
    formatDate(portal.lang, iso, municipality.timezone, withTime)
  return (
    <>
      <Breadcrumbs
        label={t('core.breadcrumbs')}
        items={[
          { href: base, label: t('core.nav.home') },
          { href: `${base}/services`, label: t('services.title') },
          { label: t('services.track.title') },
        ]}
      />
      <PageHeader title={t('services.track.title')} lead={t('services.track.intro')} />
      {problem ? (
        <div role="alert" className="notice notice-error">
          <p>{problem}</p>
        </div>
      ) : null}
      <form action={lookUpRequest} className="form">
        <input type="hidden" name="slug" value={municipality.slug} />
        <input type="hidden" name="lang" value={portal.lang} />
        <div className="field">
          <label htmlFor="track-code">{t('services.track.code')}</label>
          <p className="hint" id="track-code-hint">
            {t('services.track.codeHelp')}
          </p>
          <input
            id="track-code"
            name="code"
            required
            defaultValue={code}
            maxLength={40}
            autoComplete="off"
            aria-describedby="track-code-hint"
            aria-invalid={problem ? true : undefined}
          />
        </div>
        {session ? null : (
          <div className="field">
            <label htmlFor="track-token">{t('services.track.token')}</label>
            <p className="hint" id="track-token-hint">
              {t('services.track.tokenHelp')}
            </p>
            <input
              id="track-token"
              name="token"
              defaultValue={token}
              maxLength={64}
              autoComplete="off"
              spellCheck={false}
              aria-describedby="track-token-hint"
            />
          </div>
        )}
        <div>
          <button type="submit">{t('services.track.submit')}</button>
        </div>
      </form>
      {request ? (
        <section aria-labelledby="track-result">
          <h2 id="track-result">{t('services.track.result', { code: request.trackingCode })}</h2>
          <dl className={styles.facts}>
            <dt>{t('services.track.service')}</dt>
            <dd>{request.service?.name ?? request.service?.code}</dd>
            <dt>{t('services.track.status')}</dt>
            <dd>
              <span className="badge">{request.statusLabel ?? request.status}</span>
              {request.overdue ? ` · ${t('services.track.overdue')}` : ''}
            </dd>
            <dt>{t('services.track.submitted')}</dt>
            <dd>{date(request.submittedAt)}</dd>
            {request.dueAt ? (
              <>
                <dt>{t('services.track.due')}</dt>
                <dd>{date(request.dueAt)}</dd>
              </>
            ) : null}
          </dl>
          <h3>{t('services.track.history')}</h3>
          <table className="table">
            <caption>{t('services.track.historyCaption', { code: request.trackingCode })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('services.track.date')}</th>
                <th scope="col">{t('services.track.status')}</th>
                <th scope="col">{t('services.track.note')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td data-label={t('services.track.date')}>{date(request.submittedAt, true)}</td>
                <td data-label={t('services.track.status')}>{t('services.track.received')}</td>
                <td data-label={t('services.track.note')} />
              </tr>
              {(request.history ?? []).map((step, i) => (
                <tr key={i}>
                  <td data-label={t('services.track.date')}>{date(step.at, true)}</td>
                  <td data-label={t('services.track.status')}>{step.toLabel ?? step.to}</td>
                  <td data-label={t('services.track.note')}>{step.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {request.messages?.length ? (
            <>
              <h3>{t('services.track.messages')}</h3>
              <ul>
                {request.messages.map((m, i) => (
                  <li key={i}>
                    <strong>{t(`services.track.from.${m.from === 'requester' ? 'requester' : 'staff'}`)}</strong> (
                    {date(m.at, true)}): {m.body}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {done === 'answered' && request.status !== 'needs-information' ? (
            <div role="status" className="notice notice-success">
              {t('services.track.answered')}
            </div>
          ) : null}
          {request.canRespond ? (
            <AnswerForm
              action={answerRequest}
              {...formProps(request.trackingCode)}
              labels={{
                ...common,
                title: t('services.track.answer.title'),
                intro: t('services.track.answer.intro'),
                message: t('services.track.answer.message'),
                submit: t('services.track.answer.submit'),
              }}
            />
          ) : null}
          {request.rating ? (
            <p
              role={done === 'rated' ? 'status' : undefined}
              className={done === 'rated' ? 'notice notice-success' : undefined}
            >
              {t('services.track.rated', { score: request.rating })}
            </p>
          ) : null}
          {request.canRate ? (
            <RateForm
              action={rateRequest}
              {...formProps(request.trackingCode)}
              labels={{
                ...common,
                title: t('services.track.rate.title'),
                score: t('services.track.rate.score'),
                comment: t('services.track.rate.comment'),
                commentHint: t('services.track.rate.commentHint'),
                submit: t('services.track.rate.submit'),
                ...Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`score.${n}`, t(`services.track.rate.${n}`)])),
              }}
            />
          ) : null}
          <p>
            <Link href={`${base}/services`}>{t('services.search.clear')}</Link>
          </p>
        </section>
      ) : null}
    </>
  )
}

export const trackPage: PortalPage = {
  component: TrackPage,
  metadata: ({ portal }) => ({ title: portal.t('services.track.title'), robots: { index: false } }),
}
