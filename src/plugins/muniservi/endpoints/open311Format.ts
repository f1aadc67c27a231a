/** Open311's two formats: JSON or XML answers, the spec's list of errors, and a path's `.json` or `.xml`. */
import type { PayloadRequest } from 'payload'
import { XMLBuilder } from 'fast-xml-parser'

export type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- loosely shaped documents
export type Format = 'json' | 'xml'
export type Row = Record<string, unknown>

const builder = new XMLBuilder({ format: true, suppressEmptyNode: false })

/** XML from rows: nulls as empty elements, lists as repeated elements. */
export const toXml = (root: string, item: string, rows: Row[] | Row): string => {
  const clean = (value: unknown): unknown =>
    value === null || value === undefined
      ? ''
      : Array.isArray(value)
        ? value.map(clean)
        : typeof value === 'object'
          ? Object.fromEntries(Object.entries(value as Row).map(([k, v]) => [k, clean(v)]))
          : value
  const body = Array.isArray(rows) ? { [root]: { [item]: rows.map(clean) } } : { [root]: clean(rows) }
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build(body) as string}`
}

export const respond = (format: Format, status: number, json: unknown, xml: () => string) =>
  format === 'json'
    ? new Response(JSON.stringify(json), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } })
    : new Response(xml(), { status, headers: { 'Content-Type': 'text/xml; charset=utf-8' } })

export const errorList = (format: Format, status: number, descriptions: string[]) => {
  const rows = descriptions.map((description) => ({ code: status, description }))
  return respond(format, status, rows, () => toXml('errors', 'error', rows))
}

export class Open311Error extends Error {
  constructor(
    public status: number,
    public descriptions: string[],
  ) {
    super(descriptions.join('; '))
  }
}

/** `services.json` → { name: 'services', format: 'json' }; an unknown extension → null. */
export const parseSegment = (segment: string | undefined) => {
  const match = /^(.+)\.(json|xml)$/.exec(segment ?? '')
  if (!match) return null
  // Route parameters arrive decoded already; a `%` left in one is a character, not an escape.
  let name = match[1]
  try {
    name = decodeURIComponent(name)
  } catch {
    // keep it as it is
  }
  return { name, format: match[2] as Format }
}

export const formatOf = (req: PayloadRequest): Format => {
  const last = String(req.routeParams?.id ?? req.routeParams?.resource ?? '')
  return last.endsWith('.xml') ? 'xml' : 'json'
}
