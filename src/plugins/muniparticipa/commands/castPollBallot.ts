/**
 * A person casts a secret poll ballot (GraphQL `castPollBallot`, REST POST
 * /api/m/{municipality}/muniparticipa/castPollBallot): `answers` holds, for each question, the indexes (from 0) of
 * the chosen options. One ballot per person per poll; the ballot holds no link to the person (lib/ballots.ts).
 */
import { defineCommand, type FieldError, inputReader } from '@e-muni/sdk'
import { fail, person, t } from '../hooks/common'
import type { Doc } from '../lib/actions/common'
import { findOpen, participateWith, verified } from '../lib/ballots'

export const castPollBallot = defineCommand({
  name: 'castPollBallot',
  authorize: ({ req }) => {
    person(req)
  },
  input: (raw, { req }) => {
    const read = inputReader(req)
    const poll = read.reference(raw.poll, 'poll')
    // [[Int!]!]!: a list (one item per question) of lists of whole numbers.
    const answers = read.list(raw.answers, 'answers', (question, path) =>
      read.list(
        question,
        path,
        (option, at) =>
          Number.isInteger(option) ? (option as number) : read.wrong(at, read.message('integerExpected')),
        read.message('listExpected'),
      ),
    )
    return read.done({ poll, answers: answers ?? [] })
  },
  run: async ({ req, municipality }, input) => {
    const who = person(req)
    const poll = await findOpen(req, municipality, 'participa-polls', input.poll, ['questions'])
    const questions = (poll.questions ?? []) as Doc[]
    // What is wrong, each at its path (data.errors), and as the message has always said it (questions from 1).
    const errors: FieldError[] = []
    const said: string[] = []
    const wrong = (question: number | null, message: string) => {
      errors.push({ path: question === null ? 'answers' : `answers.${question}`, message })
      said.push(question === null ? message : `${question + 1}: ${message}`)
    }
    const list = input.answers
    if (list.length !== questions.length) wrong(null, t(req, 'answerEach', { count: questions.length }))
    const choices = questions.map((q, i) => {
      const picked = [...new Set(list[i] ?? [])]
      const options = (q.options ?? []).length
      if (!picked.length) wrong(i, t(req, 'pickOne'))
      else if (!q.multiple && picked.length > 1) wrong(i, t(req, 'onlyOne'))
      if (picked.some((p) => !Number.isInteger(p) || p < 0 || p >= options)) wrong(i, t(req, 'unknownOption'))
      return picked.sort((a, b) => a - b)
    })
    if (errors.length) throw fail(t(req, 'invalidInput', { fields: said.join('; ') }), 400, { errors })
    await verified(req, poll, who, municipality)
    await participateWith(
      req,
      'participa-poll-voters',
      { tenant: municipality.id, poll: poll.id, person: who.id, uniqueKey: `${poll.id}:${who.id}` },
      { collection: 'participa-poll-ballots', data: { tenant: municipality.id, poll: poll.id, choices } },
    )
    return { poll: String(poll.id), counted: true }
  },
})
