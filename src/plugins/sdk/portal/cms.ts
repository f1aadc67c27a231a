/**
 * The portal's only way to the CMS: GraphQL over HTTP at `CMS_URL`, with operations typed by codegen
 * (`src/gql/graphql.ts`). Public reads are cached by Next and tagged by municipality, so that the CMS's
 * revalidation call (`/api/revalidate`) expires exactly what changed; reads and writes made for a
 * signed-in person carry their token and are never cached.
 */
import 'server-only'

import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { print } from 'graphql'
import { headers } from 'next/headers'

import type { Locale } from './i18n'

export const cmsUrl = () => (process.env.CMS_URL || 'http://localhost:3000').replace(/\/$/, '')
/** Where browsers reach the CMS (files, images); the same as CMS_URL unless the portal reaches it privately. */
export const cmsPublicUrl = () => (process.env.CMS_PUBLIC_URL || cmsUrl()).replace(/\/$/, '')

/** An absolute address for a CMS file URL (`/api/media/file/…`). */
export const fileUrl = (url: string | null | undefined) =>
  !url ? undefined : /^https?:\/\//.test(url) ? url : `${cmsPublicUrl()}${url}`

export type FieldErrors = Record<string, string>

export class CmsError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fields: FieldErrors = {},
  ) {
    super(message)
    this.name = 'CmsError'
  }
}

type GraphQLError = {
  message: string
  path?: (string | number)[]
  extensions?: {
    statusCode?: number
    name?: string
    data?: { errors?: { path?: string; field?: string; message: string }[] }
  }
}

const printed = new WeakMap<object, string>()
const source = (doc: TypedDocumentNode<unknown, unknown>) => {
  let text = printed.get(doc)
  if (!text) printed.set(doc, (text = print(doc)))
  return text
}

type Options = {
  /** A signed-in person's token: the request is made as them and never cached. */
  token?: string
  /** Cache tags of a public read (the municipality's slug is enough: `m:{slug}`). */
  tags?: string[]
  /**
   * Seconds a cached public read may be served before it is read again (for what follows the clock);
   * without it, until its tags expire.
   */
  revalidate?: number
  /** Extra headers (the portal address for the links in account emails). */
  headers?: Record<string, string>
  lang?: Locale
}

/**
 * Who the visitor is, for the CMS's rate limits: the address the portal's own server saw (server.mjs writes
 * it into `x-emuni-client-address`, replacing whatever the visitor sent), with the portal's secret, which
 * makes the portal the one caller the CMS believes about a client address. Nothing the visitor sent (their
 * `X-Forwarded-For`) is passed on. Not for cached public reads (not limited, and shared by every visitor).
 */
const clientHeaders = async (): Promise<Record<string, string>> => {
  const secret = process.env.PORTAL_CLIENT_SECRET
  if (!secret) return {}
  try {
    const address = (await headers()).get('x-emuni-client-address')
    return address ? { 'x-emuni-portal-secret': secret, 'x-emuni-client-address': address } : {}
  } catch {
    return {} // outside a request (a build's prerendering)
  }
}

const post = async <R, V>(doc: TypedDocumentNode<R, V>, variables: V, options: Options) => {
  const cached = !options.token && options.tags
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    ...(cached ? {} : await clientHeaders()),
    ...options.headers,
  }
  if (options.token) headers.authorization = `JWT ${options.token}`
  if (options.lang) headers['accept-language'] = options.lang
  let res: Response
  try {
    res = await fetch(`${cmsUrl()}/api/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: source(doc as TypedDocumentNode<unknown, unknown>), variables }),
      ...(cached
        ? {
            cache: 'force-cache',
            next: {
              tags: ['cms', ...options.tags!],
              ...(options.revalidate ? { revalidate: options.revalidate } : {}),
            },
          }
        : { cache: 'no-store' }),
    })
  } catch (error) {
    throw new CmsError(`The CMS at ${cmsUrl()} does not answer: ${(error as Error).message}`, 503)
  }
  let body: { data?: R | null; errors?: GraphQLError[] }
  try {
    body = (await res.json()) as typeof body
  } catch {
    throw new CmsError(`The CMS answered ${res.status} without JSON`, res.status >= 400 ? res.status : 502)
  }
  return { status: res.status, body }
}

const toError = (errors: GraphQLError[], status: number) => {
  const first = errors[0]!
  const fields: FieldErrors = {}
  for (const error of errors)
    for (const item of error.extensions?.data?.errors ?? []) {
      const key = item.path ?? item.field
      if (key && !fields[key]) fields[key] = item.message
    }
  return new CmsError(first.message, first.extensions?.statusCode ?? (status >= 400 ? status : 400), fields)
}

/** A read: the data, or a CmsError (a 404-like miss is `null` data, not an error). */
export const cmsQuery = async <R, V>(doc: TypedDocumentNode<R, V>, variables: V, options: Options = {}): Promise<R> => {
  const { status, body } = await post(doc, variables, options)
  if (body.errors?.length) throw toError(body.errors, status)
  if (!body.data) throw new CmsError('The CMS answered without data', 502)
  return body.data
}

export type MutationResult<R> =
  { ok: true; data: R } | { ok: false; status: number; message: string; fields: FieldErrors }

/** A write: never throws for what the CMS refuses; the form shows the message and the field errors. */
export const cmsMutate = async <R, V>(
  doc: TypedDocumentNode<R, V>,
  variables: V,
  options: Omit<Options, 'tags' | 'revalidate'> = {},
): Promise<MutationResult<R>> => {
  try {
    // Rate limits in the CMS count per visitor: post() says who the visitor is (clientHeaders).
    const { status, body } = await post(doc, variables, options)
    if (body.errors?.length) {
      const error = toError(body.errors, status)
      return { ok: false, status: error.status, message: error.message, fields: error.fields }
    }
    if (!body.data) return { ok: false, status: 502, message: 'The CMS answered without data', fields: {} }
    return { ok: true, data: body.data }
  } catch (error) {
    const e = error as CmsError
    return { ok: false, status: e.status ?? 503, message: e.message, fields: {} }
  }
}

/** The cache tag of everything a municipality's portal shows. */
export const municipalityTag = (slug: string) => `m:${slug}`

/**
 * A module command over REST (`POST /api/m/{municipality}/{module}/{command}`): the input as JSON, or, with files,
 * as multipart — the input in `_payload` and each file a part named by its field — so files travel as bytes (no
 * base64, no GraphQL body limit: each up to the CMS's `UPLOAD_MAX_BYTES`). Never throws for what the CMS refuses.
 */
export const cmsCommand = async <R>(
  target: { municipality: string; module: string; command: string },
  input: Record<string, unknown>,
  files: { field: string; file: File }[],
  options: Omit<Options, 'tags' | 'revalidate'> = {},
): Promise<MutationResult<R>> => {
  const headers: Record<string, string> = { ...(await clientHeaders()), ...options.headers }
  if (options.token) headers.authorization = `JWT ${options.token}`
  if (options.lang) headers['accept-language'] = options.lang
  let body: BodyInit
  if (files.length) {
    const form = new FormData()
    form.set('_payload', JSON.stringify(input))
    for (const { field, file } of files) form.append(field, file, file.name || 'file')
    body = form
  } else {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(input)
  }
  const path = [target.municipality, target.module, target.command].map(encodeURIComponent).join('/')
  let res: Response
  try {
    res = await fetch(`${cmsUrl()}/api/m/${path}`, { method: 'POST', headers, body, cache: 'no-store' })
  } catch (error) {
    return {
      ok: false,
      status: 503,
      message: `The CMS at ${cmsUrl()} does not answer: ${(error as Error).message}`,
      fields: {},
    }
  }
  let answer: unknown
  try {
    answer = await res.json()
  } catch {
    return {
      ok: false,
      status: res.status >= 400 ? res.status : 502,
      message: `The CMS answered ${res.status} without JSON`,
      fields: {},
    }
  }
  if (res.ok) return { ok: true, data: answer as R }
  const errors =
    (answer as { errors?: { message?: string; data?: { errors?: { path?: string; message: string }[] } }[] }).errors ??
    []
  const fields: FieldErrors = {}
  for (const error of errors)
    for (const item of error.data?.errors ?? []) if (item.path && !fields[item.path]) fields[item.path] = item.message
  return { ok: false, status: res.status, message: errors[0]?.message ?? `The CMS answered ${res.status}`, fields }
}
