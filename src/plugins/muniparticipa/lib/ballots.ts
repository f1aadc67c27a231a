/* eslint-disable @typescript-eslint/no-explicit-any -- documents read here are loosely shaped */
/**
 * Casting and counting secret ballots. A ballot (commands/castPollBallot.ts, commands/castBudgetBallot.ts) is
 * checked in full (window by server time, verification, the poll's questions, the budget's rule) before anything
 * is written. Then the participation (its unique index stops a second ballot, however concurrent) and the ballot
 * — with no link to the person — are written together: both or neither, even if the server dies in between.
 *
 * Budgets: the voter gets a ballot code (shown once); only with it can the ballot be changed, until the
 * budget closes. Results, after closing: projects by votes, most first (ties: cheaper first), each taken
 * while it still fits in the total; a project that no longer fits is skipped and the next one considered.
 */
import type { PayloadRequest } from 'payload'

import {
  createTogether,
  idOf,
  isUniqueViolation,
  requestLanguage,
  type MunicipalityRef,
  type TogetherDoc,
  type ID,
} from '@e-muni/sdk'
import { fail, internal, t } from '../hooks/common'
import { isVerified } from './census'

type Doc = Record<string, any> & { id: ID }

const when = (req: PayloadRequest, iso: string) =>
  `${new Intl.DateTimeFormat(requestLanguage(req), { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`

/**
 * The published poll or budget of the municipality, open now (404 unknown, 409 not open), with the fields a
 * ballot is checked against (`fields`, besides the window, publication, municipality and verification rule):
 * only those are read.
 */
export const findOpen = async (
  req: PayloadRequest,
  municipality: MunicipalityRef,
  collection: 'participa-polls' | 'participa-budgets',
  id: unknown,
  fields: string[],
) => {
  const select = ['published', 'tenant', 'opensAt', 'closesAt', 'requireVerification', ...fields]
  const doc = /^\d+$/.test(String(id ?? ''))
    ? ((await req.payload.findByID({
        collection,
        id: String(id),
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
        select: Object.fromEntries(select.map((name) => [name, true])),
      })) as unknown as Doc | null)
    : null
  if (!doc || !doc.published || String(idOf(doc.tenant)) !== String(municipality.id))
    throw fail(
      t(req, collection === 'participa-polls' ? 'unknownPoll' : 'unknownBudget', { value: String(id ?? '') }),
      404,
    )
  const now = Date.now()
  if (now < Date.parse(doc.opensAt)) throw fail(t(req, 'notOpenYet', { at: when(req, doc.opensAt) }), 409)
  if (now >= Date.parse(doc.closesAt)) throw fail(t(req, 'closedAt', { at: when(req, doc.closesAt) }), 409)
  return doc
}

/** Refuses (403) a person not verified where the poll or budget requires it. */
export const verified = async (req: PayloadRequest, doc: Doc, who: Doc, municipality: MunicipalityRef) => {
  if (doc.requireVerification && !(await isVerified(req, municipality.id, who.id)))
    throw fail(t(req, 'verificationNeeded', { municipality: municipality.name }), 403)
}

/**
 * Writes the participation and the ballot together (all or nothing, even if the process dies between
 * them: see createTogether); a second ballot of the same person is refused by the participation's
 * unique index.
 */
export const participateWith = async (
  req: PayloadRequest,
  collection: 'participa-poll-voters' | 'participa-budget-voters',
  data: Record<string, unknown>,
  ballot: TogetherDoc,
) => {
  try {
    await createTogether(req, [{ collection, data }, ballot], { context: internal() })
  } catch (error) {
    if (isUniqueViolation(error, ['uniqueKey'])) throw fail(t(req, 'alreadyVoted'), 409)
    throw error
  }
}

/** Counts of each option of each question (read only once the poll has closed). */
export const pollResults = async (req: PayloadRequest, poll: Doc) => {
  const { docs } = await req.payload.find({
    collection: 'participa-poll-ballots',
    where: { poll: { equals: poll.id } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const questions = (poll.questions ?? []) as Doc[]
  const counts = questions.map((q) => (q.options ?? []).map(() => 0))
  for (const ballot of docs as unknown as Doc[])
    (ballot.choices as number[][]).forEach((picked, q) =>
      picked.forEach((o) => counts[q] && counts[q][o] !== undefined && (counts[q][o] += 1)),
    )
  return {
    ballots: docs.length,
    questions: questions.map((q, i) => ({
      text: q.text,
      options: (q.options ?? []).map((o: Doc, j: number) => ({ label: o.label, votes: counts[i][j] })),
    })),
  }
}

/** Votes per project and the winners by the documented rule (read only once the budget has closed). */
export const budgetResults = async (req: PayloadRequest, budget: Doc) => {
  const [{ docs: ballots }, { docs: projects }] = await Promise.all([
    req.payload.find({
      collection: 'participa-budget-ballots',
      where: { budget: { equals: budget.id } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    }),
    req.payload.find({
      collection: 'participa-budget-projects',
      where: { budget: { equals: budget.id } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  ])
  const votes = new Map<string, number>()
  for (const ballot of ballots as unknown as Doc[])
    for (const id of ballot.projects as number[]) votes.set(String(id), (votes.get(String(id)) ?? 0) + 1)
  const ranked = (projects as unknown as Doc[])
    .map((p) => ({
      id: String(p.id),
      title: p.title as string,
      cost: Number(p.cost),
      votes: votes.get(String(p.id)) ?? 0,
    }))
    .sort((a, b) => b.votes - a.votes || a.cost - b.cost || a.id.localeCompare(b.id))
  let left = Number(budget.total)
  const projectsOut = ranked.map((p) => {
    const wins = p.votes > 0 && p.cost <= left
    if (wins) left -= p.cost
    return { ...p, selected: wins }
  })
  return { ballots: ballots.length, remaining: left, projects: projectsOut }
}
