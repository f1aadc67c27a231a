/** The tender form's defaults (suggested reference, municipal currency), deadline order check and shared options. */
import type { PayloadRequest, Validate } from 'payload'
import { getTenantFromCookie } from '@payloadcms/plugin-multi-tenant/utilities'

import { moduleText } from '@e-muni/sdk'
import { MODULE } from '../i18n/index'

export const readOnly = { readOnly: true }

/** The municipality the admin user works in (the multi-tenant plugin's tenant selector). */
const selectedTenant = (req: PayloadRequest) =>
  req.headers ? (getTenantFromCookie(req.headers, req.payload.db.defaultIDType) ?? undefined) : undefined

/**
 * A new tender's reference, suggested in the form: LIC-{year}-{number}, the number after the highest of
 * the year among the tenders the user reads in the municipality they work in (the admin's tenant cookie).
 * The officer may change it; the uniqueness check (409) catches two officers taking the same one.
 */
export const suggestReference = async ({ req }: { req: PayloadRequest }): Promise<string | undefined> => {
  const tenant = selectedTenant(req)
  if (tenant === undefined || !req.user) return undefined
  const prefix = `LIC-${new Date().getFullYear()}-`
  const { docs } = await req.payload
    .find({
      collection: 'compra-tenders',
      where: { and: [{ tenant: { equals: tenant } }, { reference: { like: prefix } }] },
      sort: '-reference',
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    .catch(() => ({ docs: [] as unknown[] }))
  const last = Number.parseInt(
    String((docs[0] as { reference?: string } | undefined)?.reference ?? '').slice(prefix.length),
    10,
  )
  return `${prefix}${String(Number.isFinite(last) ? last + 1 : 1).padStart(4, '0')}`
}

/** A new tender's currency, in the form: the municipality's (the server sets it too when none is given). */
export const municipalCurrency = async ({ req }: { req: PayloadRequest }): Promise<string | undefined> => {
  const tenant = selectedTenant(req)
  if (tenant === undefined || !req.user) return undefined
  const municipality = await req.payload
    .findByID({
      collection: 'municipalities',
      id: tenant,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
      disableErrors: true,
    })
    .catch(() => null)
  return (municipality as { currency?: string } | null)?.currency ?? undefined
}

const DEADLINES = ['enquiryDeadline', 'submissionDeadline', 'openingAt'] as const
const timeOf = (v: unknown) => (typeof v === 'string' || v instanceof Date ? new Date(v).getTime() : NaN)
/**
 * The three deadlines in order (end of enquiries ≤ submission ≤ opening), checked on the date that changed
 * against the others as the form holds them: the officer sees it beside the date, before publishing.
 */
export const inOrder: Validate = (value, { siblingData, previousValue, operation, path, req }) => {
  const mine = timeOf(value)
  if (Number.isNaN(mine) || (operation === 'update' && timeOf(previousValue) === mine)) return true
  const at = DEADLINES.indexOf(path.at(-1) as (typeof DEADLINES)[number])
  const others = DEADLINES.map((f) => timeOf((siblingData as Record<string, unknown>)?.[f]))
  const wrong = others.some(
    (other, i) => !Number.isNaN(other) && (i < at ? other > mine : i > at ? other < mine : false),
  )
  return wrong ? moduleText(req, MODULE, 'deadlineOrder') : true
}
export const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }
