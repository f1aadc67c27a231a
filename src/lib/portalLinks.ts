/**
 * Links in account emails (verification, password reset) lead to the citizens' portal, not to the admin:
 * `{PORTAL_URL}/m/{municipality}/{lang}/account/verify/{token}`. The portal says which municipality and
 * language the person signed up in with the `x-emuni-portal: {slug}/{lang}` header; without it (an API
 * client), the link goes to the portal's own address (`{PORTAL_URL}/account/verify/{token}`), which serves
 * the same pages outside any municipality.
 */
import type { PayloadRequest } from 'payload'

import { defineTemplate, portalBaseUrl, portalLink, renderEmail } from '../plugins/sdk/index'
import { isLanguage, l, type Language } from '../i18n/index'

const PORTAL_HEADER = /^([a-z0-9][a-z0-9-]{0,62})\/(es|pt|en|fr)$/

/** The portal base the request came from (`/m/{slug}/{lang}`), and its language. */
export const portalBase = (req: PayloadRequest, fallbackLang?: unknown): { base: string; lang: Language } => {
  const match = PORTAL_HEADER.exec(req.headers?.get?.('x-emuni-portal') ?? '')
  if (match) return { base: portalLink(match[1]!, match[2]!), lang: match[2] as Language }
  const lang = isLanguage(fallbackLang) ? fallbackLang : 'es'
  return { base: portalBaseUrl(), lang }
}

const VERIFY = defineTemplate('people-verify', {
  subject: l('Confirme su correo', 'Confirme seu e-mail', 'Confirm your email', 'Confirmez votre adresse e-mail'),
  body: l(
    'Hola {{name}}:\n\nPara activar su cuenta en el portal municipal, confirme su correo con el botón. Si no creó esta cuenta, ignore este mensaje.',
    'Olá, {{name}}:\n\nPara ativar sua conta no portal municipal, confirme seu e-mail pelo botão. Se você não criou esta conta, ignore esta mensagem.',
    'Hello {{name}},\n\nTo activate your account on the municipal portal, confirm your email with the button. If you did not create this account, ignore this message.',
    'Bonjour {{name}},\n\nPour activer votre compte sur le portail municipal, confirmez votre adresse avec le bouton. Si vous n’avez pas créé ce compte, ignorez ce message.',
  ),
  action: { label: l('Confirmar correo', 'Confirmar e-mail', 'Confirm email', 'Confirmer'), url: '{{url}}' },
})

const RESET = defineTemplate('people-reset', {
  subject: l(
    'Restablecer su contraseña',
    'Redefinir sua senha',
    'Reset your password',
    'Réinitialiser votre mot de passe',
  ),
  body: l(
    'Hola {{name}}:\n\nRecibimos un pedido para restablecer su contraseña. El enlace vale una hora. Si no lo pidió, ignore este mensaje.',
    'Olá, {{name}}:\n\nRecebemos um pedido para redefinir sua senha. O link vale por uma hora. Se não foi você, ignore esta mensagem.',
    'Hello {{name}},\n\nWe received a request to reset your password. The link is valid for one hour. If you did not ask for it, ignore this message.',
    'Bonjour {{name}},\n\nNous avons reçu une demande de réinitialisation de votre mot de passe. Le lien est valable une heure. Si vous ne l’avez pas demandée, ignorez ce message.',
  ),
  action: {
    label: l(
      'Elegir una contraseña nueva',
      'Escolher nova senha',
      'Choose a new password',
      'Choisir un nouveau mot de passe',
    ),
    url: '{{url}}',
  },
})

type EmailArgs = { req?: PayloadRequest; token?: string; user?: { name?: string; language?: string } }

const email = (template: string, path: 'verify' | 'reset', { req, token, user }: EmailArgs = {}) => {
  const { base, lang } = req ? portalBase(req, user?.language) : { base: portalBaseUrl(), lang: 'es' as Language }
  return renderEmail(template, lang, { name: user?.name ?? '', url: `${base}/account/${path}/${token ?? ''}` })
}

export const verifyEmail = {
  generateEmailSubject: (args?: EmailArgs) => email(VERIFY, 'verify', args).subject,
  generateEmailHTML: (args?: EmailArgs) => email(VERIFY, 'verify', args).html,
}

export const resetEmail = {
  generateEmailSubject: (args?: EmailArgs) => email(RESET, 'reset', args).subject,
  generateEmailHTML: (args?: EmailArgs) => email(RESET, 'reset', args).html,
}
