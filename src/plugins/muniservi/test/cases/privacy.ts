/** MuniServi cases: who may read a request, its attachments and its internal notes. */
import { account, api, auth, gql } from '@e-muni/sdk/testing'

import { byCode, byIdAsAdmin, nova, patch, PDF, server, submit, tokens, TRACK } from '../muniservi.context'

export const privacyCases = () => {
  describe('privacy of requests, attachments and internal notes', () => {
    let id: number | string
    let fileUrl: string
    let attachmentId: number | string

    beforeAll(async () => {
      const res = await submit(
        { attachments: [{ field: 'plano', filename: 'privado.pdf', base64: PDF.toString('base64') }] },
        tokens.citizen,
      )
      const doc = await byCode(res.data!.submitServiceRequest.trackingCode)
      id = doc.id
      attachmentId = doc.attachments[0]
      const att = await api(server).get(`/api/servi-attachments/${attachmentId}`).set(auth(tokens.platform))
      fileUrl = new URL(att.body.url, server.url).pathname
      expect(fileUrl).toMatch(/\/api\/servi-attachments\/file\//)
      expect(
        (await patch(id, { internalNotes: [{ body: 'Vecina conflictiva (nota interna)' }] }, tokens.agent)).status,
      ).toBe(200)
    })

    it('shows the request, its file and no internal notes to its requester', async () => {
      const own = await api(server).get(`/api/servi-requests/${id}`).set(auth(tokens.citizen))
      expect(own.status).toBe(200)
      expect(own.body.internalNotes ?? []).toEqual([])
      expect(JSON.stringify(own.body)).not.toContain('nota interna')
      const file = await api(server).get(fileUrl).set(auth(tokens.citizen)).buffer(true)
      expect(file.status).toBe(200)
      expect(Buffer.compare(Buffer.from(file.body), PDF)).toBe(0)
      const viaGraphql = await gql(
        server,
        `query($id: Int!) { ServiceRequest(id: $id) { trackingCode internalNotes { body } } }`,
        { id: Number(id) },
        tokens.citizen,
      )
      expect(viaGraphql.data?.ServiceRequest?.trackingCode).toBeTruthy()
      expect(JSON.stringify(viaGraphql)).not.toContain('nota interna')
    })

    it('shows them to the service staff of that municipality', async () => {
      const staff = await api(server).get(`/api/servi-requests/${id}`).set(auth(tokens.agent))
      expect(staff.status).toBe(200)
      expect(staff.body.internalNotes[0].body).toBe('Vecina conflictiva (nota interna)')
      expect(staff.body.internalNotes[0].author).toBe(account('service-agent', 'villa-esperanza').email)
      expect((await api(server).get(fileUrl).set(auth(tokens.agent))).status).toBe(200)
    })

    it.each([
      ['another person', 'otherPerson'],
      ['an anonymous caller', ''],
      ['an editor without a services role', 'villaEditor'],
      ['service staff of another municipality', 'novaAgent'],
    ])('hides the request, its attachment and file from %s', async (_who, key) => {
      const token = key ? tokens[key] : undefined
      const one = await api(server).get(`/api/servi-requests/${id}`).set(auth(token))
      expect([401, 403, 404]).toContain(one.status)
      const list = await api(server).get('/api/servi-requests').query({ limit: 100 }).set(auth(token))
      expect(list.status === 200 ? list.body.docs.map((d: { id: unknown }) => d.id) : []).not.toContain(id)
      const att = await api(server).get(`/api/servi-attachments/${attachmentId}`).set(auth(token))
      expect([401, 403, 404]).toContain(att.status)
      const file = await api(server).get(fileUrl).set(auth(token))
      expect([401, 403, 404]).toContain(file.status)
      const viaGraphql = await gql(
        server,
        `query($id: Int!) { ServiceRequest(id: $id) { trackingCode requesterEmail internalNotes { body } } }`,
        { id: Number(id) },
        token,
      )
      expect(viaGraphql.data?.ServiceRequest ?? null).toBeNull()
      const listGraphql = await gql(
        server,
        `{ ServiceRequests(limit: 100) { docs { id } } ServiceAttachments { docs { id } } }`,
        {},
        token,
      )
      expect(JSON.stringify(listGraphql.data ?? {})).not.toContain(`"id":${JSON.stringify(id)}`)
      expect(JSON.stringify(viaGraphql)).not.toContain('nota interna')
      const track = await gql(server, TRACK, { m: 'villa-esperanza', c: (await byIdAsAdmin(id)).trackingCode }, token)
      expect(track.errors?.[0].extensions?.statusCode).toBe(404)
    })

    it('takes null for a group as "clear it", not as a server error', async () => {
      const cleared = await patch(id, { location: null }, tokens.agent)
      expect(cleared.status).toBe(200)
      expect(cleared.body.doc.location).toEqual({ lat: null, lng: null, address: null })
      const core = await api(server)
        .patch(`/api/municipalities/${nova}`)
        .set(auth(tokens.novaAdmin))
        .send({ contact: null })
      expect(core.status).toBe(200)
      expect(core.body.doc.contact.email ?? null).toBeNull()
    })

    it('keeps staff out of system fields and other municipalities', async () => {
      const forged = await patch(id, { trackingCode: 'TST-1999-000001' }, tokens.agent)
      expect(forged.status).toBe(400)
      expect(forged.body.errors[0].message).toContain('trackingCode')
      const elsewhere = await api(server)
        .patch(`/api/servi-requests/${id}`)
        .set(auth(tokens.novaAgent))
        .send({ status: 'in-review' })
      expect([403, 404]).toContain(elsewhere.status)
      const assignOutsider = await patch(
        id,
        { assignee: (await api(server).get('/api/users/me').set(auth(tokens.villaEditor))).body.user.id },
        tokens.agent,
      )
      expect(assignOutsider.status).toBe(400)
    })

    it('keeps the conversation and the notes as written: staff add, never rewrite, never speak as the requester', async () => {
      const code = (await submit({ name: 'Rita', email: 'rita@correo.test' })).data!.submitServiceRequest.trackingCode
      const rid = (await byCode(code)).id
      const agentEmail = (await api(server).get('/api/users/me').set(auth(tokens.agent))).body.user.email
      // A new message is the municipality's, dated now, whatever the caller says; a note carries its author.
      const first = await patch(
        rid,
        {
          messages: [{ from: 'requester', body: 'Escrito por el vecino (falso)', at: '2020-01-01T00:00:00.000Z' }],
          internalNotes: [{ body: 'Primera nota', author: 'otra@muni.test' }],
        },
        tokens.agent,
      )
      expect(first.status).toBe(200)
      const written = first.body.doc
      expect(written.messages).toMatchObject([{ from: 'staff', body: 'Escrito por el vecino (falso)' }])
      expect(Date.now() - new Date(written.messages[0].at).getTime()).toBeLessThan(60_000)
      expect(written.internalNotes).toMatchObject([{ body: 'Primera nota', author: agentEmail }])
      // Rewriting or deleting what is there: refused, saying so, and nothing is written.
      const rewritten = await patch(rid, { messages: [{ ...written.messages[0], body: 'Otro texto' }] }, tokens.agent)
      expect(rewritten.status).toBe(400)
      expect(rewritten.body.errors[0].message).toMatch(/already saved are not changed or deleted/)
      expect((await patch(rid, { internalNotes: [] }, tokens.agent)).status).toBe(400)
      expect((await patch(rid, { messages: [{ from: 'requester', body: 'x' }] }, tokens.agent)).status).toBe(400)
      // The list sent back as read (ids, or in order without them) with a new row: the new row is added.
      const more = await patch(
        rid,
        {
          messages: [...written.messages, { body: 'Segundo mensaje' }],
          internalNotes: [{ body: 'Primera nota' }, { body: 'Segunda nota' }],
        },
        tokens.agent,
      )
      expect({ status: more.status, body: more.status === 200 ? null : more.body }).toEqual({ status: 200, body: null })
      const after = (await api(server).get(`/api/servi-requests/${rid}`).query({ depth: 0 }).set(auth(tokens.agent)))
        .body
      expect(after.messages.map((m: { from: string; body: string }) => `${m.from}:${m.body}`)).toEqual([
        'staff:Escrito por el vecino (falso)',
        'staff:Segundo mensaje',
      ])
      expect(after.messages[0]).toEqual(written.messages[0])
      expect(after.internalNotes.map((n: { body: string; author: string }) => `${n.author}:${n.body}`)).toEqual([
        `${agentEmail}:Primera nota`,
        `${agentEmail}:Segunda nota`,
      ])
    })
  })
}
