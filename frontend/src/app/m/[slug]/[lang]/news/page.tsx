import type { Metadata } from 'next'

import { Card, cmsQuery, Empty, langOf, municipalityTag, PageHeader, Pagination } from '@e-muni/sdk/portal'
import { NewsListDocument } from '@/gql/graphql'
import { formatDate } from '@/lib/i18n'
import { loadPortal } from '@/lib/municipality'
import { routeMetadata } from '@/lib/site'

type Props = { params: Promise<{ slug: string; lang: string }>; searchParams: Promise<{ page?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params
  return routeMetadata(slug, lang, '/news', (await loadPortal(slug, lang)).t('core.news.title'))
}

export default async function NewsPage({ params, searchParams }: Props) {
  const { slug, lang } = await params
  const portal = await loadPortal(slug, lang)
  const { t, base, municipality } = portal
  const page = Math.max(1, Number.parseInt((await searchParams).page ?? '1', 10) || 1)
  const data = await cmsQuery(
    NewsListDocument,
    { municipality: municipality.id, locale: portal.lang, page },
    { tags: [municipalityTag(slug)] },
  )
  const list = data.allNews
  return (
    <>
      <PageHeader title={t('core.news.title')} />
      {list?.docs.length ? (
        <div className="grid">
          {list.docs.map((item) => (
            <Card
              key={item.id}
              title={item.title ?? ''}
              lang={langOf(item, 'title')}
              headingLevel={2}
              href={`${base}/news/${item.slug}`}
              meta={t('core.news.published', {
                date: formatDate(portal.lang, item.publishedAt, municipality.timezone),
              })}
            >
              {item.excerpt ? <p lang={langOf(item, 'excerpt')}>{item.excerpt}</p> : null}
            </Card>
          ))}
        </div>
      ) : (
        <Empty>{t('core.news.empty')}</Empty>
      )}
      <Pagination
        page={list?.page ?? 1}
        totalPages={list?.totalPages ?? 1}
        href={(n) => `${base}/news?page=${n}`}
        label={t('core.pagination')}
        previous={t('core.previous')}
        next={t('core.next')}
      />
    </>
  )
}
