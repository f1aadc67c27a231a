/** The municipality's home: latest news, upcoming events, and a highlight of each enabled module. */
import type { Metadata } from 'next'
import Link from 'next/link'

import { Card, cmsQuery, Empty, langOf, Localized, municipalityTag } from '@e-muni/sdk/portal'
import { HomeContentDocument } from '@/gql/graphql'
import { formatDate } from '@/lib/i18n'
import { ModuleHighlights } from '@/lib/modules'
import { loadPortal } from '@/lib/municipality'
import { pageMetadata, platformSite } from '@/lib/site'

// Rendered at the first visit, then served from Next's full-route cache: the CMS's revalidation call
// (its afterChange/afterDelete hooks) expires the municipality's tag, and with it this page, at once.
// An hour at most otherwise, for what no write announces ("today" moving on).
export const generateStaticParams = async (): Promise<{ slug: string; lang: string }[]> => []
export const revalidate = 3600

type Props = { params: Promise<{ slug: string; lang: string }> }

// Read no request header here (it would take the page out of the cache): the platform's form of the
// addresses, on PORTAL_URL. On the municipality's own domain the proxy serves `home/`, which has that domain's.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params
  const { municipality, lang: locale } = await loadPortal(slug, lang)
  return pageMetadata(municipality, locale, '', {}, platformSite(municipality))
}

export default async function Home({ params }: Props) {
  const { slug, lang } = await params
  const portal = await loadPortal(slug, lang)
  const { municipality, t, base } = portal
  // The day, not the instant: the cached page stays valid all day and events of today still show.
  const today = `${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`
  const data = await cmsQuery(
    HomeContentDocument,
    { municipality: municipality.id, locale: portal.lang, now: today },
    { tags: [municipalityTag(slug)] },
  )
  const news = data.allNews?.docs ?? []
  const events = data.Events?.docs ?? []
  return (
    <>
      <h1>{t('core.home.welcome', { name: municipality.name })}</h1>
      <ModuleHighlights portal={portal} placement="top" />
      <section aria-labelledby="home-news">
        <h2 id="home-news">{t('core.home.latestNews')}</h2>
        {news.length ? (
          <div className="grid">
            {news.map((item) => (
              <Card
                key={item.id}
                title={item.title ?? ''}
                lang={langOf(item, 'title')}
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
        <p>
          <Link href={`${base}/news`}>{t('core.home.allNews')}</Link>
        </p>
      </section>
      <section aria-labelledby="home-events">
        <h2 id="home-events">{t('core.home.upcomingEvents')}</h2>
        {events.length ? (
          <ul>
            {events.map((event) => (
              <li key={event.id}>
                <Link href={`${base}/events/${event.slug}`} lang={langOf(event, 'title')}>
                  {event.title}
                </Link>{' '}
                — {formatDate(portal.lang, event.start, municipality.timezone, true)}
                {event.place ? (
                  <>
                    {' · '}
                    <Localized value={event.place} lang={langOf(event, 'place')} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <Empty>{t('core.events.empty')}</Empty>
        )}
        <p>
          <Link href={`${base}/events`}>{t('core.home.allEvents')}</Link>
        </p>
      </section>
      <ModuleHighlights portal={portal} placement="bottom" />
    </>
  )
}
