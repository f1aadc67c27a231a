/**
 * Open311 GeoReport v2, per municipality, under /api/open311/v2/{municipality-slug}/:
 * discovery, services, services/{code}, requests (GET and POST), requests/{id}, tokens/{token} — each
 * as `.json` or `.xml` (the spec's required format). Only active services flagged `open311` appear;
 * a request is `open` until decided (approved, rejected, closed) or cancelled. Errors are the spec's
 * list of `{ code, description }` with 400, 403 or 404. POST needs an API key of this municipality
 * (created in the admin, stored hashed). No personal data is ever returned.
 */
import type { PayloadRequest, Where } from 'payload'
import { XMLBuilder } from 'fast-xml-parser'

import { requestLanguage, type ModuleEndpoint, type MunicipalityRef } from '@e-muni/sdk'
import { t } from '../kit'
import { hashKey } from '../collections/requests'
import type { FormField } from '../lib/form'
import { submitRequest } from '../lib/submit'
import { FINISHED_STATES } from '../workflows/states'

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- loosely shaped documents
type Format = 'json' | 'xml'
type Row = Record<string, unknown>

const DAY = 86_400_000
const MAX_RANGE_DAYS = 90
const PUBLIC_NOTES = ['needs-information', 'rejected', 'approved']

const builder = new XMLBuilder({ format: true, suppressEmptyNode: false })

/** XML from rows: nulls as empty elements, lists as repeated elements. */
const toXml = (root: string, item: string, rows: Row[] | Row): string => {
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

const respond = (format: Format, status: number, json: unknown, xml: () => string) =>
  format === 'json'
    ? new Response(JSON.stringify(json), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } })
    : new Response(xml(), { status, headers: { 'Content-Type': 'text/xml; charset=utf-8' } })

const errorList = (format: Format, status: number, descriptions: string[]) => {
  const rows = descriptions.map((description) => ({ code: status, description }))
  return respond(format, status, rows, () => toXml('errors', 'error', rows))
}

class Open311Error extends Error {
  constructor(
    public status: number,
    public descriptions: string[],
  ) {
    super(descriptions.join('; '))
  }
}

/** `services.json` → { name: 'services', format: 'json' }; an unknown extension → null. */
const parseSegment = (segment: string | undefined) => {
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

const formatOf = (req: PayloadRequest): Format => {
  const last = String(req.routeParams?.id ?? req.routeParams?.resource ?? '')
  return last.endsWith('.xml') ? 'xml' : 'json'
}

const DATATYPES: Record<string, string> = {
  text: 'string',
  textarea: 'text',
  number: 'number',
  date: 'datetime',
  email: 'string',
  phone: 'string',
  select: 'singlevaluelist',
  multiselect: 'multivaluelist',
  checkbox: 'singlevaluelist',
  location: 'string',
}

/** A service takes Open311 posts unless its form needs a file (Open311 carries only a media URL). */
const open311Ready = (service: Doc) =>
  !((service.form ?? []) as FormField[]).some((f) => f.type === 'file' && f.required)

const findServices = async (req: PayloadRequest, municipality: MunicipalityRef, code?: string) => {
  const { docs } = await req.payload.find({
    collection: 'services',
    where: {
      and: [
        { tenant: { equals: municipality.id } },
        { active: { equals: true } },
        { open311: { equals: true } },
        ...(code ? [{ code: { equals: code } }] : []),
      ],
    },
    pagination: false,
    depth: 1,
    locale: requestLanguage(req),
    overrideAccess: true,
    req,
  })
  return (docs as Doc[]).filter(open311Ready)
}

const serviceRow = (service: Doc): Row => ({
  service_code: service.code,
  service_name: service.name ?? service.code,
  description: service.summary ?? null,
  metadata: ((service.form ?? []) as FormField[]).some((f) => f.type !== 'file'),
  type: 'realtime',
  keywords: (service.keywords ?? []).join(',') || null,
  group: typeof service.category === 'object' && service.category ? (service.category.name ?? null) : null,
})

const definition = (service: Doc): Row => ({
  service_code: service.code,
  attributes: ((service.form ?? []) as FormField[])
    .filter((f) => f.type !== 'file')
    .map((f, i) => ({
      variable: true,
      code: f.key,
      datatype: DATATYPES[f.type] ?? 'string',
      required: Boolean(f.required),
      datatype_description: f.help ?? (f.type === 'location' ? 'lat,long' : f.type === 'date' ? 'YYYY-MM-DD' : null),
      order: i + 1,
      description: f.label ?? f.key,
      values:
        f.type === 'checkbox'
          ? [
              { key: 'true', name: 'true' },
              { key: 'false', name: 'false' },
            ]
          : (f.options ?? []).map((o) => ({ key: o.value, name: o.label ?? o.value })),
    })),
})

const requestRow = (doc: Doc, municipality: MunicipalityRef): Row => {
  const history = (doc.history ?? []) as { to: string; comment?: string | null }[]
  const note = [...history].reverse().find((h) => PUBLIC_NOTES.includes(h.to) && h.comment)
  const service = typeof doc.service === 'object' && doc.service ? doc.service : {}
  return {
    service_request_id: doc.trackingCode,
    status: FINISHED_STATES.includes(doc.status) ? 'closed' : 'open',
    status_notes: note?.comment ?? null,
    service_name: service.name ?? null,
    service_code: service.code ?? doc.codePrefix,
    description: doc.description ?? null,
    agency_responsible: municipality.name,
    service_notice: null,
    requested_datetime: new Date(doc.createdAt).toISOString(),
    updated_datetime: doc.updatedAt ? new Date(doc.updatedAt).toISOString() : null,
    expected_datetime: doc.dueAt ? new Date(doc.dueAt).toISOString() : null,
    address: doc.location?.address ?? null,
    address_id: null,
    zipcode: null,
    lat: typeof doc.location?.lat === 'number' ? doc.location.lat : null,
    long: typeof doc.location?.lng === 'number' ? doc.location.lng : null,
    media_url: doc.mediaUrl ?? null,
  }
}

const parseDate = (req: PayloadRequest, name: string, value: string | null): number | undefined => {
  if (value === null || value === '') return undefined
  const ms = Date.parse(value)
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(ms))
    throw new Open311Error(400, [t(req, 'o311BadDate', { name })])
  return ms
}

const findRequests = async (req: PayloadRequest, municipality: MunicipalityRef, where: Where[], limit = 1000) => {
  const services = await findServices(req, municipality)
  if (!services.length) return []
  const { docs } = await req.payload.find({
    collection: 'service-requests',
    where: { and: [{ tenant: { equals: municipality.id } }, { service: { in: services.map((s) => s.id) } }, ...where] },
    sort: '-createdAt',
    limit,
    depth: 1,
    locale: requestLanguage(req),
    overrideAccess: true,
    req,
  })
  return docs as Doc[]
}

const listRequests = async (req: PayloadRequest, municipality: MunicipalityRef) => {
  const q = req.searchParams
  const where: Where[] = []
  const ids = (q.get('service_request_id') ?? '')
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean)
  if (ids.length) {
    if (ids.length > 100) throw new Open311Error(400, [t(req, 'o311TooManyIds')])
    where.push({ trackingCode: { in: ids } })
  } else {
    const end = parseDate(req, 'end_date', q.get('end_date')) ?? Date.now()
    const start = parseDate(req, 'start_date', q.get('start_date')) ?? end - MAX_RANGE_DAYS * DAY
    if (start > end) throw new Open311Error(400, [t(req, 'o311StartAfterEnd')])
    if (end - start > MAX_RANGE_DAYS * DAY) throw new Open311Error(400, [t(req, 'o311Range', { days: MAX_RANGE_DAYS })])
    where.push({ createdAt: { greater_than_equal: new Date(start).toISOString() } })
    where.push({ createdAt: { less_than_equal: new Date(end).toISOString() } })
  }
  const code = q.get('service_code')
  if (code) where.push({ codePrefix: { equals: code.toUpperCase() } })
  const statuses = (q.get('status') ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
  if (statuses.some((s) => s !== 'open' && s !== 'closed'))
    throw new Open311Error(400, [t(req, 'o311BadStatus', { value: statuses.join(',') })])
  if (statuses.length === 1)
    where.push({ status: statuses[0] === 'closed' ? { in: FINISHED_STATES } : { not_in: FINISHED_STATES } })
  return findRequests(req, municipality, where)
}

/** The form-encoded POST body, with `attribute[code]` and `attribute[code][]` gathered into answers. */
const readForm = async (req: PayloadRequest) => {
  const type = req.headers.get('content-type') ?? ''
  let params: URLSearchParams
  if (type.includes('application/x-www-form-urlencoded')) params = new URLSearchParams(await req.text!())
  else if (type.includes('multipart/form-data')) {
    params = new URLSearchParams()
    for (const [k, v] of (await req.formData!()).entries()) if (typeof v === 'string') params.append(k, v)
  } else throw new Open311Error(400, [t(req, 'o311FormEncoded')])
  // A Map: attribute codes such as `__proto__` or `constructor` are names like any other.
  const answers = new Map<string, unknown>()
  for (const [key, value] of params.entries()) {
    const match = /^attribute\[([^\]]+)\](\[\])?$/.exec(key)
    if (!match) continue
    const before = answers.get(match[1])
    if (match[2])
      answers.set(match[1], [...(Array.isArray(before) ? before : before === undefined ? [] : [before]), value])
    else answers.set(match[1], value)
  }
  return { params, answers: Object.fromEntries(answers) }
}

const PARAM_OF: Record<string, string> = {
  name: 'first_name',
  email: 'email',
  phone: 'phone',
  description: 'description',
  location: 'lat/long',
}

const postRequest = async (req: PayloadRequest, municipality: MunicipalityRef) => {
  const { params, answers } = await readForm(req)
  const key = params.get('api_key')
  const { docs: keys } = key
    ? await req.payload.find({
        collection: 'open311-keys',
        where: {
          and: [
            { tenant: { equals: municipality.id } },
            { keyHash: { equals: hashKey(key) } },
            { active: { equals: true } },
          ],
        },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  if (!keys.length) throw new Open311Error(403, [t(req, 'o311Key')])
  const code = params.get('service_code')
  if (!code) throw new Open311Error(400, [t(req, 'o311Required', { name: 'service_code' })])
  const [service] = await findServices(req, municipality, code.toUpperCase())
  if (!service)
    throw new Open311Error(404, [t(req, 'unknownService', { service: code, municipality: municipality.name })])
  const lat = params.get('lat')
  const long = params.get('long')
  const address = params.get('address_string')?.trim()
  if (!(lat && long) && !address) throw new Open311Error(400, [t(req, 'o311Location')])
  const description = params.get('description') ?? undefined
  const name = [params.get('first_name'), params.get('last_name')].filter(Boolean).join(' ').trim()
  const mediaUrl = params.get('media_url')?.trim() || undefined
  if (mediaUrl && !/^https?:\/\/\S+$/.test(mediaUrl)) throw new Open311Error(400, [t(req, 'o311MediaUrl')])
  try {
    const doc = await submitRequest(req, municipality, {
      service: service.code,
      answers,
      description,
      location: lat && long ? { lat, lng: long, ...(address ? { address } : {}) } : { address },
      name: name || undefined,
      email: params.get('email'),
      phone: params.get('phone'),
      source: 'open311',
      open311Only: true,
      mediaUrl,
    })
    await req.payload.update({
      collection: 'open311-keys',
      id: (keys[0] as Doc).id,
      data: { lastUsedAt: new Date().toISOString() },
      overrideAccess: true,
      req,
    })
    return { service_request_id: doc.trackingCode as string, token: doc.open311Token as string }
  } catch (error) {
    const e = error as { status?: number; message?: string; data?: { errors?: { path: string; message: string }[] } }
    if (Array.isArray(e.data?.errors))
      throw new Open311Error(
        400,
        e.data.errors.map(({ path, message }) => {
          const param = path.startsWith('answers.') ? `attribute[${path.slice(8)}]` : (PARAM_OF[path] ?? path)
          return `${param}: ${message}`
        }),
      )
    if (typeof e.status === 'number' && e.status < 500) throw new Open311Error(e.status, [e.message ?? ''])
    throw error
  }
}

const refusal = (req: PayloadRequest, error: { status: number; message: string }) =>
  errorList(formatOf(req), error.status, [error.message])

const handle =
  (fn: (req: PayloadRequest, municipality: MunicipalityRef, format: Format) => Promise<Response>) =>
  async (req: PayloadRequest, { municipality }: { municipality: MunicipalityRef }) => {
    const format = formatOf(req)
    try {
      return await fn(req, municipality, format)
    } catch (error) {
      if (error instanceof Open311Error) return errorList(format, error.status, error.descriptions)
      throw error
    }
  }

const notFound = (req: PayloadRequest) => new Open311Error(404, [t(req, 'o311NotFound')])

const resource = handle(async (req, municipality, format) => {
  const segment = parseSegment(String(req.routeParams?.resource))
  if (!segment) throw notFound(req)
  if (segment.name === 'discovery') {
    const base = `${req.payload.config.serverURL ?? ''}/api/open311/v2/${municipality.slug}/`
    const body = {
      changeset: new Date(0).toISOString(),
      contact: municipality.name,
      key_service: t(req, 'o311KeyService'),
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: base,
          changeset: new Date(0).toISOString(),
          type: 'production',
          formats: ['text/xml', 'application/json'],
        },
      ],
    }
    return respond(format, 200, body, () =>
      toXml('discovery', '', {
        ...body,
        endpoints: { endpoint: body.endpoints.map((e) => ({ ...e, formats: { format: e.formats } })) },
      }),
    )
  }
  if (segment.name === 'services') {
    const rows = (await findServices(req, municipality)).map(serviceRow)
    return respond(format, 200, rows, () => toXml('services', 'service', rows))
  }
  if (segment.name === 'requests') {
    if (req.method === 'POST') {
      const row = await postRequest(req, municipality)
      const rows = [row]
      return respond(format, 201, rows, () => toXml('service_requests', 'request', rows))
    }
    const rows = (await listRequests(req, municipality)).map((d) => requestRow(d, municipality))
    return respond(format, 200, rows, () => toXml('service_requests', 'request', rows))
  }
  throw notFound(req)
})

const item = handle(async (req, municipality, format) => {
  const segment = parseSegment(String(req.routeParams?.id))
  const kind = String(req.routeParams?.resource)
  if (!segment) throw notFound(req)
  if (kind === 'services') {
    const [service] = await findServices(req, municipality, segment.name.toUpperCase())
    if (!service)
      throw new Open311Error(404, [
        t(req, 'unknownService', { service: segment.name, municipality: municipality.name }),
      ])
    const body = definition(service)
    return respond(format, 200, body, () =>
      toXml('service_definition', '', {
        service_code: body.service_code,
        attributes: {
          attribute: (body.attributes as Row[]).map((a) => ({ ...a, values: { value: a.values } })),
        },
      }),
    )
  }
  if (kind === 'requests' || kind === 'tokens') {
    const where: Where =
      kind === 'requests'
        ? { trackingCode: { equals: segment.name.toUpperCase() } }
        : { open311Token: { equals: segment.name } }
    const [doc] = await findRequests(req, municipality, [where], 1)
    if (!doc) throw notFound(req)
    const rows =
      kind === 'requests'
        ? [requestRow(doc, municipality)]
        : [{ service_request_id: doc.trackingCode as string, token: doc.open311Token as string }]
    return respond(format, 200, rows, () => toXml('service_requests', 'request', rows))
  }
  throw notFound(req)
})

const BASE = '/open311/v2/:municipality'
const common = { root: true, hideWhenOff: true, refusal } as const

export const open311Endpoints: ModuleEndpoint[] = [
  { ...common, path: `${BASE}/:resource`, method: 'get', handler: resource },
  { ...common, path: `${BASE}/:resource`, method: 'post', handler: resource },
  { ...common, path: `${BASE}/:resource/:id`, method: 'get', handler: item },
]
