/**
 * `/robots.txt`: everything public may be crawled but the account pages, and the sitemap of the host the
 * request came on (a municipality's own domain: its own; the platform's address: the index).
 */
import type { MetadataRoute } from 'next'

import { municipalityOfHost } from '@/lib/sitemap'
import { platformOrigin, requestOrigin } from '@/lib/site'

export const dynamic = 'force-dynamic'

export default async function robots(): Promise<MetadataRoute.Robots> {
  const own = await municipalityOfHost()
  const origin = own ? (await requestOrigin()).origin : await platformOrigin()
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: own ? ['/account', '/*/account', '/api/'] : ['/m/*/*/account', '/account', '/api/'],
    },
    sitemap: `${origin}/sitemap.xml`,
  }
}
