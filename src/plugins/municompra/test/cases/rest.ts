/**
 * The suppliers' commands over REST (POST /api/m/{municipality}/municompra/{command}, JSON): the same answers as
 * over GraphQL, each wrong field named in the caller's language, bodies that are not a JSON object refused with a
 * 4xx that says so. On a supplier and a tender of their own (services, REST-2026-1), so that the cases after them
 * find LP-2026-900, its bids and its bidders as the GraphQL cases left them.
 */
import { api, auth, createPerson, gql } from '@e-muni/sdk/testing'
import { BIDS, PDF, server, sql, tender, tokens, villa, waitForMail } from '../context'

const command = (name: string, municipality = 'villa-esperanza') => `/api/m/${municipality}/municompra/${name}`
const REFERENCE = 'REST-2026-1'

export const restCases = () => {
  describe('the suppliers’ commands over REST', () => {
    const rita = { id: '' as number | string, token: '', email: 'rest@proveedores.test' }
    let supplierId: string
    let tenderId: number | string
    let bidId: string
    /** As Rita by default; `null`: signed out. */
    const post = (name: string, body: object, token: string | null = rita.token, municipality?: string) =>
      api(server)
        .post(command(name, municipality))
        .set(auth(token ?? undefined))
        .send(body)
    const myBidRows = () =>
      sql('SELECT id FROM compra_bids WHERE tender_id = ?', 'SELECT id FROM compra_bids WHERE tender_id = $1', [
        tenderId,
      ])

    it('register, ask, bid and withdraw as over GraphQL, with the answers as JSON', async () => {
      Object.assign(rita, await createPerson(server, tokens.platform, { email: rita.email, name: 'Rita REST' }))
      const registered = await post('registerSupplier', {
        legalName: '  Servicios REST S.A. ',
        country: 'uy',
        taxId: '21.999.001-001',
        categories: ['services', 'services'],
        contacts: [{ name: 'Rita', email: 'rita@proveedores.test', phone: '099 000 000' }],
        address: 'Calle 1',
      })
      expect(registered.status).toBe(200)
      expect(registered.body).toEqual({
        id: expect.any(String),
        legalName: 'Servicios REST S.A.',
        country: 'UY',
        taxId: '21999001001',
        categories: ['services'],
        status: 'pending',
      })
      supplierId = registered.body.id
      const stored = await api(server).get(`/api/compra-suppliers/${supplierId}`).set(auth(tokens.officer))
      expect(stored.body).toMatchObject({ address: 'Calle 1', contacts: [expect.objectContaining({ name: 'Rita' })] })
      const mine = await gql(
        server,
        '{ mySupplierRegistration(municipality: "villa-esperanza") { id status } }',
        {},
        rita.token,
      )
      expect(mine.data?.mySupplierRegistration).toEqual({ id: supplierId, status: 'pending' })
      const twice = await post('registerSupplier', { ...registered.body, taxId: '21999001002', categories: ['goods'] })
      expect(twice.status).toBe(409)
      const verified = await api(server)
        .patch(`/api/compra-suppliers/${supplierId}`)
        .set(auth(tokens.officer))
        .send({ status: 'verified' })
      expect(verified.status).toBe(200)

      const now = Date.now()
      const draft = await api(server)
        .post('/api/compra-tenders')
        .set(auth(tokens.officer))
        .send({
          tenant: villa,
          reference: REFERENCE,
          title: 'Mantenimiento de la web municipal',
          category: 'services',
          method: 'open',
          items: [{ description: 'Horas de mantenimiento', classificationId: '72267100', quantity: 100, unit: 'h' }],
          value: { amount: 50_000 },
          enquiryDeadline: new Date(now + 86_400_000).toISOString(),
          submissionDeadline: new Date(now + 2 * 86_400_000).toISOString(),
          openingAt: new Date(now + 2 * 86_400_000 + 3_600_000).toISOString(),
        })
      if (draft.status !== 201) throw new Error(`creating the tender: ${draft.status} ${JSON.stringify(draft.body)}`)
      tenderId = draft.body.doc.id
      const published = await api(server)
        .patch(`/api/compra-tenders/${tenderId}`)
        .set(auth(tokens.officer))
        .send({ status: 'published' })
      expect(published.status).toBe(200)

      const asked = await post('askClarification', { tender: 'rest-2026-1', question: '  ¿Incluye el hosting?  ' })
      expect(asked.status).toBe(200)
      expect(asked.body).toEqual({
        id: expect.any(String),
        tender: REFERENCE,
        question: '¿Incluye el hosting?',
        askedAt: expect.any(String),
        answer: null,
      })
      const question = await api(server)
        .get(`/api/compra-clarifications/${asked.body.id}`)
        .query({ depth: 0 })
        .set(auth(rita.token))
      expect(question.body).toMatchObject({ question: '¿Incluye el hosting?', tender: tenderId })

      const bid = {
        tender: REFERENCE,
        amount: 45_000,
        currency: 'uyu',
        lines: [{ description: 'Horas de mantenimiento', amount: 45_000 }],
        note: 'Incluye el hosting.',
        documents: [{ filename: 'oferta.pdf', base64: PDF.toString('base64') }],
      }
      const submitted = await post('submitBid', bid)
      expect(submitted.status).toBe(200)
      expect(submitted.body).toEqual({
        bidId: expect.any(String),
        tender: REFERENCE,
        tenderTitle: 'Mantenimiento de la web municipal',
        status: 'submitted',
        version: 1,
        submittedAt: expect.any(String),
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        opened: false,
        amount: null,
        currency: null,
      })
      bidId = submitted.body.bidId
      // The tender named by its id (a number) is the same tender: the bid is replaced.
      const again = await post('submitBid', { ...bid, tender: Number(tenderId), amount: 44_000 })
      expect(again.status).toBe(200)
      expect(again.body).toMatchObject({ bidId, version: 2, status: 'submitted' })
      expect(again.body.sha256).not.toBe(submitted.body.sha256)
      // What GraphQL reads back is what REST answered; the bid is the bidder's receipt, sealed.
      const receipts = await gql(server, BIDS, {}, rita.token)
      expect(receipts.data?.myBids).toEqual([
        {
          bidId,
          tender: REFERENCE,
          status: 'submitted',
          version: 2,
          sha256: again.body.sha256,
          opened: false,
          amount: null,
        },
      ])
      const row = await api(server).get(`/api/compra-bids/${bidId}`).query({ depth: 0 }).set(auth(rita.token))
      expect(row.status).toBe(200)
      expect(row.body).toMatchObject({ status: 'submitted', version: 2, sha256: again.body.sha256, opened: false })
      expect(row.body.amount ?? null).toBeNull()
      expect((await tender(tenderId)).bidCount).toBe(1)
      await waitForMail(rita.email, (m) => m.text.includes(again.body.sha256))

      const withdrawn = await post('withdrawBid', { tender: REFERENCE })
      expect(withdrawn.status).toBe(200)
      expect(withdrawn.body).toMatchObject({ bidId, tender: REFERENCE, status: 'withdrawn', version: 2 })
      expect((await tender(tenderId)).bidCount).toBe(0)
      const after = await api(server).get(`/api/compra-bids/${bidId}`).query({ depth: 0 }).set(auth(rita.token))
      expect(after.body.status).toBe('withdrawn')
      const none = await post('withdrawBid', { tender: REFERENCE })
      expect(none.status).toBe(404)
      expect(none.body.errors[0].message).toContain(REFERENCE)
    })

    it('name each wrong field, in the caller’s language, and store nothing', async () => {
      const bid = await api(server)
        .post(command('submitBid'))
        .set(auth(rita.token))
        .set('Accept-Language', 'en')
        .send({
          tender: REFERENCE,
          amount: '45000',
          lines: [null, { description: 'Horas', amount: 1 }],
          documents: [{ filename: 'oferta.pdf' }],
        })
      expect(bid.status).toBe(400)
      expect(bid.body.errors[0].data.errors).toEqual([
        { path: 'amount', message: 'an amount above zero' },
        { path: 'lines.0.description', message: 'required, up to 500 characters' },
        { path: 'lines.0.amount', message: 'an amount above zero' },
        { path: 'documents.0', message: "the file's content (base64 text) is missing" },
      ])
      expect(bid.body.errors[0].message).toMatch(/^Invalid input: amount: an amount above zero; lines\.0\.description/)
      // Lists that are not lists, texts that are not texts.
      const shapes = await api(server)
        .post(command('submitBid'))
        .set(auth(rita.token))
        .set('Accept-Language', 'es')
        .send({ tender: REFERENCE, amount: 1, currency: ['UYU'], lines: 'Horas', note: { text: 'x' }, documents: {} })
      expect(shapes.status).toBe(400)
      expect(shapes.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toEqual([
        'currency',
        'lines',
        'note',
        'documents',
      ])
      expect(shapes.body.errors[0].data.errors[1].message).toBe('hasta 200 renglones')
      const supplier = await api(server)
        .post(command('registerSupplier'))
        .set(auth(rita.token))
        .set('Accept-Language', 'fr')
        .send({ legalName: ['Autre'], country: 'UY', taxId: '21999001003', categories: 'services', contacts: [null] })
      expect(supplier.status).toBe(400)
      expect(supplier.body.errors[0].data.errors).toEqual([
        { path: 'legalName', message: "obligatoire, jusqu'à 200 caractères" },
        { path: 'categories', message: 'un ou plusieurs parmi : goods, works, services' },
        { path: 'contacts.0.name', message: "obligatoire, jusqu'à 200 caractères" },
      ])
      expect(supplier.body.errors[0].message).toMatch(/^Données non valides : legalName: /)
      const question = await api(server)
        .post(command('askClarification'))
        .set(auth(rita.token))
        .set('Accept-Language', 'pt')
        .send({ tender: REFERENCE, question: 42 })
      expect(question.status).toBe(400)
      expect(question.body.errors[0].data.errors).toEqual([
        { path: 'question', message: 'obrigatório, até 2000 caracteres' },
      ])
      const withdrawal = await api(server)
        .post(command('withdrawBid'))
        .set(auth(rita.token))
        .set('Accept-Language', 'en')
        .send({ tender: { reference: REFERENCE } })
      expect(withdrawal.status).toBe(400)
      expect(withdrawal.body.errors[0].data.errors).toEqual([
        { path: 'tender', message: 'This is missing (a text or a number).' },
      ])
      expect(await myBidRows()).toHaveLength(1)
      expect((await tender(tenderId)).bidCount).toBe(0)
      const questions = await api(server)
        .get('/api/compra-clarifications')
        .query({ where: { tender: { equals: tenderId } } })
        .set(auth(tokens.officer))
      expect(questions.body.totalDocs).toBe(1)
      const suppliers = await api(server)
        .get('/api/compra-suppliers')
        .query({ where: { taxId: { equals: '21999001003' } } })
        .set(auth(tokens.officer))
      expect(suppliers.body.totalDocs).toBe(0)
    })

    it('refuse what is not a JSON object, strangers, and other municipalities’ tenders with a 4xx that says why', async () => {
      const raw = (body: string, type = 'application/json') =>
        api(server)
          .post(command('submitBid'))
          .set(auth(rita.token))
          .set('Accept-Language', 'en')
          .set('Content-Type', type)
          .send(body)
      const cases: [string, string, number, RegExp][] = [
        ['{"tender":', 'application/json', 400, /well-formed JSON/],
        ['[1]', 'application/json', 400, /must be a JSON object/],
        ['"x"', 'application/json', 400, /must be a JSON object/],
        ['null', 'application/json', 400, /must be a JSON object/],
        [`tender=${REFERENCE}&amount=1`, 'application/x-www-form-urlencoded', 415, /well-formed JSON/],
      ]
      for (const [body, type, status, message] of cases) {
        const res = await raw(body, type)
        expect({ body, status: res.status }).toEqual({ body, status })
        expect(res.body.errors[0].message).toMatch(message)
      }
      // Signed out, or staff: every command is for a person (401 before the input is read).
      for (const name of ['registerSupplier', 'askClarification', 'submitBid', 'withdrawBid']) {
        const anonymous = await post(name, {}, null)
        expect({ name, status: anonymous.status }).toEqual({ name, status: 401 })
        const officer = await post(name, { tender: REFERENCE, amount: 1 }, tokens.officer)
        expect({ name, status: officer.status }).toEqual({ name, status: 401 })
      }
      // A person who is not a supplier of the municipality.
      expect((await post('submitBid', { tender: REFERENCE, amount: 1 }, tokens.citizen)).status).toBe(403)
      // This municipality's tender is unknown in another one (by reference or id); an unknown municipality is a 404.
      for (const [name, body] of [
        ['submitBid', { tender: REFERENCE, amount: 1 }],
        ['submitBid', { tender: Number(tenderId), amount: 1 }],
        ['askClarification', { tender: REFERENCE, question: '¿Y aquí?' }],
        ['withdrawBid', { tender: REFERENCE }],
      ] as const) {
        const elsewhere = await post(name, body, rita.token, 'nova-esperanca')
        expect({ name, status: elsewhere.status }).toEqual({ name, status: 404 })
      }
      expect((await post('withdrawBid', { tender: REFERENCE }, rita.token, 'no-such-town')).status).toBe(404)
      // GET is not a command.
      expect((await api(server).get(command('submitBid')).set(auth(rita.token))).status).toBe(404)
      expect(await myBidRows()).toHaveLength(1)
      expect((await tender(tenderId)).bidCount).toBe(0)
    })
  })
}
