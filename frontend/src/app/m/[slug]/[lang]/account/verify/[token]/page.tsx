/** The link in the verification email: one button confirms (a link scanner's GET confirms nothing). */
import type { Metadata } from 'next'

import { PageHeader } from '@e-muni/sdk/portal'

import { TokenForm } from '@/components/account-forms'
import { loadPortal } from '@/lib/municipality'

import { verifyEmail } from '../../actions'
import { accountLabels } from '../../labels'

type Props = { params: Promise<{ slug: string; lang: string; token: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params
  return { title: (await loadPortal(slug, lang)).t('account.verify.title'), robots: { index: false } }
}

export default async function VerifyPage({ params }: Props) {
  const { slug, lang, token } = await params
  const { t, municipality, lang: locale } = await loadPortal(slug, lang)
  return (
    <>
      <PageHeader title={t('account.verify.title')} lead={t('account.verify.lead')} />
      <TokenForm
        action={verifyEmail}
        slug={municipality.slug}
        lang={locale}
        token={token}
        labels={accountLabels(t, t('account.verify.submit'))}
      />
    </>
  )
}
