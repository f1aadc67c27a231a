/**
 * MuniServi's pages in the municipality's sitemap: each service the public sees (`/services/{code}`), and the
 * services' resolution times and satisfaction (`/services/statistics`).
 */
import 'server-only'

import { cmsQuery, type Municipality, municipalityTag, type PortalSitemapEntry } from '@e-muni/sdk/portal'

import { ServicesSitemapDocument } from './gql'

export const servicesSitemap = async (municipality: Municipality): Promise<PortalSitemapEntry[]> => {
  const data = await cmsQuery(
    ServicesSitemapDocument,
    { municipality: municipality.id },
    { tags: [municipalityTag(municipality.slug)] },
  )
  return [
    ...(data.Services?.docs ?? []).map((s) => ({ path: s.code.toLowerCase(), lastmod: s.updatedAt })),
    { path: 'statistics' },
  ]
}
