/**
 * The secret ballot commands over REST: a poll and a budget of their own (open for a day, so the results job of
 * the accountability cases leaves them alone), ballots cast and changed as over GraphQL, and ballots of the wrong
 * shape — which GraphQL's types used to refuse — named field by field, storing nothing.
 */
import { api, auth, gql } from '@e-muni/sdk/testing'
import { admin, POLL, rows } from '../ballots.context'
import { HOUR, ids, server, tokens, villa } from '../context'
import { command, post } from './rest'

const TABLES = [
  'participa_poll_ballots',
  'participa_poll_voters',
  'participa_budget_ballots',
  'participa_budget_voters',
]

export const restBallotCases = () => {
  describe('the secret ballot commands over REST', () => {
    const made: Record<string, string> = {}

    beforeAll(async () => {
      const window = {
        opensAt: new Date(Date.now() - HOUR).toISOString(),
        closesAt: new Date(Date.now() + 24 * HOUR).toISOString(),
      }
      const poll = await admin('post', '/api/participa-polls', {
        tenant: villa,
        title: 'Color de los bancos',
        published: true,
        requireVerification: true,
        ...window,
        questions: [
          { text: '¿Qué color?', multiple: false, options: [{ label: 'Verde' }, { label: 'Azul' }] },
          { text: '¿Dónde?', multiple: true, options: [{ label: 'Norte' }, { label: 'Sur' }, { label: 'Centro' }] },
        ],
      })
      expect(poll.status).toBe(201)
      made.poll = String(poll.body.doc.id)
      const budget = await admin('post', '/api/participa-budgets', {
        tenant: villa,
        title: 'Plaza por REST',
        published: true,
        total: 100,
        rule: 'knapsack',
        ...window,
      })
      expect(budget.status).toBe(201)
      made.budget = String(budget.body.doc.id)
      for (const [key, cost] of [
        ['R', 40],
        ['S', 30],
        ['T', 50],
      ] as const) {
        const res = await admin('post', '/api/participa-budget-projects', {
          tenant: villa,
          budget: Number(made.budget),
          title: `Obra ${key}`,
          cost,
        })
        expect(res.status).toBe(201)
        made[key] = String(res.body.doc.id)
      }
    })

    it('cast a poll ballot and a budget ballot as over GraphQL, and change the budget ballot with its code', async () => {
      const [pollBallots, , budgetBallots] = await Promise.all(TABLES.map(rows))
      const cast = await post('castPollBallot', { poll: made.poll, answers: [[1], [0, 2]] }, tokens.ana)
      expect(cast.status).toBe(200)
      expect(cast.body).toEqual({ poll: made.poll, counted: true })
      const turnout = await api(server)
        .get('/api/participa-poll-voters')
        .query({ where: { poll: { equals: made.poll } } })
        .set(auth(tokens.moderator))
      expect(turnout.body.totalDocs).toBe(1)
      expect(await rows('participa_poll_ballots')).toBe(pollBallots + 1)
      const twice = await post('castPollBallot', { poll: Number(made.poll), answers: [[0], [1]] }, tokens.ana)
      expect([twice.status, twice.body.errors[0].message]).toEqual([409, 'Ya votó.'])

      const ballot = await post(
        'castBudgetBallot',
        { budget: made.budget, projects: [made.R, Number(made.S)] },
        tokens.ana,
      )
      expect(ballot.status).toBe(200)
      expect(ballot.body).toMatchObject({ budget: made.budget, changed: false, total: 70 })
      expect(ballot.body.code).toMatch(/^[\w-]{12}$/)
      const voters = await api(server)
        .get('/api/participa-budget-voters')
        .query({ where: { budget: { equals: made.budget } } })
        .set(auth(tokens.moderator))
      expect(voters.body.totalDocs).toBe(1)
      const changed = await post(
        'castBudgetBallot',
        { budget: made.budget, projects: [made.S, made.T], code: ballot.body.code },
        tokens.ana,
      )
      expect(changed.status).toBe(200)
      expect(changed.body).toEqual({ budget: made.budget, code: ballot.body.code, changed: true, total: 80 })
      expect(await rows('participa_budget_ballots')).toBe(budgetBallots + 1)
    })

    it('name each part of a ballot of the wrong shape, in the caller’s language, and store nothing', async () => {
      const before = await Promise.all(TABLES.map(rows))
      const poll = made.poll
      const budget = made.budget
      const cases: [string, Record<string, unknown>, string, [string, string][]][] = [
        ['castPollBallot', { poll }, 'en', [['answers', 'required: a list']]],
        ['castPollBallot', { poll, answers: '[[0], [1]]' }, 'en', [['answers', 'required: a list']]],
        ['castPollBallot', { poll, answers: { 0: [0], 1: [1] } }, 'en', [['answers', 'required: a list']]],
        ['castPollBallot', { poll, answers: [[0], 1] }, 'en', [['answers.1', 'a list']]],
        ['castPollBallot', { poll, answers: [[0], [0.5]] }, 'en', [['answers.1.0', 'a whole number']]],
        ['castPollBallot', { poll, answers: [[0], ['1']] }, 'es', [['answers.1.0', 'un número entero']]],
        ['castPollBallot', { poll, answers: [[0], [null]] }, 'pt', [['answers.1.0', 'um número inteiro']]],
        ['castPollBallot', { poll, answers: [[0], [[1]]] }, 'fr', [['answers.1.0', 'un nombre entier']]],
        [
          'castPollBallot',
          { poll: [poll], answers: [null] },
          'en',
          [
            ['poll', 'required: a text or a number'],
            ['answers.0', 'a list'],
          ],
        ],
        ['castBudgetBallot', { budget, projects: made.R }, 'en', [['projects', 'required: a list']]],
        ['castBudgetBallot', { budget, projects: [{ id: made.R }] }, 'en', [['projects.0', 'a text or a number']]],
        ['castBudgetBallot', { budget, projects: [made.R, [made.S]] }, 'en', [['projects.1', 'a text or a number']]],
        ['castBudgetBallot', { budget, projects: [null] }, 'pt', [['projects.0', 'um texto ou um número']]],
        ['castBudgetBallot', { budget, projects: [true] }, 'es', [['projects.0', 'un texto o un número']]],
        ['castBudgetBallot', { budget, projects: [made.R], code: 42 }, 'en', [['code', 'a text']]],
        ['castBudgetBallot', { budget: {}, projects: [made.R] }, 'en', [['budget', 'required: a text or a number']]],
      ]
      for (const [name, body, language, errors] of cases) {
        const res = await post(name, body, tokens.lucia, language)
        const expected = errors.map(([path, message]) => ({ path, message }))
        expect({ name, body, status: res.status, errors: res.body.errors?.[0]?.data?.errors }).toEqual({
          name,
          body,
          status: 400,
          errors: expected,
        })
      }
      // A ballot of the right shape but wrong for the poll: the message GraphQL gives, word for word, and each
      // question's path in data.errors.
      const rest = await post('castPollBallot', { poll, answers: [[0, 1], []] }, tokens.lucia)
      const graph = await gql(server, POLL, { p: poll, a: [[0, 1], []] }, tokens.lucia)
      expect(rest.status).toBe(400)
      expect(rest.body.errors[0].message).toBe(graph.errors?.[0].message)
      expect(rest.body.errors[0].message).toBe(
        'Datos no válidos: 1: esta pregunta admite una sola opción; 2: elija al menos una opción',
      )
      expect(rest.body.errors[0].data.errors).toEqual([
        { path: 'answers.0', message: 'esta pregunta admite una sola opción' },
        { path: 'answers.1', message: 'elija al menos una opción' },
      ])
      expect(await Promise.all(TABLES.map(rows))).toEqual(before)
    })

    it('answer 401 signed out and 404 for another municipality’s poll or budget, storing nothing', async () => {
      const before = await Promise.all(TABLES.map(rows))
      const ballots: [string, Record<string, unknown>, RegExp][] = [
        ['castPollBallot', { poll: made.poll, answers: [[0], [0]] }, /no published poll/],
        ['castBudgetBallot', { budget: made.budget, projects: [made.R] }, /no published budget/],
        ['castBudgetBallot', { budget: ids.approval, projects: [made.R] }, /no published budget/],
      ]
      for (const [name, body, message] of ballots) {
        const anonymous = await post(name, body, undefined, 'en')
        expect([anonymous.status, anonymous.body.errors[0].message]).toEqual([401, 'Log in to take part.'])
        const elsewhere = await post(name, body, tokens.lucia, 'en', 'nova-esperanca')
        expect({ name, status: elsewhere.status }).toEqual({ name, status: 404 })
        expect(elsewhere.body.errors[0].message).toMatch(message)
      }
      expect((await api(server).post(command('castPollBallot')).send({ poll: made.poll })).status).toBe(401)
      expect(await Promise.all(TABLES.map(rows))).toEqual(before)
    })
  })
}
