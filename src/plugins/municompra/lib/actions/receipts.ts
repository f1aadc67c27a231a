/** A bid's receipt (what its supplier sees: the seal's hash, never the content before the opening) and its email. */
import type { PayloadRequest } from 'payload'

import { isLanguage, type MunicipalityRef, notify, portalLink, requestLanguage } from '@e-muni/sdk'
import { templates } from '../../i18n/index'
import { type Doc, municipalityDoc } from './common'

export const receipt = (bid: Doc, tender: Doc) => ({
  bidId: String(bid.id),
  tender: tender.reference as string,
  tenderTitle: (tender.title as string) ?? null,
  status: bid.status as string,
  version: (bid.version as number) ?? 1,
  submittedAt: new Date(bid.submittedAt as string).toISOString(),
  sha256: bid.sha256 as string,
  opened: Boolean(bid.opened),
  amount: bid.opened ? ((bid.amount as number) ?? null) : null,
  currency: bid.opened ? ((bid.currency as string) ?? null) : null,
})

export const emailReceipt = async (
  req: PayloadRequest,
  municipality: MunicipalityRef,
  who: Doc,
  tender: Doc,
  r: ReturnType<typeof receipt>,
) => {
  const m = await municipalityDoc(req, municipality.id)
  const lang = isLanguage(who.language) ? who.language : requestLanguage(req)
  try {
    await notify(req.payload, {
      to: who.email as string,
      template: r.status === 'withdrawn' ? templates.bidWithdrawn : templates.bidReceipt,
      locale: lang,
      data: {
        name: who.name,
        reference: tender.reference,
        bid: r.bidId,
        version: r.version,
        at: `${new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'long', timeZone: m.timezone || 'UTC' }).format(new Date(r.submittedAt))} (${r.submittedAt})`,
        sha256: r.sha256,
        url: portalLink(municipality.slug, lang, 'account/bids'),
      },
    })
  } catch (error) {
    req.payload.logger.error({ err: error }, 'MuniCompra: email not sent')
  }
}
