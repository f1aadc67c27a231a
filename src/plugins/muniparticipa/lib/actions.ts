/* eslint-disable @typescript-eslint/no-explicit-any -- documents read here are loosely shaped */
/**
 * What people do in a process, for the portal (GraphQL) and tests. Each action is allowed only in its
 * phase, by server time; where the process requires it, only verified residents act. Everything is
 * checked before anything is written; the unique indexes hold one support per person per proposal,
 * the per-person limit, and one report per person per item, under any concurrency.
 */
import type { PayloadRequest } from 'payload'

import { idOf, isUniqueViolation, moduleText, requestLanguage, type MunicipalityRef } from '@e-muni/sdk'
import { fail, internal, systemWrite } from '../hooks/common'
import { MODULE } from '../i18n/index'
import { PHASES } from '../workflows/states'
import { isVerified } from './census'

type Doc = Record<string, any> & { id: number | string }
const t = (req: PayloadRequest, key: string, vars?: Record<string, string | number>) =>
  moduleText(req, MODULE, key, vars)

export const person = (req: PayloadRequest): Doc => {
  if (req.user?.collection !== 'people') throw fail(t(req, 'loginNeeded'), 401)
  return req.user as unknown as Doc
}

/** The phase a process is in at `now` (server time), or null between phases. */
export const currentPhase = (process: Doc, now = Date.now()): string | null =>
  (process.phases ?? []).find((p: Doc) => Date.parse(p.startsAt) <= now && now < Date.parse(p.endsAt))?.phase ?? null

const phaseLabel = (req: PayloadRequest, phase: string) =>
  PHASES.find((p) => p.value === phase)?.label[requestLanguage(req)] ?? phase

/** Refuses unless `process` is in one of `phases` now. */
const inPhase = (req: PayloadRequest, process: Doc, phases: string[]) => {
  const now = currentPhase(process)
  if (!now || !phases.includes(now))
    throw fail(
      t(req, 'wrongPhase', {
        allowed: phases.map((p) => phaseLabel(req, p)).join(', '),
        current: now ? phaseLabel(req, now) : t(req, 'noPhase'),
      }),
      409,
    )
}

const mustBeVerified = async (req: PayloadRequest, process: Doc, who: Doc, municipality: MunicipalityRef) => {
  if (process.requireVerification && !(await isVerified(req, municipality.id, who.id)))
    throw fail(t(req, 'verificationNeeded', { municipality: municipality.name }), 403)
}

export const findProcess = async (req: PayloadRequest, municipality: MunicipalityRef, ref: unknown): Promise<Doc> => {
  const value = String(ref ?? '').trim()
  const { docs } = await req.payload.find({
    collection: 'processes' as never,
    where: {
      and: [
        { tenant: { equals: municipality.id } },
        { published: { equals: true } },
        /^\d+$/.test(value)
          ? { or: [{ id: { equals: value } }, { slug: { equals: value } }] }
          : { slug: { equals: value } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (!docs[0]) throw fail(t(req, 'unknownProcess', { value }), 404)
  return docs[0] as unknown as Doc
}

const findPublished = async (
  req: PayloadRequest,
  collection: 'proposals' | 'comments',
  municipality: MunicipalityRef,
  id: unknown,
) => {
  const doc = /^\d+$/.test(String(id ?? ''))
    ? ((await req.payload.findByID({
        collection: collection as never,
        id: String(id),
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
      })) as unknown as Doc | null)
    : null
  if (!doc || String(idOf(doc.tenant)) !== String(municipality.id) || doc.status !== 'published')
    throw fail(
      t(req, collection === 'proposals' ? 'unknownProposal' : 'unknownComment', { value: String(id ?? '') }),
      404,
    )
  return doc
}

const text = (
  req: PayloadRequest,
  value: unknown,
  path: string,
  max: number,
  errors: { path: string; message: string }[],
) => {
  const v = typeof value === 'string' ? value.trim() : ''
  if (!v || v.length > max) errors.push({ path, message: t(req, 'required1to', { max }) })
  return v
}
const invalid = (req: PayloadRequest, errors: { path: string; message: string }[]) =>
  fail(t(req, 'invalidInput', { fields: errors.map((e) => `${e.path}: ${e.message}`).join('; ') }))

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
  let district: number | string | null = null
  if (input.district !== undefined && input.district !== null && input.district !== '') {
    const found = /^\d+$/.test(String(input.district))
      ? ((await req.payload.findByID({
          collection: 'districts' as never,
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
  const stored: (number | string)[] = []
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
        collection: 'proposal-images' as never,
        data: { tenant: municipality.id, author: who.id } as never,
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
        .delete({ collection: 'proposal-images' as never, where: { id: { in: stored } }, overrideAccess: true })
        .catch(() => undefined)
    throw error
  }
  const doc = (await req.payload.create({
    collection: 'proposals' as never,
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
    } as never,
    overrideAccess: true,
    req: systemWrite(req),
    context: internal(),
    depth: 0,
  })) as unknown as Doc
  return { id: String(doc.id), status: doc.status as string, title }
}

const clash = (error: unknown) => isUniqueViolation(error, ['uniqueKey', 'slotKey'])

export const supportProposal = async (req: PayloadRequest, municipality: MunicipalityRef, proposalId: unknown) => {
  const who = person(req)
  const proposal = await findPublished(req, 'proposals', municipality, proposalId)
  const process = (await req.payload.findByID({
    collection: 'processes' as never,
    id: idOf(proposal.process)!,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Doc
  inPhase(req, process, ['supports'])
  await mustBeVerified(req, process, who, municipality)
  const uniqueKey = `${proposal.id}:${who.id}`
  const already = () =>
    req.payload.count({
      collection: 'supports' as never,
      where: { uniqueKey: { equals: uniqueKey } },
      overrideAccess: true,
    })
  const limit = Number(process.supportsPerPerson ?? 10)
  for (let attempt = 0; attempt < limit + 5; attempt += 1) {
    if ((await already()).totalDocs) throw fail(t(req, 'alreadySupported'), 409)
    const { totalDocs: used } = await req.payload.count({
      collection: 'supports' as never,
      where: { and: [{ process: { equals: process.id } }, { person: { equals: who.id } }] },
      overrideAccess: true,
    })
    if (used >= limit) throw fail(t(req, 'supportLimit', { limit }), 409)
    try {
      await req.payload.create({
        collection: 'supports' as never,
        data: {
          tenant: municipality.id,
          proposal: proposal.id,
          process: process.id,
          person: who.id,
          uniqueKey,
          slotKey: `${process.id}:${who.id}:${used + 1}`,
        } as never,
        overrideAccess: true,
        req: systemWrite(req),
        context: internal(),
        depth: 0,
      })
      const { totalDocs } = await req.payload.count({
        collection: 'supports' as never,
        where: { proposal: { equals: proposal.id } },
        overrideAccess: true,
      })
      return {
        proposal: String(proposal.id),
        supportCount: totalDocs,
        qualified: totalDocs >= Number(process.supportThreshold ?? Infinity),
      }
    } catch (error) {
      // Another support of this person took the same slot (or this one got in twice): look again.
      if (!clash(error)) throw error
    }
  }
  throw fail(t(req, 'supportLimit', { limit }), 409)
}

export const addComment = async (req: PayloadRequest, municipality: MunicipalityRef, input: Record<string, any>) => {
  const who = person(req)
  const proposal = await findPublished(req, 'proposals', municipality, input.proposal)
  const errors: { path: string; message: string }[] = []
  const body = text(req, input.body, 'body', 4000, errors)
  let parent: Doc | null = null
  if (input.parent !== undefined && input.parent !== null && input.parent !== '') {
    parent = await findPublished(req, 'comments', municipality, input.parent).catch(() => null)
    if (!parent || String(idOf(parent.proposal)) !== String(proposal.id))
      errors.push({ path: 'parent', message: t(req, 'unknownComment', { value: String(input.parent) }) })
  }
  if (errors.length) throw invalid(req, errors)
  const process = (await req.payload.findByID({
    collection: 'processes' as never,
    id: idOf(proposal.process)!,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Doc
  inPhase(req, process, ['proposals', 'supports'])
  await mustBeVerified(req, process, who, municipality)
  const doc = (await req.payload.create({
    collection: 'comments' as never,
    data: {
      tenant: municipality.id,
      proposal: proposal.id,
      parent: parent?.id ?? null,
      body,
      author: who.id,
      reportCount: 0,
    } as never,
    overrideAccess: true,
    req: systemWrite(req),
    context: internal(),
    depth: 0,
  })) as unknown as Doc
  return {
    id: String(doc.id),
    proposal: String(proposal.id),
    parent: parent ? String(parent.id) : null,
    body,
    status: doc.status as string,
  }
}

/** A report; at the process's threshold the item is hidden (as the system) until a moderator decides. */
export const report = async (req: PayloadRequest, municipality: MunicipalityRef, input: Record<string, any>) => {
  const who = person(req)
  const collection =
    input.collection === 'comments' ? 'comments' : input.collection === 'proposals' ? 'proposals' : null
  if (!collection)
    throw fail(t(req, 'invalidInput', { fields: `collection: ${t(req, 'oneOf', { allowed: 'proposals, comments' })}` }))
  const reason = typeof input.reason === 'string' ? input.reason.trim().slice(0, 1000) : ''
  const target = await findPublished(req, collection, municipality, input.id)
  try {
    await req.payload.create({
      collection: 'reports' as never,
      data: {
        tenant: municipality.id,
        targetCollection: collection,
        targetId: String(target.id),
        person: who.id,
        reason: reason || null,
        uniqueKey: `${collection}:${target.id}:${who.id}`,
      } as never,
      overrideAccess: true,
      req: systemWrite(req),
      context: internal(),
      depth: 0,
    })
  } catch (error) {
    if (clash(error)) throw fail(t(req, 'alreadyReported'), 409)
    throw error
  }
  const { totalDocs } = await req.payload.count({
    collection: 'reports' as never,
    where: { and: [{ targetCollection: { equals: collection } }, { targetId: { equals: String(target.id) } }] },
    overrideAccess: true,
  })
  const processId =
    collection === 'proposals'
      ? target.process
      : (await findPublished(req, 'proposals', municipality, idOf(target.proposal)).catch(() => null))?.process
  const process = processId
    ? ((await req.payload.findByID({
        collection: 'processes' as never,
        id: idOf(processId)!,
        depth: 0,
        overrideAccess: true,
        req,
      })) as unknown as Doc)
    : null
  const threshold = Number(process?.reportsToHide ?? 3)
  let hidden = false
  if (totalDocs >= threshold) {
    const fresh = (await req.payload.findByID({
      collection: collection as never,
      id: target.id,
      depth: 0,
      overrideAccess: true,
    })) as unknown as Doc
    if (fresh.status === 'published') {
      // No user: the workflow checks the transition as the system's.
      await req.payload.update({
        collection: collection as never,
        id: target.id,
        data: {
          status: 'hidden',
          transitionComment: t(req, 'hiddenByReports', { count: totalDocs }),
          reportCount: totalDocs,
        } as never,
        overrideAccess: true,
        context: internal(),
        depth: 0,
      })
      hidden = true
    }
  }
  if (!hidden)
    await req.payload.update({
      collection: collection as never,
      id: target.id,
      data: { reportCount: totalDocs } as never,
      overrideAccess: true,
      req: systemWrite(req),
      context: internal(),
      depth: 0,
    })
  return { reports: totalDocs, hidden: hidden || totalDocs >= threshold }
}
