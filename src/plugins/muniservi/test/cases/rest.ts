/**
 * MuniServi cases: the commands over REST (POST /api/m/{municipality}/muniservi/{command}, JSON with the GraphQL
 * mutation's arguments): the same answers as over GraphQL, the same capability checks (the tracking key, or the
 * signed-in requester), every wrong field named, bodies that are not a JSON object refused with a 4xx.
 * Few answers and ratings here: like tracking, they count as attempts of this client address, whose limit
 * operations.ts (last) reaches.
 */
import { api, auth } from '@e-muni/sdk/testing'

import { byCode, count, patch, PDF, server, submit, tokens, VALID, waitForMail } from '../muniservi.context'

const command = (name: string, municipality = 'villa-esperanza') => `/api/m/${municipality}/muniservi/${name}`
const post = (name: string, body: unknown, options: { token?: string; lang?: string; municipality?: string } = {}) =>
  api(server)
    .post(command(name, options.municipality))
    .set(auth(options.token))
    .set('Accept-Language', options.lang ?? 'es')
    .send(body as object)
const fieldsOf = (res: { body: { errors: { data: { errors: unknown[] } }[] } }) => res.body.errors[0].data.errors

export const restCases = () => {
  describe('the commands over REST', () => {
    it('submit, answer and rate as over GraphQL, with the tracking key; a wrong key or municipality is a 404', async () => {
      const submitted = await post('submitServiceRequest', {
        service: 'TST',
        answers: VALID,
        name: 'Nora',
        email: 'nora@correo.test',
        language: 'en',
        attachments: [{ field: 'plano', filename: 'plano.pdf', base64: PDF.toString('base64') }],
      })
      expect(submitted.status).toBe(200)
      const { trackingCode: code, trackingToken: token } = submitted.body
      expect(code).toMatch(/^TST-\d{4}-\d{6}$/)
      expect(submitted.body).toMatchObject({ status: 'submitted', dueAt: expect.any(String) })
      expect(submitted.body.trackingUrl).toMatch(
        new RegExp(`/m/villa-esperanza/en/services/track\\?code=${code}&token=${token}$`),
      )
      const doc = await byCode(code)
      expect(doc).toMatchObject({ requesterEmail: 'nora@correo.test', language: 'en', status: 'submitted' })
      expect(doc.attachments).toHaveLength(1)
      expect(doc.answers.plano[0].name).toBe('plano.pdf')
      expect(doc.location).toMatchObject({ lat: -34.9, lng: -56.16 })
      await waitForMail('nora@correo.test', (m) => m.text.includes(code))

      expect((await patch(doc.id, { status: 'in-review' }, tokens.agent)).status).toBe(200)
      const ask = { status: 'needs-information', transitionComment: 'Falta la firma.' }
      expect((await patch(doc.id, ask, tokens.agent)).status).toBe(200)
      // Another request's key, and the right key in another municipality: not found, as over GraphQL.
      const other = (await submit({ name: 'Otra', email: 'otra@correo.test' })).data!.submitServiceRequest
      const forged = await post(
        'respondToServiceRequest',
        { code, token: other.trackingToken, message: 'x' },
        {
          lang: 'en',
        },
      )
      expect(forged.status).toBe(404)
      expect(forged.body.errors[0].message).toBe('We found no request with that code and tracking key.')
      const elsewhere = await post(
        'respondToServiceRequest',
        { code, token, message: 'x' },
        {
          municipality: 'nova-esperanca',
        },
      )
      expect(elsewhere.status).toBe(404)
      const answered = await post('respondToServiceRequest', { code, token, message: ' Va firmada. ' })
      expect(answered.status).toBe(200)
      expect(answered.body).toMatchObject({
        trackingCode: code,
        status: 'in-review',
        canRespond: false,
        messages: [{ from: 'requester', body: 'Va firmada.' }],
        history: [
          { from: 'submitted', to: 'in-review', note: null },
          { from: 'in-review', to: 'needs-information', note: 'Falta la firma.' },
          { from: 'needs-information', to: 'in-review', note: null },
        ],
      })
      expect(JSON.stringify(answered.body)).not.toContain('nora@')
      expect((await byCode(code)).messages).toMatchObject([{ from: 'requester', body: 'Va firmada.' }])

      expect((await patch(doc.id, { status: 'approved' }, tokens.agent)).status).toBe(200)
      expect((await patch(doc.id, { status: 'closed' }, tokens.agent)).status).toBe(200)
      const rated = await post('rateServiceRequest', { code, token, score: 4, comment: ' Rápido ' })
      expect(rated.status).toBe(200)
      expect(rated.body).toMatchObject({ trackingCode: code, status: 'closed', rating: 4, canRate: false })
      expect((await byCode(code)).rating).toMatchObject({ score: 4, comment: 'Rápido' })
      const again = await post('rateServiceRequest', { code, token, score: 1 })
      expect(again.status).toBe(409)
      expect((await byCode(code)).rating.score).toBe(4)
    })

    it('take a signed-in requester without a key, and no one else', async () => {
      const submitted = await post(
        'submitServiceRequest',
        { service: 'TST', answers: VALID },
        {
          token: tokens.otherPerson,
        },
      )
      expect(submitted.status).toBe(200)
      const code = submitted.body.trackingCode
      const doc = await byCode(code)
      expect(doc.requesterEmail).toBe('otro.vecino@correo.test')
      for (const status of ['in-review', 'approved', 'closed'])
        expect((await patch(doc.id, { status }, tokens.agent)).status).toBe(200)
      const anonymous = await post('rateServiceRequest', { code, score: 5 })
      expect(anonymous.status).toBe(404)
      const own = await post('rateServiceRequest', { code, score: 5 }, { token: tokens.otherPerson })
      expect(own.status).toBe(200)
      expect(own.body).toMatchObject({ rating: 5, canRate: false })
      expect((await byCode(code)).rating.score).toBe(5)
    })

    it('name every wrong field in the caller’s language, and store nothing', async () => {
      const before = await count('servi-requests')
      const shapes = await post(
        'submitServiceRequest',
        {
          service: { code: 'TST' },
          description: 5,
          location: { lat: '-34.9', lng: -56.16, address: 1 },
          name: ['Ana'],
          language: true,
          attachments: [null, { field: 'plano', filename: 'a.pdf', base64: 7 }, { field: 'plano' }],
        },
        { lang: 'en' },
      )
      expect(shapes.status).toBe(400)
      const files = 'Files go in a list of { field, filename, base64 }, three texts each.'
      expect(fieldsOf(shapes)).toEqual([
        { path: 'service', message: 'Must be text.' },
        { path: 'description', message: 'Must be text.' },
        { path: 'location.lat', message: 'Must be a number.' },
        { path: 'location.address', message: 'Must be text.' },
        { path: 'name', message: 'Must be text.' },
        { path: 'language', message: 'Must be text.' },
        { path: 'attachments.0', message: files },
        { path: 'attachments.1.base64', message: 'Must be text.' },
        { path: 'attachments.2.filename', message: 'This field is required.' },
        { path: 'attachments.2.base64', message: 'This field is required.' },
      ])
      expect(shapes.body.errors[0].message).toMatch(/^Invalid input: service: Must be text\.; description: /)
      const lists = await post('submitServiceRequest', { location: [1], attachments: 'plano.pdf' }, { lang: 'en' })
      expect(fieldsOf(lists)).toEqual([
        { path: 'service', message: 'This field is required.' },
        { path: 'location', message: expect.stringMatching(/^Must be a location/) },
        { path: 'attachments', message: files },
      ])
      // The form's own checks, as over GraphQL, and a value that cannot be shown as text is still a 400.
      const answers = { ...VALID, tipo: { toString: 1 }, motivo: undefined }
      const checked = await post('submitServiceRequest', { service: 'TST', name: 'Ana', email: 'a@', answers })
      expect(checked.status).toBe(400)
      expect(fieldsOf(checked)).toEqual(
        expect.arrayContaining([
          { path: 'email', message: 'Debe ser una dirección de correo válida.' },
          { path: 'answers.motivo', message: 'Este campo es obligatorio.' },
          { path: 'answers.tipo', message: '«?» no es una opción; las opciones son: a, b.' },
        ]),
      )
      const viaGraphql = await submit({ name: 'Ana', email: 'ana@correo.test', answers })
      expect(viaGraphql.errors?.[0].extensions?.statusCode).toBe(400)
      const pt = await post(
        'respondToServiceRequest',
        { code: 5, token: { toString: 1 }, message: null },
        { lang: 'pt' },
      )
      expect(pt.status).toBe(400)
      expect(pt.body.errors[0].message).toMatch(/^Dados inválidos: code: Deve ser um texto\./)
      expect(fieldsOf(pt)).toEqual([
        { path: 'code', message: 'Deve ser um texto.' },
        { path: 'token', message: 'Deve ser um texto.' },
        { path: 'message', message: 'Escreva sua resposta.' },
      ])
      const fr = await post('rateServiceRequest', { code: 'TST-2026-000001', score: '5', comment: 3 }, { lang: 'fr' })
      expect(fr.status).toBe(400)
      expect(fieldsOf(fr)).toEqual([
        { path: 'score', message: "L'évaluation est un nombre entier de 1 à 5." },
        { path: 'comment', message: 'Doit être un texte.' },
      ])
      expect(await count('servi-requests')).toBe(before)
    })

    it('refuse what is not a JSON object, unknown services and municipalities, with a 4xx that says why', async () => {
      const raw = (body: string, type = 'application/json') =>
        api(server)
          .post(command('submitServiceRequest'))
          .set('Accept-Language', 'en')
          .set('Content-Type', type)
          .send(body)
      const cases: [string, string, number, RegExp][] = [
        ['{"service":', 'application/json', 400, /well-formed JSON/],
        ['[1]', 'application/json', 400, /must be a JSON object/],
        ['"x"', 'application/json', 400, /must be a JSON object/],
        ['service=TST', 'application/x-www-form-urlencoded', 415, /well-formed JSON/],
      ]
      for (const [body, type, status, message] of cases) {
        const res = await raw(body, type)
        expect({ body, status: res.status }).toEqual({ body, status })
        expect(res.body.errors[0].message).toMatch(message)
      }
      const valid = { service: 'NOPE', name: 'Ana', email: 'ana@correo.test' }
      expect((await post('submitServiceRequest', valid)).status).toBe(404)
      expect(
        (await post('submitServiceRequest', { ...valid, service: 'TST' }, { municipality: 'atlantida' })).status,
      ).toBe(404)
      expect((await api(server).get(command('submitServiceRequest'))).status).toBe(404)
    })

    it('take files as multipart parts (no base64), and say how to send what they cannot read', async () => {
      const sent = await api(server)
        .post(command('submitServiceRequest'))
        .set('Accept-Language', 'en')
        .field(
          '_payload',
          JSON.stringify({ service: 'TST', name: 'Ana Partes', email: 'partes@correo.test', answers: VALID }),
        )
        .attach('plano', PDF, { filename: 'plano-partes.pdf', contentType: 'application/pdf' })
      expect(sent.status).toBe(200)
      const stored = await byCode(sent.body.trackingCode)
      expect(stored.requesterName).toBe('Ana Partes')
      expect(stored.attachments).toHaveLength(1)
      const files = await count('servi-attachments')
      const multipart = (name: string) =>
        api(server).post(command(name)).set('Accept-Language', 'en').field('_payload', '{}')
      const refusals: [string, Awaited<ReturnType<typeof multipart>>, number, RegExp][] = [
        ['a command without files', await multipart('respondToServiceRequest'), 415, /takes no files/],
        [
          'a _payload that is not a JSON object',
          await api(server).post(command('submitServiceRequest')).field('_payload', '[1'),
          400,
          /_payload/,
        ],
        [
          'text where a file belongs',
          await multipart('submitServiceRequest').field('plano', 'plano.pdf'),
          400,
          /file part/,
        ],
        // Over the field's own maximum (0.2 MB): named by the field, nothing stored.
        [
          'a file over its field’s maximum',
          await api(server)
            .post(command('submitServiceRequest'))
            .set('Accept-Language', 'en')
            .field('_payload', JSON.stringify({ service: 'TST', name: 'Ana', email: 'a@correo.test', answers: VALID }))
            .attach('plano', Buffer.concat([PDF, Buffer.alloc(300 * 1024, 32)]), 'grande.pdf'),
          400,
          /answers\.plano/,
        ],
      ]
      for (const [what, res, status, message] of refusals) {
        expect({ what, status: res.status }).toEqual({ what, status })
        expect(res.body.errors[0].message).toMatch(message)
      }
      expect(await count('servi-attachments')).toBe(files)
    })
  })
}
