/**
 * The overdue job: every request still waiting for the municipality (submitted or in review) whose
 * due date has passed is marked overdue once, and the service supervisors of its municipality are
 * emailed. Idempotent (a marked request is not marked or emailed again); runs only for
 * municipalities that have MuniServi on.
 */
import type { PayloadRequest, TaskConfig } from 'payload'

import { isLanguage, type ID } from '@e-muni/sdk'
import { supervisesRequestsIn } from '../access/index'
import { emailSupervisor } from '../hooks/notifications'
import { internal } from '../kit'
import { MODULE } from '../i18n/index'
import { OPEN_STATES } from '../workflows/states'

type Doc = Record<string, unknown> & { id: ID }

export const markOverdue = async (
  req: PayloadRequest,
  now = new Date(),
): Promise<{ marked: number; emailed: number }> => {
  const { payload } = req
  const { docs: municipalities } = await payload.find({
    collection: 'municipalities',
    where: { modules: { in: [MODULE] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  let marked = 0
  let emailed = 0
  for (const municipality of municipalities) {
    const { docs } = await payload.find({
      collection: 'servi-requests',
      where: {
        and: [
          { tenant: { equals: municipality.id } },
          { status: { in: OPEN_STATES } },
          { overdue: { not_equals: true } },
          { dueAt: { less_than: now.toISOString() } },
        ],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    if (!docs.length) continue
    const { docs: staff } = await payload.find({
      collection: 'users',
      where: { 'tenants.tenant': { equals: municipality.id } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const supervisors = staff.filter((u) => supervisesRequestsIn(u, municipality.id))
    const lang = isLanguage(municipality.defaultLocale) ? municipality.defaultLocale : 'es'
    for (const doc of docs) {
      const updated = (await payload.update({
        collection: 'servi-requests',
        id: doc.id,
        data: { overdue: true },
        overrideAccess: true,
        context: internal(),
        depth: 0,
      })) as unknown as Doc
      marked += 1
      const assignee = updated.assignee
        ? ((staff.find((u) => String(u.id) === String(updated.assignee)) as { email?: string } | undefined)?.email ??
          String(updated.assignee))
        : '—'
      for (const supervisor of supervisors) {
        await emailSupervisor(payload, { to: supervisor.email, doc: updated, lang, assignee })
        emailed += 1
      }
    }
  }
  return { marked, emailed }
}

export const overdueTask = {
  slug: 'muniservi-overdue',
  label: 'MuniServi: mark overdue requests',
  schedule: [{ cron: '*/5 * * * *', queue: 'default' }],
  handler: async ({ req }: { req: PayloadRequest }) => ({ output: await markOverdue(req) }),
} as unknown as TaskConfig
