import type { Metadata } from 'next'

import { PageHeader } from '@e-muni/sdk/portal'

import { EmailForm } from '@/components/account-forms'
import { loadPortal } from '@/lib/municipality'
import { routeMetadata } from '@/lib/site'

import { forgotPassword } from '../actions'
import { accountLabels } from '../labels'

type Props = { params: Promise<{ slug: string; lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params
  return routeMetadata(slug, lang, '/account/forgot', (await loadPortal(slug, lang)).t('account.forgot.title'))
}

export default async function ForgotPage({ params }: Props) {
  const { slug, lang } = await params
  const { t, municipality, lang: locale } = await loadPortal(slug, lang)
  return (
    <>
      <PageHeader title={t('account.forgot.title')} lead={t('account.forgot.lead')} />
      <EmailForm
        action={forgotPassword}
        slug={municipality.slug}
        lang={locale}
        labels={accountLabels(t, t('account.forgot.submit'))}
      />
    </>
  )
}
