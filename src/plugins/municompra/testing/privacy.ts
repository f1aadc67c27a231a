/**
 * MuniCompra's part in the app's privacy suite (`fixtures.privacy`): a person registers a supplier (its legal name,
 * tax id, address and contacts marked), staff verify it, it asks a question and bids on an open tender, which stays
 * unopened: nothing of it may be public yet. Staff cancel a draft tender and terminate a contract (their history).
 * The OCDS paths are read back.
 */
import type { PrivacyContext, PrivacyFixtures } from '@e-muni/sdk/testing'

const command = (ctx: PrivacyContext, name: string) => `/api/m/${ctx.municipality.slug}/municompra/${name}`

/** Published tenders still taking questions and bids. */
const openTenders = async (ctx: PrivacyContext) => {
  const now = Date.now()
  return (await ctx.docsOf('compra-tenders', { tenant: { equals: ctx.municipality.id } })).filter(
    (t) =>
      t.status === 'published' &&
      t.method === 'open' &&
      Date.parse(t.submissionDeadline) > now &&
      Date.parse(t.enquiryDeadline ?? t.submissionDeadline) > now,
  )
}

export const privacyFixtures: PrivacyFixtures = {
  plant: async (ctx) => {
    const person = await ctx.markedPerson('supplier')
    const registered = await ctx.restAs(
      person.token,
      'post',
      command(ctx, 'registerSupplier'),
      {
        legalName: `${ctx.marker('legal-name')} S.R.L.`,
        country: 'UY',
        taxId: `RUT${ctx.marker('tax-id')}`,
        categories: ['goods', 'services'],
        address: `Calle ${ctx.marker('supplier-address')} 55`,
        contacts: [{ name: ctx.marker('contact-name'), email: ctx.email('contact'), phone: ctx.phone('contact') }],
      },
      200,
    )
    await ctx.restAs(ctx.staff, 'patch', `/api/compra-suppliers/${registered.id}`, { status: 'verified' }, 200)
    const [tender] = await openTenders(ctx)
    if (!tender) throw new Error(`no tender of ${ctx.municipality.slug} takes questions and bids`)
    const reference = String(tender.reference)
    await ctx.restAs(
      person.token,
      'post',
      command(ctx, 'askClarification'),
      { tender: reference, question: '¿Se aceptan entregas parciales?' },
      200,
    )
    await ctx.restAs(
      person.token,
      'post',
      command(ctx, 'submitBid'),
      { tender: reference, amount: 1000, note: 'Oferta de la prueba de privacidad.' },
      200,
    )
    // Staff act on a tender and a contract: their histories name them (read by procurement staff only).
    const own = { tenant: { equals: ctx.municipality.id } }
    const draft = (await ctx.docsOf('compra-tenders', own)).find((t) => t.status === 'draft')
    const active = (await ctx.docsOf('compra-contracts', own)).find((c) => c.status === 'active')
    if (!draft || !active) throw new Error(`${ctx.municipality.slug} lacks a draft tender or an active contract`)
    await ctx.restAs(
      ctx.staff,
      'patch',
      `/api/compra-tenders/${draft.id}`,
      { status: 'cancelled', transitionComment: 'Se cancela.' },
      200,
    )
    await ctx.restAs(ctx.staff, 'patch', `/api/compra-contracts/${active.id}`, { status: 'terminated' }, 200)
  },
  publicPaths: async (ctx) => {
    const base = `/api/ocds/${ctx.municipality.slug}`
    const tenders = (await ctx.docsOf('compra-tenders', { tenant: { equals: ctx.municipality.id } })).filter(
      (t) => t.ocid && t.status !== 'draft',
    )
    return [
      `${base}/releases.json`,
      ...tenders.flatMap((t) => [`${base}/releases/${t.ocid}.json`, `${base}/records/${t.ocid}.json`]),
    ]
  },
}
