/** MuniServi cases: the server-side checks of answers, and REST (multipart) submission. */
import { api, auth } from '@e-muni/sdk/testing'

import {
  byCode,
  byCodeService,
  count,
  filesOnDisk,
  PDF,
  server,
  SUBMIT,
  submit,
  tokens,
  VALID,
  villa,
  waitForMail,
} from '../muniservi.context'

export const submissionCases = () => {
  describe('answers are checked on the server', () => {
    it('names every wrong field with a 400 and stores nothing', async () => {
      const before = { requests: await count('servi-requests'), files: await count('servi-attachments') }
      const onDisk = filesOnDisk('service-attachments')
      const html = Buffer.from('<html><body><script>alert(1)</script></body></html>')
      const big = Buffer.concat([PDF, Buffer.alloc(300_000, 32)])
      const res = await submit({
        name: 'Ana',
        email: 'no-es-un-correo',
        answers: {
          cantidad: 'tres',
          fecha: '2026-02-30',
          contacto: 'x@',
          telefono: 'llámame',
          tipo: 'z',
          extras: ['x', 'w'],
          acepto: 'quizás',
          lugar: { lat: 200, lng: 0 },
          inventado: 'sí',
        },
        attachments: [
          { field: 'plano', filename: 'pagina.html', base64: html.toString('base64') },
          { field: 'plano', filename: 'enorme.pdf', base64: big.toString('base64') },
          { field: 'motivo', filename: 'otro.pdf', base64: PDF.toString('base64') },
        ],
      })
      const error = res.errors?.[0]
      expect(error?.extensions?.statusCode).toBe(400)
      const paths = (error?.extensions?.data as { errors: { path: string; message: string }[] }).errors.map(
        (e) => e.path,
      )
      expect(paths.sort()).toEqual(
        [
          'email',
          'answers.inventado',
          'answers.motivo',
          'answers.motivo',
          'answers.cantidad',
          'answers.fecha',
          'answers.contacto',
          'answers.telefono',
          'answers.tipo',
          'answers.extras',
          'answers.acepto',
          'answers.plano',
          'answers.plano',
          'answers.lugar',
        ].sort(),
      )
      const messages = (error?.extensions?.data as { errors: { path: string; message: string }[] }).errors
      expect(messages.find((e) => e.path === 'answers.tipo')?.message).toContain('«z» no es una opción')
      expect(
        messages
          .filter((e) => e.path === 'answers.plano')
          .map((e) => e.message)
          .join(' '),
      ).toMatch(/text\/html|\?/)
      expect(
        messages
          .filter((e) => e.path === 'answers.plano')
          .map((e) => e.message)
          .join(' '),
      ).toContain('enorme.pdf')
      expect(await count('servi-requests')).toBe(before.requests)
      expect(await count('servi-attachments')).toBe(before.files)
      expect(filesOnDisk('service-attachments')).toBe(onDisk)
    })

    it('refuses a missing required answer, an unknown service and a bad requester in English when asked', async () => {
      const res = await api(server)
        .post('/api/graphql')
        .set('Accept-Language', 'en')
        .send({ query: SUBMIT, variables: { m: 'villa-esperanza', s: 'TST', a: { tipo: 'a' }, n: 'Ana' } })
      const fields = res.body.errors[0].extensions.data.errors
      expect(fields).toEqual(
        expect.arrayContaining([
          { path: 'answers.motivo', message: 'This field is required.' },
          { path: 'answers.acepto', message: 'This field is required.' },
          { path: 'email', message: 'Give your name and email, or log in.' },
        ]),
      )
      const unknown = await submit({ service: 'NOPE', name: 'Ana', email: 'ana@correo.test' })
      expect(unknown.errors?.[0].extensions?.statusCode).toBe(404)
      const staffCreate = await api(server)
        .post('/api/servi-requests')
        .set(auth(tokens.agent))
        .send({
          tenant: villa,
          service: (await byCodeService('TST')).id,
          answers: { tipo: 'q' },
          requesterName: 'Ana',
          requesterEmail: 'ana@correo.test',
        })
      expect(staffCreate.status).toBe(400)
      expect(JSON.stringify(staffCreate.body)).toContain('answers.motivo')
    })
  })

  describe('REST submission (multipart)', () => {
    const url = '/api/m/villa-esperanza/muniservi/requests'
    const data = (extra: Record<string, unknown> = {}) =>
      JSON.stringify({
        service: 'TST',
        answers: VALID,
        name: 'Lía',
        email: 'lia@correo.test',
        language: 'pt',
        ...extra,
      })

    it('takes files as multipart parts and answers 201 with the receipt, emailing in the requester language', async () => {
      const res = await api(server)
        .post(url)
        .field('data', data())
        .attach('answers.plano', PDF, { filename: 'plano.pdf', contentType: 'application/pdf' })
      expect(res.status).toBe(201)
      expect(res.body.trackingCode).toMatch(/^TST-\d{4}-\d{6}$/)
      const doc = await byCode(res.body.trackingCode)
      expect(doc.attachments).toHaveLength(1)
      const mail = await waitForMail('lia@correo.test', (m) => m.subject.includes(res.body.trackingCode))
      expect(mail.subject).toBe(`Recebemos sua solicitação ${res.body.trackingCode}`)
    })

    it('answers 400 naming the fields for a disguised or oversize file, and stores nothing', async () => {
      const before = { requests: await count('servi-requests'), files: await count('servi-attachments') }
      const onDisk = filesOnDisk('service-attachments')
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
      const res = await api(server)
        .post(url)
        .set('Accept-Language', 'en')
        .field('data', data())
        .attach('answers.plano', svg, { filename: 'plano.pdf', contentType: 'application/pdf' })
        .attach('answers.plano', Buffer.concat([PDF, Buffer.alloc(300_000, 32)]), { filename: 'big.pdf' })
      expect(res.status).toBe(400)
      const messages = res.body.errors[0].data.errors as { path: string; message: string }[]
      expect(messages.map((m) => m.path)).toEqual(['answers.plano', 'answers.plano'])
      expect(messages[1].message).toBe('The file "big.pdf" is 0.3 MB; the limit is 0.2 MB.')
      expect(await count('servi-requests')).toBe(before.requests)
      expect(await count('servi-attachments')).toBe(before.files)
      expect(filesOnDisk('service-attachments')).toBe(onDisk)
    })

    it('answers 400 to a body it cannot read and 404 to an unknown service or municipality', async () => {
      const broken = await api(server).post(url).set('Content-Type', 'application/json').send('{"service": ')
      expect(broken.status).toBe(400)
      expect(broken.body.errors[0].message).toMatch(/no se pudo leer/)
      const unknown = await api(server).post(url).send({ service: 'NOPE', name: 'A', email: 'a@correo.test' })
      expect(unknown.status).toBe(404)
      const nowhere = await api(server).post('/api/m/atlantida/muniservi/requests').send({ service: 'TST' })
      expect(nowhere.status).toBe(404)
    })
  })
}
