/* eslint-disable @typescript-eslint/no-explicit-any -- OCDS documents and Payload documents are loosely shaped here */
/** The OCDS documents themselves: a release built from a tender's public state. */
import { idOf, isLanguage, type Language, type ID } from '@e-muni/sdk'

export type Doc = Record<string, any> & { id: ID }

const TENDER_STATUS: Record<string, string> = {
  published: 'active',
  closed: 'active',
  opened: 'active',
  evaluation: 'active',
  awarded: 'complete',
  unsuccessful: 'unsuccessful',
  cancelled: 'cancelled',
}

const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : undefined)
const value = (amount: unknown, currency: unknown) =>
  typeof amount === 'number' ? { amount, currency: (currency as string) || undefined } : undefined
/** Drops undefined, null, empty strings, empty arrays and empty objects (OCDS omits what it does not know). */
export const prune = (v: any): any => {
  if (Array.isArray(v)) {
    const out = v.map(prune).filter((x) => x !== undefined)
    return out.length ? out : undefined
  }
  if (v && typeof v === 'object') {
    const out = Object.fromEntries(
      Object.entries(v)
        .map(([k, x]) => [k, prune(x)])
        .filter(([, x]) => x !== undefined),
    )
    return Object.keys(out).length ? out : undefined
  }
  return v === null || v === '' ? undefined : v
}

export type ReleaseInput = {
  tender: Doc
  municipality: Doc
  /** absolute URL of the server, for document links */
  baseUrl: string
  files: Map<string, Doc>
  plan?: Doc | null
  /** opened bids with their suppliers (depth 1) */
  bids: Doc[]
  awardSupplier?: Doc | null
  contracts: Doc[]
  enquirers: Doc[]
  hasEnquiries: boolean
}

export const partyId = (supplier: Doc) => `${supplier.country ?? 'XX'}-TAX-${supplier.taxId}`
const supplierParty = (supplier: Doc, roles: string[]) => ({
  id: partyId(supplier),
  name: supplier.legalName,
  identifier: { scheme: `${supplier.country}-TAX`, id: supplier.taxId, legalName: supplier.legalName },
  address: { countryName: supplier.country },
  roles,
})

const fileUrl = (input: ReleaseInput, file: unknown) => {
  const doc = input.files.get(String(idOf(file)))
  if (!doc?.url) return undefined
  return /^https?:/.test(doc.url) ? doc.url : `${input.baseUrl}${doc.url}`
}

/**
 * The OCDS `id` of an array row (an item, amendment, milestone, payment or document): Payload's id of the row,
 * which stays with it when the rows before it are removed or moved, as the merge by `id` of a record's
 * releases needs (a position would give a removed item's id to the next one). Rows read from the database
 * always have one; the position is only for a row that has none.
 */
const rowId = (row: Doc, i: number) => String(row.id ?? i + 1)

const documents = (input: ReleaseInput, rows: Doc[] | undefined, prefix: string) =>
  (rows ?? []).map((row, i) => {
    const file = input.files.get(String(idOf(row.file)))
    return {
      id: `${prefix}-${rowId(row, i)}`,
      documentType: row.documentType || undefined,
      title: row.title || file?.filename,
      url: fileUrl(input, row.file),
      format: file?.mimeType,
      datePublished: iso(file?.createdAt),
      language: languageOf(input.municipality),
    }
  })

export const languageOf = (municipality: Doc): Language =>
  isLanguage(municipality.defaultLocale) ? municipality.defaultLocale : 'es'

/** A release of the tender's current public state. */
export const buildRelease = (input: ReleaseInput, id: string, date: string, tag: string[]): any => {
  const { tender, municipality } = input
  const buyer = { id: `municipality-${municipality.slug}`, name: municipality.name }
  const opened = !['draft', 'published', 'closed'].includes(tender.status)
  const parties = new Map<string, any>()
  parties.set(buyer.id, {
    ...buyer,
    address: { countryName: municipality.country },
    contactPoint: { email: municipality.contact?.email, telephone: municipality.contact?.phone },
    roles: ['buyer', 'procuringEntity'],
  })
  const addParty = (supplier: Doc | null | undefined, role: string) => {
    if (!supplier || typeof supplier !== 'object') return
    const existing = parties.get(partyId(supplier))
    if (existing) existing.roles = [...new Set([...existing.roles, role])]
    else parties.set(partyId(supplier), supplierParty(supplier, [role]))
  }
  // Who bid (and who asked) is public only once the bids are open.
  if (opened) {
    for (const bid of input.bids) addParty(bid.supplier, 'tenderer')
    for (const enquirer of input.enquirers) addParty(enquirer, 'enquirer')
  }
  const award = tender.status === 'awarded' && input.awardSupplier ? tender.award : null
  if (award) addParty(input.awardSupplier, 'supplier')
  const awardId = `${tender.reference}-award-1`

  const release = {
    ocid: tender.ocid,
    id,
    date,
    tag,
    initiationType: 'tender',
    language: languageOf(municipality),
    parties: [...parties.values()],
    buyer,
    planning: input.plan
      ? {
          rationale: input.plan.title,
          budget: {
            description: input.plan.title,
            amount: value(
              (input.plan.items ?? []).reduce((s: number, i: Doc) => s + (i.estimatedValue ?? 0), 0),
              municipality.currency,
            ),
          },
        }
      : undefined,
    tender: {
      id: tender.reference,
      title: tender.title,
      description: tender.description,
      status: TENDER_STATUS[tender.status] ?? 'planning',
      procuringEntity: buyer,
      items: (tender.items ?? []).map((item: Doc, i: number) => ({
        id: rowId(item, i),
        description: item.description,
        classification: item.classificationId
          ? { scheme: item.classificationScheme || 'UNSPSC', id: item.classificationId }
          : undefined,
        quantity: item.quantity,
        unit: item.unit ? { name: item.unit } : undefined,
      })),
      value: value(tender.value?.amount, tender.value?.currency),
      procurementMethod: tender.method,
      mainProcurementCategory: tender.category,
      awardCriteria: tender.awardCriteria,
      submissionMethod: ['electronicSubmission'],
      tenderPeriod: { startDate: iso(tender.publishedAt), endDate: iso(tender.submissionDeadline) },
      enquiryPeriod: { startDate: iso(tender.publishedAt), endDate: iso(tender.enquiryDeadline) },
      hasEnquiries: input.hasEnquiries,
      awardPeriod: award ? { startDate: iso(tender.openedAt), endDate: iso(award.date) } : undefined,
      numberOfTenderers: opened ? input.bids.length : undefined,
      tenderers: opened
        ? input.bids.filter((b) => b.supplier).map((b) => ({ id: partyId(b.supplier), name: b.supplier.legalName }))
        : undefined,
      documents: documents(input, tender.documents, 'tender-doc'),
      amendments: (tender.amendments ?? []).map((a: Doc, i: number) => ({
        id: rowId(a, i),
        date: iso(a.at),
        rationale: a.rationale,
        description: a.fields ? `Changed: ${a.fields}` : undefined,
      })),
    },
    awards: award
      ? [
          {
            id: awardId,
            title: tender.title,
            description: award.reasons,
            status: 'active',
            date: iso(award.date),
            value: value(award.value, tender.value?.currency),
            suppliers: [{ id: partyId(input.awardSupplier!), name: input.awardSupplier!.legalName }],
          },
        ]
      : undefined,
    contracts: award
      ? input.contracts.map((c) => ({
          id: `${tender.reference}-contract-${c.id}`,
          awardID: awardId,
          title: c.title,
          status: c.status,
          period: { startDate: iso(c.period?.start), endDate: iso(c.period?.end) },
          value: value(c.value, c.currency),
          dateSigned: iso(c.signedAt),
          documents: documents(input, c.documents, `contract-${c.id}-doc`),
          amendments: (c.amendments ?? []).map((a: Doc, i: number) => ({
            id: rowId(a, i),
            date: iso(a.date),
            rationale: a.rationale,
            description: a.description,
          })),
          implementation: {
            transactions: (c.payments ?? []).map((p: Doc, i: number) => ({
              id: rowId(p, i),
              date: iso(p.date),
              value: value(p.amount, c.currency),
              payer: buyer,
              payee: { id: partyId(input.awardSupplier!), name: input.awardSupplier!.legalName },
            })),
            milestones: (c.milestones ?? []).map((m: Doc, i: number) => ({
              id: rowId(m, i),
              title: m.title,
              type: m.type,
              status: m.status,
              dueDate: iso(m.dueDate),
              dateMet: iso(m.dateMet),
            })),
          },
        }))
      : undefined,
  }
  // Payments are published with the contracts, which need the award (and its supplier) to be published.
  if (award && input.contracts.some((c) => (c.payments ?? []).length)) {
    const payer = parties.get(buyer.id)
    payer.roles = [...new Set([...payer.roles, 'payer'])]
    const payee = parties.get(partyId(input.awardSupplier!))
    if (payee) payee.roles = [...new Set([...payee.roles, 'payee'])]
  }
  for (const party of parties.values()) party.roles.sort()
  return prune(release)
}
