/** Open311's services on offer and the spec's rows for services, their definitions and requests. */
import type { PayloadRequest } from 'payload'

import { requestLanguage, type MunicipalityRef } from '@e-muni/sdk'
import type { FormField } from '../lib/form'
import { FINISHED_STATES } from '../workflows/states'
import type { Doc, Row } from './open311Format'

const PUBLIC_NOTES = ['needs-information', 'rejected', 'approved']

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

export const findServices = async (req: PayloadRequest, municipality: MunicipalityRef, code?: string) => {
  const { docs } = await req.payload.find({
    collection: 'servi-services',
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

export const serviceRow = (service: Doc): Row => ({
  service_code: service.code,
  service_name: service.name ?? service.code,
  description: service.summary ?? null,
  metadata: ((service.form ?? []) as FormField[]).some((f) => f.type !== 'file'),
  type: 'realtime',
  keywords: (service.keywords ?? []).join(',') || null,
  group: typeof service.category === 'object' && service.category ? (service.category.name ?? null) : null,
})

export const definition = (service: Doc): Row => ({
  service_code: service.code,
  attributes: ((service.form ?? []) as FormField[])
    .filter((f) => f.type !== 'file')
    .map((f, i) => ({
      variable: true,
      code: f.key,
      datatype: DATATYPES[f.type] ?? 'string',
      // A location is the request's own lat/long or address_string unless answered here.
      required: f.type === 'location' ? false : Boolean(f.required),
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

/**
 * A request's location as its service lets the public see it: `exact` as given; `approximate` a point rounded
 * to 3 decimals (about 110 m: a block) and no address (which names the house); `hidden` nothing. A service
 * that does not say (not read, or older data) counts as hidden.
 */
export const publicLocation = (doc: Doc) => {
  const service = typeof doc.service === 'object' && doc.service ? doc.service : {}
  const privacy = service.locationPrivacy ?? 'hidden'
  const point = typeof doc.location?.lat === 'number' && typeof doc.location?.lng === 'number'
  const round = (n: number) => Math.round(n * 1000) / 1000
  if (privacy === 'exact')
    return {
      address: doc.location?.address ?? null,
      lat: point ? (doc.location.lat as number) : null,
      long: point ? (doc.location.lng as number) : null,
    }
  if (privacy === 'approximate' && point)
    return { address: null, lat: round(doc.location.lat as number), long: round(doc.location.lng as number) }
  return { address: null, lat: null, long: null }
}

export const requestRow = (doc: Doc, municipality: MunicipalityRef): Row => {
  const history = (doc.history ?? []) as { to: string; comment?: string | null }[]
  const note = [...history].reverse().find((h) => PUBLIC_NOTES.includes(h.to) && h.comment)
  const service = typeof doc.service === 'object' && doc.service ? doc.service : {}
  const where = publicLocation(doc)
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
    address: where.address,
    address_id: null,
    zipcode: null,
    lat: where.lat,
    long: where.long,
    media_url: doc.mediaUrl ?? null,
  }
}
