import type { Metadata } from 'next'
import Link from 'next/link'

import { cmsQuery, Empty, municipalityTag, PageHeader, langOf, Localized } from '@e-muni/sdk/portal'
import { EventsListDocument } from '@/gql/graphql'
import { formatDate } from '@/lib/i18n'
import { loadPortal } from '@/lib/municipality'
import { routeMetadata } from '@/lib/site'

type Props = { params: Promise<{ slug: string; lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params
  return routeMetadata(slug, lang, '/events', (await loadPortal(slug, lang)).t('core.events.title'))
}

export default async function EventsPage({ params }: Props) {
  const { slug, lang } = await params
  const portal = await loadPortal(slug, lang)
  const { t, base, municipality } = portal
  const data = await cmsQuery(
    EventsListDocument,
    { municipality: municipality.id, locale: portal.lang },
    { tags: [municipalityTag(slug)] },
  )
  const events = data.Events?.docs ?? []
  return (
    <>
      <PageHeader title={t('core.events.title')} />
      {events.length ? (
        <ul className="grid">
          {events.map((event) => (
            <li key={event.id} className="card">
              <h2>
                <Link href={`${base}/events/${event.slug}`} lang={langOf(event, 'title')}>
                  {event.title}
                </Link>
              </h2>
              <p className="meta">
                {formatDate(portal.lang, event.start, municipality.timezone, true)}
                {event.place ? (
                  <>
                    {' · '}
                    <Localized value={event.place} lang={langOf(event, 'place')} />
                  </>
                ) : null}
              </p>
              {event.summary ? <p lang={langOf(event, 'summary')}>{event.summary}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <Empty>{t('core.events.empty')}</Empty>
      )}
    </>
  )
}
