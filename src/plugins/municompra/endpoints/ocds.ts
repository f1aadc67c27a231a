/* eslint-disable @typescript-eslint/no-explicit-any -- OCDS documents are loosely shaped */
/**
 * OCDS 1.1.5 for each municipality, under /api/ocds/{municipality}/:
 * - releases.json — a release package of the municipality's releases, oldest first, paginated
 *   (`page`, `limit` ≤ 250, `links.next` / `links.prev`) and filtered by `since` / `until` (release
 *   dates, ISO 8601); a page with no release answers 404, as a package holds at least one;
 * - releases/{ocid}.json — a release package of one contracting process;
 * - records/{ocid}.json — a record package with its releases and the compiled release.
 * Where MuniCompra is off, or for an unknown municipality or ocid, 404.
 */
import type { PayloadRequest, Where } from 'payload'

import { moduleText, type ModuleEndpoint, type MunicipalityRef } from '@e-muni/sdk'
import { MODULE } from '../i18n/index'
import { compile, OCDS_VERSION } from '../lib/ocds'

const LICENSE = 'https://creativecommons.org/licenses/by/4.0/'

const base = (req: PayloadRequest) => (process.env.PUBLIC_URL || req.payload.config.serverURL || '').replace(/\/$/, '')

const envelope = (req: PayloadRequest, municipality: MunicipalityRef, uri: string) => ({
  uri,
  version: OCDS_VERSION,
  publishedDate: new Date().toISOString(),
  publisher: { name: municipality.name, uri: `${base(req)}/api/ocds/${municipality.slug}/releases.json` },
  license: LICENSE,
  publicationPolicy: `${base(req)}/api/ocds/${municipality.slug}/releases.json`,
})

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*' },
  })
const problem = (status: number, message: string) => json({ errors: [{ message }] }, status)

const fileParam = (req: PayloadRequest) => {
  const file = String(req.routeParams?.file ?? '')
  return file.endsWith('.json') ? file.slice(0, -'.json'.length) : null
}

const releasesOf = async (req: PayloadRequest, municipality: MunicipalityRef, ocid: string) =>
  (
    await req.payload.find({
      collection: 'compra-ocds-releases',
      where: { and: [{ tenant: { equals: municipality.id } }, { ocid: { equals: ocid } }] },
      sort: 'date',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      req,
    })
  ).docs as any[]

const isDate = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v))

export const ocdsEndpoints: ModuleEndpoint[] = [
  {
    path: '/ocds/:municipality/releases.json',
    method: 'get',
    root: true,
    hideWhenOff: true,
    handler: async (req, { municipality }) => {
      const q = (req.query ?? {}) as Record<string, unknown>
      const page = q.page === undefined ? 1 : Number(q.page)
      const limit = q.limit === undefined ? 100 : Number(q.limit)
      if (!Number.isInteger(page) || page < 1) return problem(400, moduleText(req, MODULE, 'badPage'))
      if (!Number.isInteger(limit) || limit < 1 || limit > 250)
        return problem(400, moduleText(req, MODULE, 'badLimit', { max: 250 }))
      for (const name of ['since', 'until'])
        if (q[name] !== undefined && !isDate(q[name])) return problem(400, moduleText(req, MODULE, 'badDate', { name }))
      const where: Where[] = [
        { tenant: { equals: municipality.id } },
        ...(q.since ? [{ date: { greater_than_equal: new Date(String(q.since)).toISOString() } }] : []),
        ...(q.until ? [{ date: { less_than_equal: new Date(String(q.until)).toISOString() } }] : []),
      ]
      const result = await req.payload.find({
        collection: 'compra-ocds-releases',
        where: { and: where },
        sort: 'date',
        page,
        limit,
        depth: 0,
        overrideAccess: false,
        req,
      })
      const self = new URL(`${base(req)}/api/ocds/${municipality.slug}/releases.json`)
      for (const [k, v] of Object.entries({ since: q.since, until: q.until, limit: q.limit }))
        if (v !== undefined) self.searchParams.set(k, String(v))
      const at = (p: number) => {
        const u = new URL(self)
        u.searchParams.set('page', String(p))
        return u.toString()
      }
      // A release package holds at least one release (the schema's minItems): none is a 404.
      if (!result.docs.length) return problem(404, moduleText(req, MODULE, 'noReleases'))
      return json({
        ...envelope(req, municipality, at(page)),
        releases: (result.docs as any[]).map((d) => d.release),
        links: {
          ...(result.hasNextPage ? { next: at(page + 1) } : {}),
          ...(result.hasPrevPage ? { prev: at(page - 1) } : {}),
        },
        totalReleases: result.totalDocs,
      })
    },
  },
  {
    path: '/ocds/:municipality/releases/:file',
    method: 'get',
    root: true,
    hideWhenOff: true,
    handler: async (req, { municipality }) => {
      const ocid = fileParam(req)
      const releases = ocid ? await releasesOf(req, municipality, ocid) : []
      if (!releases.length) return problem(404, moduleText(req, MODULE, 'unknownOcid', { ocid: ocid ?? '' }))
      return json({
        ...envelope(req, municipality, `${base(req)}/api/ocds/${municipality.slug}/releases/${ocid}.json`),
        releases: releases.map((d) => d.release),
      })
    },
  },
  {
    path: '/ocds/:municipality/records/:file',
    method: 'get',
    root: true,
    hideWhenOff: true,
    handler: async (req, { municipality }) => {
      const ocid = fileParam(req)
      const releases = ocid ? await releasesOf(req, municipality, ocid) : []
      if (!releases.length) return problem(404, moduleText(req, MODULE, 'unknownOcid', { ocid: ocid ?? '' }))
      const packageUri = `${base(req)}/api/ocds/${municipality.slug}/releases/${ocid}.json`
      return json({
        ...envelope(req, municipality, `${base(req)}/api/ocds/${municipality.slug}/records/${ocid}.json`),
        packages: [packageUri],
        records: [
          {
            ocid,
            releases: releases.map((d) => ({
              url: `${packageUri}#${d.releaseId}`,
              date: d.release.date,
              tag: d.release.tag,
            })),
            compiledRelease: compile(releases.map((d) => d.release)),
          },
        ],
      })
    },
  },
]
