/* eslint-disable @typescript-eslint/no-explicit-any -- documents read here are loosely shaped */
/** Turning decisions into accountability results, and telling the followers of a process about its phases. */
import type { PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'

import { idOf, isLanguage, isUniqueViolation, municipalitiesWithModule, notify, portalLink, type ID } from '@e-muni/sdk'
import { internal, isQuiet } from '../hooks/common'
import { MODULE, templates } from '../i18n/index'
import { PHASES } from '../workflows/states'
import { currentPhase } from './actions/index'
import { budgetResults } from './ballots'

type Doc = Record<string, any> & { id: ID }

/** Creates the result of a proposal or project once (the unique index keeps it to one). */
export const ensureResult = async (
  req: PayloadRequest,
  data: RequiredDataFromCollectionSlug<'participa-results'> & { uniqueKey: string },
) => {
  const { totalDocs } = await req.payload.count({
    collection: 'participa-results',
    where: { uniqueKey: { equals: data.uniqueKey } },
    overrideAccess: true,
    req,
  })
  if (totalDocs) return false
  try {
    await req.payload.create({
      collection: 'participa-results',
      data,
      overrideAccess: true,
      req,
      context: internal(),
      depth: 0,
    })
    return true
  } catch (error) {
    if (isUniqueViolation(error, ['uniqueKey'])) return false
    throw error
  }
}

/** Budgets closed by now whose winners are not yet results: their selected projects become results. */
export const publishBudgetResults = async (req: PayloadRequest, now = new Date()) => {
  const municipalities = await municipalitiesWithModule(req, MODULE)
  if (!municipalities.length) return { created: 0 }
  const { docs } = await req.payload.find({
    collection: 'participa-budgets',
    where: {
      and: [
        { tenant: { in: municipalities } },
        { published: { equals: true } },
        { closesAt: { less_than_equal: now.toISOString() } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  let created = 0
  for (const budget of docs as unknown as Doc[]) {
    const results = await budgetResults(req, budget)
    for (const project of results.projects.filter((p) => p.selected))
      if (
        await ensureResult(req, {
          tenant: idOf(budget.tenant),
          title: project.title,
          process: idOf(budget.process) ?? null,
          // The project's id as the ballot keeps it (text); the database's own id type again.
          project: (Number(project.id) || project.id) as ID,
          uniqueKey: `project:${project.id}`,
        })
      )
        created += 1
  }
  return { created }
}

/** Processes whose phase changed since it was last announced: followers are emailed, once per change. */
export const announcePhases = async (req: PayloadRequest, now = Date.now()) => {
  const municipalities = await municipalitiesWithModule(req, MODULE)
  if (!municipalities.length) return { announced: 0, emailed: 0 }
  const { docs } = await req.payload.find({
    collection: 'participa-processes',
    where: { and: [{ tenant: { in: municipalities } }, { published: { equals: true } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  let announced = 0
  let emailed = 0
  for (const process of docs as unknown as Doc[]) {
    const phase = currentPhase(process, now)
    if ((phase ?? null) === (process.announcedPhase ?? null)) continue
    await req.payload.update({
      collection: 'participa-processes',
      id: process.id,
      data: { announcedPhase: phase },
      overrideAccess: true,
      context: internal(),
      depth: 0,
    })
    announced += 1
    if (!phase || isQuiet(req)) continue
    const municipality = await req.payload.findByID({
      collection: 'municipalities',
      id: idOf(process.tenant)!,
      depth: 0,
      overrideAccess: true,
    })
    const { docs: followers } = await req.payload.find({
      collection: 'participa-followers',
      where: { process: { equals: process.id } },
      pagination: false,
      depth: 1,
      overrideAccess: true,
    })
    for (const follower of followers as unknown as Doc[]) {
      const who = follower.person
      if (!who?.email) continue
      const lang = isLanguage(who.language)
        ? who.language
        : isLanguage(municipality.defaultLocale)
          ? municipality.defaultLocale
          : 'es'
      const title = (
        (await req.payload.findByID({
          collection: 'participa-processes',
          id: process.id,
          depth: 0,
          locale: lang,
          overrideAccess: true,
        })) as unknown as Doc
      ).title
      try {
        await notify(req.payload, {
          to: who.email,
          template: templates.phaseChanged,
          locale: lang,
          data: {
            title: title ?? process.slug,
            phase: PHASES.find((p) => p.value === phase)?.label[lang as 'es'] ?? phase,
            municipality: municipality.name,
            url: portalLink(municipality.slug as string, lang, `participation/${process.slug}`),
          },
        })
        emailed += 1
      } catch (error) {
        req.payload.logger.error({ err: error }, 'MuniParticipa: email not sent')
      }
    }
  }
  return { announced, emailed }
}
