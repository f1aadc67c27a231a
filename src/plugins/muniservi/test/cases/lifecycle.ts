/** MuniServi cases: the life of a service request, from the portal to its rating. */
import { api, auth, gql } from '@e-muni/sdk/testing'

import {
  byCode,
  byCodeService,
  CITIZEN,
  ids,
  patch,
  PDF,
  server,
  submit,
  tokens,
  TRACK,
  waitForMail,
} from '../muniservi.context'

export const lifecycleCases = () => {
  describe('the life of a service request', () => {
    let code: string
    let id: number | string

    it('takes a submission from a logged-in person and emails the tracking code', async () => {
      const res = await submit(
        { attachments: [{ field: 'plano', filename: 'plano.pdf', base64: PDF.toString('base64') }] },
        tokens.citizen,
      )
      expect(res.errors).toBeUndefined()
      const receipt = res.data!.submitServiceRequest
      code = receipt.trackingCode
      expect(code).toMatch(new RegExp(`^TST-${new Date().getUTCFullYear()}-\\d{6}$`))
      expect(receipt.status).toBe('submitted')
      expect(new Date(receipt.dueAt).getTime()).toBeGreaterThan(Date.now() + 10 * 86_400_000)
      const mail = await waitForMail(CITIZEN, (m) => m.subject.includes(code))
      expect(mail.subject).toBe(`Recibimos su solicitud ${code}`)
      expect(mail.text).toContain(code)
      expect(mail.text).toContain(receipt.trackingUrl)
      // The portal's tracking page, in the requester's language, with the tracking key (issue 21).
      expect(receipt.trackingUrl).toMatch(
        new RegExp(`/m/villa-esperanza/es/services/track\\?code=${code}&token=${receipt.trackingToken}$`),
      )
      const doc = await byCode(code)
      id = doc.id
      expect(doc.requesterEmail).toBe(CITIZEN)
      expect(doc.attachments).toHaveLength(1)
      expect(doc.answers.plano[0].name).toBe('plano.pdf')
      expect(doc.location).toMatchObject({ lat: -34.9, lng: -56.16 })
    })

    it('goes through every state; illegal moves are refused with the allowed ones named', async () => {
      const skip = await patch(id, { status: 'approved' }, tokens.agent)
      expect(skip.status).toBe(400)
      expect(skip.body.errors[0].message).toContain('In review')
      const byPerson = await api(server)
        .patch(`/api/servi-requests/${id}`)
        .set(auth(tokens.citizen))
        .send({ status: 'in-review' })
      expect(byPerson.status).toBe(403)

      const review = await patch(id, { status: 'in-review', assignee: ids.agent }, tokens.agent)
      expect(review.status).toBe(200)
      expect(review.body.doc.status).toBe('in-review')
      await waitForMail(CITIZEN, (m) => m.subject === `Su solicitud ${code}: En revisión`)

      const noQuestion = await patch(id, { status: 'needs-information' }, tokens.agent)
      expect(noQuestion.status).toBe(400)
      const question = 'Adjunte el plano firmado por un arquitecto.'
      const ask = await patch(id, { status: 'needs-information', transitionComment: question }, tokens.agent)
      expect(ask.status).toBe(200)
      const asked = await waitForMail(
        CITIZEN,
        (m) => m.subject.startsWith('Necesitamos información') && m.text.includes(code),
      )
      expect(asked.text).toContain(question)
    })

    it('lets the requester answer a question, and only then', async () => {
      const RESPOND = `mutation($m: String!, $c: String!, $msg: String!) {
        respondToServiceRequest(municipality: $m, code: $c, message: $msg) { status canRespond messages { from body } }
      }`
      const stranger = await gql(server, RESPOND, { m: 'villa-esperanza', c: code, msg: 'Hola' }, tokens.otherPerson)
      expect(stranger.errors?.[0].extensions?.statusCode).toBe(404)
      const res = await gql(
        server,
        RESPOND,
        { m: 'villa-esperanza', c: code, msg: 'El plano va por correo.' },
        tokens.citizen,
      )
      expect(res.errors).toBeUndefined()
      expect(res.data!.respondToServiceRequest).toMatchObject({
        status: 'in-review',
        canRespond: false,
        messages: [{ from: 'requester', body: 'El plano va por correo.' }],
      })
      const again = await gql(server, RESPOND, { m: 'villa-esperanza', c: code, msg: 'Otra vez' }, tokens.citizen)
      expect(again.errors?.[0].extensions?.statusCode).toBe(409)
    })

    it('is decided, closed and rated once', async () => {
      expect((await patch(id, { status: 'approved' }, tokens.agent)).status).toBe(200)
      expect((await patch(id, { status: 'closed' }, tokens.agent)).status).toBe(200)
      const closed = await waitForMail(CITIZEN, (m) => m.subject.includes(`${code} está cerrada`))
      expect(closed.text).toMatch(/Calificar: http/)

      const RATE = `mutation($m: String!, $c: String!, $s: Int!) {
        rateServiceRequest(municipality: $m, code: $c, score: $s, comment: "Muy bien") { rating canRate }
      }`
      // The requester's address alone is no capability (issue 21).
      const byEmail = await gql(
        server,
        `mutation($m: String!, $c: String!, $e: String) { rateServiceRequest(municipality: $m, code: $c, email: $e, score: 5) { rating } }`,
        { m: 'villa-esperanza', c: code, e: CITIZEN },
      )
      expect(byEmail.errors?.length).toBeGreaterThan(0)
      expect(byEmail.data?.rateServiceRequest ?? null).toBeNull()
      const bad = await gql(server, RATE, { m: 'villa-esperanza', c: code, s: 9 }, tokens.citizen)
      expect(bad.errors?.[0].extensions?.statusCode).toBe(400)
      const first = await gql(server, RATE, { m: 'villa-esperanza', c: code, s: 5 }, tokens.citizen)
      expect(first.errors).toBeUndefined()
      expect(first.data!.rateServiceRequest).toEqual({ rating: 5, canRate: false })
      const second = await gql(server, RATE, { m: 'villa-esperanza', c: code, s: 1 }, tokens.citizen)
      expect(second.errors?.[0].extensions?.statusCode).toBe(409)
      expect((await byCode(code)).rating.score).toBe(5)

      const history = (await byCode(code)).history.map((h: { from: string; to: string }) => `${h.from}>${h.to}`)
      expect(history).toEqual([
        'submitted>in-review',
        'in-review>needs-information',
        'needs-information>in-review',
        'in-review>approved',
        'approved>closed',
      ])
      const afterClose = await patch(id, { status: 'in-review' }, tokens.agent)
      expect(afterClose.status).toBe(400)
    })

    // Issue 21, finding 2: the anonymous capability is a secret only the requester holds, not their email.
    it('lets an anonymous requester track, answer and rate with the secret token of the receipt only, without personal data or internal notes', async () => {
      const anon = await submit({ name: 'Juan Pérez', email: 'juan.perez@correo.test' })
      expect(anon.errors).toBeUndefined()
      const receipt = anon.data!.submitServiceRequest
      const anonCode = receipt.trackingCode
      // The token: unguessable (at least 128 bits), in the receipt's link and in the acknowledgement.
      expect(receipt.trackingToken).toMatch(/^[A-Za-z0-9_-]{22,}$/)
      expect(receipt.trackingUrl).toContain(`token=${receipt.trackingToken}`)
      const ack = await waitForMail('juan.perez@correo.test', (m) => m.text.includes(anonCode))
      expect(ack.text).toContain(receipt.trackingToken)
      const doc = await byCode(anonCode)
      expect(JSON.stringify(doc)).not.toContain(receipt.trackingToken)
      expect((await patch(doc.id, { status: 'in-review' }, tokens.agent)).status).toBe(200)
      const note = await patch(doc.id, { internalNotes: [{ body: 'NOTA-INTERNA-SECRETA' }] }, tokens.agent)
      expect(note.status).toBe(200)
      const ask = await patch(
        doc.id,
        { status: 'needs-information', transitionComment: 'Falta la firma.' },
        tokens.agent,
      )
      expect(ask.status).toBe(200)
      const asked = await waitForMail('juan.perez@correo.test', (m) => m.text.includes('Falta la firma.'))
      expect(asked.text).not.toContain('NOTA-INTERNA-SECRETA')
      // Every email about the request carries the link with the token.
      expect(asked.text).toContain(`token=${receipt.trackingToken}`)

      // The email (the old capability), no token, another request's token, a wrong token: 404 alike.
      const other = (await submit({ name: 'Otra', email: 'otra@correo.test' })).data!.submitServiceRequest
      for (const t of [
        undefined,
        '',
        other.trackingToken,
        receipt.trackingToken.slice(0, -1) + 'A',
        'x'.repeat(5000),
      ]) {
        const res = await gql(server, TRACK, { m: 'villa-esperanza', c: anonCode, t })
        expect({ t: String(t).slice(0, 20), status: res.errors?.[0].extensions?.statusCode }).toEqual({
          t: String(t).slice(0, 20),
          status: 404,
        })
      }
      const byEmail = await api(server)
        .post('/api/graphql')
        .send({
          query: `query($m: String!, $c: String!, $e: String) { trackServiceRequest(municipality: $m, code: $c, email: $e) { status } }`,
          variables: { m: 'villa-esperanza', c: anonCode, e: 'juan.perez@correo.test' },
        })
      expect(byEmail.status).toBeGreaterThanOrEqual(400)
      expect(byEmail.status).toBeLessThan(500)
      expect(byEmail.body.data?.trackServiceRequest ?? null).toBeNull()

      const res = await api(server)
        .post('/api/graphql')
        .send({ query: TRACK, variables: { m: 'villa-esperanza', c: anonCode, t: receipt.trackingToken } })
      expect(res.body.errors).toBeUndefined()
      expect(res.body.data.trackServiceRequest).toMatchObject({
        trackingCode: anonCode,
        status: 'needs-information',
        service: { code: 'TST', name: 'Servicio TST' },
        history: [
          { from: 'submitted', to: 'in-review', note: null },
          { from: 'in-review', to: 'needs-information', note: 'Falta la firma.' },
        ],
      })
      const text = JSON.stringify(res.body)
      for (const secret of ['Juan', 'juan.perez', 'NOTA-INTERNA-SECRETA', 'agente@']) expect(text).not.toContain(secret)

      // Answering: the token is needed (the email is not enough), and then it works.
      const RESPOND = `mutation($m: String!, $c: String!, $t: String, $msg: String!) {
        respondToServiceRequest(municipality: $m, code: $c, token: $t, message: $msg) { status }
      }`
      const forged = await gql(server, RESPOND, { m: 'villa-esperanza', c: anonCode, t: other.trackingToken, msg: 'x' })
      expect(forged.errors?.[0].extensions?.statusCode).toBe(404)
      const answered = await gql(server, RESPOND, {
        m: 'villa-esperanza',
        c: anonCode,
        t: receipt.trackingToken,
        msg: 'Va firmada.',
      })
      expect(answered.errors).toBeUndefined()
      expect(answered.data!.respondToServiceRequest.status).toBe('in-review')
      expect((await byCode(anonCode)).status).toBe('in-review')

      // Rating likewise needs the token (a forged rating is refused before any state check).
      const RATE = `mutation($m: String!, $c: String!, $t: String) {
        rateServiceRequest(municipality: $m, code: $c, token: $t, score: 1) { rating }
      }`
      const forgedRating = await gql(server, RATE, { m: 'villa-esperanza', c: anonCode, t: other.trackingToken })
      expect(forgedRating.errors?.[0].extensions?.statusCode).toBe(404)
      const notYet = await gql(server, RATE, { m: 'villa-esperanza', c: anonCode, t: receipt.trackingToken })
      expect(notYet.errors?.[0].extensions?.statusCode).toBe(409)
      expect((await patch(doc.id, { status: 'approved' }, tokens.agent)).status).toBe(200)
      expect((await patch(doc.id, { status: 'closed' }, tokens.agent)).status).toBe(200)
      const rated = await gql(server, RATE, { m: 'villa-esperanza', c: anonCode, t: receipt.trackingToken })
      expect(rated.errors).toBeUndefined()
      expect(rated.data!.rateServiceRequest.rating).toBe(1)

      // Rate limits: per capability (6 uses here), then per client address (40 attempts here).
      const uses: (number | undefined)[] = []
      for (let i = 0; i < 4; i++) {
        const r = await gql(server, TRACK, { m: 'villa-esperanza', c: anonCode, t: receipt.trackingToken })
        uses.push(r.errors?.[0].extensions?.statusCode ?? 200)
      }
      expect(uses.slice(0, 1)).toEqual([200])
      expect(uses).toContain(429)
      const limited = await gql(server, TRACK, { m: 'villa-esperanza', c: anonCode, t: receipt.trackingToken })
      expect(limited.errors?.[0].message).toMatch(/Demasiadas consultas|Too many/)
      // Another request's capability is still usable (the client address's limit is tested last in this file).
      expect(
        (await gql(server, TRACK, { m: 'villa-esperanza', c: other.trackingCode, t: other.trackingToken })).errors,
      ).toBeUndefined()
    })

    it('lets a logged-in person list their own requests only', async () => {
      const MINE = `query($m: String!) { myServiceRequests(municipality: $m) { trackingCode } }`
      const mine = await gql(server, MINE, { m: 'villa-esperanza' }, tokens.citizen)
      expect(mine.data!.myServiceRequests.map((r: { trackingCode: string }) => r.trackingCode)).toContain(code)
      const theirs = await gql(server, MINE, { m: 'villa-esperanza' }, tokens.otherPerson)
      expect(theirs.data!.myServiceRequests).toEqual([])
      const anonymous = await gql(server, MINE, { m: 'villa-esperanza' })
      expect(anonymous.errors?.[0].extensions?.statusCode).toBe(401)
    })

    it('describes each service as schema.org GovernmentService JSON-LD', async () => {
      const service = await byCodeService('TST')
      const res = await api(server).get(`/api/servi-services/${service.id}`)
      expect(res.status).toBe(200)
      expect(res.body.jsonLd).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'GovernmentService',
        identifier: 'TST',
        name: 'Servicio TST',
        provider: { '@type': 'GovernmentOrganization', name: 'Villa Esperanza' },
        areaServed: { '@type': 'AdministrativeArea', name: 'Villa Esperanza' },
      })
      const online = res.body.jsonLd.availableChannel.find((c: { name: string }) => c.name === 'online')
      expect(online.serviceUrl).toMatch(/\/m\/villa-esperanza\/(es|pt|en|fr)\/services\/tst$/)
    })

    it('publishes per-service statistics', async () => {
      const res = await gql(
        server,
        `query { serviceStatistics(municipality: "villa-esperanza", service: "TST") {
          code maxBusinessDays requestsLast12Months resolvedLast12Months medianResolutionDays
          resolvedWithinMaximum ratings averageRating } }`,
      )
      expect(res.errors).toBeUndefined()
      const [stat] = res.data!.serviceStatistics
      expect(stat.code).toBe('TST')
      expect(stat.maxBusinessDays).toBeGreaterThan(0)
      expect(stat.requestsLast12Months).toBeGreaterThanOrEqual(2)
      expect(stat.resolvedLast12Months).toBeGreaterThanOrEqual(2)
      expect(stat.medianResolutionDays).toBeGreaterThanOrEqual(0)
      expect(stat.medianResolutionDays).toBeLessThan(1)
      // Decided the same day, well within the maximum; the satisfaction is the mean of the requesters' ratings.
      expect(stat.resolvedWithinMaximum).toBe(stat.resolvedLast12Months)
      const rated = await api(server)
        .get('/api/servi-requests')
        .query({ where: { 'service.code': { equals: 'TST' }, 'rating.score': { exists: true } }, depth: 0, limit: 100 })
        .set(auth(tokens.agent))
      const scores = rated.body.docs.map((d: { rating: { score: number } }) => d.rating.score)
      expect(scores.length).toBeGreaterThanOrEqual(1)
      expect(stat.ratings).toBe(scores.length)
      expect(stat.averageRating).toBeCloseTo(scores.reduce((a: number, b: number) => a + b, 0) / scores.length, 1)
    })
  })
}
