/**
 * MuniServi cases: what the staff of another municipality learn from a refused create. A service code is
 * unique per municipality, so a create in Villa Esperanza by Nova Esperança's staff could tell a taken code
 * (a hidden service's) from a free one by a different refusal: it must not — the same 403 and the same body
 * for both, the code not echoed, and nothing written.
 */
import { api, auth, demoAccounts, login, usingPostgres } from '@e-muni/sdk/testing'

import { server, tokens, villa } from '../muniservi.context'

const OTHER = 'nova-esperanca'
const ph = usingPostgres ? '$1' : '?'

const service = (code: string, active: boolean) => ({
  tenant: villa,
  code,
  name: `Servicio ${code}`,
  summary: 'Servicio oculto de otro municipio.',
  maxBusinessDays: 5,
  silence: 'none',
  audience: ['people'],
  active,
  form: [],
})

/** The services of Villa Esperanza in the database, whoever may read them. */
const servicesOfVilla = async () => {
  const [row] = await server.sql(`SELECT COUNT(*) AS n FROM servi_services WHERE tenant_id = ${ph}`, [villa])
  return Number(row.n)
}

export const otherMunicipalityCases = () => {
  describe('the staff of another municipality', () => {
    const staff = demoAccounts().filter((a) => a.collection === 'users' && a.municipality === OTHER)

    beforeAll(async () => {
      const hidden = await api(server)
        .post('/api/servi-services')
        .set(auth(tokens.platform))
        .send(service('OCULTO', false))
      expect(hidden.status).toBe(201)
      // Hidden: an inactive service is not listed to an anonymous visitor.
      const seen = await api(server)
        .get('/api/servi-services')
        .query({ where: { code: { equals: 'OCULTO' } } })
      expect(seen.body.docs).toEqual([])
    })

    it(`are the demo's staff accounts of ${OTHER}, one per role`, () => {
      expect(staff.length).toBeGreaterThan(0)
      expect(staff.map((a) => a.role)).toEqual(expect.arrayContaining(['municipal-admin', 'service-agent']))
    })

    it.each(staff.map((a) => [a.role, a] as const))(
      'learn nothing of a hidden service from a refused create as %s: one answer for its code and a free code',
      async (_role, account) => {
        const token = await login(server, account)
        const before = await servicesOfVilla()
        const answer = async (code: string) => {
          const res = await api(server).post('/api/servi-services').set(auth(token)).send(service(code, true))
          return { status: res.status, body: JSON.stringify(res.body).replaceAll(code, '<code>') }
        }
        const taken = await answer('OCULTO')
        const free = await answer('LIBRE')
        expect(taken).toEqual(free)
        expect(taken.status).toBe(403)
        expect(taken.body).not.toContain('<code>')
        expect(await servicesOfVilla()).toBe(before)
      },
    )
  })
}
