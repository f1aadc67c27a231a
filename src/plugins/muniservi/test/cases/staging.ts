/**
 * MuniServi cases: files kept between the portal's "Continue" and "Send" (`stageServiceAttachments`, then
 * `submitServiceRequest` with `staged`). Checked as a submission's files when kept; read by nobody (the
 * requester, another citizen, staff, the platform admin: not over REST or GraphQL, nor by the file's URL); claimed
 * only with the receipt, in the municipality they were kept in, once; the request gets the same bytes.
 */
import { api, auth, gql, startS3, startSibling, type TestServer } from '@e-muni/sdk/testing'

import { byCode, PDF, server, tokens, VALID } from '../muniservi.context'

const command = (name: string, municipality = 'villa-esperanza') => `/api/m/${municipality}/muniservi/${name}`

/** Keeps `files` ([field, name, bytes]) for the service TST, as the portal does: multipart. */
const stage = (files: [string, string, Buffer][], token?: string, municipality?: string, via: TestServer = server) => {
  let req = api(via)
    .post(command('stageServiceAttachments', municipality))
    .set(auth(token))
    .set('Accept-Language', 'en')
    .field('_payload', JSON.stringify({ service: 'TST' }))
  for (const [field, name, data] of files)
    req = req.attach(field, data, { filename: name, contentType: 'application/pdf' })
  return req
}

const send = (staged: string[], options: { token?: string; municipality?: string; via?: TestServer } = {}) =>
  api(options.via ?? server)
    .post(command('submitServiceRequest', options.municipality))
    .set(auth(options.token))
    .set('Accept-Language', 'en')
    .send({ service: 'TST', answers: VALID, name: 'Nora Kept', email: 'nora.kept@correo.test', staged })

const GONE =
  'The attached files are no longer available (already sent, more than an hour has passed, or the key does not match): attach them again.'

export const stagingCases = () => {
  describe('files kept between “Continue” and “Send” (stageServiceAttachments)', () => {
    it('keeps a file unreadable to everybody, claims it once with its receipt in its municipality, with the same bytes', async () => {
      const kept = await stage([['plano', 'plano-guardado.pdf', PDF]])
      expect(kept.status).toBe(200)
      expect(kept.body.files).toEqual([
        {
          token: expect.stringMatching(/^\d+\.[\w-]{32}$/),
          field: 'plano',
          name: 'plano-guardado.pdf',
          size: PDF.length,
        },
      ])
      const token: string = kept.body.files[0].token
      const id = token.split('.')[0]
      const [row] = await server.sql(`SELECT filename, field FROM servi_attachments WHERE id = ${Number(id)}`)
      // The secret is not stored, only its hash.
      expect(String(row!.field)).not.toContain(token.split('.')[1])
      const fileUrl = `/api/servi-attachments/file/${row!.filename}`

      // Nobody reads it: not anonymously, not another citizen, not staff or the platform admin.
      for (const who of [undefined, tokens.citizen, tokens.otherPerson, tokens.agent, tokens.platform]) {
        const doc = await api(server).get(`/api/servi-attachments/${id}`).set(auth(who))
        expect([403, 404]).toContain(doc.status)
        const file = await api(server).get(fileUrl).set(auth(who))
        expect([403, 404]).toContain(file.status)
        const list = await api(server)
          .get('/api/servi-attachments')
          .query({ where: { id: { equals: id } } })
          .set(auth(who))
        if (list.status === 200) expect(list.body.docs).toHaveLength(0)
        else expect(list.status).toBe(403)
        const viaGraphql = await gql(
          server,
          `query($id: Int!) { ServiceAttachment(id: $id) { id } }`,
          { id: Number(id) },
          who,
        )
        expect(viaGraphql.data?.ServiceAttachment ?? null).toBeNull()
      }

      // A wrong secret, the right one from another municipality: a 404 saying what to do, nothing created.
      const wrong = await send([`${id}.${'x'.repeat(32)}`])
      expect(wrong.status).toBe(404)
      expect(wrong.body.errors[0].message).toBe(GONE)
      for (const garbage of ['x', `abc.${'x'.repeat(32)}`, `${'f'.repeat(24)}.${'x'.repeat(32)}`, `${id}.`]) {
        const refused = await send([garbage])
        expect({ garbage, status: refused.status }).toEqual({ garbage, status: 404 })
        expect(refused.body.errors[0].message).toBe(GONE)
      }
      const elsewhere = await send([token], { municipality: 'nova-esperanca' })
      expect(elsewhere.status).toBe(404)
      expect(elsewhere.body.errors[0].message).toBe(GONE)
      const notList = await send('nope' as unknown as string[])
      expect(notList.status).toBe(400)
      expect(notList.body.errors[0].data.errors[0].path).toBe('staged')

      // The receipt: the request carries the file, with the same bytes, and the kept copy is gone.
      const sent = await send([token])
      expect(sent.status).toBe(200)
      const doc = await byCode(sent.body.trackingCode)
      expect(doc.attachments).toHaveLength(1)
      expect(doc.answers.plano).toEqual([{ attachment: doc.attachments[0], name: 'plano-guardado.pdf' }])
      const att = await api(server).get(`/api/servi-attachments/${doc.attachments[0]}`).set(auth(tokens.agent))
      expect(att.status).toBe(200)
      expect(att.body.field).toBe('plano')
      const bytes = await api(server)
        .get(new URL(att.body.url, server.url).pathname)
        .set(auth(tokens.agent))
        .buffer(true)
      expect(bytes.status).toBe(200)
      expect(Buffer.compare(Buffer.from(bytes.body), PDF)).toBe(0)
      expect(await server.sql(`SELECT id FROM servi_attachments WHERE id = ${Number(id)}`)).toHaveLength(0)

      // Twice: the receipt is used.
      const again = await send([token])
      expect(again.status).toBe(404)
      expect(again.body.errors[0].message).toBe(GONE)
    })

    it('keeps and claims through a process that stores uploads in an S3 bucket, with the same bytes', async () => {
      // Another process of the installation with S3_BUCKET (docs/deploy/storage.md): the kept file is an object
      // in the bucket, and the claim reads it from there (the SDK's readStoredUpload), not from the upload folder.
      const s3 = await startS3()
      const other = await startSibling(server, s3.env)
      try {
        const keys = async () => (await s3.list('servi-attachments/')).map((o) => o.key)
        const kept = await stage([['plano', 'plano-en-s3.pdf', PDF]], undefined, undefined, other)
        expect(kept.status).toBe(200)
        const token: string = kept.body.files[0].token
        const [row] = await server.sql(
          `SELECT filename FROM servi_attachments WHERE id = ${Number(token.split('.')[0])}`,
        )
        expect(await keys()).toContain(`servi-attachments/${row!.filename}`)

        const sent = await send([token], { via: other })
        expect(sent.status).toBe(200)
        const doc = await byCode(sent.body.trackingCode)
        expect(doc.attachments).toHaveLength(1)
        const att = await api(other).get(`/api/servi-attachments/${doc.attachments[0]}`).set(auth(tokens.agent))
        expect(att.status).toBe(200)
        const url = new URL(att.body.url, other.url)
        const bytes = await api(other)
          .get(url.pathname + url.search)
          .set(auth(tokens.agent))
          .buffer(true)
        expect(bytes.status).toBe(200)
        expect(Buffer.compare(Buffer.from(bytes.body), PDF)).toBe(0)
        // The request's copy is in the bucket; the kept one is gone from it.
        expect(await keys()).toContain(`servi-attachments/${att.body.filename}`)
        expect(await keys()).not.toContain(`servi-attachments/${row!.filename}`)
      } finally {
        await other.stop()
        await s3.remove()
      }
    })

    it('keeps and claims over GraphQL as over REST (base64 within the body limit)', async () => {
      const kept = await gql(
        server,
        `mutation($f: [ServiceRequestAttachmentInput!]) {
          stageServiceAttachments(municipality: "villa-esperanza", service: "TST", attachments: $f) { files { token field name size } }
        }`,
        { f: [{ field: 'plano', filename: 'por-graphql.pdf', base64: PDF.toString('base64') }] },
      )
      const [file] = kept.data!.stageServiceAttachments.files
      expect(file).toMatchObject({ field: 'plano', name: 'por-graphql.pdf', size: PDF.length })
      const sent = await gql(
        server,
        `mutation($s: [String!], $a: JSON) {
          submitServiceRequest(municipality: "villa-esperanza", service: "TST", answers: $a, name: "Gql", email: "gql@correo.test", staged: $s) { trackingCode }
        }`,
        { s: [file.token], a: VALID },
      )
      const doc = await byCode(sent.data!.submitServiceRequest.trackingCode)
      expect(doc.answers.plano).toEqual([{ attachment: doc.attachments[0], name: 'por-graphql.pdf' }])
    })

    it('checks the files as a submission would, keeping nothing when one is wrong', async () => {
      const before = (await server.sql(`SELECT COUNT(*) AS n FROM servi_attachments`))[0]!.n
      const notPdf = await stage([
        ['plano', 'bueno.pdf', PDF],
        ['plano', 'falso.pdf', Buffer.from('not a pdf at all')],
      ])
      expect(notPdf.status).toBe(400)
      expect(notPdf.body.errors[0].data.errors).toMatchObject([
        { path: 'answers.plano', message: expect.stringContaining('falso.pdf') },
      ])
      const notFileField = await stage([['motivo', 'a.pdf', PDF]])
      expect(notFileField.status).toBe(400)
      expect(notFileField.body.errors[0].data.errors[0]).toMatchObject({
        path: 'answers.motivo',
        message: 'The field "motivo" does not take files.',
      })
      const none = await api(server)
        .post(command('stageServiceAttachments'))
        .set('Accept-Language', 'en')
        .send({ service: 'TST' })
      expect(none.status).toBe(400)
      expect(none.body.errors[0].data.errors[0]).toMatchObject({
        path: 'attachments',
        message: 'Attach at least one file to keep.',
      })
      expect((await server.sql(`SELECT COUNT(*) AS n FROM servi_attachments`))[0]!.n).toBe(before)
    })
  })
}
