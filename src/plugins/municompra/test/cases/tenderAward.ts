/** Evaluation and award, then a public contract with documents, amendments, milestones and payments. */
import { api, auth } from '@e-muni/sdk/testing'
import { simplePdf } from '@e-muni/sdk'
import { asId, ids, nova, people, receipts, server, tokens, villa, waitForMail } from '../context'

export const tenderAwardCases = () => {
  it('is evaluated with justification, awarded with reasons, and every bidder is told', async () => {
    expect(
      (
        await api(server)
          .patch(`/api/compra-tenders/${ids.tender}`)
          .set(auth(tokens.officer))
          .send({ status: 'evaluation' })
      ).status,
    ).toBe(200)
    const noReason = await api(server)
      .post('/api/compra-bid-evaluations')
      .set(auth(tokens.evaluator))
      .send({ bid: asId(receipts.s2.bidId), score: 90 })
    expect(noReason.status).toBe(400)
    expect(JSON.stringify(noReason.body)).toContain('justification')
    const scored = await api(server)
      .post('/api/compra-bid-evaluations')
      .set(auth(tokens.evaluator))
      .send({ bid: asId(receipts.s2.bidId), score: 95, justification: 'Menor precio; cumple el pliego.' })
    if (scored.status !== 201) throw new Error(`scoring: ${scored.status} ${JSON.stringify(scored.body)}`)
    const twice = await api(server)
      .post('/api/compra-bid-evaluations')
      .set(auth(tokens.evaluator))
      .send({ bid: asId(receipts.s2.bidId), score: 10, justification: 'Otra vez' })
    expect(twice.status).toBeGreaterThanOrEqual(400)
    expect(twice.status).toBeLessThan(500)
    const foreign = await api(server)
      .post('/api/compra-bid-evaluations')
      .set(auth(tokens.novaOfficer))
      .send({ bid: asId(receipts.s1.bidId), score: 10, justification: 'No es mío' })
    expect(foreign.status).toBe(403)
    expect((await api(server).get('/api/compra-bid-evaluations').set(auth(people.s2.token))).body.docs ?? []).toEqual(
      [],
    )

    const incomplete = await api(server)
      .patch(`/api/compra-tenders/${ids.tender}`)
      .set(auth(tokens.officer))
      .send({ status: 'awarded' })
    expect(incomplete.status).toBe(400)
    const awarded = await api(server)
      .patch(`/api/compra-tenders/${ids.tender}`)
      .set(auth(tokens.officer))
      .send({
        status: 'awarded',
        award: { bid: asId(receipts.s2.bidId), reasons: 'Oferta de menor precio que cumple el pliego.' },
      })
    expect(awarded.status).toBe(200)
    expect(awarded.body.doc.award).toMatchObject({ supplierName: 'Constructora S2 S.A.', value: 850_000 })
    expect(awarded.body.doc.award.date).toBeTruthy()
    await waitForMail(people.s2.email, (m) => m.subject === 'Adjudicación: LP-2026-900')
    for (const key of ['s1', 's3']) {
      const mail = await waitForMail(people[key].email, (m) => m.subject === 'Resultado de la licitación LP-2026-900')
      expect(mail.text).toContain('Oferta de menor precio')
    }
  })

  it('ends in a public contract with signed documents, amendments, milestones and payments', async () => {
    const upload = await api(server)
      .post('/api/compra-files')
      .set(auth(tokens.officer))
      .field('_payload', JSON.stringify({ tenant: villa, title: 'Contrato firmado' }))
      .attach('file', simplePdf(['Contrato firmado']), { filename: 'contrato.pdf', contentType: 'application/pdf' })
    expect(upload.status).toBe(201)
    const created = await api(server)
      .post('/api/compra-contracts')
      .set(auth(tokens.officer))
      .send({
        tenant: villa,
        tender: ids.tender,
        title: 'Contrato de pavimentación',
        period: { start: new Date().toISOString(), end: new Date(Date.now() + 90 * 86_400_000).toISOString() },
      })
    if (created.status !== 201) throw new Error(`contract: ${created.status} ${JSON.stringify(created.body)}`)
    expect(created.body.doc).toMatchObject({
      supplierName: 'Constructora S2 S.A.',
      value: 850_000,
      currency: 'UYU',
      status: 'pending',
    })
    ids.contract = created.body.doc.id
    const unsigned = await api(server)
      .patch(`/api/compra-contracts/${ids.contract}`)
      .set(auth(tokens.officer))
      .send({ status: 'active' })
    expect(unsigned.status).toBe(400)
    const active = await api(server)
      .patch(`/api/compra-contracts/${ids.contract}`)
      .set(auth(tokens.officer))
      .send({
        status: 'active',
        signedAt: new Date().toISOString(),
        documents: [{ title: 'Contrato firmado', file: upload.body.doc.id, documentType: 'contractSigned' }],
      })
    expect(active.status).toBe(200)
    const progress = await api(server)
      .patch(`/api/compra-contracts/${ids.contract}`)
      .set(auth(tokens.officer))
      .send({
        amendments: [
          { date: new Date().toISOString(), description: 'Se amplía el plazo 15 días.', rationale: 'Lluvias.' },
        ],
        milestones: [{ title: 'Primera cuadra', type: 'delivery', status: 'met', dateMet: new Date().toISOString() }],
        payments: [{ date: new Date().toISOString(), amount: 200_000, description: 'Anticipo' }],
      })
    expect(progress.status).toBe(200)
    const publicView = await api(server).get(`/api/compra-contracts/${ids.contract}`)
    expect(publicView.status).toBe(200)
    expect(publicView.body.payments).toHaveLength(1)
    const foreign = await api(server)
      .post('/api/compra-contracts')
      .set(auth(tokens.novaOfficer))
      .send({ tenant: nova, tender: ids.tender, title: 'No' })
    expect(foreign.status).toBeGreaterThanOrEqual(400)
    expect(foreign.status).toBeLessThan(500)
  })
}
