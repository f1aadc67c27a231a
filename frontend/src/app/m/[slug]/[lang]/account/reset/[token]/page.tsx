import type { Metadata } from 'next'

import { PageHeader } from '@e-muni/sdk/portal'

import { TokenForm } from '@/components/account-forms'
import { loadPortal } from '@/lib/municipality'

import { resetPassword } from '../../actions'
import { accountLabels } from '../../labels'

type Props = { params: Promise<{ slug: string; lang: string; token: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params
  return { title: (await loadPortal(slug, lang)).t('account.reset.title'), robots: { index: false } }
}

export default async function ResetPage({ params }: Props) {
  const { slug, lang, token } = await params
  const { t, municipality, lang: locale } = await loadPortal(slug, lang)
  return (
    <>
      <PageHeader title={t('account.reset.title')} />
      <TokenForm
        action={resetPassword}
        slug={municipality.slug}
        lang={locale}
        token={token}
        withPassword
        labels={accountLabels(t, t('account.reset.submit'))}
      />
    </>
  )
}
