/* eslint-disable @typescript-eslint/no-explicit-any -- documents read here are loosely shaped */
/** The proposal hooks: system fields, dated official answers and their emails, support counts when read. */
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeValidateHook,
  FieldHook,
  PayloadRequest,
} from 'payload'

import { idOf, isBlank, moduleText, perRequest, sameValue } from '@e-muni/sdk'
import { fail, isInternal } from '../hooks/common'
import { sendToAuthor } from '../hooks/notifications'
import { MODULE, templates } from '../i18n/index'
import { ensureResult } from '../lib/results'
import { ANSWERS } from '../workflows/states'

const SYSTEM = ['author', 'process', 'proposal', 'parent', 'reportCount', 'supportCount', 'qualified', 'images']

/** Fields only MuniParticipa's own code sets. */
export const guard: CollectionBeforeValidateHook = ({ data, originalDoc, operation, req, context }) => {
  if (!data || isInternal(context)) return data
  for (const field of SYSTEM) {
    if (!(field in data)) continue
    const changed = operation === 'create' ? !isBlank(data[field]) : !sameValue(data[field], originalDoc?.[field])
    if (changed) throw fail(moduleText(req, MODULE, 'systemField', { field }))
  }
  return data
}

/** An official answer is dated; a rejection says why. */
export const stampAnswer: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!('answer' in data) || sameValue(data.answer, originalDoc?.answer)) return data
  const answer = { ...(data.answer as Record<string, unknown>) }
  if (answer.status === 'rejected' && !String(answer.text ?? '').trim())
    throw fail(moduleText(req, MODULE, 'answerReason'))
  answer.answeredAt = new Date().toISOString()
  data.answer = answer
  return data
}

export const emailAnswer: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !doc.answer?.status || sameValue(doc.answer, previousDoc?.answer)) return doc
  if (doc.answer.status === 'accepted')
    await ensureResult(req, {
      tenant: idOf(doc.tenant),
      title: doc.title,
      description: doc.answer.text ?? null,
      process: idOf(doc.process),
      proposal: doc.id,
      uniqueKey: `proposal:${doc.id}`,
    })
  const label = ANSWERS.find((a) => a.value === doc.answer.status)?.label
  await sendToAuthor(req, doc, templates.proposalAnswered, (lang) => ({
    title: doc.title,
    answer: label?.[lang] ?? doc.answer.status,
    text: doc.answer.text ?? '',
  }))
  return doc
}

/**
 * The number of supports (and whether it reaches the process's threshold), counted when `supportCount`
 * or `qualified` is read (once for both), not for reads that return neither.
 */
const countSupports = (req: PayloadRequest, doc: Record<string, any>) =>
  perRequest(req, `muniparticipa:supports:${String(doc.id)}`, () => supportsOf(req, doc))
export const supportCount: FieldHook = async ({ data, req }) =>
  data?.id === undefined ? undefined : (await countSupports(req, data)).count
export const qualified: FieldHook = async ({ data, req }) =>
  data?.id === undefined ? undefined : (await countSupports(req, data)).qualified

const supportsOf = async (req: PayloadRequest, doc: Record<string, any>) => {
  const cache = (((req.context ??= {}) as Record<string, any>)['muniparticipa:thresholds'] ??= new Map())
  const processId = String(idOf(doc.process))
  if (!cache.has(processId))
    cache.set(
      processId,
      req.payload
        .findByID({
          collection: 'participa-processes',
          id: processId,
          depth: 0,
          overrideAccess: true,
          req,
          disableErrors: true,
        })
        .then((p: any) => p?.supportThreshold ?? null),
    )
  const [{ totalDocs }, threshold] = await Promise.all([
    req.payload.count({
      collection: 'participa-supports',
      where: { proposal: { equals: doc.id } },
      overrideAccess: true,
      req,
    }),
    cache.get(processId),
  ])
  return { count: totalDocs, qualified: threshold !== null && totalDocs >= threshold }
}
