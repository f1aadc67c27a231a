/** Verifying one's residence against the municipal census (some processes and votes require it). */
import type { Metadata } from 'next'
import Link from 'next/link'

import { PageHeader } from '@/components/ui'
import { ParticipationMyResidenceDocument } from '@/gql/graphql'
import { cmsQuery } from '@/lib/cms'
import { loadPortal } from '@/lib/municipality'
import { safeNext } from '@/lib/portal-form'
import { requirePerson } from '@/lib/session'

import { verifyResidence } from '../actions'
import { formProps } from '../data'
import { VerifyForm } from '../forms'

type Props = {
  params: Promise<{ slug: string; lang: string }>
  searchParams: Promise<{ next?: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params
  return { title: (await loadPortal(slug, lang)).t('participation.verify.title') }
}

export default async function ResidencePage({ params, searchParams }: Props) {
  const { slug, lang } = await params
  const portal = await loadPortal(slug, lang)
  const { t, base, municipality } = portal
  const next = String((await searchParams).next ?? '')
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
