/**
 * Advisory regression (issue 21, finding 5), MuniCompra's part: before the opening, nothing about the bids
 * but the documented public count may be inferable — a bid and its withdrawal move neither the tender's
 * public updatedAt (REST, GraphQL) nor the audit log. Its own server: the demo's open tenders untouched.
 */
import { account, api, auth, gql, login, municipalityId, startServer, type TestServer } from '@e-muni/sdk/testing'

type Doc = Record<string, any>

let server: TestServer
let platform: string
let villa: number | string
beforeAll(async () => {
  server = await startServer()
  platform = await login(server, account('platform-admin', null))
  villa = await municipalityId(server, 'villa-esperanza')
}, 300_000)
afterAll(async () => {
  await server?.stop()
})

describe('sealed-bid timing', () => {
  it('a bid and its withdrawal move no public timestamp and leave no audit entry before the opening', async () => {
    const supplier = await login(server, account('supplier', null))
    const published = await api(server)
      .get('/api/compra-tenders')
      .query({ where: { tenant: { equals: villa }, status: { equals: 'published' } }, limit: 100, depth: 0 })
      .set(auth(platform))
    const open = (published.body.docs as Doc[]).filter((t) => Date.parse(String(t.submissionDeadline)) > Date.now())
    expect(open.length).toBeGreaterThan(0)
    const since = new Date(Date.now() - 1000).toISOString()
    const SUBMIT = `mutation($t: String!) { submitBid(municipality: "villa-esperanza", tender: $t, amount: 1234) { bidId } }`
    let bidOn: Doc | undefined
    let bidId: string | undefined
    for (const tender of open) {
      const res = await gql(server, SUBMIT, { t: tender.reference }, supplier)
      if (res.data?.submitBid?.bidId) {
        bidOn = tender
        bidId = String(res.data.submitBid.bidId)
        break
      }
    }
    // The demo supplier can bid on one of the open tenders.
    expect(bidOn?.id).toBeDefined()
    const tender = bidOn!
    const publicOf = async () => (await api(server).get(`/api/compra-tenders/${tender.id}`).query({ depth: 0 })).body
    const graphOf = async () =>
      (await gql(server, `{ Tender(id: ${JSON.stringify(tender.id)}) { updatedAt } }`)).data?.Tender?.updatedAt
    expect((await publicOf()).updatedAt).toBe(tender.updatedAt)
    expect(await graphOf()).toBe(tender.updatedAt)
    const withdrawn = await gql(
      server,
      `mutation($t: String!) { withdrawBid(municipality: "villa-esperanza", tender: $t) { status } }`,
      { t: tender.reference },
      supplier,
    )
    expect(withdrawn.errors).toBeUndefined()
    expect((await publicOf()).updatedAt).toBe(tender.updatedAt)
    const log = await api(server)
      .get('/api/audit-log')
      .query({ where: { createdAt: { greater_than_equal: since } }, limit: 500, depth: 0 })
      .set(auth(platform))
    expect(log.status).toBe(200)
    const telling = (log.body.docs as Doc[]).filter(
      (e) =>
        (e.collection === 'compra-bids' && String(e.documentId) === bidId) ||
        (e.collection === 'compra-tenders' &&
          String(e.documentId) === String(tender.id) &&
          ((e.changedFields as string[] | undefined) ?? []).includes('bidCount')),
    )
    expect(telling).toEqual([])
  })
})
