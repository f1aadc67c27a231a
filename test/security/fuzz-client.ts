/**
 * The fuzzer's HTTP side: one request per case (fetch, with a timeout), the answer classified, every
 * failure (5xx, a GraphQL error with statusCode ≥ 500 or "Something went wrong", no answer) kept for
 * the report; and a small pool that runs the targets' properties a few at a time.
 */
import { summarize } from './fuzz-values'
import type { FuzzRequest } from '../../src/plugins/sdk/testing/fixturesFuzz'

export type { FuzzRequest }

export type Failure = {
  target: string
  actor: string
  method: string
  path: string
  sent: string
  status: number | 'no answer'
  answer: string
}

/** `answers`: how often each kind of answer came (target kind, status, first message), to see how deep the cases reach. */
export type Tally = {
  cases: number
  failures: Failure[]
  statuses: Map<string, number>
  answers: Map<string, number>
  /** cases answered only when sent again on a new connection */
  retried: number
}

export const newTally = (): Tally => ({ cases: 0, failures: [], statuses: new Map(), answers: new Map(), retried: 0 })

const cloneForm = (form: FormData) => {
  const copy = new FormData()
  for (const [k, v] of form.entries()) copy.append(k, v)
  return copy
}

const firstMessage = (text: string): string => {
  try {
    const body = JSON.parse(text) as { errors?: { message?: unknown }[]; message?: unknown }
    const m = body?.errors?.[0]?.message ?? body?.message ?? ''
    return String(m).replace(/\d+/g, '#').slice(0, 90)
  } catch {
    return text.slice(0, 40).replace(/\d+/g, '#')
  }
}

const TIMEOUT_MS = Number(process.env.FUZZ_TIMEOUT_MS || 30_000)

/** How Payload words an error it does not show (a server error), in GraphQL answers and REST bulk updates. */
const GRAPHQL_5XX = /internal server error|something went wrong|an unknown error occurred/i

type GraphqlError = { message?: unknown; extensions?: { statusCode?: unknown } }

/** Why an answer counts as a server error, or null. */
export const serverError = (status: number, text: string, graphql: boolean): string | null => {
  if (status >= 500) return `HTTP ${status}`
  let body: { errors?: GraphqlError[] } | undefined
  try {
    body = JSON.parse(text) as { errors?: GraphqlError[] }
  } catch {
    return null
  }
  // REST too: a bulk update answers 400 with one error per document, and a server error among them
  // is only "Something went wrong." (Payload hides its details).
  for (const e of Array.isArray(body?.errors) ? body.errors : []) {
    const code = Number(e?.extensions?.statusCode)
    if (graphql && code >= 500) return `GraphQL statusCode ${code}`
    if (typeof e?.message === 'string' && GRAPHQL_5XX.test(e.message))
      return `${graphql ? 'GraphQL' : 'error'} "${e.message}"`
  }
  return null
}

export const send = async (
  baseUrl: string,
  request: FuzzRequest,
  tally: Tally,
  context: { target: string; actor: string; token?: string },
): Promise<{ status: number | 'no answer'; text: string; why: string | null }> => {
  const headers: Record<string, string> = { ...(request.headers ?? {}) }
  if (context.token) headers.Authorization = `JWT ${context.token}`
  let body: BodyInit | undefined
  if (request.body === undefined) body = undefined
  else if (typeof request.body === 'string' || request.body instanceof Uint8Array || request.body instanceof FormData)
    body = request.body as BodyInit
  else {
    body = JSON.stringify(request.body)
    headers['Content-Type'] ??= 'application/json'
  }
  tally.cases++
  let status: number | 'no answer' = 'no answer'
  let text = ''
  // A connection the server had just closed as idle (keep-alive) fails before the request reaches it:
  // sent again once, on a new connection. A request the server itself drops fails twice.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const res = await fetch(baseUrl + request.path, {
        method: request.method,
        headers: attempt ? { ...headers, Connection: 'close' } : headers,
        body: attempt && body instanceof FormData ? cloneForm(body) : body,
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      })
      status = res.status
      text = await res.text()
      if (attempt) tally.retried++
      break
    } catch (error) {
      status = 'no answer'
      const cause = (error as { cause?: { code?: string; message?: string } }).cause
      text = `${(error as Error).name}: ${(error as Error).message} (${cause?.code ?? ''} ${cause?.message ?? ''})`
      if ((error as Error).name === 'TimeoutError') break
    }
  }
  // FUZZ_TRACE=1: every case, in order (for replaying a failure with FUZZ_ONLY and FUZZ_CONCURRENCY=1).
  if (process.env.FUZZ_TRACE)
    process.stdout.write(
      `${status} ${context.actor} ${request.method} ${request.path.slice(0, 300)} ${(request.note ?? summarize(request.body)).slice(0, 600)} → ${text.slice(0, 200)}\n`,
    )
  const statusKey = String(status)
  tally.statuses.set(statusKey, (tally.statuses.get(statusKey) ?? 0) + 1)
  const kind = context.target.startsWith('graphql ')
    ? 'graphql'
    : context.target
        .split(' ')
        .slice(0, 2)
        .join(' ')
        .replace(/ \/api\/[^ ]+/, '')
  const answerKey = `${kind} ${statusKey} ${firstMessage(text)}`
  tally.answers.set(answerKey, (tally.answers.get(answerKey) ?? 0) + 1)
  const why = status === 'no answer' ? 'no answer' : serverError(status, text, request.path.startsWith('/api/graphql'))
  if (why)
    tally.failures.push({
      target: context.target,
      actor: context.actor,
      method: request.method,
      path: request.path.length > 300 ? `${request.path.slice(0, 300)}…` : request.path,
      sent: request.note ?? (typeof request.body === 'string' ? summarize(request.body) : summarize(request.body)),
      status,
      answer: `${why}: ${text.slice(0, 500)}`,
    })
  return { status, text, why }
}

/** Runs the tasks with at most `width` at a time. */
export const pool = async <T>(items: T[], width: number, run: (item: T) => Promise<void>): Promise<void> => {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]
      await run(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker))
}

/** The failures grouped by target and answer, for a readable report. */
export const describeFailures = (failures: Failure[], max = 60): string => {
  const groups = new Map<string, Failure[]>()
  const messageOf = (answer: string) => {
    const json = answer.slice(answer.indexOf(': ') + 2)
    try {
      const body = JSON.parse(json) as { errors?: { message?: string }[]; message?: string }
      return body.errors?.map((e) => e.message).join(' / ') ?? body.message ?? json.slice(0, 120)
    } catch {
      return answer.slice(0, 120)
    }
  }
  for (const f of failures) {
    const key = `${f.target} | ${f.status} | ${messageOf(f.answer)}`
    groups.set(key, [...(groups.get(key) ?? []), f])
  }
  const lines: string[] = []
  for (const [key, list] of [...groups.entries()].slice(0, max)) {
    const f = list[0]
    lines.push(`× ${list.length}  ${key}\n    e.g. as ${f.actor}: ${f.method} ${f.path}\n    sent: ${f.sent}`)
  }
  if (groups.size > max) lines.push(`… and ${groups.size - max} more kinds`)
  return lines.join('\n')
}
