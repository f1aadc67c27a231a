/* eslint-disable @typescript-eslint/no-explicit-any -- documents read here are loosely shaped */
/** Emails to authors (moderation decisions, official answers), in the author's language. */
import type { PayloadRequest } from 'payload'

import { idOf, isLanguage, notify, portalLink, type Language, type TransitionEvent } from '@e-muni/sdk'
import { templates } from '../i18n/index'
import { isQuiet } from './common'

const TEMPLATE: Record<string, Record<string, string>> = {
  'participa-proposals': {
    published: templates.proposalPublished,
    rejected: templates.proposalRejected,
    hidden: templates.proposalHidden,
  },
  'participa-comments': { hidden: templates.commentHidden },
}

export const sendToAuthor = async (
  req: PayloadRequest,
  doc: Record<string, any>,
  template: string,
  data: Record<string, unknown> | ((lang: Language) => Record<string, unknown>),
) => {
  if (isQuiet(req)) return
  const [person, municipality] = await Promise.all([
    req.payload.findByID({
      collection: 'people',
      id: idOf(doc.author)!,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    }),
    req.payload.findByID({ collection: 'municipalities', id: idOf(doc.tenant)!, depth: 0, overrideAccess: true, req }),
  ])
  const email = (person as any)?.email
  if (!email) return
  const lang: Language = isLanguage((person as any).language)
    ? (person as any).language
    : isLanguage(municipality.defaultLocale)
      ? municipality.defaultLocale
      : 'es'
  try {
    await notify(req.payload, {
      to: email,
      template,
      locale: lang,
      data: {
        name: (person as any).name,
        municipality: municipality.name,
        url: portalLink(municipality.slug as string, lang, 'participation'),
        ...(typeof data === 'function' ? data(lang) : data),
      },
    })
  } catch (error) {
    req.payload.logger.error({ err: error, to: email }, 'MuniParticipa: email not sent')
  }
}

export const emailAuthor = async ({ req, collection, doc, to, comment }: TransitionEvent) => {
  const template = TEMPLATE[collection]?.[to]
  if (!template) return
  await sendToAuthor(req, doc, template, { title: (doc.title as string) ?? '', reason: comment ?? '' })
}
