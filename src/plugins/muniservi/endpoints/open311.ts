/**
 * Open311 GeoReport v2, per municipality, under /api/open311/v2/{municipality-slug}/:
 * discovery, services, services/{code}, requests (GET and POST), requests/{id}, tokens/{token} — each
 * as `.json` or `.xml` (the spec's required format). Only active services flagged `open311` appear;
 * a request is `open` until decided (approved, rejected, closed) or cancelled. Errors are the spec's
 * list of `{ code, description }` with 400, 403 or 404. POST needs an API key of this municipality
 * (created in the admin, stored hashed). No personal data is ever returned.
 */
import type { PayloadRequest, Where } from 'payload'

import { requestLanguage, type ModuleEndpoint, type MunicipalityRef } from '@e-muni/sdk'
import { t } from '../kit'
import { FINISHED_STATES } from '../workflows/states'
import {
  errorList,
  formatOf,
  Open311Error,
  parseSegment,
  respond,
  toXml,
  type Doc,
  type Format,
  type Row,
} from './open311Format'
import { postRequest } from './open311Post'
import { definition, findServices, requestRow, serviceRow } from './open311Rows'

const DAY = 86_400_000
const MAX_RANGE_DAYS = 90

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
    collection: 'servi-requests',
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

const list = (value: string | null, upper = false) =>
  (value ?? '')
    .split(',')
    .map((s) => (upper ? s.trim().toUpperCase() : s.trim().toLowerCase()))
    .filter(Boolean)

const listRequests = async (req: PayloadRequest, municipality: MunicipalityRef) => {
  const q = req.searchParams
  const ids = list(q.get('service_request_id'), true)
  // The spec: service_request_id overrides every other argument.
  if (ids.length) {
    if (ids.length > 100) throw new Open311Error(400, [t(req, 'o311TooManyIds')])
    return findRequests(req, municipality, [{ trackingCode: { in: ids } }])
  }
  const where: Where[] = []
  const end = parseDate(req, 'end_date', q.get('end_date')) ?? Date.now()
  const start = parseDate(req, 'start_date', q.get('start_date')) ?? end - MAX_RANGE_DAYS * DAY
  if (start > end) throw new Open311Error(400, [t(req, 'o311StartAfterEnd')])
  if (end - start > MAX_RANGE_DAYS * DAY) throw new Open311Error(400, [t(req, 'o311Range', { days: MAX_RANGE_DAYS })])
  where.push({ createdAt: { greater_than_equal: new Date(start).toISOString() } })
  where.push({ createdAt: { less_than_equal: new Date(end).toISOString() } })
  // One or more codes, comma-separated.
  const codes = list(q.get('service_code'), true)
  if (codes.length) where.push({ codePrefix: { in: codes } })
  const statuses = list(q.get('status'))
  if (statuses.some((s) => s !== 'open' && s !== 'closed'))
    throw new Open311Error(400, [t(req, 'o311BadStatus', { value: statuses.join(',') })])
  if (new Set(statuses).size === 1)
    where.push({ status: statuses[0] === 'closed' ? { in: FINISHED_STATES } : { not_in: FINISHED_STATES } })
  return findRequests(req, municipality, where)
}

/** The latest change of the municipality's service definitions (discovery's `changeset`). */
const changeset = async (req: PayloadRequest, municipality: MunicipalityRef) => {
  const { docs } = await req.payload.find({
    collection: 'servi-services',
    where: { tenant: { equals: municipality.id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    select: { updatedAt: true },
    overrideAccess: true,
    req,
  })
  const at = (docs[0] as Doc | undefined)?.updatedAt
  return new Date(at ? (at as string) : 0).toISOString()
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
    const changed = await changeset(req, municipality)
    const body = {
      changeset: changed,
      contact: municipality.name,
      key_service: t(req, 'o311KeyService'),
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: base,
          changeset: changed,
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
const common = { root: true, hideWhenOff: true, refusal, cors: 'public' } as const

export const open311Endpoints: ModuleEndpoint[] = [
  { ...common, path: `${BASE}/:resource`, method: 'get', handler: resource },
  { ...common, path: `${BASE}/:resource`, method: 'post', handler: resource, submission: true },
  { ...common, path: `${BASE}/:resource/:id`, method: 'get', handler: item },
]
