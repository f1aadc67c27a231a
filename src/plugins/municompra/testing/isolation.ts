/**
 * MuniCompra for the app's isolation matrix (`fixtures.isolation`): a supplier registered and verified in
 * municipality A (an actor), and an opened bid with its document in municipality B.
 */
import type { FixtureActor, IsolationContext, IsolationFiller } from '@e-muni/sdk/testing'

export const isolationActors = async (ctx: IsolationContext): Promise<FixtureActor[]> => {
  const { slug } = ctx.municipality
  const supplier = await ctx.person(`proveedora@${slug}.test`, 'Proveedora de A')
  const registration = await ctx.gqlAs(
    supplier.token,
    'registering a supplier in A',
    `mutation R($m: String!) { registerSupplier(municipality: $m, legalName: "Proveedora de A Ltda.", country: "BR",
      taxId: "ISOA0001", categories: ["goods", "services"]) { id status } }`,
    { m: slug },
  )
  await ctx.rest('patch', `/api/compra-suppliers/${registration.registerSupplier.id}`, { status: 'verified' }, 200)
  return [{ name: 'supplier', kind: 'supplier', token: supplier.token }]
}

export const isolationFillers: IsolationFiller[] = [
  {
    name: 'an opened bid with a document',
    fills: ['compra-bid-documents'],
    run: async (ctx) => {
      const { id, slug } = ctx.municipality
      const now = Date.now()
      const tender = (await ctx.docsOf('compra-tenders', { tenant: { equals: id } })).find(
        (t) =>
          t.status === 'published' &&
          t.method === 'open' &&
          Date.parse(t.submissionDeadline) > now &&
          Date.parse(t.enquiryDeadline ?? t.submissionDeadline) > now,
      )
      if (!tender) throw new Error('no tender of B takes bids')
      const resident = await ctx.person(`residente@${slug}.test`, 'Residente de B')
      const reg = await ctx.gqlAs(
        resident.token,
        'registering a supplier in B',
        `mutation R($m: String!) { registerSupplier(municipality: $m, legalName: "Residente de B S.A.", country: "UY",
          taxId: "ISOB0001", categories: ["goods", "works", "services"]) { id } }`,
        { m: slug },
      )
      await ctx.rest('patch', `/api/compra-suppliers/${reg.registerSupplier.id}`, { status: 'verified' }, 200)
      await ctx.gqlAs(
        resident.token,
        'bidding in B',
        `mutation B($m: String!, $t: String!, $d: [BidDocumentInput!]) { submitBid(municipality: $m, tender: $t,
          amount: 1000, documents: $d) { bidId } }`,
        { m: slug, t: String(tender.reference), d: [{ filename: 'oferta.pdf', base64: ctx.pdf.toString('base64') }] },
      )
      // Its deadlines moved into the past, the opening job closes the tender and opens the bids.
      const past = new Date(now - 60_000).toISOString()
      await ctx.sql('UPDATE compra_tenders SET submission_deadline = ?, opening_at = ? WHERE id = ?', [
        past,
        past,
        tender.id,
      ])
      for (let i = 0; i < 2; i++) {
        await ctx.rest('post', '/api/payload-jobs', { taskSlug: 'municompra-open', input: {}, queue: 'default' }, 201)
        await ctx.rest('get', '/api/payload-jobs/run?queue=default', undefined, 200)
      }
    },
  },
]
