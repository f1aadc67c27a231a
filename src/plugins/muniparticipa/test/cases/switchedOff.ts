/** The MuniParticipa case on the module switched off for one municipality. */
import { api, auth, gql } from '@e-muni/sdk/testing'
import { citizen, ids, M, nova, PROPOSE, server, SUPPORT, tokens, VERIFY, villa } from '../context'

export const switchedOffCases = () => {
  describe('MuniParticipa switched off for a municipality', () => {
    it('refuses its mutations and its queries return nothing there', async () => {
      const modules = (await api(server).get(`/api/municipalities/${villa}`)).body.modules as string[]
      const off = await api(server)
        .patch(`/api/municipalities/${villa}`)
        .set(auth(tokens.platform))
        .send({ modules: modules.filter((m) => m !== 'muniparticipa') })
      expect(off.status).toBe(200)
      try {
        const res = await gql(server, PROPOSE, { p: 'plaza-2027', t: 'x', b: 'y' }, tokens.ana)
        expect(res.errors?.[0].extensions?.statusCode).toBe(403)
        expect((await gql(server, SUPPORT, { p: ids.p2 }, tokens.ana)).errors?.[0].extensions?.statusCode).toBe(403)
        for (const [query, variables] of [
          [
            `mutation { castPollBallot(municipality: "${M}", poll: "${ids.poll}", answers: [[0], [0]]) { counted } }`,
            {},
          ],
          [`mutation { castBudgetBallot(municipality: "${M}", budget: "${ids.approval}", projects: []) { code } }`, {}],
          [VERIFY, { d: citizen(252).d, b: citizen(252).b }],
          [`mutation { followProcess(municipality: "${M}", process: "plaza-2027") { following } }`, {}],
        ] as [string, Record<string, unknown>][])
          expect((await gql(server, query, variables, tokens.ana)).errors?.[0].extensions?.statusCode).toBe(403)
        const census = await api(server)
          .post(`/api/m/${M}/muniparticipa/census`)
          .set(auth(tokens.villaAdmin))
          .set('Content-Type', 'text/csv')
          .send('X123,1990-01-01')
        expect(census.status).toBe(403)
        expect(
          (
            await api(server)
              .get('/api/participa-polls')
              .query({ where: { tenant: { equals: villa } } })
          ).body.totalDocs,
        ).toBe(0)
        expect(
          (
            await api(server)
              .get('/api/participa-proposals')
              .query({ where: { tenant: { equals: villa } } })
          ).body.totalDocs,
        ).toBe(0)
        expect(
          (
            await api(server)
              .get('/api/participa-processes')
              .query({ where: { tenant: { equals: villa } } })
          ).body.totalDocs,
        ).toBe(0)
        const graph = await gql(
          server,
          `{ Proposals(where: { tenant: { equals: ${JSON.stringify(villa)} } }) { totalDocs } }`,
        )
        expect(graph.data?.Proposals.totalDocs).toBe(0)
        // Nova Esperança still has it.
        expect(
          (
            await api(server)
              .get('/api/participa-processes')
              .query({ where: { tenant: { equals: nova } } })
          ).body.totalDocs,
        ).toBe(1)
      } finally {
        await api(server).patch(`/api/municipalities/${villa}`).set(auth(tokens.platform)).send({ modules })
      }
      expect(
        (
          await api(server)
            .get('/api/participa-proposals')
            .query({ where: { tenant: { equals: villa } } })
        ).body.totalDocs,
      ).toBeGreaterThan(0)
    })
  })
}
