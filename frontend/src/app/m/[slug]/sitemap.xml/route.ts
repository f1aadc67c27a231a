/** `/m/{slug}/sitemap.xml`: one municipality's sitemap (`src/lib/sitemap.ts`); an unknown one is a 404. */
import { getMunicipality } from '@e-muni/sdk/portal'

import { municipalitySitemap } from '@/lib/sitemap'

export const dynamic = 'force-dynamic'

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const municipality = await getMunicipality((await params).slug, 'es')
  if (!municipality) return new Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain' } })
  return municipalitySitemap(municipality)
}
