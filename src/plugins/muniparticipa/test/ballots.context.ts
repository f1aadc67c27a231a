/** The secret ballot cases' queries, helpers, and the poll and budgets they vote on. */
import { api, auth } from '@e-muni/sdk/testing'
import { HOUR, ids, M, server, tokens, villa } from './context'

export const POLL = `mutation B($p: String!, $a: [[Int!]!]!) { castPollBallot(municipality: "${M}", poll: $p, answers: $a) { poll counted } }`
export const BUDGET = `mutation B($b: String!, $p: [String!]!, $c: String) {
    castBudgetBallot(municipality: "${M}", budget: $b, projects: $p, code: $c) { budget code changed total }
  }`
export const admin = (method: 'post' | 'patch', url: string, data: Record<string, unknown>) =>
  api(server)[method](url).set(auth(tokens.villaAdmin)).send(data)
export const rows = async (table: string) => Number((await server.sql(`SELECT COUNT(*) AS n FROM ${table}`))[0].n)
export const project: Record<string, string> = {}

/** Creates the poll and the two budgets with their projects (the ballot cases' beforeAll). */
export const setUpBallots = async () => {
  const window = {
    opensAt: new Date(Date.now() - HOUR).toISOString(),
    closesAt: new Date(Date.now() + HOUR).toISOString(),
  }
  const poll = await admin('post', '/api/participa-polls', {
    tenant: villa,
    title: 'Horario de la feria',
    published: true,
    requireVerification: true,
    ...window,
    questions: [
      {
        text: '¿Qué día?',
        multiple: false,
        options: [{ label: 'Sábado' }, { label: 'Domingo' }, { label: 'Lunes' }],
      },
      {
        text: '¿Qué puestos?',
        multiple: true,
        options: [{ label: 'Frutas' }, { label: 'Ropa' }, { label: 'Libros' }],
      },
    ],
  })
  expect(poll.status).toBe(201)
  ids.poll = String(poll.body.doc.id)
  const knapsack = await admin('post', '/api/participa-budgets', {
    tenant: villa,
    title: 'Presupuesto 2027',
    published: true,
    total: 100,
    rule: 'knapsack',
    ...window,
  })
  expect(knapsack.status).toBe(201)
  ids.knapsack = String(knapsack.body.doc.id)
  for (const [key, cost] of [
    ['A', 60],
    ['B', 50],
    ['C', 40],
    ['D', 30],
  ] as const) {
    const res = await admin('post', '/api/participa-budget-projects', {
      tenant: villa,
      budget: Number(ids.knapsack),
      title: `Proyecto ${key}`,
      cost,
    })
    expect(res.status).toBe(201)
    project[key] = String(res.body.doc.id)
  }
  const approval = await admin('post', '/api/participa-budgets', {
    tenant: villa,
    title: 'Obras chicas',
    published: true,
    total: 1000,
    rule: 'approval',
    minProjects: 2,
    maxProjects: 3,
    ...window,
  })
  ids.approval = String(approval.body.doc.id)
  for (const key of ['W', 'X', 'Y', 'Z']) {
    const res = await admin('post', '/api/participa-budget-projects', {
      tenant: villa,
      budget: Number(ids.approval),
      title: `Obra ${key}`,
      cost: 100,
    })
    project[key] = String(res.body.doc.id)
  }
}
