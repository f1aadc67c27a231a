/* eslint-disable @typescript-eslint/no-explicit-any -- documents read here are loosely shaped */
/**
 * What follows a change: an OCDS release for every change of a tender's public state, and emails —
 * registered suppliers of the tender's category when it is published; every bidder on amendments,
 * the opening, the award (winner and unsuccessful bidders alike) and a cancellation.
 */
import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { idOf, isLanguage, notify, portalLink, type Language, type TransitionEvent, type ID } from '@e-muni/sdk'
import { templates } from '../i18n/index'
import { recordRelease } from '../lib/ocds'
import { stateLabel, SUPPLIER_STATES, TENDER_STATES } from '../workflows/states'
import { isQuiet } from './common'
import { amendmentOf } from './tenders'

type Doc = Record<string, any> & { id: ID }

const RELEASE_TAGS: Record<string, string[]> = {
  published: ['tender'],
  closed: ['tenderUpdate'],
  opened: ['tenderUpdate'],
  evaluation: ['tenderUpdate'],
  awarded: ['award'],
  unsuccessful: ['tenderUpdate'],
  cancelled: ['tenderCancellation'],
}

/** A tender's page on the portal, in `lang`. */
export const tenderLink = (slug: string, lang: string, reference: string): string =>
  portalLink(slug, lang, `tenders/${encodeURIComponent(reference)}`)

const send = async (payload: Payload, args: Parameters<typeof notify>[1]) => {
  try {
    await notify(payload, args)
  } catch (error) {
    // A mail server that is down must not undo a publication, an opening or an award.
    payload.logger.error({ err: error, to: args.to, template: args.template }, 'MuniCompra: email not sent')
  }
}

export const municipalityOf = async (req: PayloadRequest, tenant: unknown) =>
  (await req.payload.findByID({
    collection: 'municipalities',
    id: idOf(tenant)!,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Doc

const languageOf = (person: Doc | null | undefined, municipality: Doc): Language =>
  isLanguage(person?.language)
    ? person.language
    : isLanguage(municipality.defaultLocale)
      ? municipality.defaultLocale
      : 'es'

const tenderTitle = async (req: PayloadRequest, id: unknown, lang: Language) =>
  (
    (await req.payload.findByID({
      collection: 'compra-tenders',
      id: idOf(id)!,
      depth: 0,
      locale: lang,
      overrideAccess: true,
      req,
    })) as unknown as Doc
  ).title as string

const formatDate = (iso: unknown, lang: Language, timeZone: string) =>
  iso
    ? new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso as string))
    : ''

/** The bids still standing on a tender, with their bidders (people) and suppliers. */
export const standingBids = async (req: PayloadRequest, tender: unknown): Promise<Doc[]> =>
  (
    await req.payload.find({
      collection: 'compra-bids',
      where: { and: [{ tender: { equals: idOf(tender) } }, { status: { equals: 'submitted' } }] },
      pagination: false,
      depth: 1,
      overrideAccess: true,
      req,
    })
  ).docs as unknown as Doc[]

/** Emails every standing bidder of `tender` with `template`; `extra(bid)` adds per-bid data or picks another template. */
export const emailBidders = async (
  req: PayloadRequest,
  tender: Doc,
  template: string | ((bid: Doc) => string),
  data: Record<string, unknown> = {},
) => {
  if (isQuiet(req)) return
  const municipality = await municipalityOf(req, tender.tenant)
  for (const bid of await standingBids(req, tender.id)) {
    const person = typeof bid.bidder === 'object' ? bid.bidder : null
    if (!person?.email) continue
    const lang = languageOf(person, municipality)
    await send(req.payload, {
      to: person.email,
      template: typeof template === 'function' ? template(bid) : template,
      locale: lang,
      data: {
        name: person.name,
        supplier: bid.supplier?.legalName,
        reference: tender.reference,
        title: await tenderTitle(req, tender.id, lang),
        municipality: municipality.name,
        deadline: formatDate(tender.submissionDeadline, lang, municipality.timezone || 'UTC'),
        opening: formatDate(tender.openingAt, lang, municipality.timezone || 'UTC'),
        status: stateLabel(TENDER_STATES, tender.status, lang),
        url: tenderLink(municipality.slug, lang, tender.reference),
        ...data,
      },
    })
  }
}

/** Verified suppliers of the municipality registered for the tender's category. */
const emailMatchingSuppliers = async (req: PayloadRequest, tender: Doc) => {
  if (isQuiet(req)) return
  const municipality = await municipalityOf(req, tender.tenant)
  const { docs } = await req.payload.find({
    collection: 'compra-suppliers',
    where: {
      and: [
        { tenant: { equals: idOf(tender.tenant) } },
        { status: { equals: 'verified' } },
        { categories: { in: [tender.category] } },
      ],
    },
    pagination: false,
    depth: 1,
    overrideAccess: true,
    req,
  })
  for (const supplier of docs as unknown as Doc[]) {
    const person = typeof supplier.account === 'object' ? supplier.account : null
    const to = person?.email ?? supplier.contacts?.[0]?.email
    if (!to) continue
    const lang = languageOf(person, municipality)
    await send(req.payload, {
      to,
      template: templates.tenderPublished,
      locale: lang,
      data: {
        supplier: supplier.legalName,
        reference: tender.reference,
        title: await tenderTitle(req, tender.id, lang),
        municipality: municipality.name,
        deadline: formatDate(tender.submissionDeadline, lang, municipality.timezone || 'UTC'),
        url: tenderLink(municipality.slug, lang, tender.reference),
      },
    })
  }
}

export const onTenderTransition = async ({ req, doc, to, comment }: TransitionEvent) => {
  const tender = doc as Doc
  const tags = RELEASE_TAGS[to]
  if (tags) await recordRelease(req, tender.id, to === 'published' && tender.plan ? ['planning', ...tags] : tags)
  if (to === 'published') await emailMatchingSuppliers(req, tender)
  if (to === 'opened') await emailBidders(req, tender, templates.bidsOpened)
  if (to === 'awarded') {
    const winner = String(idOf(tender.award?.bid))
    await emailBidders(req, tender, (bid) => (String(bid.id) === winner ? templates.awardWon : templates.awardLost), {
      reasons: tender.award?.reasons ?? '',
    })
  }
  if (to === 'cancelled' || to === 'unsuccessful')
    await emailBidders(req, tender, templates.tenderEnded, { reason: comment ?? '' })
}

/** An amendment (recorded by stampTender): a release, and every bidder told. */
export const afterTenderChange: CollectionAfterChangeHook = async ({ doc, req, context, operation }) => {
  if (operation !== 'update') return doc
  const amended = amendmentOf(context, doc.id)
  if (!amended) return doc
  delete (context['municompra:amended'] as Record<string, unknown>)[String(doc.id)]
  await recordRelease(req, doc.id, ['tenderAmendment'])
  await emailBidders(req, doc as Doc, templates.tenderAmended, {
    fields: amended.fields.join(', '),
    rationale: (doc.amendments?.at(-1)?.rationale as string) ?? '',
  })
  return doc
}

export const onSupplierTransition = async ({ req, doc, to, comment }: TransitionEvent) => {
  const supplier = doc as Doc
  if (isQuiet(req)) return
  const person = (await req.payload
    .findByID({
      collection: 'people',
      id: idOf(supplier.account)!,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    .catch(() => null)) as Doc | null
  if (!person?.email) return
  const municipality = await municipalityOf(req, supplier.tenant)
  const lang = languageOf(person, municipality)
  await send(req.payload, {
    to: person.email,
    template: templates.supplierStatus,
    locale: lang,
    data: {
      supplier: supplier.legalName,
      municipality: municipality.name,
      status: stateLabel(SUPPLIER_STATES, to, lang),
      reason: comment ?? '',
    },
  })
}

export const onContractTransition = async ({ req, doc }: TransitionEvent) => {
  await recordRelease(req, idOf(doc.tender)!, ['contractUpdate'])
}
