import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs, cmsQuery, fileUrl, langOf, municipalityTag } from '@e-muni/sdk/portal'

import { RichText } from '@/components/rich-text'
import { NewsItemDocument } from '@/gql/graphql'
import { formatDate } from '@/lib/i18n'
import { loadPortal } from '@/lib/municipality'
import { pageMetadata } from '@/lib/site'

type Props = { params: Promise<{ slug: string; lang: string; item: string }> }

const load = async ({ params }: Props) => {
  const { slug, lang, item } = await params
  const portal = await loadPortal(slug, lang)
  const data = await cmsQuery(
    NewsItemDocument,
    { municipality: portal.municipality.id, slug: item, locale: portal.lang },
    { tags: [municipalityTag(slug)] },
  )
  const news = data.allNews?.docs[0]
  if (!news) notFound()
  return { portal, news }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { portal, news } = await load(props)
  // The editors' SEO fields first, then the item's own title, summary and image.
  return pageMetadata(portal.municipality, portal.lang, `/news/${news.slug}`, {
    title: news.seo?.title || news.title || '',
    description: news.seo?.description || news.excerpt || undefined,
    image: news.seo?.image?.url ? news.seo.image : news.image,
    type: 'article',
  })
}

export default async function NewsItemPage(props: Props) {
  const { portal, news } = await load(props)
  const { t, base, municipality } = portal
  const image = fileUrl(news.image?.url)
  return (
    <article>
      <Breadcrumbs
        label={t('core.breadcrumbs')}
        items={[
          { href: base, label: t('core.nav.home') },
          { href: `${base}/news`, label: t('core.news.title') },
          { label: news.title ?? '', lang: langOf(news, 'title') },
        ]}
      />
      <h1 lang={langOf(news, 'title')}>{news.title}</h1>
      <p className="meta">
        {t('core.news.published', { date: formatDate(portal.lang, news.publishedAt, municipality.timezone) })}
      </p>
      {news.excerpt ? (
        <p className="lead" lang={langOf(news, 'excerpt')}>
          {news.excerpt}
        </p>
      ) : null}
      {image ? <img src={image} alt={news.image?.alt ?? ''} lang={langOf(news.image, 'alt')} /> : null}
      <div lang={langOf(news, 'body')}>
        <RichText data={news.body} />
      </div>
    </article>
  )
}
