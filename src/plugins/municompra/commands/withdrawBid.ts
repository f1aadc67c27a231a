/**
 * A supplier withdraws its bid before the deadline; the sealed content goes with it (GraphQL `withdrawBid`,
 * REST POST /api/m/{municipality}/municompra/withdrawBid).
 */
import { defineCommand } from '@e-muni/sdk'
import { fail, internal, person, systemWrite, t } from '../hooks/common'
import { recount } from '../lib/actions/bidCount'
import { assertOpenForBids, type Doc, findTender, mySupplier } from '../lib/actions/common'
import { tenderInput } from '../lib/actions/input'
import { emailReceipt, receipt } from '../lib/actions/receipts'

export const withdrawBid = defineCommand({
  name: 'withdrawBid',
  authorize: ({ req }) => {
    person(req)
  },
  input: (raw, { req }) => ({ tender: tenderInput(req, raw) }),
  run: async ({ req, municipality }, input) => {
    const who = person(req)
    const tender = await findTender(req, municipality, input.tender)
    const supplier = await mySupplier(req, municipality)
    const bid = supplier
      ? ((
          await req.payload.find({
            collection: 'compra-bids',
            where: { uniqueKey: { equals: `${tender.id}:${supplier.id}` } },
            depth: 0,
            limit: 1,
            overrideAccess: true,
            req,
          })
        ).docs[0] as unknown as Doc | undefined)
      : undefined
    if (!bid || bid.status !== 'submitted') throw fail(t(req, 'noBid', { reference: tender.reference }), 404)
    await assertOpenForBids(req, tender)
    const updated = (await req.payload.update({
      collection: 'compra-bids',
      id: bid.id,
      // The sealed content goes: a withdrawn bid is never opened.
      data: { status: 'withdrawn', sealed: null, submittedAt: new Date().toISOString() },
      overrideAccess: true,
      req: systemWrite(req),
      context: internal(),
      depth: 0,
    })) as unknown as Doc
    await recount(req, tender)
    const result = receipt(updated, tender)
    await emailReceipt(req, municipality, who, tender, result)
    return result
  },
})
