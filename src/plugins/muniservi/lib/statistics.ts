/** Public per-service figures: requests in the last 12 months and the median days to a decision. */
import type { PayloadRequest } from 'payload'

import { requestLanguage, type MunicipalityRef } from '@e-muni/sdk'

const DAY = 86_400_000

export const median = (values: number[]): number | null => {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export const serviceStatistics = async (req: PayloadRequest, municipality: MunicipalityRef, code?: string) => {
  const { docs: services } = await req.payload.find({
    collection: 'servi-services',
    where: {
      and: [
        { tenant: { equals: municipality.id } },
        { active: { equals: true } },
        ...(code ? [{ code: { equals: code.toUpperCase() } }] : []),
      ],
    },
    pagination: false,
    depth: 0,
    locale: requestLanguage(req),
    overrideAccess: true,
    req,
  })
  const since = new Date(Date.now() - 365 * DAY).toISOString()
  const { docs: requests } = await req.payload.find({
    collection: 'servi-requests',
    where: { and: [{ tenant: { equals: municipality.id } }, { createdAt: { greater_than_equal: since } }] },
    pagination: false,
    depth: 0,
    select: { service: true, createdAt: true, resolvedAt: true },
    overrideAccess: true,
    req,
  })
  const byService = new Map<string, { count: number; days: number[] }>()
  for (const r of requests as { service: unknown; createdAt: string; resolvedAt?: string | null }[]) {
    const key = String(r.service)
    const entry = byService.get(key) ?? { count: 0, days: [] }
    entry.count += 1
    if (r.resolvedAt) entry.days.push((Date.parse(r.resolvedAt) - Date.parse(r.createdAt)) / DAY)
    byService.set(key, entry)
  }
  return (services as { id: unknown; code: string; name?: string }[]).map((s) => {
    const entry = byService.get(String(s.id)) ?? { count: 0, days: [] }
    const m = median(entry.days)
    return {
      code: s.code,
      name: s.name ?? null,
      requestsLast12Months: entry.count,
      resolvedLast12Months: entry.days.length,
      medianResolutionDays: m === null ? null : Math.round(m * 10) / 10,
    }
  })
}
