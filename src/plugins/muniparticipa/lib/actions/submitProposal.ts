/* eslint-disable @typescript-eslint/no-explicit-any -- documents read here are loosely shaped */
/** A person submits a proposal in the process's proposals phase. */
import type { PayloadRequest } from 'payload'

import { idOf, type MunicipalityRef, type ID } from '@e-muni/sdk'
import { internal, person, systemWrite, t } from '../../hooks/common'
import { type Doc, findProcess, inPhase, invalid, mustBeVerified, text } from './common'

export const submitProposal = async (
  req: PayloadRequest,
  municipality: MunicipalityRef,
  input: Record<string, any>,
) => {
  const who = person(req)
  const process = await findProcess(req, municipality, input.process)
  const errors: { path: string; message: string }[] = []
  const title = text(req, input.title, 'title', 200, errors)
  const body = text(req, input.body, 'body', 10_000, errors)
  const categories = (process.categories ?? []).map((c: Doc) => c.name)
  const category = typeof input.category === 'string' ? input.category.trim() : ''
  if (category && categories.length && !categories.includes(category))
    errors.push({ path: 'category', message: t(req, 'oneOf', { allowed: categories.join(', ') }) })
  let district: ID | null = null
  if (input.district !== undefined && input.district !== null && input.district !== '') {
    const found = /^\d+$/.test(String(input.district))
      ? ((await req.payload.findByID({
          collection: 'districts',
          id: String(input.district),
          depth: 0,
          overrideAccess: true,
          req,
          disableErrors: true,
        })) as unknown as Doc | null)
      : null
    if (!found || String(idOf(found.tenant)) !== String(municipality.id))
      errors.push({ path: 'district', message: t(req, 'unknownDistrict') })
    else district = found.id
  }
  const loc = input.location as { lat?: unknown; lng?: unknown; address?: unknown } | undefined
  if (loc) {
    const lat = Number(loc.lat)
    const lng = Number(loc.lng)
    if (loc.lat !== undefined && loc.lat !== null && !(Number.isFinite(lat) && lat >= -90 && lat <= 90))
      errors.push({ path: 'location.lat', message: '−90…90' })
    if (loc.lng !== undefined && loc.lng !== null && !(Number.isFinite(lng) && lng >= -180 && lng <= 180))
      errors.push({ path: 'location.lng', message: '−180…180' })
  }
  const images = (Array.isArray(input.images) ? input.images : []) as { filename?: string; base64?: string }[]
  if (images.length > 5) errors.push({ path: 'images', message: t(req, 'tooManyImages', { max: 5 }) })
  if (errors.length) throw invalid(req, errors)
  inPhase(req, process, ['proposals'])
  await mustBeVerified(req, process, who, municipality)
  // Images first (each judged by its bytes); if one is refused, those already stored are removed.
  const stored: ID[] = []
  try {
    for (const [i, image] of images.entries()) {
      const data = /^[A-Za-z0-9+/=\s]*$/.test(image?.base64 ?? '')
        ? Buffer.from(String(image.base64), 'base64')
        : Buffer.alloc(0)
      const name =
        String(image?.filename ?? '')
          .replace(/[/\\]/g, '_')
          .slice(0, 200) || `imagen-${i + 1}`
      if (!data.length) throw invalid(req, [{ path: `images.${i}`, message: t(req, 'imageEmpty', { name }) }])
      const storedImage = (await req.payload.create({
        collection: 'proposal-images',
        data: { tenant: municipality.id, author: who.id },
        file: { data, name, mimetype: 'application/octet-stream', size: data.length },
        overrideAccess: true,
        req: systemWrite(req),
        context: internal(),
        depth: 0,
      })) as unknown as Doc
      stored.push(storedImage.id)
    }
  } catch (error) {
    if (stored.length)
      await req.payload
        .delete({ collection: 'proposal-images', where: { id: { in: stored } }, overrideAccess: true })
        .catch(() => undefined)
    throw error
  }
  const doc = (await req.payload.create({
    collection: 'proposals',
    data: {
      tenant: municipality.id,
      process: process.id,
      title,
      body,
      category: category || null,
      district,
      location: loc
        ? {
            // Stored as the numbers that were checked (a client may send "−34.9" as text).
            lat: loc.lat === undefined || loc.lat === null ? null : Number(loc.lat),
            lng: loc.lng === undefined || loc.lng === null ? null : Number(loc.lng),
            address: typeof loc.address === 'string' ? loc.address.slice(0, 300) : null,
          }
        : undefined,
      author: who.id,
      images: stored,
      reportCount: 0,
    },
    overrideAccess: true,
    req: systemWrite(req),
    context: internal(),
    depth: 0,
  })) as unknown as Doc
  return { id: String(doc.id), status: doc.status as string, title }
}
