/* eslint-disable @typescript-eslint/no-explicit-any -- documents read here are loosely shaped */
/**
 * The deadline jobs, every minute (their precision is the jobs runner's interval), idempotent and
 * only for municipalities with MuniCompra on:
 * - `municompra-close`: published tenders whose submission deadline has passed → closed;
 * - `municompra-open`: closed tenders whose opening time has come → all their bids are unsealed at
 *   once, their documents stored, and the opening record (bidders and amounts) published.
 */
import type { PayloadRequest, TaskConfig } from 'payload'

import { municipalitiesWithModule, type ID } from '@e-muni/sdk'
import { internal, isQuiet } from '../hooks/common'
import { MODULE } from '../i18n/index'
import { masterKey, open } from '../lib/sealing'

type Doc = Record<string, any> & { id: ID }

const due = async (req: PayloadRequest, status: string, field: string, now: Date) => {
  const municipalities = await municipalitiesWithModule(req, MODULE)
  if (!municipalities.length) return []
  const { docs } = await req.payload.find({
    collection: 'compra-tenders',
    where: {
      and: [
        { tenant: { in: municipalities } },
        { status: { equals: status } },
        { [field]: { less_than_equal: now.toISOString() } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs as unknown as Doc[]
}

/**
 * As the system (no user): the workflow lets only the system close and open. False when another run of
 * the job moved the tender first (the workflow answers 409): nothing to do.
 */
const move = (req: PayloadRequest, id: ID, data: Record<string, unknown>) =>
  req.payload
    .update({
      collection: 'compra-tenders',
      id,
      data: data,
      overrideAccess: true,
      context: { ...internal(), ...(isQuiet(req) ? { quiet: true } : {}) },
      depth: 0,
    })
    .then(
      () => true,
      (error: unknown) => {
        if ((error as { status?: number }).status === 409) return false
        throw error
      },
    )

export const closeDueTenders = async (req: PayloadRequest, now = new Date()) => {
  let closed = 0
  for (const tender of await due(req, 'published', 'submissionDeadline', now)) {
    if (await move(req, tender.id, { status: 'closed' })) closed += 1
  }
  return { closed }
}

export const openDueTenders = async (req: PayloadRequest, now = new Date()) => {
  const key = masterKey()
  let opened = 0
  for (const tender of await due(req, 'closed', 'openingAt', now)) {
    if ('problem' in key) {
      req.payload.logger.error(`MuniCompra: cannot open ${tender.reference}: ${key.problem}`)
      continue
    }
    const { docs: bids } = await req.payload.find({
      collection: 'compra-bids',
      where: { and: [{ tender: { equals: tender.id } }, { status: { equals: 'submitted' } }] },
      pagination: false,
      depth: 0,
      sort: 'submittedAt',
      overrideAccess: true,
    })
    const record: Record<string, unknown>[] = []
    for (const bid of bids as unknown as Doc[]) {
      if (!bid.opened) {
        let content
        try {
          content = open(
            key.key,
            { tender: String(tender.id), supplier: String(bid.supplier) },
            String(bid.sealed ?? ''),
          )
        } catch (error) {
          req.payload.logger.error(
            { err: error, bid: bid.id },
            `MuniCompra: bid ${bid.id} of ${tender.reference} does not open`,
          )
          record.push({
            supplierName: bid.supplierName,
            amount: null,
            submittedAt: bid.submittedAt,
            bid: String(bid.id),
          })
          continue
        }
        // A run that stopped half-way may have stored some of this bid's files: start its files afresh.
        await req.payload.delete({
          collection: 'compra-bid-documents',
          where: { bid: { equals: bid.id } },
          overrideAccess: true,
          context: internal(),
        })
        const documents: ID[] = []
        for (const file of content.documents ?? []) {
          const data = Buffer.from(file.base64, 'base64')
          const stored = (await req.payload.create({
            collection: 'compra-bid-documents',
            data: { tenant: tender.tenant, bid: bid.id, bidder: bid.bidder },
            file: { data, mimetype: file.mimeType, name: file.name, size: data.length },
            overrideAccess: true,
            context: internal(),
            depth: 0,
          })) as unknown as Doc
          documents.push(stored.id)
        }
        Object.assign(
          bid,
          await req.payload.update({
            collection: 'compra-bids',
            id: bid.id,
            data: {
              opened: true,
              amount: content.amount,
              currency: content.currency,
              lines: content.lines?.length ? content.lines : null,
              note: content.note || null,
              documents,
            },
            overrideAccess: true,
            context: internal(),
            depth: 0,
          }),
        )
      }
      const supplier = (await req.payload.findByID({
        collection: 'compra-suppliers',
        id: bid.supplier,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })) as unknown as Doc | null
      record.push({
        supplierName: bid.supplierName,
        taxId: supplier?.taxId ?? null,
        amount: bid.amount,
        currency: bid.currency,
        submittedAt: bid.submittedAt,
        bid: String(bid.id),
      })
    }
    if (await move(req, tender.id, { status: 'opened', openingRecord: record, openedAt: now.toISOString() }))
      opened += 1
  }
  return { opened }
}

export const closeTask = {
  slug: 'municompra-close',
  label: 'MuniCompra: close tenders at their submission deadline',
  schedule: [{ cron: '* * * * *', queue: 'default' }],
  handler: async ({ req }: { req: PayloadRequest }) => ({ output: await closeDueTenders(req) }),
} as unknown as TaskConfig

export const openTask = {
  slug: 'municompra-open',
  label: 'MuniCompra: open the bids at the opening time',
  schedule: [{ cron: '* * * * *', queue: 'default' }],
  // Closes first what is due, so that a tender whose two deadlines passed together still opens.
  handler: async ({ req }: { req: PayloadRequest }) => ({
    output: { ...(await closeDueTenders(req)), ...(await openDueTenders(req)) },
  }),
} as unknown as TaskConfig
