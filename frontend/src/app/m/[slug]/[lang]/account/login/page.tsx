import type { Metadata } from 'next'
import Link from 'next/link'

import { PageHeader } from '@e-muni/sdk/portal'

import { LogInForm } from '@/components/account-forms'
import { loadPortal } from '@/lib/municipality'
import { routeMetadata } from '@/lib/site'

import { logIn, resendVerification } from '../actions'
import { accountLabels } from '../labels'

type Props = { params: Promise<{ slug: string; lang: string }>; searchParams: Promise<{ next?: string; out?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params
  return routeMetadata(slug, lang, '/account/login', (await loadPortal(slug, lang)).t('account.login.title'))
}

export default async function LogInPage({ params, searchParams }: Props) {
  const { slug, lang } = await params
  const { t, base, municipality, lang: locale } = await loadPortal(slug, lang)
  const { next = '', out } = await searchParams
  return (
    <>
      <PageHeader title={t('account.login.title')} />
      {out ? (
        <p role="status" className="notice notice-success">
          {t('account.loggedOut')}
        </p>
      ) : null}
      <LogInForm
        action={logIn}
        slug={municipality.slug}
        lang={locale}
        labels={accountLabels(t, t('account.login.submit'))}
        next={next}
        resend={resendVerification}
      />
      <p>
        <Link href={`${base}/account/forgot`}>{t('account.forgot.link')}</Link>
      </p>
      <p>
        {t('account.login.noAccount')} <Link href={`${base}/account/signup`}>{t('account.signup.title')}</Link>
      </p>
    </>
  )
}
