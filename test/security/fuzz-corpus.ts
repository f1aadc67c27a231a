/**
 * The fuzzer's regression corpus (test/security/fuzz-corpus/*.json, and each installed module's
 * src/plugins/<module>/testing/fuzz-corpus/*.json, which go with the module): every input that ever found a bug,
 * one JSON file each, replayed on every run of fuzz.test.ts with the fuzzer's own checks (no 5xx, no
 * "Something went wrong", an answer at all) and, when the entry says so, the status the fix gives.
 *
 * An entry:
 *   { "name": "what it is", "found": "where and how (fuzz seed, commit)", "fixed": "<commit>",
 *     "test": "<the explicit regression test>", "actor": "anonymous" | "citizen" | "editor" |
 *     "municipal-admin" | "platform-admin", "request": { "method", "path", "headers"?, one body of
 *     "json" (any JSON value, sent as JSON), "text" (sent as is), "base64" (bytes), "form" (multipart:
 *     [name, text] or [name, { base64, name, type }] pairs) }, "expect"?: { "status": 400 | [400, 409],
 *     "contains": "text the answer holds" }, "before"?: [ requests that set the scene ], "then"?: [ requests
 *     after it (is everything still readable?) ], "expand"?: true }
 * `before` and `then` steps have the same shape ({ actor, request, expect }) and the same checks.
 *
 * With `"expand": true` the texts of the request (path, headers, text, json strings, form texts) may
 * hold `{{repeat:N:unit}}` (the unit N times) and `{{slug[?query]:field}}` (the field of the first
 * document of the collection that the query finds, read by the platform admin with depth 0: a real id
 * the demo seed made). Entries written by `npm run fuzz` are literal (no `expand`): what was sent.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { INSTALLED_MODULES } from '../../src/modules'
import { moduleDir } from '../../src/plugins/sdk/testing/moduleDir'
import { ROOT } from '../../src/plugins/sdk/testing/server'
import type { FuzzRequest } from './fuzz-client'
import type { Actor } from './fuzz-endpoints'

export const CORPUS_DIR = path.join(ROOT, 'test', 'security', 'fuzz-corpus')

/** The corpus of the core (CORPUS_DIR) and of every installed module (its package's `testing/fuzz-corpus/`). */
const corpusDirs = (): string[] => [
  CORPUS_DIR,
  ...INSTALLED_MODULES.slugs.map((slug) => path.join(moduleDir(slug), 'testing', 'fuzz-corpus')),
]

type FormPart = [string, string] | [string, { base64: string; name: string; type: string }]

export type CorpusRequest = {
  method: string
  path: string
  headers?: Record<string, string>
  json?: unknown
  text?: string
  base64?: string
  form?: FormPart[]
}

export type CorpusCase = {
  actor: Actor
  /** log in afresh (a logout would end the shared session) */
  throwaway?: boolean
  request: CorpusRequest
  /** beside the fuzzer's checks: the status (or one of the statuses) the fix answers, a text in the answer */
  expect?: { status?: number | number[]; contains?: string }
}

export type CorpusEntry = CorpusCase & {
  name: string
  found: string
  fixed?: string
  test?: string
  /** the fuzzer's target and run seed that generated it (entries written by `npm run fuzz`) */
  target?: string
  seed?: number
  /** the failing answer when it was found */
  answer?: string
  expand?: boolean
  before?: CorpusCase[]
  then?: CorpusCase[]
}

export type LoadedEntry = CorpusEntry & { file: string }

const ACTORS = new Set(['anonymous', 'citizen', 'editor', 'municipal-admin', 'platform-admin'])

/** Reads and checks one entry (a broken file fails the run: it would otherwise test nothing). */
export const readEntry = (file: string): LoadedEntry => {
  const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as CorpusEntry
  const problems: string[] = []
  for (const c of [...(entry.before ?? []), entry, ...(entry.then ?? [])]) {
    if (!ACTORS.has(c.actor)) problems.push(`actor ${JSON.stringify(c.actor)}`)
    if (typeof c.request?.method !== 'string' || typeof c.request?.path !== 'string')
      problems.push('request.method and request.path')
    const bodies = ['json', 'text', 'base64', 'form'].filter((k) => c.request && k in c.request)
    if (bodies.length > 1) problems.push(`one body only (${bodies.join(', ')})`)
  }
  if (typeof entry.name !== 'string' || typeof entry.found !== 'string') problems.push('name and found')
  if (problems.length) throw new Error(`${file}: invalid corpus entry: ${problems.join('; ')}`)
  return { ...entry, file: path.relative(ROOT, file) }
}

const jsonFiles = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f))

/** The corpus (every `*.json` of the folder, by name), or the given files and folders only (FUZZ_REPLAY). */
export const loadCorpus = (only?: string[]): LoadedEntry[] => {
  const files = only?.length
    ? only.flatMap((f) => {
        const full = path.resolve(process.env.INIT_CWD ?? process.cwd(), f)
        return fs.statSync(full).isDirectory() ? jsonFiles(full) : [full]
      })
    : corpusDirs().flatMap((dir) => (fs.existsSync(dir) ? jsonFiles(dir) : []))
  return files.map(readEntry)
}

// --- from a corpus request to what the fuzzer sends, and back --------------------------------------

/** Every `{{…}}` lookup (`slug[?query]:field`) in the request's texts. */
const PLACEHOLDER = /\{\{(?!repeat:)([a-z0-9-]+)(\?[^}:]*)?:([A-Za-z0-9_.]+)\}\}/g
const REPEAT = /\{\{repeat:(\d+):(.*?)\}\}/g

const mapStrings = (value: unknown, f: (s: string) => string): unknown => {
  if (typeof value === 'string') return f(value)
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f))
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value))
      Object.defineProperty(out, k, { value: mapStrings(v, f), enumerable: true, writable: true, configurable: true })
    return out
  }
  return value
}

/**
 * The request with its placeholders filled in; `lookup(slug, query, field)` reads a real value.
 * Throws when a lookup finds nothing (a case that cannot be built must not pass unseen).
 */
export const expandRequest = async (
  request: CorpusRequest,
  lookup: (slug: string, query: string, field: string) => Promise<string | number | undefined>,
): Promise<CorpusRequest> => {
  const wanted = new Map<string, [string, string, string]>()
  mapStrings(request, (s) => {
    for (const m of s.matchAll(PLACEHOLDER)) wanted.set(m[0], [m[1], (m[2] ?? '').slice(1), m[3]])
    return s
  })
  const values = new Map<string, string>()
  for (const [key, [slug, query, field]] of wanted) {
    const value = await lookup(slug, query, field)
    if (value === undefined || value === null) throw new Error(`corpus placeholder ${key}: no document found`)
    values.set(key, String(value))
  }
  return mapStrings(request, (s) =>
    s
      .replace(REPEAT, (_m, n: string, unit: string) => unit.repeat(Number(n)))
      .replace(PLACEHOLDER, (m) => values.get(m) ?? m),
  ) as CorpusRequest
}

/** What the fuzzer's client sends for a corpus request. */
export const toFuzzRequest = (request: CorpusRequest): FuzzRequest => {
  const headers = { ...(request.headers ?? {}) }
  let body: unknown
  if ('json' in request) {
    body = JSON.stringify(request.json)
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
      headers['Content-Type'] = 'application/json'
  } else if ('text' in request) body = request.text
  else if ('base64' in request) body = new Uint8Array(Buffer.from(request.base64 ?? '', 'base64'))
  else if ('form' in request) {
    const form = new FormData()
    for (const [name, value] of request.form ?? [])
      if (typeof value === 'string') form.append(name, value)
      else form.append(name, new Blob([Buffer.from(value.base64, 'base64')], { type: value.type }), value.name)
    body = form
  }
  return { method: request.method, path: request.path, headers, body }
}

/** A case the fuzzer sent, as a corpus request: exactly the bytes it sent (JSON as its JSON text read back). */
export const toCorpusRequest = async (request: FuzzRequest): Promise<CorpusRequest> => {
  const out: CorpusRequest = { method: request.method, path: request.path }
  if (request.headers && Object.keys(request.headers).length) out.headers = { ...request.headers }
  const body = request.body
  if (body === undefined) return out
  if (typeof body === 'string') out.text = body
  else if (body instanceof Uint8Array) out.base64 = Buffer.from(body).toString('base64')
  else if (body instanceof FormData) {
    const parts: FormPart[] = []
    for (const [name, value] of body.entries())
      parts.push(
        typeof value === 'string'
          ? [name, value]
          : [
              name,
              {
                base64: Buffer.from(await value.arrayBuffer()).toString('base64'),
                name: value.name,
                type: value.type,
              },
            ],
      )
    out.form = parts
  } else out.json = JSON.parse(JSON.stringify(body) ?? 'null') as unknown
  return out
}

/** A stable name for what was sent: the same input is written once. */
export const requestDigest = (actor: string, request: CorpusRequest): string =>
  createHash('sha256')
    .update(JSON.stringify([actor, request]))
    .digest('hex')
    .slice(0, 12)

const slugify = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)

/** The JSON as the repository's Prettier writes it (so that `npm run lint` passes on a new entry). */
const formatted = async (file: string, json: string): Promise<string> => {
  try {
    const prettier = await import('prettier')
    return await prettier.format(json, { ...(await prettier.resolveConfig(file)), filepath: file })
  } catch {
    return json
  }
}

/**
 * Writes a failing generated case into `dir` as a corpus entry (unless that very input is there
 * already); returns the file and whether it is new.
 */
export const recordFailure = async (
  dir: string,
  found: {
    target: string
    seed: number
    scale: number
    actor: Actor
    throwaway?: boolean
    request: FuzzRequest
    why: string
    answer: string
  },
): Promise<{ file: string; fresh: boolean }> => {
  const request = await toCorpusRequest(found.request)
  const digest = requestDigest(found.actor, request)
  // The same input written before, here or in the corpus (perhaps renamed, the digest kept at the end)?
  for (const folder of [dir, ...corpusDirs()]) {
    const same = fs.existsSync(folder) && fs.readdirSync(folder).find((f) => f.endsWith(`${digest}.json`))
    if (same) return { file: path.join(folder, same), fresh: false }
  }
  const file = path.join(dir, `${slugify(found.target)}-${digest}.json`)
  const entry: CorpusEntry = {
    name: `${found.target}: ${found.why} (found by the fuzzer: name it, and add "fixed", "test" and "expect" once fixed)`,
    found: `npm run fuzz, seed ${found.seed}, scale ${found.scale}, ${new Date().toISOString().slice(0, 10)}`,
    target: found.target,
    seed: found.seed,
    answer: found.answer.slice(0, 500),
    actor: found.actor,
    ...(found.throwaway ? { throwaway: true } : {}),
    request,
  }
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(file, await formatted(file, `${JSON.stringify(entry, null, 2)}\n`))
  return { file, fresh: true }
}
