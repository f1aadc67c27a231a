/** Open311's POST requests: the form-encoded body, the API key, and the request submitted from them. */
import type { PayloadRequest } from 'payload'

import type { MunicipalityRef } from '@e-muni/sdk'
import { t } from '../kit'
import { hashKey } from '../collections/requests'
import { submitRequest } from '../lib/submit'
import type { FormField } from '../lib/form'
import { Open311Error, type Doc } from './open311Format'
import { findServices } from './open311Rows'

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
    // `attribute[code][]` and `attribute[code][0]` (how PHP and Node's `qs` write lists) are both list items.
    const match = /^attribute\[([^\]]+)\](\[\d*\])?$/.exec(key)
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

export const postRequest = async (req: PayloadRequest, municipality: MunicipalityRef) => {
  const { params, answers } = await readForm(req)
  const key = params.get('api_key')
  const { docs: keys } = key
    ? await req.payload.find({
        collection: 'servi-open311-keys',
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
  const location = lat && long ? { lat, lng: long, ...(address ? { address } : {}) } : { address }
  // The form's location fields are the spec's lat/long/address_string unless the client answered them itself.
  for (const field of (service.form ?? []) as FormField[])
    if (field.type === 'location' && (answers[field.key] === undefined || answers[field.key] === ''))
      answers[field.key] = location
  const description = params.get('description') ?? undefined
  const name = [params.get('first_name'), params.get('last_name')].filter(Boolean).join(' ').trim()
  const mediaUrl = params.get('media_url')?.trim() || undefined
  if (mediaUrl && !/^https?:\/\/\S+$/.test(mediaUrl)) throw new Open311Error(400, [t(req, 'o311MediaUrl')])
  try {
    const doc = await submitRequest(req, municipality, {
      service: service.code,
      answers,
      description,
      location,
      name: name || undefined,
      email: params.get('email'),
      phone: params.get('phone'),
      source: 'open311',
      open311Only: true,
      mediaUrl,
    })
    await req.payload.update({
      collection: 'servi-open311-keys',
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
