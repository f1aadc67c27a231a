/** The MuniParticipa cases on followers' emails and accountability results. */
import { api, auth, gql } from '@e-muni/sdk/testing'
import { ids, M, moderate, server, setPhases, smtp, tokens, villa, HOUR } from '../context'

export const accountabilityCases = () => {
  describe('accountability and followers', () => {
    const runJob = async (task: string) => {
      const queued = await api(server)
        .post('/api/payload-jobs')
        .set(auth(tokens.platform))
        .send({ taskSlug: task, input: {}, queue: 'default' })
      expect(queued.status).toBe(201)
      expect(
        (await api(server).get('/api/payload-jobs/run').query({ queue: 'default' }).set(auth(tokens.platform))).status,
      ).toBe(200)
    }

    it('emails the followers of a process once when its phase changes', async () => {
      const follow = await gql(
        server,
        `mutation { followProcess(municipality: "${M}", process: "plaza-2027") { following } }`,
        {},
        tokens.ana,
      )
      expect(follow.data?.followProcess.following).toBe(true)
      await setPhases([{ phase: 'voting', from: -HOUR, to: HOUR }])
      await runJob('muniparticipa-phases')
      await smtp.waitForMail('ana@participa.test', (m) => m.subject === 'Ideas para la plaza: fase de Votación')
      await runJob('muniparticipa-phases')
      expect((await smtp.mailsTo('ana@participa.test')).filter((m) => m.subject.includes('fase de'))).toHaveLength(1)
      expect((await smtp.mailsTo('rui@participa.test')).filter((m) => m.subject.includes('fase de'))).toHaveLength(0)
    })

    it('turns an accepted proposal and the winning budget projects into public results', async () => {
      expect((await moderate(ids.p2, { answer: { status: 'rejected' } })).status).toBe(400)
      const accepted = await moderate(ids.p1, {
        answer: { status: 'accepted', text: 'Se incluye en el plan de obras 2027.' },
      })
      expect(accepted.status).toBe(200)
      await smtp.waitForMail('ana@participa.test', (m) => m.subject === 'Respuesta a su propuesta: Aceptada')
      await runJob('muniparticipa-results')
      await runJob('muniparticipa-results')
      const results = await api(server)
        .get('/api/participa-results')
        .query({ where: { tenant: { equals: villa } }, sort: 'title', depth: 0 })
      expect(results.body.docs.map((r: { title: string; status: string }) => [r.title, r.status])).toEqual([
        ['Bancos y sombra', 'planned'],
        ['Proyecto A', 'planned'],
        ['Proyecto D', 'planned'],
      ])
      const one = results.body.docs[0]
      expect(String(one.proposal)).toBe(ids.p1)
      const progress = await api(server)
        .patch(`/api/participa-results/${one.id}`)
        .set(auth(tokens.moderator))
        .send({ status: 'in-progress', progress: 40 })
      expect(progress.status).toBe(200)
      expect([403, 404]).toContain(
        (await api(server).patch(`/api/participa-results/${one.id}`).set(auth(tokens.editor)).send({ progress: 90 }))
          .status,
      )
      expect((await api(server).get(`/api/participa-results/${one.id}`)).body).toMatchObject({
        status: 'in-progress',
        progress: 40,
      })
    })
  })
}
