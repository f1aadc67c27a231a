/**
 * What the benchmark asks: the portal home (municipality, latest news, featured services, open
 * tenders, active participation processes) as one GraphQL query, as REST requests and as Local API
 * calls; the tender list with filters; the service catalogue.
 */
export const HOME_QUERY = `query BenchHome($slug: String!, $municipality: JSON!, $locale: LocaleInputType) {
  Municipalities(where: { slug: { equals: $slug } }, limit: 1, locale: $locale) {
    docs { id name slug defaultLocale modules theme { primaryColor secondaryColor } }
  }
  allNews(where: { tenant: { equals: $municipality } }, sort: "-publishedAt", limit: 3, locale: $locale) {
    docs { id title slug excerpt publishedAt }
  }
  Services(where: { tenant: { equals: $municipality }, active: { equals: true } }, sort: "name", limit: 4, locale: $locale) {
    docs { id code name summary }
  }
  Tenders(where: { tenant: { equals: $municipality }, status: { equals: published } }, sort: "-publishedAt", limit: 5, locale: $locale) {
    docs { id reference title category submissionDeadline }
  }
  Processes(where: { tenant: { equals: $municipality }, published: { equals: true } }, sort: "-createdAt", limit: 3, locale: $locale) {
    docs { id title slug }
  }
}`

export const TENDERS_QUERY = `query BenchTenders($where: Tender_where!, $locale: LocaleInputType) {
  Tenders(where: $where, sort: "-publishedAt", limit: 20, page: 1, locale: $locale) {
    docs { id reference title method category status submissionDeadline value { amount currency } }
    page totalPages totalDocs
  }
}`

export const tendersWhere = (municipality: number) => ({
  tenant: { equals: municipality },
  status: { in: ['published', 'opened', 'evaluation', 'awarded'] },
  category: { equals: 'goods' },
  method: { equals: 'open' },
})

export const CATALOGUE_QUERY = `query BenchCatalogue($municipality: JSON!, $locale: LocaleInputType) {
  ServiceCategories(where: { tenant: { equals: $municipality } }, sort: "order", limit: 50, locale: $locale) {
    docs { id name slug description }
  }
  Services(where: { tenant: { equals: $municipality }, active: { equals: true } }, sort: "name", limit: 200, locale: $locale) {
    totalDocs
    docs { id code name summary fee { free amount currency } channels { online } }
  }
}`

/** The home's five lists as Local API / REST arguments (what the GraphQL query asks, field for field where REST can). */
export type Find = { collection: string; where: Record<string, unknown>; sort?: string; limit: number }

export const homeFinds = (slug: string, municipality: number): Find[] => [
  { collection: 'municipalities', where: { slug: { equals: slug } }, limit: 1 },
  { collection: 'news', where: { tenant: { equals: municipality } }, sort: '-publishedAt', limit: 3 },
  {
    collection: 'servi-services',
    where: { tenant: { equals: municipality }, active: { equals: true } },
    sort: 'name',
    limit: 4,
  },
  {
    collection: 'compra-tenders',
    where: { tenant: { equals: municipality }, status: { equals: 'published' } },
    sort: '-publishedAt',
    limit: 5,
  },
  {
    collection: 'participa-processes',
    where: { tenant: { equals: municipality }, published: { equals: true } },
    sort: '-createdAt',
    limit: 3,
  },
]

export const homeRestPaths = (slug: string, municipality: number) =>
  homeFinds(slug, municipality).map(({ collection, where, sort, limit }) => {
    const params = new URLSearchParams({ limit: String(limit), depth: '0', locale: 'es' })
    if (sort) params.set('sort', sort)
    const flat = (prefix: string, value: unknown) => {
      if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flat(`${prefix}[${k}]`, v)
      else params.set(prefix, String(value))
    }
    flat('where', where)
    return `/api/${collection}?${params.toString()}`
  })
