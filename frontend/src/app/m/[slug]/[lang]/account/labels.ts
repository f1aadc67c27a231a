import type { Translate } from '@/lib/i18n'

/** The labels the account forms need, in the page's language. */
export const accountLabels = (t: Translate, submit: string): Record<string, string> => ({
  name: t('account.field.name'),
  email: t('account.field.email'),
  password: t('account.field.password'),
  passwordHint: t('account.field.passwordHint', { n: 10 }),
  confirm: t('account.field.confirm'),
  terms: t('account.field.terms'),
  termsLink: t('account.field.termsLink'),
  resend: t('account.resend.submit'),
  resendLead: t('account.resend.lead'),
  required: t('core.required'),
  sending: t('core.sending'),
  errors: t('core.formErrors'),
  login: t('account.login.title'),
  submit,
})
