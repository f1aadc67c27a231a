/** The password-reset link of an account outside any municipality's portal (requested through the API). */
import { TokenForm } from '@/components/account-forms'
import { translator } from '@/lib/i18n'

import { resetPassword } from '../../../../m/[slug]/[lang]/account/actions'
import { accountLabels } from '../../../../m/[slug]/[lang]/account/labels'

export default async function PlatformReset({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params
  const t = translator('es')
  return (
    <>
      <h1>{t('account.reset.title')}</h1>
      <TokenForm
        action={resetPassword}
        slug=""
        lang="es"
        token={token}
        withPassword
        labels={accountLabels(t, t('account.reset.submit'))}
      />
    </>
  )
}
