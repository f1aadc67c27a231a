/** The MuniParticipa cases on secret ballots: polls and participatory budgets. */
import { api, auth, gql, usingPostgres } from '@e-muni/sdk/testing'
import { admin, BUDGET, POLL, project, rows, setUpBallots } from '../ballots.context'
import { crowd, HOUR, ids, server, tokens, villa } from '../context'

export const ballotCases = () => {
  describe('secret ballots: polls and participatory budgets', () => {
    beforeAll(setUpBallots)

    it('refuses malformed ballots, over-budget choices and wrong project counts with clear messages, storing nothing', async () => {
      const voter = crowd[0].token
      const cases: [string, Record<string, unknown>, string | undefined, RegExp][] = [
        [POLL, { p: ids.poll, a: [[0]] }, voter, /2 preguntas/],
        [POLL, { p: ids.poll, a: [[0, 1], [0]] }, voter, /una sola opción/],
        [POLL, { p: ids.poll, a: [[7], [0]] }, voter, /opción inexistente/],
        [POLL, { p: ids.poll, a: [[0], []] }, voter, /al menos una opción/],
        [
          BUDGET,
          { b: ids.knapsack, p: [project.A, project.B] },
          voter,
          /suman 110, más que el monto disponible \(100\)/,
        ],
        [BUDGET, { b: ids.knapsack, p: [project.A, project.W] }, voter, /no son de este presupuesto/],
        [BUDGET, { b: ids.approval, p: [project.W] }, voter, /Elija entre 2 y 3 proyectos \(eligió 1\)/],
        [BUDGET, { b: ids.approval, p: [project.W, project.X, project.Y, project.Z] }, voter, /eligió 4/],
      ]
      for (const [query, variables, token, message] of cases) {
        const res = await gql(server, query, variables, token)
        expect({ variables, status: res.errors?.[0].extensions?.statusCode }).toEqual({ variables, status: 400 })
        expect(res.errors?.[0].message).toMatch(message)
      }
      const unverified = await gql(server, POLL, { p: ids.poll, a: [[0], [0]] }, tokens.unverified)
      expect(unverified.errors?.[0].extensions?.statusCode).toBe(403)
      for (const table of [
        'participa_poll_ballots',
        'participa_poll_voters',
        'participa_budget_ballots',
        'participa_budget_voters',
      ])
        expect(await rows(table)).toBe(0)
    })

    it('counts exactly 200 poll ballots and 200 budget ballots cast at once, refusing 50 second ballots each', async () => {
      const pollResults = await Promise.all(
        [...crowd, ...crowd.slice(0, 50)].map((p, k) => {
          const i = k % 200
          return gql(server, POLL, { p: ids.poll, a: [[i % 3], [i % 3, (i + 1) % 3]] }, p.token)
        }),
      )
      expect(pollResults.filter((r) => r.data?.castPollBallot?.counted)).toHaveLength(200)
      const refused = pollResults.filter((r) => r.errors)
      expect(refused).toHaveLength(50)
      for (const r of refused)
        expect([r.errors![0].extensions?.statusCode, r.errors![0].message]).toEqual([409, 'Ya votó.'])
      expect([await rows('participa_poll_ballots'), await rows('participa_poll_voters')]).toEqual([200, 200])

      const budgetResults = await Promise.all(
        [...crowd, ...crowd.slice(0, 50)].map((p, k) =>
          gql(server, BUDGET, { b: ids.knapsack, p: k % 2 ? [project.A, project.D] : [project.B, project.C] }, p.token),
        ),
      )
      const cast = budgetResults.filter((r) => r.data?.castBudgetBallot)
      expect(cast).toHaveLength(200)
      const second = budgetResults.filter((r) => r.errors)
      expect(second).toHaveLength(50)
      for (const r of second) expect(r.errors![0].extensions?.statusCode).toBe(409)
      expect([await rows('participa_budget_ballots'), await rows('participa_budget_voters')]).toEqual([200, 200])
      // A ballot is changed with its code only (crowd[0] chose B and C).
      const code = [budgetResults[0], budgetResults[200]].find((r) => r.data?.castBudgetBallot)!.data!.castBudgetBallot
        .code
      expect(code).toMatch(/^[\w-]{12}$/)
      const wrong = await gql(server, BUDGET, { b: ids.knapsack, p: [project.A, project.D], c: 'nope' }, crowd[0].token)
      expect(wrong.errors?.[0].extensions?.statusCode).toBe(403)
      const changed = await gql(server, BUDGET, { b: ids.knapsack, p: [project.A, project.D], c: code }, crowd[0].token)
      expect(changed.data?.castBudgetBallot).toMatchObject({ changed: true, total: 90 })
      expect(await rows('participa_budget_ballots')).toBe(200)
    }, 300_000)

    it('keeps ballots secret: no API reads them and no row ties a person to a choice', async () => {
      for (const token of [undefined, tokens.ana, tokens.moderator, tokens.villaAdmin, tokens.platform]) {
        for (const collection of ['participa-poll-ballots', 'participa-budget-ballots']) {
          const res = await api(server).get(`/api/${collection}`).set(auth(token))
          expect(res.status === 200 ? res.body.totalDocs : 0).toBe(0)
        }
        const graph = await gql(
          server,
          '{ PollBallots { docs { id choices } } BudgetBallots { docs { id projects } } }',
          {},
          token,
        )
        expect(graph.data?.PollBallots?.docs ?? []).toEqual([])
        expect(graph.data?.BudgetBallots?.docs ?? []).toEqual([])
      }
      // Who took part is known to managers; what they chose is not there.
      const turnout = await api(server)
        .get('/api/participa-poll-voters')
        .query({ limit: 1 })
        .set(auth(tokens.moderator))
      expect(turnout.body.totalDocs).toBe(200)
      expect(Object.keys(turnout.body.docs[0]).sort()).toEqual([
        'createdAt',
        'id',
        'person',
        'poll',
        'tenant',
        'uniqueKey',
        'updatedAt',
      ])
      // The ballot tables hold no person, no time and no sequence.
      const columns = async (table: string) =>
        usingPostgres
          ? (
              await server.sql('SELECT column_name AS name FROM information_schema.columns WHERE table_name = $1', [
                table,
              ])
            )
              .map((c) => String(c.name))
              .sort()
          : (await server.sql(`PRAGMA table_info(${table})`)).map((c) => String(c.name)).sort()
      expect(await columns('participa_poll_ballots')).toEqual(['choices', 'id', 'poll_id', 'tenant_id'])
      expect(await columns('participa_budget_ballots')).toEqual([
        'budget_id',
        'code_hash',
        'id',
        'projects',
        'tenant_id',
      ])
      const ballotIds = (await server.sql('SELECT id FROM participa_poll_ballots')).map((r) => String(r.id))
      for (const id of ballotIds.slice(0, 5)) expect(id).toMatch(/^[0-9a-f-]{36}$/)
      const audit = await server.sql(
        "SELECT COUNT(*) AS n FROM audit_log WHERE collection IN ('participa-poll-ballots', 'participa-budget-ballots')",
      )
      expect(Number(audit[0].n)).toBe(0)
    })

    it('shows poll and budget results to nobody before closing, and the exact counts after', async () => {
      const read = (collection: string, id: string, token?: string) =>
        api(server).get(`/api/${collection}/${id}`).set(auth(token))
      for (const token of [undefined, tokens.ana, tokens.moderator, tokens.villaAdmin]) {
        expect((await read('participa-polls', ids.poll, token)).body.results).toBeNull()
        expect((await read('participa-budgets', ids.knapsack, token)).body.results).toBeNull()
        const graph = await gql(server, `{ Poll(id: ${ids.poll}) { results } }`, {}, token)
        expect(graph.data?.Poll.results).toBeNull()
      }
      const past = new Date(Date.now() - 1000).toISOString()
      expect((await admin('patch', `/api/participa-polls/${ids.poll}`, { closesAt: past })).status).toBe(200)
      expect((await admin('patch', `/api/participa-budgets/${ids.knapsack}`, { closesAt: past })).status).toBe(200)
      const late = await gql(server, POLL, { p: ids.poll, a: [[0], [0]] }, tokens.ana)
      expect(late.errors?.[0].extensions?.statusCode).toBe(409)
      expect(late.errors?.[0].message).toMatch(/^La votación cerró el/)

      const expected = [
        [0, 1, 2].map((o) => Array.from({ length: 200 }, (_, i) => i % 3).filter((x) => x === o).length),
        [0, 1, 2].map(
          (o) => Array.from({ length: 200 }, (_, i) => [i % 3, (i + 1) % 3]).filter((c) => c.includes(o)).length,
        ),
      ]
      const poll = (await read('participa-polls', ids.poll)).body.results
      expect(poll.ballots).toBe(200)
      expect(poll.questions.map((q: { options: { votes: number }[] }) => q.options.map((o) => o.votes))).toEqual(
        expected,
      )
      // 100 chose A+D and 100 B+C; one moved from B+C to A+D: A and D 101, B and C 99.
      // Rule: most votes first (ties: cheaper first) while it fits: D (30), A (60) → 10 left; C and B no longer fit.
      const budget = (await read('participa-budgets', ids.knapsack)).body.results
      expect(budget.ballots).toBe(200)
      expect(
        budget.projects.map((p: { title: string; votes: number; selected: boolean }) => [p.title, p.votes, p.selected]),
      ).toEqual([
        ['Proyecto D', 101, true],
        ['Proyecto A', 101, true],
        ['Proyecto C', 99, false],
        ['Proyecto B', 99, false],
      ])
      expect(budget.remaining).toBe(10)
    })

    it('refuses to delete a budget that has projects and votes, or a person who voted: 409 naming them, nothing lost', async () => {
      const before = await Promise.all(
        ['participa_budgets', 'participa_budget_projects', 'participa_budget_voters', 'participa_budget_ballots'].map(
          rows,
        ),
      )
      const rest = await api(server).delete(`/api/participa-budgets/${ids.knapsack}`).set(auth(tokens.villaAdmin))
      expect(rest.status).toBe(409)
      expect(rest.body.errors[0].message).toBe(
        'No se puede eliminar: otros documentos aún dependen de este (Proyectos del presupuesto (4), ' +
          'Participación en presupuestos (200), Votos de presupuestos (200)). Elimínelos o cámbielos primero.',
      )
      const english = await api(server)
        .delete(`/api/participa-budgets/${ids.knapsack}`)
        .set(auth(tokens.villaAdmin))
        .set('Accept-Language', 'en')
      expect(english.status).toBe(409)
      expect(english.body.errors[0].message).toMatch(
        /^Cannot delete: other documents still depend on this one \(Budget projects \(4\)/,
      )
      const graph = await gql(server, `mutation { deleteBudget(id: ${ids.knapsack}) { id } }`, {}, tokens.platform)
      expect(graph.errors?.[0].extensions?.statusCode).toBe(409)
      const bulk = await api(server)
        .delete('/api/participa-budgets')
        .query({ where: { id: { equals: ids.knapsack } } })
        .set(auth(tokens.platform))
      expect(bulk.status).toBe(400)
      expect(bulk.body.errors[0].message).toMatch(/Votos de presupuestos \(200\)/)
      const self = await api(server).delete(`/api/people/${crowd[0].id}`).set(auth(crowd[0].token))
      expect(self.status).toBe(409)
      expect(self.body.errors[0].message).toMatch(/Participación en presupuestos \(1\)/)
      expect(
        await Promise.all(
          ['participa_budgets', 'participa_budget_projects', 'participa_budget_voters', 'participa_budget_ballots'].map(
            rows,
          ),
        ),
      ).toEqual(before)
      const still = await api(server).get(`/api/participa-budgets/${ids.knapsack}`).set(auth(tokens.villaAdmin))
      expect(still.body.results.ballots).toBe(200)

      // Once nothing depends on it, it goes.
      const spare = await admin('post', '/api/participa-budgets', {
        tenant: villa,
        title: 'Borrador',
        total: 10,
        rule: 'knapsack',
        opensAt: new Date(Date.now() + HOUR).toISOString(),
        closesAt: new Date(Date.now() + 2 * HOUR).toISOString(),
      })
      expect(spare.status).toBe(201)
      const item = await admin('post', '/api/participa-budget-projects', {
        tenant: villa,
        budget: spare.body.doc.id,
        title: 'Uno',
        cost: 5,
      })
      expect(item.status).toBe(201)
      const blocked = await api(server)
        .delete(`/api/participa-budgets/${spare.body.doc.id}`)
        .set(auth(tokens.villaAdmin))
      expect(blocked.status).toBe(409)
      const gone = await api(server)
        .delete(`/api/participa-budget-projects/${item.body.doc.id}`)
        .set(auth(tokens.villaAdmin))
      expect(gone.status).toBe(200)
      expect(
        (await api(server).delete(`/api/participa-budgets/${spare.body.doc.id}`).set(auth(tokens.villaAdmin))).status,
      ).toBe(200)
    })
  })
}
