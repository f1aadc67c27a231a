/** MuniServi cases: saves from the admin's edit view. */
import { api, auth } from '@e-muni/sdk/testing'

import { byCode, byIdAsAdmin, ids, patch, server, submit, tokens } from '../muniservi.context'

export const adminSaveCases = () => {
  describe("saves from the admin's edit view", () => {
    let id: number | string
    let doc: Record<string, any>
    beforeAll(async () => {
      const code = (await submit({ name: 'Eva', email: 'eva@correo.test' })).data!.submitServiceRequest.trackingCode
      id = (await byCode(code)).id
      expect((await patch(id, { status: 'in-review' }, tokens.agent)).status).toBe(200)
      doc = (await api(server).get(`/api/servi-requests/${id}`).query({ depth: 0 }).set(auth(tokens.agent))).body
    })
    /** As Payload's admin form sends it: multipart `_payload`, from a page on the server's own origin. */
    const adminSave = (data: Record<string, unknown>, origin: string | null = server.url) => {
      const req = api(server)
        .patch(`/api/servi-requests/${id}`)
        .query({ depth: 0 })
        .set(auth(tokens.agent))
        .set('Accept-Language', 'en')
      if (origin) req.set('Origin', origin)
      return req.field('_payload', JSON.stringify(data))
    }

    it('ignores what the form echoes of read-only fields, reads 0 as an empty list, and saves the edits', async () => {
      const echo = {
        ...doc,
        // A stale or reshaped copy of what the workflow and MuniServi write: not edits.
        history: [{ ...doc.history[0], at: 'diciembre 5º 2026, 10:57 PM', comment: '' }],
        trackingCode: doc.trackingCode,
        answers: { ...doc.answers, reformatted: true },
        rating: { score: null, comment: null, ratedAt: null },
        // The admin's empty lists (shown read-only: the next message and note are written in their own boxes).
        messages: 0,
        internalNotes: 0,
        newNote: 'Revisar el expediente.',
        assignee: ids.agent,
        requesterName: 'Otro Nombre',
      }
      const res = await adminSave(echo)
      expect(res.status).toBe(200)
      const after = (await api(server).get(`/api/servi-requests/${id}`).query({ depth: 0 }).set(auth(tokens.agent)))
        .body
      expect(after.assignee).toBe(ids.agent)
      expect(after.internalNotes.map((n: { body: string }) => n.body)).toEqual(['Revisar el expediente.'])
      expect(after.messages).toEqual([])
      // Unchanged: what only the workflow and MuniServi write, and the citizen's own data.
      expect(after.history).toEqual(doc.history)
      expect(after.answers).toEqual(doc.answers)
      expect(after.trackingCode).toBe(doc.trackingCode)
      expect(after.requesterName).toBe(doc.requesterName)
    })

    it('still refuses those fields, naming them, to an API caller (JSON, or multipart from elsewhere)', async () => {
      const json = await patch(id, { history: [] }, tokens.agent)
      expect(json.status).toBe(400)
      expect(json.body.errors[0].message).toMatch(/history/i)
      const elsewhere = await adminSave({ trackingCode: 'TST-1999-000001' }, 'https://evil.example')
      expect(elsewhere.status).toBe(400)
      expect(elsewhere.body.errors[0].message).toContain('trackingCode')
      const noOrigin = await adminSave({ trackingCode: 'TST-1999-000001' }, null)
      expect(noOrigin.status).toBe(400)
    })

    it("takes a workflow action and the form's edits in one save", async () => {
      const res = await adminSave({
        status: 'needs-information',
        transitionComment: '¿Puede enviar una foto?',
        internalNotes: [{ body: 'Revisar el expediente.' }],
        newNote: 'Pedida la foto.',
        newMessage: 'Gracias, la revisamos.',
        history: [],
      })
      expect({ status: res.status, body: res.status === 200 ? null : res.body }).toEqual({ status: 200, body: null })
      expect(res.body.doc.status).toBe('needs-information')
      expect(res.body.doc.history.at(-1)).toMatchObject({ to: 'needs-information', comment: '¿Puede enviar una foto?' })
      expect(res.body.doc.internalNotes.map((n: { body: string }) => n.body)).toEqual([
        'Revisar el expediente.',
        'Pedida la foto.',
      ])
      expect(res.body.doc.messages).toMatchObject([{ from: 'staff', body: 'Gracias, la revisamos.' }])
      // Without the comment the transition requires: refused, naming the comment (not an internal field).
      const back = await patch(id, { status: 'in-review' }, tokens.agent)
      expect(back.status).toBe(200)
      const missing = await patch(id, { status: 'rejected' }, tokens.agent)
      expect(missing.status).toBe(400)
      expect(missing.body.errors[0].message).toContain('Comment')
      expect(missing.body.errors[0].message).not.toContain('transitionComment')
    })

    it('moves a request once when ten moves arrive at the same time', async () => {
      const code = (await submit({ name: 'Teo', email: 'teo@correo.test' })).data!.submitServiceRequest.trackingCode
      const target = (await byCode(code)).id
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => patch(target, { status: 'in-review' }, tokens.agent)),
      )
      // The first moves it; each other either finds it moved (no change) or is told it moved meanwhile.
      expect(answers.map((a) => a.status).filter((s) => s === 200).length).toBeGreaterThanOrEqual(1)
      for (const answer of answers) expect([200, 409]).toContain(answer.status)
      const after = await byIdAsAdmin(target)
      expect(after.status).toBe('in-review')
      expect(after.history.map((h: { to: string }) => h.to)).toEqual(['in-review'])
      // One transition taken: one audit entry (each taken transition writes one, and emails the requester).
      // (Without the lock, PostgreSQL took several: the last writer's history hid them.)
      const audit = await api(server)
        .get('/api/audit-log')
        .query({
          where: { collection: { equals: 'servi-requests' }, documentId: { equals: String(target) } },
          limit: 50,
        })
        .set(auth(tokens.platform))
      expect({ status: audit.status, error: audit.body.errors }).toEqual({ status: 200, error: undefined })
      const transitions = (audit.body.docs as { operation: string; transition?: { to: string } }[]).filter(
        (d) => d.operation === 'transition',
      )
      expect(transitions.map((d) => d.transition?.to)).toEqual(['in-review'])
    })
  })
}
