/**
 * `/sitemap.xml`: on a municipality's own domain, its sitemap with that domain's addresses; on the
 * platform's address, the index of every municipality's sitemap (`src/lib/sitemap.ts`).
 */
import { municipalityOfHost, municipalitySitemap, sitemapIndex } from '@/lib/sitemap'

export const dynamic = 'force-dynamic'

export async function GET() {
  const municipality = await municipalityOfHost()
  return municipality ? municipalitySitemap(municipality) : sitemapIndex()
}
