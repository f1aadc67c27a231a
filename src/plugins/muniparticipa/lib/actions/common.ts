/* eslint-disable @typescript-eslint/no-explicit-any -- documents read here are loosely shaped */
/**
 * Shared by the commands people use in a process (commands/): the process and its published items looked up, its
 * phase by server time, residents' verification, texts judged by length. Each command is allowed only in its phase,
 * by server time; where the process requires it, only verified residents act; everything is checked before
 * anything is written, and unique indexes hold one support per person per proposal, the per-person limit and one
 * report per person per item, under any concurrency.
 */
import type { PayloadRequest } from 'payload'

import { idOf, isUniqueViolation, type MunicipalityRef, requestLanguage, type ID } from '@e-muni/sdk'
import { fail, t } from '../../hooks/common'
import { PHASES, type Phase } from '../../workflows/states'
import { isVerified } from '../census'

export type Doc = Record<string, any> & { id: ID }

/** The phase a process is in at `now` (server time), or null between phases. */
export const currentPhase = (process: Doc, now = Date.now()): Phase | null =>
  (process.phases ?? []).find((p: Doc) => Date.parse(p.startsAt) <= now && now < Date.parse(p.endsAt))?.phase ?? null

export const phaseLabel = (req: PayloadRequest, phase: string) =>
  PHASES.find((p) => p.value === phase)?.label[requestLanguage(req)] ?? phase

/** Refuses unless `process` is in one of `phases` now. */
export const inPhase = (req: PayloadRequest, process: Doc, phases: string[]) => {
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

export const mustBeVerified = async (req: PayloadRequest, process: Doc, who: Doc, municipality: MunicipalityRef) => {
  if (process.requireVerification && !(await isVerified(req, municipality.id, who.id)))
    throw fail(t(req, 'verificationNeeded', { municipality: municipality.name }), 403)
}

export const findProcess = async (req: PayloadRequest, municipality: MunicipalityRef, ref: unknown): Promise<Doc> => {
  const value = String(ref ?? '').trim()
  const { docs } = await req.payload.find({
    collection: 'participa-processes',
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

export const findPublished = async (
  req: PayloadRequest,
  collection: 'participa-proposals' | 'participa-comments',
  municipality: MunicipalityRef,
  id: unknown,
) => {
  const doc = /^\d+$/.test(String(id ?? ''))
    ? ((await req.payload.findByID({
        collection,
        id: String(id),
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
      })) as unknown as Doc | null)
    : null
  if (!doc || String(idOf(doc.tenant)) !== String(municipality.id) || doc.status !== 'published')
    throw fail(
      t(req, collection === 'participa-proposals' ? 'unknownProposal' : 'unknownComment', { value: String(id ?? '') }),
      404,
    )
  return doc
}

export const text = (
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

export const clash = (error: unknown) => isUniqueViolation(error, ['uniqueKey', 'slotKey'])
