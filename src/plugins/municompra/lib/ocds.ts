/**
 * OCDS 1.1.5. Every change of a tender's public state writes a release (a full snapshot of the
 * contracting process, with the tags of what changed) to `ocds-releases`; the endpoints serve them
 * as release packages and, merged by the standard's rules (./ocdsMerge.ts), as records with a compiled release.
 *
 * ocid = the install option `ocdsPrefix` (`ocds-` + 6 lowercase letters or digits, registered with the Open
 * Contracting Partnership) + `-` + municipality slug + `-` + tender reference.
 */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { idOf, moduleOptions, type ID } from '@e-muni/sdk'
import { MODULE } from '../i18n/index'
import { buildRelease, languageOf, type Doc } from './ocdsRelease'

export { buildRelease, partyId, prune, type ReleaseInput } from './ocdsRelease'
export { compile, mergeRulesOf, type MergeRules } from './ocdsMerge'

export const OCDS_VERSION = '1.1'
const PREFIX = /^ocds-[a-z0-9]{6}$/

/** MuniCompra's install options: `muniCompra({ ocdsPrefix })` in the app's list of modules. */
export type MuniCompraOptions = {
  /** the installation's OCDS publisher prefix; `ocds-emuni0` (unregistered) when not given */
  ocdsPrefix: string
}

/** Checks the install options and fills the defaults; a wrong prefix stops the server with a clear message. */
export const resolveOptions = (given: Partial<MuniCompraOptions>): MuniCompraOptions => {
  const prefix = (given.ocdsPrefix || 'ocds-emuni0').trim()
  if (!PREFIX.test(prefix))
    throw new Error(
      `MuniCompra's ocdsPrefix "${prefix}" must be "ocds-" followed by 6 lowercase letters or digits (the prefix the Open Contracting Partnership registered).`,
    )
  return { ocdsPrefix: prefix }
}

export const ocidOf = (payload: Pick<Payload, 'config'>, municipalitySlug: string, reference: string): string =>
  `${moduleOptions<MuniCompraOptions>(payload, MODULE).ocdsPrefix}-${municipalitySlug}-${reference}`

/** Writes a release of the tender `id` (as it now is, in this request's transaction) with `tag`. */
export const recordRelease = async (req: PayloadRequest, tenderId: ID, tag: string[]) => {
  const { payload } = req
  const read = <T = Doc>(collection: CollectionSlug, args: Record<string, unknown>) =>
    payload
      .find({ collection, pagination: false, depth: 0, overrideAccess: true, req, ...args })
      .then((r) => r.docs as unknown as T[])
  const first = (await payload.findByID({
    collection: 'compra-tenders',
    id: tenderId,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Doc
  const municipality = (await payload.findByID({
    collection: 'municipalities',
    id: idOf(first.tenant)!,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Doc
  const lang = languageOf(municipality)
  const tender = (await payload.findByID({
    collection: 'compra-tenders',
    id: tenderId,
    depth: 0,
    locale: lang,
    overrideAccess: true,
    req,
  })) as unknown as Doc
  if (tender.status === 'draft' || !tender.ocid) return null
  const contracts = await read('compra-contracts', {
    where: { tender: { equals: tender.id } },
    sort: 'createdAt',
    locale: lang,
  })
  const fileIds = [
    ...(tender.documents ?? []).map((d: Doc) => idOf(d.file)),
    ...contracts.flatMap((c) => (c.documents ?? []).map((d: Doc) => idOf(d.file))),
  ].filter((x) => x !== undefined)
  const files = new Map(
    (fileIds.length ? await read('compra-files', { where: { id: { in: fileIds } } }) : []).map((f) => [
      String(f.id),
      f,
    ]),
  )
  const bids = await read('compra-bids', {
    where: { and: [{ tender: { equals: tender.id } }, { opened: { equals: true } }] },
    depth: 1,
    sort: 'submittedAt',
  })
  const clarifications = await read('compra-clarifications', { where: { tender: { equals: tender.id } }, depth: 1 })
  const awardBid = tender.award?.bid ? bids.find((b) => String(b.id) === String(idOf(tender.award.bid))) : undefined
  const plan = tender.plan
    ? ((await payload.findByID({
        collection: 'compra-plans',
        id: idOf(tender.plan)!,
        depth: 0,
        locale: lang,
        overrideAccess: true,
        req,
        disableErrors: true,
      })) as unknown as Doc | null)
    : null
  const existing = await payload.count({
    collection: 'compra-ocds-releases',
    where: { ocid: { equals: tender.ocid } },
    overrideAccess: true,
    req,
  })
  const date = new Date().toISOString()
  // Numbered in order; two changes at the same instant would take the same number (the unique index
  // refuses the second), so a clash takes a suffix instead of failing the change.
  const sequence = String(existing.totalDocs + 1).padStart(4, '0')
  const taken = await payload.count({
    collection: 'compra-ocds-releases',
    where: { releaseId: { equals: `${tender.ocid}-${sequence}` } },
    overrideAccess: true,
    req,
  })
  const releaseId = `${tender.ocid}-${sequence}${taken.totalDocs ? `-${Date.now().toString(36)}` : ''}`
  const release = buildRelease(
    {
      tender,
      municipality,
      baseUrl: (process.env.PUBLIC_URL || payload.config.serverURL || '').replace(/\/$/, ''),
      files,
      plan,
      bids,
      awardSupplier: (awardBid?.supplier as Doc | undefined) ?? null,
      contracts,
      enquirers: [
        ...new Map(
          clarifications
            .filter((c) => c.supplier && typeof c.supplier === 'object')
            .map((c) => [c.supplier.id, c.supplier]),
        ).values(),
      ],
      hasEnquiries: clarifications.length > 0,
    },
    releaseId,
    date,
    tag,
  )
  return payload.create({
    collection: 'compra-ocds-releases',
    data: {
      tenant: tender.tenant,
      ocid: tender.ocid,
      releaseId,
      date,
      tags: tag.join(' '),
      tender: tender.id,
      release,
    },
    overrideAccess: true,
    req,
    depth: 0,
  })
}
