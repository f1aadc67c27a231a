/** MuniCompra reads shared by the tender pages: a published tender by reference, and what a supplier may do now. */
import 'server-only'

import { cache } from 'react'

import { cmsQuery, municipalityTag, type Portal } from '@e-muni/sdk/portal'
import { formatDate, formatMoney } from '@e-muni/sdk/portal/i18n'

import {
  ProcurementMyBidsDocument,
  ProcurementMyRegistrationDocument,
  ProcurementTenderPageDocument,
  type ProcurementTenderPageQuery,
} from './gql'

export type Tender = NonNullable<ProcurementTenderPageQuery['Tenders']>['docs'][number]

const REFERENCE = /^[A-Za-z0-9.-]{1,60}$/

/** A published (or later) tender of the portal's municipality by its reference (the URL segment), or undefined. */
export const loadTender = cache(async (portal: Portal, id: string): Promise<Tender | undefined> => {
  const reference = decodeURIComponent(id).toUpperCase()
  if (!REFERENCE.test(reference)) return undefined
  const data = await cmsQuery(
    ProcurementTenderPageDocument,
    { municipality: portal.municipality.id, reference, locale: portal.lang },
    { tags: [municipalityTag(portal.municipality.slug)] },
  )
  const tender = data.Tenders?.docs[0]
  return tender && tender.status !== 'draft' ? tender : undefined
})

const before = (iso: string | null | undefined) => Boolean(iso) && Date.now() < Date.parse(iso!)

/** Questions are taken while the tender is published and before the enquiry deadline. */
export const inEnquiryPeriod = (tender: Pick<Tender, 'status' | 'enquiryDeadline'>) =>
  tender.status === 'published' && before(tender.enquiryDeadline)

/** Bids are taken while the tender is published and before the submission deadline (the CMS has the last word). */
export const takesBids = (tender: Pick<Tender, 'status' | 'submissionDeadline'>) =>
  tender.status === 'published' && before(tender.submissionDeadline)

/** The signed-in person's supplier registration in this municipality (null when not registered). */
export const myRegistration = async (portal: Portal, token: string) =>
  (
    await cmsQuery(
      ProcurementMyRegistrationDocument,
      { municipality: portal.municipality.slug },
      { token, lang: portal.lang },
    )
  ).mySupplierRegistration

export const myBids = async (portal: Portal, token: string) =>
  (await cmsQuery(ProcurementMyBidsDocument, { municipality: portal.municipality.slug }, { token, lang: portal.lang }))
    .myBids

/** An amount in the given currency, else the municipality's. */
export const money = (portal: Portal, amount: number | null | undefined, currency?: string | null) =>
  formatMoney(portal.lang, amount, currency || portal.municipality.currency || 'USD')

/** A date and time in the municipality's time zone. */
export const when = (portal: Portal, iso: string | null | undefined, withTime = true) =>
  formatDate(portal.lang, iso, portal.municipality.timezone ?? undefined, withTime)
