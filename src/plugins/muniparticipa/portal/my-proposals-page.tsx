/** "My proposals": the signed-in person's proposals in this municipality, whatever their moderation state. */
import {
  AccountPageHeader,
  cmsQuery,
  Empty,
  langOf,
  type PortalPage,
  type PortalPageProps,
  requirePerson,
} from '@e-muni/sdk/portal'
import { formatDate } from '@e-muni/sdk/portal/i18n'
import Link from 'next/link'

import { ParticipationMyProposalsDocument } from './gql'

async function MyProposalsPage({ portal }: PortalPageProps) {
  const { t, base, municipality } = portal
  const { person, token } = await requirePerson(base, `${base}/account/proposals`)
  const data = await cmsQuery(
    ParticipationMyProposalsDocument,
    { municipality: municipality.id, author: person.id, locale: portal.lang },
    { token },
  )
  const proposals = data.Proposals?.docs ?? []
  return (
    <>
      <AccountPageHeader portal={portal} title={t('participation.my.title')} />
      {proposals.length ? (
        <table className="table">
          <caption>{t('participation.my.caption', { municipality: municipality.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('participation.my.proposal')}</th>
              <th scope="col">{t('participation.my.process')}</th>
              <th scope="col">{t('participation.my.status')}</th>
              <th scope="col">{t('participation.my.supports')}</th>
              <th scope="col">{t('participation.my.date')}</th>
            </tr>
          </thead>
          <tbody>
            {proposals.map((p) => {
              const processUrl = p.process ? `${base}/participation/${p.process.slug}` : undefined
              return (
                <tr key={p.id}>
                  <th scope="row">
                    {p.status === 'published' && processUrl ? (
                      <Link href={`${processUrl}/proposals/${p.id}`}>{p.title}</Link>
                    ) : (
                      p.title
                    )}
                  </th>
                  <td data-label={t('participation.my.process')}>
                    {processUrl ? (
                      <Link href={processUrl} lang={p.process?.title ? langOf(p.process, 'title') : undefined}>
                        {p.process?.title ?? p.process?.slug}
                      </Link>
                    ) : (
                      ''
                    )}
                  </td>
                  <td data-label={t('participation.my.status')}>
                    {t(`participation.status.${p.status ?? 'pending'}`)}
                    {p.status === 'rejected' || p.status === 'hidden' ? (
                      p.transitionComment ? (
                        <p className="meta">{p.transitionComment}</p>
                      ) : null
                    ) : null}
                  </td>
                  <td data-label={t('participation.my.supports')}>{p.supportCount ?? 0}</td>
                  <td data-label={t('participation.my.date')}>
                    {formatDate(portal.lang, p.createdAt, municipality.timezone ?? undefined)}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : (
        <Empty>{t('participation.my.empty')}</Empty>
      )}
    </>
  )
}

export const myProposalsPage: PortalPage = {
  component: MyProposalsPage,
  metadata: ({ portal }) => ({ title: portal.t('participation.my.title'), robots: { index: false } }),
}
