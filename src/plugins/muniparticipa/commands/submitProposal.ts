/**
 * A person submits a proposal in the process's proposals phase (GraphQL `submitProposal`, REST POST
 * /api/m/{municipality}/muniparticipa/submitProposal): pending until a moderator publishes it.
 */
import { defineCommand, fieldErrors, type ID, idOf, inputReader, isObject } from '@e-muni/sdk'
import { internal, person, systemWrite, t } from '../hooks/common'
import { type Doc, findProcess, inPhase, mustBeVerified, text } from '../lib/actions/common'

type Location = { lat?: number | null; lng?: number | null; address?: string | null }
type Image = { filename: string; base64: string }

export const submitProposal = defineCommand({
  name: 'submitProposal',
  authorize: ({ req }) => {
    person(req)
  },
  input: (raw, { req }) => {
    const read = inputReader(req)
    const process = read.reference(raw.process, 'process')
    const title = read.text(raw.title, 'title', t(req, 'required1to', { max: 200 }))
    const body = read.text(raw.body, 'body', t(req, 'required1to', { max: 10_000 }))
    const category = read.optionalText(raw.category, 'category')
    const district = read.optionalReference(raw.district, 'district', t(req, 'unknownDistrict'))
    let location: Location | null | undefined
    if (isObject(raw.location))
      location = {
        lat: read.optionalNumber(raw.location.lat, 'location.lat', '−90…90'),
        lng: read.optionalNumber(raw.location.lng, 'location.lng', '−180…180'),
        address: read.optionalText(raw.location.address, 'location.address'),
      }
    else if (raw.location !== undefined && raw.location !== null)
      read.wrong('location', read.message('objectExpected', { fields: 'lat, lng, address' }))
    const images =
      raw.images === undefined || raw.images === null
        ? null
        : read.list<Image>(
            raw.images,
            'images',
            (image, path) => {
              if (!isObject(image))
                return read.wrong(path, read.message('objectExpected', { fields: 'filename, base64' }))
              const filename = read.text(image.filename, `${path}.filename`, read.message('textExpected'))
              const base64 = read.text(image.base64, `${path}.base64`, read.message('textExpected'))
              return typeof image.filename === 'string' && typeof image.base64 === 'string'
                ? { filename, base64 }
                : undefined
            },
            read.message('listExpected'),
          )
    return read.done({ process, title, body, category, district, location, images })
  },
  run: async ({ req, municipality }, input) => {
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
            collection: 'participa-districts',
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
    const loc = input.location
    if (loc) {
      const lat = Number(loc.lat)
      const lng = Number(loc.lng)
      if (loc.lat !== undefined && loc.lat !== null && !(Number.isFinite(lat) && lat >= -90 && lat <= 90))
        errors.push({ path: 'location.lat', message: '−90…90' })
      if (loc.lng !== undefined && loc.lng !== null && !(Number.isFinite(lng) && lng >= -180 && lng <= 180))
        errors.push({ path: 'location.lng', message: '−180…180' })
    }
    const images = input.images ?? []
    if (images.length > 5) errors.push({ path: 'images', message: t(req, 'tooManyImages', { max: 5 }) })
    if (errors.length) throw fieldErrors(req, errors)
    inPhase(req, process, ['proposals'])
    await mustBeVerified(req, process, who, municipality)
    // Images first (each judged by its bytes); if one is refused, those already stored are removed.
    const stored: ID[] = []
    try {
      for (const [i, image] of images.entries()) {
        const data = /^[A-Za-z0-9+/=\s]*$/.test(image.base64) ? Buffer.from(image.base64, 'base64') : Buffer.alloc(0)
        const name = image.filename.replace(/[/\\]/g, '_').slice(0, 200) || `imagen-${i + 1}`
        if (!data.length) throw fieldErrors(req, [{ path: `images.${i}`, message: t(req, 'imageEmpty', { name }) }])
        const storedImage = (await req.payload.create({
          collection: 'participa-proposal-images',
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
          .delete({ collection: 'participa-proposal-images', where: { id: { in: stored } }, overrideAccess: true })
          .catch(() => undefined)
      throw error
    }
    const doc = (await req.payload.create({
      collection: 'participa-proposals',
      data: {
        tenant: municipality.id,
        process: process.id,
        title,
        body,
        category: category || null,
        district,
        location: loc
          ? {
              lat: loc.lat ?? null,
              lng: loc.lng ?? null,
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
  },
})
