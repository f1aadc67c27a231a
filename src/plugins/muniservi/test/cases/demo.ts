/** MuniServi cases: the demo's services and requests in both demo municipalities. */
import { api, auth, usingPostgres } from '@e-muni/sdk/testing'

import { nova, server, tokens, villa } from '../muniservi.context'

export const demoCases = () => {
  describe('the demo', () => {
    it('has about ten services per demo municipality, in its language, and requests in several states', async () => {
      for (const [tenant, locale, sample] of [
        [villa, 'es', 'Constancia de residencia'],
        [nova, 'pt', 'Atestado de residência'],
      ] as const) {
        const services = await api(server)
          .get('/api/servi-services')
          .query({ where: { tenant: { equals: tenant } }, limit: 100, locale })
        expect(services.body.totalDocs).toBeGreaterThanOrEqual(10)
        expect(services.body.docs.map((d: { name: string }) => d.name)).toContain(sample)
        expect(services.body.docs.filter((d: { open311: boolean }) => d.open311).length).toBeGreaterThanOrEqual(4)
        const requests = await api(server)
          .get('/api/servi-requests')
          .query({ where: { tenant: { equals: tenant } }, limit: 100 })
          .set(auth(tokens.platform))
        const states = new Set(requests.body.docs.map((d: { status: string }) => d.status))
        for (const state of [
          'submitted',
          'in-review',
          'needs-information',
          'approved',
          'rejected',
          'closed',
          'cancelled',
        ])
          expect(states).toContain(state)
      }
      const english = await api(server)
        .get('/api/servi-services')
        .query({ where: { tenant: { equals: villa }, code: { equals: 'BAC' } }, locale: 'en' })
      expect(english.body.docs[0].name).toBe('Pothole report')
    })

    it('has the index its services list needs that Payload cannot declare: by municipality, then id', async () => {
      const indexes = usingPostgres
        ? await server.sql("SELECT indexname AS name FROM pg_indexes WHERE tablename = 'servi_services'")
        : await server.sql('PRAGMA index_list("servi_services")')
      expect(indexes.map((r) => r.name)).toContain('servi_services_tenant_id_id_idx')
    })
  })
}
