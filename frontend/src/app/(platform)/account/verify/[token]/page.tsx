/** The verification link of an account created outside any municipality's portal (through the API). */
import { TokenForm } from '@/components/account-forms'
import { translator } from '@/lib/i18n'

import { verifyEmail } from '../../../../m/[slug]/[lang]/account/actions'
import { accountLabels } from '../../../../m/[slug]/[lang]/account/labels'

export default async function PlatformVerify({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const t = translator('es')
  return (
    <>
      <h1>{t('account.verify.title')}</h1>
      <TokenForm
        action={verifyEmail}
        slug=""
        lang="es"
        token={token}
        labels={accountLabels(t, t('account.verify.submit'))}
      />
    </>
  )
}
