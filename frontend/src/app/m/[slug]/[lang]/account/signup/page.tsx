import type { Metadata } from 'next'
import Link from 'next/link'

import { PageHeader } from '@e-muni/sdk/portal'

import { SignUpForm } from '@/components/account-forms'
import { loadPortal } from '@/lib/municipality'
import { routeMetadata } from '@/lib/site'

import { signUp } from '../actions'
import { accountLabels } from '../labels'
import { termsUrl } from '../terms'

type Props = { params: Promise<{ slug: string; lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params
  return routeMetadata(slug, lang, '/account/signup', (await loadPortal(slug, lang)).t('account.signup.title'))
}

export default async function SignUpPage({ params }: Props) {
  const { slug, lang } = await params
  const { t, base, municipality, lang: locale } = await loadPortal(slug, lang)
  return (
    <>
      <PageHeader title={t('account.signup.title')} lead={t('account.signup.lead')} />
      <SignUpForm
        action={signUp}
        slug={municipality.slug}
        lang={locale}
        labels={accountLabels(t, t('account.signup.submit'))}
        termsUrl={termsUrl(base, municipality.slug, locale)}
      />
      <p>
        {t('account.signup.haveAccount')} <Link href={`${base}/account/login`}>{t('account.login.title')}</Link>
      </p>
    </>
  )
}
