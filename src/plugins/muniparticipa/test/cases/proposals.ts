/** The MuniParticipa cases on proposals: phases, images, moderation, reports and comments. */
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import { api, auth, createPerson, gql } from '@e-muni/sdk/testing'
import {
  citizen,
  ids,
  M,
  moderate,
  PROPOSE,
  REPORT,
  server,
  smtp,
  SUPPORT,
  tokens,
  verifiedPeople,
  VERIFY,
} from '../context'

export const proposalCases = () => {
  describe('proposals, phases and moderation', () => {
    it('takes proposals only in their phase and only from verified residents, naming bad fields', async () => {
      const unverified = await gql(server, PROPOSE, { p: 'plaza-2027', t: 'Idea', b: 'Texto' }, tokens.unverified)
      expect(unverified.errors?.[0].extensions?.statusCode).toBe(403)
      const bad = await gql(server, PROPOSE, { p: 'plaza-2027', t: ' ', b: '', c: 'Otra' }, tokens.ana)
      expect(bad.errors?.[0].extensions?.statusCode).toBe(400)
      expect(bad.errors?.[0].message).toMatch(/title.*body.*category/)
      for (const [key, title] of [
        ['p1', 'Bancos y sombra'],
        ['p2', 'Juegos para niños'],
        ['p3', 'Bebederos'],
        ['spam', 'Compre ya'],
      ]) {
        const res = await gql(
          server,
          PROPOSE,
          { p: 'plaza-2027', t: title, b: `Propuesta: ${title}.`, c: 'Espacios públicos' },
          tokens.ana,
        )
        expect(res.data?.submitProposal).toMatchObject({ status: 'pending', title })
        ids[key] = res.data!.submitProposal.id
      }
      // Images are judged by their bytes: HTML named .png is refused and leaves nothing behind.
      const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#2a7' } })
        .png()
        .toBuffer()
      const withImage = await gql(
        server,
        `mutation P($i: [ProposalImageInput!]) { submitProposal(municipality: "${M}", process: "plaza-2027", title: "Con foto", body: "Así está hoy.", images: $i) { id } }`,
        { i: [{ filename: 'plaza.png', base64: png.toString('base64') }] },
        tokens.ana,
      )
      expect(withImage.errors).toBeUndefined()
      const stored = (
        await api(server)
          .get(`/api/participa-proposals/${withImage.data!.submitProposal.id}`)
          .set(auth(tokens.moderator))
      ).body
      expect(stored.images).toHaveLength(1)
      expect(stored.images[0].mimeType).toBe('image/png')
      const before = await server.sql('SELECT COUNT(*) AS n FROM participa_proposals')
      const disguised = await gql(
        server,
        `mutation P($i: [ProposalImageInput!]) { submitProposal(municipality: "${M}", process: "plaza-2027", title: "Falsa", body: "x", images: $i) { id } }`,
        {
          i: [
            { filename: 'plaza.png', base64: png.toString('base64') },
            { filename: 'x.png', base64: Buffer.from('<html><script>alert(1)</script></html>').toString('base64') },
          ],
        },
        tokens.ana,
      )
      expect(disguised.errors?.[0].extensions?.statusCode).toBe(415)
      expect(await server.sql('SELECT COUNT(*) AS n FROM participa_proposals')).toEqual(before)
      expect(Number((await server.sql('SELECT COUNT(*) AS n FROM participa_proposal_images'))[0].n)).toBe(1)
      expect(fs.readdirSync(path.join(server.mediaDir, 'proposal-images'))).toHaveLength(1)
      // Pending proposals are not public; supports wait for their phase.
      expect((await api(server).get(`/api/participa-proposals/${ids.p1}`)).status).toBe(404)
      const early = await gql(server, SUPPORT, { p: ids.p1 }, tokens.ana)
      expect(early.errors?.[0].extensions?.statusCode).toBe(404)
    })

    it('is moderated by moderators only; the author is emailed in their language', async () => {
      const pt = await createPerson(server, tokens.platform, {
        email: 'rui@participa.test',
        name: 'Rui',
        language: 'pt',
      })
      const c = citizen(251)
      await gql(server, VERIFY, { d: c.d, b: c.b }, pt.token)
      const res = await gql(server, PROPOSE, { p: 'plaza-2027', t: 'Estacionamento', b: 'Mais vagas.' }, pt.token)
      ids.pt = res.data!.submitProposal.id

      expect([403, 404]).toContain((await moderate(ids.p1, { status: 'published' }, tokens.editor)).status)
      expect([403, 404]).toContain((await moderate(ids.p1, { status: 'published' }, tokens.novaAdmin)).status)
      expect((await moderate(ids.p1, { title: 'Otro título' }, tokens.ana)).status).toBeGreaterThanOrEqual(403)
      for (const key of ['p1', 'p2', 'p3', 'spam'])
        expect((await moderate(ids[key], { status: 'published' })).status).toBe(200)
      await smtp.waitForMail('ana@participa.test', (m) => m.subject === 'Su propuesta fue publicada')
      expect((await moderate(ids.pt, { status: 'rejected' })).status).toBe(400)
      const rejected = await moderate(ids.pt, {
        status: 'rejected',
        transitionComment: 'Fuera del alcance del proceso.',
      })
      expect(rejected.status).toBe(200)
      const mail = await smtp.waitForMail('rui@participa.test', (m) => m.subject === 'Sua proposta não foi publicada')
      expect(mail.text).toContain('Motivo: Fuera del alcance del proceso.')
      // The public sees published proposals with their counts, and no moderation history.
      const list = await api(server)
        .get('/api/participa-proposals')
        .query({ where: { process: { equals: ids.process } } })
      expect(list.body.docs.map((d: { id: unknown }) => String(d.id)).sort()).toEqual(
        [ids.p1, ids.p2, ids.p3, ids.spam].sort(),
      )
      expect(list.body.docs[0]).toMatchObject({ supportCount: 0, qualified: false })
      expect(list.body.docs[0].history ?? []).toEqual([])
      // The author's name is for the municipality's moderators and administrators; nobody else reads it, by
      // REST or GraphQL: not the public, not the author, not an editor there, not another municipality's admin.
      const authorName = async (token?: string) => {
        const rest = await api(server).get(`/api/participa-proposals/${ids.p1}`).set(auth(token))
        const graph = await gql(
          server,
          'query Q($id: Int!) { Proposal(id: $id) { authorName } }',
          { id: Number(ids.p1) },
          token,
        )
        return [rest.body.authorName ?? null, graph.data?.Proposal?.authorName ?? null]
      }
      expect(await authorName(tokens.moderator)).toEqual(['Ana', 'Ana'])
      expect(await authorName(tokens.villaAdmin)).toEqual(['Ana', 'Ana'])
      for (const token of [undefined, tokens.ana, tokens.editor, tokens.novaAdmin])
        expect(await authorName(token)).toEqual([null, null])
    })

    it('hides a proposal at the third report, once per person, and tells the author', async () => {
      const people = await verifiedPeople(200, 3)
      const first = await gql(server, REPORT, { id: ids.spam }, people[0].token)
      expect(first.data?.report).toEqual({ reports: 1, hidden: false })
      const twice = await gql(server, REPORT, { id: ids.spam }, people[0].token)
      expect(twice.errors?.[0].extensions?.statusCode).toBe(409)
      expect((await gql(server, REPORT, { id: ids.spam }, people[1].token)).data?.report).toEqual({
        reports: 2,
        hidden: false,
      })
      expect((await api(server).get(`/api/participa-proposals/${ids.spam}`)).status).toBe(200)
      expect((await gql(server, REPORT, { id: ids.spam }, people[2].token)).data?.report).toEqual({
        reports: 3,
        hidden: true,
      })
      expect((await api(server).get(`/api/participa-proposals/${ids.spam}`)).status).toBe(404)
      const hidden = (await api(server).get(`/api/participa-proposals/${ids.spam}`).set(auth(tokens.moderator))).body
      expect(hidden).toMatchObject({ status: 'hidden', reportCount: 3 })
      expect(hidden.history.at(-1)).toMatchObject({ to: 'hidden', actor: 'system' })
      await smtp.waitForMail('ana@participa.test', (m) => m.subject === 'Su propuesta fue ocultada')
    })

    it('takes threaded comments while the process debates', async () => {
      const top = await gql(
        server,
        `mutation { comment(municipality: "${M}", proposal: "${ids.p1}", body: "Muy buena idea") { id parent status } }`,
        {},
        tokens.ana,
      )
      expect(top.data?.comment).toMatchObject({ parent: null, status: 'published' })
      const reply = await gql(
        server,
        `mutation { comment(municipality: "${M}", proposal: "${ids.p1}", parent: "${top.data!.comment.id}", body: "De acuerdo") { id parent } }`,
        {},
        tokens.ana,
      )
      expect(reply.data?.comment.parent).toBe(top.data!.comment.id)
      const wrongParent = await gql(
        server,
        `mutation { comment(municipality: "${M}", proposal: "${ids.p2}", parent: "${top.data!.comment.id}", body: "x") { id } }`,
        {},
        tokens.ana,
      )
      expect(wrongParent.errors?.[0].extensions?.statusCode).toBe(400)
      const comments = await api(server)
        .get('/api/participa-comments')
        .query({ where: { proposal: { equals: ids.p1 } } })
      expect(comments.body.totalDocs).toBe(2)
    })
  })
}
