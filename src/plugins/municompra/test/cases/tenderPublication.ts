/** A tender drafted and published, its draft's deadlines and suggested reference, questions and answers. */
import { api, auth, gql } from '@e-muni/sdk/testing'
import { ASK, ids, people, server, tokens, villa, waitForMail } from '../context'

export const tenderPublicationCases = () => {
  it('is drafted and published by an officer; suppliers of its category are told', async () => {
    const now = Date.now()
    const draft = await api(server)
      .post('/api/compra-tenders')
      .set(auth(tokens.officer))
      .send({
        tenant: villa,
        reference: 'lp-2026-900',
        title: 'Pavimentación de la calle Rivera',
        description: 'Obra de pavimentación de 600 metros.',
        category: 'works',
        method: 'open',
        items: [{ description: 'Pavimento de hormigón', classificationId: '72141100', quantity: 600, unit: 'm' }],
        value: { amount: 1_200_000 },
        enquiryDeadline: new Date(now + 86_400_000).toISOString(),
        submissionDeadline: new Date(now + 2 * 86_400_000).toISOString(),
        openingAt: new Date(now + 2 * 86_400_000 + 3_600_000).toISOString(),
      })
    if (draft.status !== 201) throw new Error(`creating the tender: ${draft.status} ${JSON.stringify(draft.body)}`)
    expect(draft.body.doc).toMatchObject({ reference: 'LP-2026-900', status: 'draft', bidCount: 0 })
    expect(draft.body.doc.ocid).toMatch(/^ocds-[a-z0-9]{6}-villa-esperanza-LP-2026-900$/)
    expect(draft.body.doc.value.currency).toBe('UYU')
    ids.tender = draft.body.doc.id
    const again = await api(server)
      .post('/api/compra-tenders')
      .set(auth(tokens.officer))
      .send({ tenant: villa, reference: 'LP-2026-900 ', title: 'Otra', category: 'goods' })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toBe('Ya hay una licitación con la referencia LP-2026-900 en este municipio.')
    const byOfficer = await api(server)
      .post('/api/compra-suppliers')
      .set(auth(tokens.officer))
      .send({ tenant: villa, legalName: 'Copia', country: 'uy', taxId: '21000001-001', categories: ['works'] })
    expect(byOfficer.status).toBe(409)
    // Drafts are not public; the editor (no procurement role) cannot publish.
    expect((await api(server).get(`/api/compra-tenders/${ids.tender}`)).status).toBe(404)
    const byEditor = await api(server)
      .patch(`/api/compra-tenders/${ids.tender}`)
      .set(auth(tokens.villaEditor))
      .send({ status: 'published' })
    expect([403, 404]).toContain(byEditor.status)
    const byNova = await api(server)
      .patch(`/api/compra-tenders/${ids.tender}`)
      .set(auth(tokens.novaOfficer))
      .send({ status: 'published' })
    expect([403, 404]).toContain(byNova.status)
    // Closing is the deadline job's: nobody closes early.
    const published = await api(server)
      .patch(`/api/compra-tenders/${ids.tender}`)
      .set(auth(tokens.officer))
      .send({ status: 'published' })
    expect(published.status).toBe(200)
    const early = await api(server)
      .patch(`/api/compra-tenders/${ids.tender}`)
      .set(auth(tokens.platform))
      .send({ status: 'closed' })
    expect(early.status).toBe(403)
    const skip = await api(server)
      .patch(`/api/compra-tenders/${ids.tender}`)
      .set(auth(tokens.officer))
      .set('Accept-Language', 'en')
      .send({ status: 'awarded' })
    expect(skip.status).toBe(400)
    expect(JSON.stringify(skip.body)).toContain('Cancelled')
    expect((await api(server).get(`/api/compra-tenders/${ids.tender}`)).body.status).toBe('published')
    for (const key of ['s1', 's2', 's3'])
      await waitForMail(
        people[key].email,
        (m) => m.subject === 'Nueva licitación LP-2026-900: Pavimentación de la calle Rivera',
      )
  })

  it("keeps a draft's deadlines in order, and suggests the next reference of the year in the municipality", async () => {
    const now = Date.now()
    const day = 86_400_000
    const inverted = await api(server)
      .post('/api/compra-tenders')
      .set(auth(tokens.officer))
      .send({
        tenant: villa,
        reference: 'ORD-1',
        title: 'Fechas al revés',
        category: 'goods',
        enquiryDeadline: new Date(now + 5 * day).toISOString(),
        submissionDeadline: new Date(now + 3 * day).toISOString(),
      })
    expect(inverted.status).toBe(400)
    expect(JSON.stringify(inverted.body)).toContain('Las fechas deben seguir este orden')
    expect(await server.sql(`SELECT id FROM compra_tenders WHERE reference = 'ORD-1'`)).toHaveLength(0)
    // Without a reference, from the admin (the municipality in its cookie): LIC-{year}-{next number}.
    const year = new Date().getFullYear()
    const made: string[] = []
    for (const title of ['Primera sugerida', 'Segunda sugerida']) {
      const res = await api(server)
        .post('/api/compra-tenders')
        .set(auth(tokens.officer))
        .set('Cookie', `payload-tenant=${villa}`)
        .send({ tenant: villa, title, category: 'goods' })
      expect(res.status).toBe(201)
      made.push(res.body.doc.reference)
    }
    expect(made[0]).toMatch(new RegExp(`^LIC-${year}-\\d{4}$`))
    expect(Number(made[1].slice(-4))).toBe(Number(made[0].slice(-4)) + 1)
    // Without the cookie, a reference is still required.
    const none = await api(server)
      .post('/api/compra-tenders')
      .set(auth(tokens.officer))
      .send({ tenant: villa, title: 'X', category: 'goods' })
    expect(none.status).toBe(400)
  })

  it('takes questions in the enquiry period; answers are public, the asker is not', async () => {
    const asked = await gql(
      server,
      ASK,
      { m: 'villa-esperanza', t: 'LP-2026-900', q: '¿El hormigón debe ser H-30?' },
      people.s1.token,
    )
    expect(asked.errors).toBeUndefined()
    ids.question = asked.data!.askClarification.id
    expect(
      (await gql(server, ASK, { m: 'villa-esperanza', t: 'LP-2026-900', q: 'x' }, tokens.citizen)).errors?.[0]
        .extensions?.statusCode,
    ).toBe(403)
    const publicBefore = await api(server)
      .get('/api/compra-clarifications')
      .query({ where: { tender: { equals: ids.tender } } })
    expect(publicBefore.body.docs).toHaveLength(0)
    const foreign = await api(server)
      .patch(`/api/compra-clarifications/${ids.question}`)
      .set(auth(tokens.novaOfficer))
      .send({ answer: 'Respuesta ajena' })
    expect([403, 404]).toContain(foreign.status)
    const byEditor = await api(server)
      .patch(`/api/compra-clarifications/${ids.question}`)
      .set(auth(tokens.villaEditor))
      .send({ answer: 'Respuesta sin rol' })
    expect([403, 404]).toContain(byEditor.status)
    const foreignPlan = await api(server)
      .post('/api/compra-plans')
      .set(auth(tokens.novaOfficer))
      .send({ tenant: villa, title: 'Plan ajeno', year: 2027 })
    expect(foreignPlan.status).toBe(403)
    const answered = await api(server)
      .patch(`/api/compra-clarifications/${ids.question}`)
      .set(auth(tokens.officer))
      .send({ answer: 'Sí, H-30 según el pliego.' })
    expect(answered.status).toBe(200)
    const publicAfter = await api(server)
      .get('/api/compra-clarifications')
      .query({ where: { tender: { equals: ids.tender } } })
    expect(publicAfter.body.docs).toHaveLength(1)
    expect(publicAfter.body.docs[0]).toMatchObject({
      question: '¿El hormigón debe ser H-30?',
      answer: 'Sí, H-30 según el pliego.',
    })
    for (const hidden of ['askedBy', 'supplier', 'answeredBy']) expect(publicAfter.body.docs[0][hidden]).toBeUndefined()
    const asCompetitor = await gql(
      server,
      `{ Clarifications(where: { tender: { equals: ${JSON.stringify(ids.tender)} } }) { docs { question answer askedBy { id } supplier { id } } } }`,
      {},
      people.s2.token,
    )
    expect(asCompetitor.data?.Clarifications.docs[0]).toMatchObject({ askedBy: null, supplier: null })
    await waitForMail(people.s1.email, (m) => m.subject === 'Respuesta a su consulta sobre LP-2026-900')
  })
}
