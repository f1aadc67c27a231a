/** The hooks that keep a service request whole, whatever path it is written through. */
import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'
import { ValidationError } from 'payload'

import {
  addBusinessDays,
  idOf,
  fail,
  localDate,
  municipalCalendar,
  isBlank,
  sameValue,
  requireRoleIn,
} from '@e-muni/sdk'
import { isInternal, t } from '../kit'
import { SERVICE_STAFF, worksOnRequestsIn } from '../access/index'
import { checkAnswers, type FormField } from '../lib/form'

/** Fields only MuniServi's own code sets: they cannot be changed through the API or the admin. */
export const SYSTEM_FIELDS = [
  'trackingCode',
  'uniqueKey',
  'sequence',
  'year',
  'codePrefix',
  'service',
  'answers',
  'attachments',
  'requester',
  'dueAt',
  'overdue',
  'resolvedAt',
  'closedAt',
  'rating',
  'source',
  'open311Token',
]

/** Staff write only where they hold a services role; system fields are the system's. */
export const guardRequestWrite: CollectionBeforeValidateHook = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (!data || isInternal(context)) return data
  const tenant = idOf(data.tenant ?? originalDoc?.tenant)
  requireRoleIn(req, tenant, SERVICE_STAFF, () => t(req, 'noRoleHere'))
  if (operation === 'update') {
    for (const field of SYSTEM_FIELDS) {
      if (field in data && !sameValue(data[field], originalDoc?.[field])) throw fail(t(req, 'systemField', { field }))
    }
  } else {
    // A request recorded by staff (at the counter, by phone): its answers are checked like the portal's.
    for (const field of SYSTEM_FIELDS.filter((f) => !['service', 'answers', 'requester'].includes(f))) {
      if (!isBlank(data[field])) throw fail(t(req, 'systemField', { field }))
    }
    const serviceId = idOf(data.service)
    if (serviceId !== undefined) {
      const service = await req.payload.findByID({
        collection: 'servi-services',
        id: serviceId,
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
      })
      const checked = await checkAnswers(req, (service as { form?: FormField[] } | null)?.form ?? [], data.answers)
      if (checked.errors.length)
        throw new ValidationError({ collection: 'servi-requests', errors: checked.errors, req })
      data.answers = checked.answers
      if (checked.location && !data.location) data.location = checked.location
    }
    data.source = 'staff'
  }
  if (data.assignee !== undefined && data.assignee !== null) await checkAssignee(req, data.assignee, tenant)
  return data
}

const checkAssignee = async (req: PayloadRequest, assignee: unknown, tenant: unknown) => {
  const user = await req.payload.findByID({
    collection: 'users',
    id: idOf(assignee)!,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!user || !worksOnRequestsIn(user, tenant)) throw fail(t(req, 'assigneeNotStaff'))
}

/**
 * On creation: the tracking code `{CODE}-{YYYY}-{000123}` (the next number for that service code,
 * municipality and year; the database's unique index on `uniqueKey` refuses a duplicate, and the
 * submission then takes the next one) and the due date (the service's business days in the
 * municipality's calendar). On a change of state: when it was decided, and when it closed.
 */
export const stampRequest: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    const tenant = idOf(data.tenant)!
    const service = (await req.payload.findByID({
      collection: 'servi-services',
      id: idOf(data.service)!,
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as { code: string; maxBusinessDays?: number | null }
    const calendar = await municipalCalendar(req, tenant)
    const now = new Date()
    const year = Number(localDate(now, calendar.timeZone).slice(0, 4))
    const { docs } = await req.payload.find({
      collection: 'servi-requests',
      where: {
        and: [{ tenant: { equals: tenant } }, { codePrefix: { equals: service.code } }, { year: { equals: year } }],
      },
      sort: '-sequence',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const sequence = Number((docs[0] as { sequence?: number } | undefined)?.sequence ?? 0) + 1
    data.codePrefix = service.code
    data.year = year
    data.sequence = sequence
    data.trackingCode = `${service.code}-${year}-${String(sequence).padStart(6, '0')}`
    data.uniqueKey = `${tenant}:${data.trackingCode as string}`
    data.dueAt = addBusinessDays(now, service.maxBusinessDays ?? 0, calendar).toISOString()
    data.overdue = false
    return data
  }
  const from = originalDoc?.status
  const to = data.status ?? from
  if (to !== from) {
    if (to === 'approved' || to === 'rejected') data.resolvedAt = new Date().toISOString()
    if (to === 'closed') data.closedAt = new Date().toISOString()
  }
  return data
}
