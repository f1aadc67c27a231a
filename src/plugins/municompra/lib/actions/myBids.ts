/* eslint-disable @typescript-eslint/no-explicit-any -- documents read here are loosely shaped */
/** The caller's bids in a municipality, as receipts. */
import type { PayloadRequest } from 'payload'

import { idOf, type MunicipalityRef, requestLanguage } from '@e-muni/sdk'
import { person } from '../../hooks/common'
import type { Doc } from './common'
import { receipt } from './receipts'

export const myBids = async (req: PayloadRequest, municipality: MunicipalityRef) => {
  const who = person(req)
  const { docs } = await req.payload.find({
    collection: 'compra-bids',
    where: { and: [{ tenant: { equals: municipality.id } }, { bidder: { equals: who.id } }] },
    depth: 0,
    sort: '-submittedAt',
    limit: 200,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const tenderIds = [...new Set((docs as unknown as Doc[]).map((b) => idOf(b.tender)))]
  const tenders = new Map(
    tenderIds.length
      ? (
          await req.payload.find({
            collection: 'compra-tenders',
            where: { id: { in: tenderIds } },
            depth: 0,
            pagination: false,
            locale: requestLanguage(req),
            overrideAccess: true,
            req,
          })
        ).docs.map((d: any) => [String(d.id), d as Doc])
      : [],
  )
  return (docs as unknown as Doc[]).map((bid) => receipt(bid, tenders.get(String(idOf(bid.tender)))!))
}
