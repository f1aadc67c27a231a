/**
 * Notifications: `notify({ to, template, locale, data })` renders a template in the recipient's
 * language inside one shared layout and sends it through Payload's email adapter (SMTP from
 * `SMTP_URL` or `SMTP_HOST`; without either, Payload writes one line per email to the log).
 * Modules declare their templates with `defineTemplate`.
 */
import type { Payload } from 'payload'

import { isLanguage, LANGUAGES, type Language, type Localized } from './language'

export type EmailTemplate = {
  subject: Localized
  /** paragraphs; `{{name}}` is replaced from `data` */
  body: Localized
  action?: { label: Localized; url: string }
}

const templates = new Map<string, EmailTemplate>()

export const defineTemplate = (name: string, template: EmailTemplate): string => {
  for (const lang of LANGUAGES) {
    if (!template.subject[lang] || !template.body[lang])
      throw new Error(`Email template "${name}" lacks its ${lang} text.`)
  }
  templates.set(name, template)
  return name
}

const fill = (text: string, data: Record<string, unknown>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => (data[key] === undefined ? '' : String(data[key])))

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const FOOTER: Localized = {
  es: 'Este mensaje lo envió el portal municipal (e-Muni). No responda a este correo.',
  pt: 'Esta mensagem foi enviada pelo portal municipal (e-Muni). Não responda a este e-mail.',
  en: 'This message was sent by the municipal portal (e-Muni). Please do not reply.',
  fr: 'Ce message a été envoyé par le portail municipal (e-Muni). Merci de ne pas y répondre.',
}

/** Subject, HTML and text of a template in one language. */
export const renderEmail = (name: string, locale: string | undefined, data: Record<string, unknown> = {}) => {
  const template = templates.get(name)
  if (!template) throw new Error(`Unknown email template "${name}".`)
  const lang: Language = isLanguage(locale) ? locale : 'es'
  const subject = fill(template.subject[lang], data)
  const paragraphs = fill(template.body[lang], data).split(/\n{2,}/)
  const action = template.action
    ? { label: fill(template.action.label[lang], data), url: fill(template.action.url, data) }
    : undefined
  const html = `<!doctype html><html lang="${lang}"><body style="margin:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2933">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;padding:32px">
<tr><td><h1 style="font-size:20px;margin:0 0 16px">${escape(subject)}</h1>
${paragraphs.map((p) => `<p style="font-size:16px;line-height:1.5;margin:0 0 12px">${escape(p)}</p>`).join('\n')}
${action ? `<p style="margin:24px 0"><a href="${escape(action.url)}" style="background:#0b5394;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none">${escape(action.label)}</a></p>` : ''}
<p style="font-size:12px;color:#52606d;margin-top:32px">${escape(FOOTER[lang])}</p></td></tr></table></td></tr></table></body></html>`
  const text = [
    subject,
    '',
    ...paragraphs,
    ...(action ? ['', `${action.label}: ${action.url}`] : []),
    '',
    FOOTER[lang],
  ].join('\n')
  return { subject, html, text, lang }
}

export const notify = async (
  payload: Payload,
  { to, template, locale, data }: { to: string; template: string; locale?: string; data?: Record<string, unknown> },
): Promise<void> => {
  const { subject, html, text } = renderEmail(template, locale, data)
  await payload.sendEmail({ to, subject, html, text })
}
