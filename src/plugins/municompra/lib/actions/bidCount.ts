/** A tender's public count of standing bids: kept by every submission and withdrawal, recovered after a crash. */
import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '@e-muni/sdk'
import { internal, systemWrite } from '../../hooks/common'
import type { Doc } from './common'

/**
 * Counts the standing bids of a tender into `bidCount` (public). Two suppliers bidding at once each
 * count, then write: the later write can carry the earlier, smaller count (seen under the crash
 * suite's load: "the tender counts 4 bids, it has 5"). So each recount counts again after its write,
 * and writes again until what it wrote is what there is: the last writer always leaves the true count.
 *
 * The count is written to the row alone (the adapter's update: no hooks, so no `updatedAt`, no audit
 * entry), and only when it changed: the tender's public timestamp and the audit log would otherwise be a
 * timeline of every submission and replacement before the opening (issue 21). The adapter's writes still
 * expire the public-read cache (lib/publicCache.ts). Returns whether the stored count was wrong.
 */
const recountTender = async (
  payload: Payload,
  tenderId: Doc['id'],
  dbReq: Partial<PayloadRequest>,
): Promise<boolean> => {
  const count = async () =>
    (
      await payload.count({
        collection: 'compra-bids',
        where: { and: [{ tender: { equals: tenderId } }, { status: { equals: 'submitted' } }] },
        overrideAccess: true,
      })
    ).totalDocs
  const stored = async () =>
    (
      (await payload.db.findOne({
        collection: 'compra-tenders',
        where: { id: { equals: tenderId } },
        req: dbReq,
      })) as unknown as Doc | null
    )?.bidCount as number | null | undefined
  let wrote = false
  let counted = await count()
  for (let attempt = 0; attempt < 10; attempt++) {
    if ((await stored()) !== counted) {
      await payload.db.updateOne({
        collection: 'compra-tenders',
        id: tenderId,
        // `updatedAt: null` tells the adapter to leave the timestamp as it is.
        data: { bidCount: counted, updatedAt: null },
        req: dbReq,
        returning: false,
      })
      wrote = true
    }
    const now = await count()
    if (now === counted) break
    counted = now
  }
  return wrote
}

export const recount = async (req: PayloadRequest, tender: Doc) => {
  await recountTender(req.payload, tender.id, systemWrite(req))
}

/**
 * After a crash (module `recover`, at start and every hour): a bid written just before the process died
 * has no recount yet, and without transactions (SQLite) or between the bid's and the count's statements
 * (PostgreSQL) nothing undoes it — the suite's kill -9 found "the tender counts 3 bids, it has 4". The
 * bid itself is whole (its row is one statement); only the public count lags. So every tender with a bid
 * written in the last two days is counted again; returns the tenders whose count was wrong.
 */
export const recoverBidCounts = async (payload: Payload): Promise<string[]> => {
  // Not only bids older than the recovery's cut-off: counting again is safe beside a bid in flight.
  const since = new Date(Date.now() - 2 * 24 * 60 * 60_000).toISOString()
  const { docs } = await payload.find({
    collection: 'compra-bids',
    where: { updatedAt: { greater_than: since } },
    pagination: false,
    depth: 0,
    select: { tender: true },
    overrideAccess: true,
  })
  const tenders = [...new Set((docs as unknown as Doc[]).map((b) => idOf(b.tender)))]
  const fixed: string[] = []
  for (const id of tenders) {
    if (await recountTender(payload, id as Doc['id'], { context: internal() })) fixed.push(`tenders#${id} bidCount`)
  }
  return fixed
}
