/** Bids sealed from everyone before the opening; the deadline, the jobs and the opening record. */
import fs from 'node:fs'
import path from 'node:path'

import { api, auth, gql } from '@e-muni/sdk/testing'
import {
  ASK,
  BIDS,
  ids,
  localApi,
  me,
  people,
  receipts,
  runJobs,
  server,
  setDates,
  sql,
  SUBMIT,
  tender,
  tokens,
  waitForMail,
} from '../context'

export const tenderOpeningCases = () => {
  it('keeps amounts and documents sealed from everyone before the opening — REST, GraphQL, Local API, database', async () => {
    const staff = ['platform', 'villaAdmin', 'officer', 'evaluator', 'villaEditor', 'novaOfficer']
    const everyone: [string, string | undefined][] = [
      ...staff.map((k) => [k, tokens[k]] as [string, string]),
      ['competitor s1', people.s1.token],
      ['bidder s3', people.s3.token],
      ['citizen', tokens.citizen],
      ['anonymous', undefined],
    ]
    const ofTender = (docs: Record<string, any>[] = []) =>
      docs.filter(
        (d) => String(typeof d.tender === 'object' && d.tender ? d.tender.id : d.tender) === String(ids.tender),
      )
    const onTender = { tender: { equals: ids.tender } }
    for (const [who, token] of everyone) {
      const rest = await api(server).get('/api/compra-bids').query({ depth: 2, limit: 200 }).set(auth(token))
      const docs = ofTender(rest.status === 200 ? rest.body.docs : [])
      for (const doc of docs)
        expect({ who, amount: doc.amount ?? null, sealed: doc.sealed, documents: doc.documents ?? [] }).toEqual({
          who,
          amount: null,
          sealed: undefined,
          documents: [],
        })
      // A bidder sees its own receipt; staff (platform admin included) see no bid of this tender before the opening.
      const expected = who === 'bidder s3' ? [receipts.s3.bidId] : who === 'competitor s1' ? [receipts.s1.bidId] : []
      expect({ who, ids: docs.map((d) => String(d.id)) }).toEqual({ who, ids: expected })
      const graph = await gql(
        server,
        `{ Bids(where: { tender: { equals: ${JSON.stringify(ids.tender)} } }) { docs { id amount lines note documents { id url } } } }`,
        {},
        token,
      )
      expect({
        who,
        docs: (graph.data?.Bids?.docs ?? []).map((d: Record<string, unknown>) => [d.amount, d.documents]),
      }).toEqual({
        who,
        docs: expected.map(() => [null, []]),
      })
      // The filter is no oracle: asking for this tender's bids by amount finds nothing before the opening.
      const probe = await api(server)
        .get('/api/compra-bids')
        .query({ where: { and: [onTender, { amount: { greater_than: 0 } }] } })
        .set(auth(token))
      expect({ who, found: probe.status === 200 ? probe.body.totalDocs : 0 }).toEqual({ who, found: 0 })
      const files = await api(server).get('/api/compra-bid-documents').set(auth(token))
      expect({ who, files: files.status === 200 ? files.body.totalDocs : 0 }).toEqual({ who, files: 0 })
    }
    const actors = [
      { collection: 'users' as const, id: (await me(tokens.platform)).id },
      { collection: 'users' as const, id: (await me(tokens.villaAdmin)).id },
      { collection: 'users' as const, id: (await me(tokens.officer)).id },
      { collection: 'users' as const, id: (await me(tokens.evaluator)).id },
      { collection: 'people' as const, id: people.s1.id },
    ]
    const local = await localApi(actors, [
      { collection: 'compra-bids', where: onTender },
      { collection: 'compra-bid-documents' },
    ])
    expect(Object.keys(local)).toHaveLength(5)
    for (const [who, reads] of Object.entries(local)) {
      const bids = reads['compra-bids'] as Record<string, unknown>[]
      expect(Array.isArray(bids)).toBe(true)
      expect(bids.filter((b) => b.amount !== null && b.amount !== undefined)).toEqual([])
      expect(bids.filter((b) => b.sealed !== undefined)).toEqual([])
      expect({ who, files: reads['compra-bid-documents'] }).toEqual({ who, files: [] })
    }
    // A dump of the database: ciphertext only.
    const rows = await sql(
      'SELECT sealed, amount, sha256 FROM compra_bids WHERE tender_id = ?',
      'SELECT sealed, amount, sha256 FROM compra_bids WHERE tender_id = $1',
      [ids.tender],
    )
    expect(rows).toHaveLength(3)
    for (const row of rows) {
      expect(row.amount).toBeNull()
      expect(String(row.sealed)).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/)
      for (const plain of ['850000', '950000', '1000000', 'JVBER', '%PDF', 'oferta-tecnica'])
        expect(String(row.sealed)).not.toContain(plain)
    }
    expect(rows.map((r) => r.sha256).sort()).toEqual(
      [receipts.s1.sha256, receipts.s2.sha256, receipts.s3.sha256].sort(),
    )
    expect(
      fs.existsSync(path.join(server.mediaDir, 'bid-documents'))
        ? fs.readdirSync(path.join(server.mediaDir, 'bid-documents'))
        : [],
    ).toEqual([])
  })

  it('refuses a bid after the deadline by server time; the jobs close at the deadline and open at the opening time', async () => {
    const now = Date.now()
    await setDates(ids.tender, {
      enquiry_deadline: new Date(now - 60_000),
      submission_deadline: new Date(now - 1_000),
      opening_at: new Date(now + 3_600_000),
    })
    const late = await gql(server, SUBMIT, { t: 'LP-2026-900', a: 700_000 }, people.late.token)
    expect(late.errors?.[0].extensions?.statusCode).toBe(409)
    expect(late.errors?.[0].message).toMatch(/^La recepción de ofertas cerró el .+\(\d{4}-\d{2}-\d{2}T/)
    const lateQuestion = await gql(
      server,
      ASK,
      { m: 'villa-esperanza', t: 'LP-2026-900', q: '¿Todavía?' },
      people.late.token,
    )
    expect(lateQuestion.errors?.[0].extensions?.statusCode).toBe(409)
    const withdraw = await gql(
      server,
      'mutation { withdrawBid(municipality: "villa-esperanza", tender: "LP-2026-900") { status } }',
      {},
      people.s1.token,
    )
    expect(withdraw.errors?.[0].extensions?.statusCode).toBe(409)

    await runJobs('municompra-open') // too early to open: it only closes
    expect((await tender(ids.tender)).status).toBe('closed')
    expect((await tender(ids.tender)).openingRecord).toEqual([])
    await setDates(ids.tender, { opening_at: new Date(Date.now() - 1_000) })
    await runJobs('municompra-open')
    const opened = await tender(ids.tender)
    expect(opened.status).toBe('opened')
    expect(
      opened.openingRecord.map((r: { supplierName: string; amount: number }) => [r.supplierName, r.amount]).sort(),
    ).toEqual([
      ['Constructora S1 S.A.', 1_000_000],
      ['Constructora S2 S.A.', 850_000],
      ['Constructora S3 S.A.', 950_000],
    ])
    const history = (await tender(ids.tender, tokens.officer)).history
    expect((await tender(ids.tender)).history ?? []).toEqual([])
    expect(history.map((h: { to: string; actor: string }) => [h.to, h.actor]).slice(-2)).toEqual([
      ['closed', 'system'],
      ['opened', 'system'],
    ])
    // Everyone reads the opening record, REST and GraphQL.
    const graph = await gql(
      server,
      `{ Tender(id: ${JSON.stringify(ids.tender)}) { status bidCount openingRecord { supplierName amount } } }`,
    )
    expect(graph.data!.Tender).toMatchObject({ status: 'opened', bidCount: 3 })
    expect(graph.data!.Tender.openingRecord).toHaveLength(3)
    for (const key of ['s1', 's2', 's3'])
      await waitForMail(people[key].email, (m) => m.subject === 'Apertura de ofertas: LP-2026-900')
    // Now staff read amounts and files; the public does not read bids themselves.
    const asOfficer = await api(server)
      .get('/api/compra-bids')
      .query({ where: { tender: { equals: ids.tender } }, depth: 1 })
      .set(auth(tokens.officer))
    expect(asOfficer.body.docs.map((b: { amount: number }) => b.amount).sort()).toEqual(
      [1_000_000, 850_000, 950_000].sort(),
    )
    const withFile = asOfficer.body.docs.find((b: { id: unknown }) => String(b.id) === receipts.s3.bidId)
    expect(withFile.documents).toHaveLength(1)
    const file = await api(server).get(withFile.documents[0].url.replace(server.url, '')).set(auth(tokens.officer))
    expect(file.status).toBe(200)
    expect(Buffer.from(file.body).subarray(0, 4).toString()).toBe('%PDF')
    expect([403, 404]).toContain((await api(server).get(withFile.documents[0].url.replace(server.url, ''))).status)
    expect([403, 404]).toContain(
      (await api(server).get(withFile.documents[0].url.replace(server.url, '')).set(auth(people.s1.token))).status,
    )
    expect(
      (
        await api(server)
          .get('/api/compra-bids')
          .query({ where: { tender: { equals: ids.tender } } })
      ).body.docs ?? [],
    ).toEqual([])
    const theirs = await gql(server, BIDS, {}, people.s2.token)
    expect(theirs.data!.myBids[0]).toMatchObject({ opened: true, amount: 850_000 })
  })
}
