/** MuniCompra switched off for a municipality: its OCDS endpoints answer 404 and its mutations refuse. */
import { api, auth, gql } from '@e-muni/sdk/testing'
import { ASK, nova, people, server, SUBMIT, tokens } from '../context'

export const switchedOffCases = () => {
  describe('MuniCompra switched off for a municipality', () => {
    it('answers 404 on its OCDS endpoints and refuses its mutations there, and only there', async () => {
      const novaOcid = (
        await api(server)
          .get('/api/compra-tenders')
          .query({ where: { tenant: { equals: nova }, status: { equals: 'awarded' } } })
      ).body.docs[0].ocid
      expect((await api(server).get(`/api/ocds/nova-esperanca/records/${novaOcid}.json`)).status).toBe(200)
      const modules = (await api(server).get(`/api/municipalities/${nova}`)).body.modules as string[]
      expect(modules).toContain('municompra')
      const off = await api(server)
        .patch(`/api/municipalities/${nova}`)
        .set(auth(tokens.platform))
        .send({ modules: modules.filter((m) => m !== 'municompra') })
      expect(off.status).toBe(200)
      try {
        for (const url of ['releases.json', `releases/${novaOcid}.json`, `records/${novaOcid}.json`])
          expect((await api(server).get(`/api/ocds/nova-esperanca/${url}`)).status).toBe(404)
        const bid = await gql(
          server,
          SUBMIT.replace('villa-esperanza', 'nova-esperanca'),
          { t: 'PE-2026-002', a: 1 },
          people.s1.token,
        )
        expect(bid.errors?.[0].extensions?.statusCode).toBe(403)
        const ask = await gql(server, ASK, { m: 'nova-esperanca', t: 'PE-2026-002', q: '¿?' }, people.s1.token)
        expect(ask.errors?.[0].extensions?.statusCode).toBe(403)
        expect(
          (
            await api(server)
              .get('/api/compra-tenders')
              .query({ where: { tenant: { equals: nova } } })
          ).body.totalDocs,
        ).toBe(0)
        const write = await api(server)
          .post('/api/compra-tenders')
          .set(auth(tokens.novaOfficer))
          .send({ tenant: nova, reference: 'X-1', category: 'goods' })
        expect(write.status).toBe(403)
        // Villa Esperanza still has it.
        expect((await api(server).get('/api/ocds/villa-esperanza/releases.json')).status).toBe(200)
      } finally {
        await api(server).patch(`/api/municipalities/${nova}`).set(auth(tokens.platform)).send({ modules })
      }
      expect((await api(server).get(`/api/ocds/nova-esperanca/records/${novaOcid}.json`)).status).toBe(200)
    })
  })
}
