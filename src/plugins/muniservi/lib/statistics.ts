/**
 * Public per-service figures over the last 12 months: requests, decisions, the median days to a decision, the
 * share decided within the legal maximum (the request's own due date), and the requesters' satisfaction
 * (ratings of closed requests: their number and mean). Counts only: nothing about any one request or person.
 */
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
    select: { service: true, createdAt: true, resolvedAt: true, dueAt: true, rating: { score: true } },
    overrideAccess: true,
    req,
  })
  type Row = {
    service: unknown
    createdAt: string
    resolvedAt?: string | null
    dueAt?: string | null
    rating?: { score?: number | null } | null
  }
  type Entry = { count: number; days: number[]; inTime: number; scores: number[] }
  const byService = new Map<string, Entry>()
  for (const r of requests as Row[]) {
    const key = String(r.service)
    const entry = byService.get(key) ?? { count: 0, days: [], inTime: 0, scores: [] }
    entry.count += 1
    if (r.resolvedAt) {
      entry.days.push((Date.parse(r.resolvedAt) - Date.parse(r.createdAt)) / DAY)
      if (!r.dueAt || Date.parse(r.resolvedAt) <= Date.parse(r.dueAt)) entry.inTime += 1
    }
    if (typeof r.rating?.score === 'number') entry.scores.push(r.rating.score)
    byService.set(key, entry)
  }
  const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10)
  return (services as { id: unknown; code: string; name?: string; maxBusinessDays?: number | null }[]).map((s) => {
    const entry = byService.get(String(s.id)) ?? { count: 0, days: [], inTime: 0, scores: [] }
    return {
      code: s.code,
      name: s.name ?? null,
      maxBusinessDays: s.maxBusinessDays ?? null,
      requestsLast12Months: entry.count,
      resolvedLast12Months: entry.days.length,
      medianResolutionDays: round(median(entry.days)),
      resolvedWithinMaximum: entry.inTime,
      ratings: entry.scores.length,
      averageRating: round(entry.scores.length ? entry.scores.reduce((a, b) => a + b, 0) / entry.scores.length : null),
    }
  })
}
