/** Sealed bids with receipts, the municipality's amendment notice setting, and an amendment. */
import { api, auth, gql } from '@e-muni/sdk/testing'
import {
  BIDS,
  ids,
  mailsTo,
  nova,
  PDF,
  people,
  receipts,
  server,
  SUBMIT,
  tender,
  tokens,
  villa,
  waitForMail,
} from '../context'

export const tenderBidCases = () => {
  it('takes one sealed bid per supplier, replaceable, with a receipt', async () => {
    const bid = async (key: string, amount: number, docs?: unknown[]) => {
      const res = await gql(server, SUBMIT, { t: 'LP-2026-900', a: amount, docs }, people[key].token)
      expect(res.errors).toBeUndefined()
      return res.data!.submitBid
    }
    const invalid = await gql(
      server,
      SUBMIT,
      {
        t: 'LP-2026-900',
        a: -5,
        docs: [{ filename: 'x.html', base64: Buffer.from('<html></html>').toString('base64') }],
      },
      people.s1.token,
    )
    expect(invalid.errors?.[0].extensions?.statusCode).toBe(400)
    expect(invalid.errors?.[0].message).toMatch(/amount.*documents\.0/)
    expect((await gql(server, SUBMIT, { t: 'LP-2026-900', a: 10 })).errors?.[0].extensions?.statusCode).toBe(401)
    // A person who is not a verified supplier of the municipality.
    expect(
      (await gql(server, SUBMIT, { t: 'LP-2026-900', a: 10 }, tokens.citizen)).errors?.[0].extensions?.statusCode,
    ).toBe(403)

    // Issue 21, finding 5: nothing about the bids but the public count may be inferable before the opening.
    const publicBefore = await tender(ids.tender)
    const auditSince = new Date().toISOString()
    receipts.s1 = await bid('s1', 1_000_000)
    const first = await bid('s2', 900_000)
    receipts.s2 = await bid('s2', 850_000)
    receipts.s3 = await bid('s3', 950_000, [{ filename: 'oferta-tecnica.pdf', base64: PDF.toString('base64') }])
    expect(receipts.s2.bidId).toBe(first.bidId)
    expect(receipts.s2.version).toBe(2)
    expect(receipts.s2.sha256).not.toBe(first.sha256)
    for (const r of Object.values(receipts)) {
      expect(r.sha256).toMatch(/^[0-9a-f]{64}$/)
      expect(Date.parse(r.submittedAt)).toBeGreaterThan(Date.now() - 120_000)
      expect(r).toMatchObject({ opened: false, amount: null, status: 'submitted' })
    }
    const mail = await waitForMail(
      people.s2.email,
      (m) => m.subject === 'Comprobante de oferta: LP-2026-900' && m.text.includes('versión 2'),
    )
    expect(mail.text).toContain(receipts.s2.sha256)
    expect((await tender(ids.tender)).bidCount).toBe(3)
    // The tender's public timestamp does not move with the bids (only the documented count does).
    const publicAfter = await tender(ids.tender)
    expect(publicAfter.updatedAt).toBe(publicBefore.updatedAt)
    const graphTender = await gql(server, `{ Tender(id: ${JSON.stringify(ids.tender)}) { updatedAt bidCount } }`)
    expect(graphTender.data?.Tender).toEqual({ updatedAt: publicBefore.updatedAt, bidCount: 3 })
    // The audit log shows no bid and no recount of this tender before the opening, to the municipal admin
    // nor to the platform admin (who cannot read unopened bids either).
    const bidIds = [receipts.s1.bidId, receipts.s2.bidId, receipts.s3.bidId]
    for (const who of ['villaAdmin', 'platform']) {
      const entries = await api(server)
        .get('/api/audit-log')
        .query({ where: { createdAt: { greater_than_equal: auditSince } }, limit: 500, depth: 0 })
        .set(auth(tokens[who]))
      expect(entries.status).toBe(200)
      const telling = (entries.body.docs as Record<string, any>[]).filter(
        (e) =>
          (e.collection === 'compra-bids' && bidIds.includes(String(e.documentId))) ||
          (e.collection === 'compra-tenders' &&
            String(e.documentId) === String(ids.tender) &&
            (e.changedFields ?? []).includes('bidCount')),
      )
      expect({ who, telling: telling.map((e) => `${e.operation} ${e.collection} ${e.changedFields}`) }).toEqual({
        who,
        telling: [],
      })
    }
    const mine = await gql(server, BIDS, {}, people.s3.token)
    expect(mine.data!.myBids).toEqual([
      expect.objectContaining({ bidId: receipts.s3.bidId, opened: false, amount: null }),
    ])
  })

  it("keeps each municipality's amendment notice, a setting its municipal admin edits and only its staff read", async () => {
    const settingsOf = async (id: number | string, token?: string) =>
      (await api(server).get(`/api/municipalities/${id}?depth=0`).set(auth(token))).body.moduleSettings
    const days = (value: unknown) => ({ moduleSettings: { municompra: { amendmentMinDays: value } } })
    // Every municipality starts from the module's default; the public does not see module settings.
    expect(await settingsOf(villa, tokens.villaAdmin)).toEqual({ municompra: { amendmentMinDays: 3 } })
    expect(await settingsOf(nova, tokens.novaAdmin)).toEqual({ municompra: { amendmentMinDays: 3 } })
    expect(await settingsOf(villa)).toBeUndefined()
    expect(await settingsOf(villa, tokens.citizen)).toBeUndefined()
    // Nor does another municipality's staff; the module's own staff of this one do.
    expect(await settingsOf(villa, tokens.novaAdmin)).toBeUndefined()
    expect(await settingsOf(villa, tokens.officer)).toEqual({ municompra: { amendmentMinDays: 3 } })
    // A value out of range: a 400 naming the field, and nothing written.
    const negative = await api(server)
      .patch(`/api/municipalities/${villa}`)
      .set(auth(tokens.villaAdmin))
      .set('Accept-Language', 'en')
      .send(days(-1))
    expect(negative.status).toBe(400)
    expect(JSON.stringify(negative.body)).toContain('moduleSettings.municompra.amendmentMinDays')
    expect(await settingsOf(villa, tokens.villaAdmin)).toEqual({ municompra: { amendmentMinDays: 3 } })
    // Another municipality's admin and the module's own officer may not change it.
    for (const token of [tokens.novaAdmin, tokens.officer]) {
      const refused = await api(server).patch(`/api/municipalities/${villa}`).set(auth(token)).send(days(30))
      expect(refused.status).toBeGreaterThanOrEqual(400)
      expect(refused.status).toBeLessThan(500)
    }
    const set = await api(server).patch(`/api/municipalities/${villa}`).set(auth(tokens.villaAdmin)).send(days(10))
    expect(set.status).toBe(200)
    expect(await settingsOf(villa, tokens.villaAdmin)).toEqual({ municompra: { amendmentMinDays: 10 } })
    expect(await settingsOf(nova, tokens.novaAdmin)).toEqual({ municompra: { amendmentMinDays: 3 } })
  })

  it('records an amendment with its rationale, extends a deadline that comes too close, and tells every bidder', async () => {
    const without = await api(server)
      .patch(`/api/compra-tenders/${ids.tender}`)
      .set(auth(tokens.officer))
      .send({ title: 'Pavimentación de la calle Rivera (600 m)' })
    expect(without.status).toBe(400)
    expect(JSON.stringify(without.body)).toContain('amendmentRationale')
    const before = await tender(ids.tender)
    const res = await api(server)
      .patch(`/api/compra-tenders/${ids.tender}`)
      .set(auth(tokens.officer))
      .send({ title: 'Pavimentación de la calle Rivera (600 m)', amendmentRationale: 'Se precisa la longitud.' })
    expect(res.status).toBe(200)
    expect(res.body.doc.amendments).toHaveLength(1)
    expect(res.body.doc.amendments[0]).toMatchObject({ fields: 'title', rationale: 'Se precisa la longitud.' })
    // Two days left < the ten this municipality requires (its setting, above): the deadline moves to ten
    // days from now, and the opening with it.
    const moved = Date.parse(res.body.doc.submissionDeadline) - Date.parse(before.submissionDeadline)
    expect(moved).toBeGreaterThan(8 * 86_400_000 - 120_000)
    expect(Date.parse(res.body.doc.submissionDeadline)).toBeGreaterThan(Date.now() + 10 * 86_400_000 - 120_000)
    expect(Date.parse(res.body.doc.openingAt) - Date.parse(before.openingAt)).toBe(moved)
    for (const key of ['s1', 's2', 's3'])
      await waitForMail(people[key].email, (m) => m.subject === 'Enmienda en la licitación LP-2026-900')
    expect((await mailsTo(people.late.email)).filter((m) => m.subject.startsWith('Enmienda'))).toHaveLength(0)
  })
}
