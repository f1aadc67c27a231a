/**
 * A person casts a secret participatory-budget ballot, or changes it with its ballot code (GraphQL
 * `castBudgetBallot`, REST POST /api/m/{municipality}/muniparticipa/castBudgetBallot). The answer carries the
 * ballot code, shown once; the ballot keeps only its SHA-256 and no link to the person (lib/ballots.ts).
 */
import { createHash, randomBytes } from 'node:crypto'

import { defineCommand, inputReader } from '@e-muni/sdk'
import { fail, internal, person, systemWrite, t } from '../hooks/common'
import type { Doc } from '../lib/actions/common'
import { findOpen, participateWith, verified } from '../lib/ballots'

const hashCode = (code: string) => createHash('sha256').update(code.trim()).digest('hex')

export const castBudgetBallot = defineCommand({
  name: 'castBudgetBallot',
  authorize: ({ req }) => {
    person(req)
  },
  input: (raw, { req }) => {
    const read = inputReader(req)
    const budget = read.reference(raw.budget, 'budget')
    // [String!]!: the projects' ids (numbers too), each a text or a number.
    const projects = read.list(raw.projects, 'projects', read.referenceItem)
    const code = read.optionalText(raw.code, 'code')
    return read.done({ budget, projects: projects ?? [], code })
  },
  run: async ({ req, municipality }, input) => {
    const who = person(req)
    const { code } = input
    const budget = await findOpen(req, municipality, 'participa-budgets', input.budget, [
      'rule',
      'total',
      'minProjects',
      'maxProjects',
    ])
    const ids = [...new Set(input.projects)]
    // Only what the ballot is checked against: each project's id and cost.
    const { docs } = await req.payload.db.find({
      collection: 'participa-budget-projects',
      where: { budget: { equals: budget.id } },
      select: { cost: true },
      pagination: false,
      req,
    })
    const projects = new Map((docs as unknown as Doc[]).map((p) => [String(p.id), p]))
    const unknown = ids.filter((id) => !projects.has(id))
    if (unknown.length) throw fail(t(req, 'unknownProjects', { ids: unknown.join(', ') }))
    const total = ids.reduce((sum, id) => sum + Number(projects.get(id)!.cost ?? 0), 0)
    if (!ids.length) throw fail(t(req, 'pickOne'))
    if (budget.rule === 'knapsack' && total > Number(budget.total))
      throw fail(t(req, 'overBudget', { total: String(total), limit: String(budget.total) }))
    if (budget.rule === 'approval') {
      const min = Number(budget.minProjects ?? 1)
      const max = Number(budget.maxProjects ?? projects.size)
      if (ids.length < min || ids.length > max) throw fail(t(req, 'projectCount', { min, max, count: ids.length }))
    }
    await verified(req, budget, who, municipality)
    const chosen = ids.map(Number).sort((a, b) => a - b)
    const participated = (
      await req.payload.db.count({
        collection: 'participa-budget-voters',
        where: { uniqueKey: { equals: `${budget.id}:${who.id}` } },
      })
    ).totalDocs
    if (participated) {
      // A change: only the holder of the ballot code finds the ballot again.
      if (typeof code !== 'string' || !code.trim()) throw fail(t(req, 'alreadyVotedCode'), 409)
      const { docs: found } = await req.payload.find({
        collection: 'participa-budget-ballots',
        where: { and: [{ budget: { equals: budget.id } }, { codeHash: { equals: hashCode(code) } }] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      if (!found[0]) throw fail(t(req, 'badBallotCode'), 403)
      await req.payload.update({
        collection: 'participa-budget-ballots',
        id: (found[0] as unknown as Doc).id,
        data: { projects: chosen },
        overrideAccess: true,
        req: systemWrite(req),
        context: internal(),
        depth: 0,
      })
      return { budget: String(budget.id), code: code.trim(), changed: true, total }
    }
    const fresh = randomBytes(9).toString('base64url')
    await participateWith(
      req,
      'participa-budget-voters',
      { tenant: municipality.id, budget: budget.id, person: who.id, uniqueKey: `${budget.id}:${who.id}` },
      {
        collection: 'participa-budget-ballots',
        data: { tenant: municipality.id, budget: budget.id, codeHash: hashCode(fresh), projects: chosen },
      },
    )
    return { budget: String(budget.id), code: fresh, changed: false, total }
  },
})
