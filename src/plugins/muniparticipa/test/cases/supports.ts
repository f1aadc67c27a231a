/** The MuniParticipa cases on supports: 200 at once, the per-person limit, the phase. */
import { api, auth, gql, usingPostgres } from '@e-muni/sdk/testing'
import { HOUR, ids, PROPOSE, server, setCrowd, setPhases, SUPPORT, tokens, verifiedPeople } from '../context'

export const supportCases = () => {
  describe('supports', () => {
    it('counts exactly 200 when 200 verified people support one proposal at once, with 50 duplicates refused', async () => {
      await setPhases([
        { phase: 'proposals', from: -2 * HOUR, to: -HOUR },
        { phase: 'supports', from: -HOUR, to: HOUR },
      ])
      const people = await verifiedPeople(0, 200)
      setCrowd(people)
      const attempts = [...people, ...people.slice(0, 50)].map((p) => gql(server, SUPPORT, { p: ids.p1 }, p.token))
      const results = await Promise.all(attempts)
      const ok = results.filter((r) => r.data?.supportProposal)
      const refused = results.filter((r) => r.errors)
      expect(ok).toHaveLength(200)
      expect(refused).toHaveLength(50)
      for (const r of refused) {
        expect(r.errors![0].extensions?.statusCode).toBe(409)
        expect(r.errors![0].message).toBe('Ya apoyó esta propuesta.')
      }
      const proposal = (await api(server).get(`/api/participa-proposals/${ids.p1}`)).body
      expect(proposal).toMatchObject({ supportCount: 200, qualified: true })
      const rows = await server.sql(
        usingPostgres
          ? 'SELECT COUNT(*) AS n FROM participa_supports WHERE proposal_id = $1'
          : 'SELECT COUNT(*) AS n FROM participa_supports WHERE proposal_id = ?',
        [Number(ids.p1)],
      )
      expect(Number(rows[0].n)).toBe(200)
      ids.someone = String(people[0].id)
      tokens.someone = people[0].token
    }, 600_000)

    it('holds the per-person limit, and refuses outside the phase', async () => {
      // people[0] supports p1 already; the limit is 2.
      expect((await gql(server, SUPPORT, { p: ids.p2 }, tokens.someone)).data?.supportProposal.supportCount).toBe(1)
      const third = await gql(server, SUPPORT, { p: ids.p3 }, tokens.someone)
      expect(third.errors?.[0].extensions?.statusCode).toBe(409)
      expect(third.errors?.[0].message).toBe('Alcanzó el máximo de 2 apoyos en este proceso.')
      const hidden = await gql(server, SUPPORT, { p: ids.spam }, tokens.ana)
      expect(hidden.errors?.[0].extensions?.statusCode).toBe(404)
      const late = await gql(server, PROPOSE, { p: 'plaza-2027', t: 'Tarde', b: 'Fuera de fase' }, tokens.ana)
      expect(late.errors?.[0].extensions?.statusCode).toBe(409)
      expect(late.errors?.[0].message).toContain('Propuestas')
      await setPhases([{ phase: 'supports', from: -2 * HOUR, to: -HOUR }])
      const closed = await gql(server, SUPPORT, { p: ids.p3 }, tokens.ana)
      expect(closed.errors?.[0].extensions?.statusCode).toBe(409)
      // A person's supports are theirs to read; others see only counts.
      const own = await api(server).get('/api/participa-supports').set(auth(tokens.someone))
      expect(
        own.body.docs.map((s: { person: unknown }) =>
          String(typeof s.person === 'object' ? (s.person as { id: unknown }).id : s.person),
        ),
      ).toEqual([ids.someone, ids.someone])
      expect((await api(server).get('/api/participa-supports')).body.docs ?? []).toEqual([])
    })
  })
}
