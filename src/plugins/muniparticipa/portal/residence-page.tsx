/** Verifying one's residence against the municipal census (some processes and votes require it). */
import {
  cmsQuery,
  PageHeader,
  type PortalPage,
  type PortalPageProps,
  requirePerson,
  safeNext,
} from '@e-muni/sdk/portal'
import Link from 'next/link'

import { verifyResidence } from './actions'
import { formProps } from './data'
import { VerifyForm } from './forms'
import { ParticipationMyResidenceDocument } from './gql'

async function ResidencePage({ portal, searchParams }: PortalPageProps) {
  const { t, base, municipality } = portal
  const next = String(searchParams.next ?? '')
  const back = next.startsWith(`${base}/`) ? safeNext(base, next) : `${base}/participation`
  const here = `${base}/participation/residence?next=${encodeURIComponent(back)}`
  const { token } = await requirePerson(base, here)
  const { myResidence } = await cmsQuery(
    ParticipationMyResidenceDocument,
    { municipality: municipality.slug },
    { token },
  )
  const form = formProps(portal, back)
  return (
    <>
      <PageHeader title={t('participation.verify.title')} />
      {myResidence.verified ? (
        <>
          <p className="notice notice-success">
            {t('participation.verify.already', { municipality: municipality.name })}
          </p>
          <p>
            <Link href={back}>{t('participation.verify.back')}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t('participation.verify.intro', { municipality: municipality.name })}</p>
          <VerifyForm
            action={verifyResidence}
            {...form}
            labels={{
              ...form.labels,
              document: t('participation.verify.document'),
              birthDate: t('participation.verify.birthDate'),
              submit: t('participation.verify.submit'),
              back: t('participation.verify.back'),
            }}
          />
        </>
      )}
    </>
  )
}

export const residencePage: PortalPage = {
  component: ResidencePage,
  metadata: ({ portal }) => ({ title: portal.t('participation.verify.title') }),
}
