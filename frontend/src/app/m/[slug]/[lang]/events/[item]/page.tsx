import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs, cmsQuery, fileUrl, JsonLd, municipalityTag, langOf, Localized } from '@e-muni/sdk/portal'

import { RichText } from '@/components/rich-text'
import { EventItemDocument } from '@/gql/graphql'
import { formatDate } from '@/lib/i18n'
import { loadPortal } from '@/lib/municipality'
import { pageMetadata } from '@/lib/site'

type Props = { params: Promise<{ slug: string; lang: string; item: string }> }

const load = async ({ params }: Props) => {
  const { slug, lang, item } = await params
  const portal = await loadPortal(slug, lang)
  const data = await cmsQuery(
    EventItemDocument,
    { municipality: portal.municipality.id, slug: item, locale: portal.lang },
    { tags: [municipalityTag(slug)] },
  )
  const event = data.Events?.docs[0]
  if (!event) notFound()
  return { portal, event }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { portal, event } = await load(props)
  return pageMetadata(portal.municipality, portal.lang, `/events/${event.slug}`, {
    // The editors' SEO fields first, then the event's own title, summary and image.
    title: event.seo?.title || event.title || '',
    description: event.seo?.description || event.summary || undefined,
    image: event.seo?.image?.url ? event.seo.image : event.image,
  })
}

export default async function EventPage(props: Props) {
  const { portal, event } = await load(props)
  const { t, base, municipality } = portal
  const image = fileUrl(event.image?.url)
  return (
    <article>
      <Breadcrumbs
        label={t('core.breadcrumbs')}
        items={[
          { href: base, label: t('core.nav.home') },
          { href: `${base}/events`, label: t('core.events.title') },
          { label: event.title ?? '', lang: langOf(event, 'title') },
        ]}
      />
      <h1 lang={langOf(event, 'title')}>{event.title}</h1>
      <dl>
        <dt>{t('core.events.when')}</dt>
        <dd>
          {formatDate(portal.lang, event.start, municipality.timezone, true)}
          {event.end ? ` – ${formatDate(portal.lang, event.end, municipality.timezone, true)}` : ''}
        </dd>
        {event.place ? (
          <>
            <dt>{t('core.events.where')}</dt>
            <dd>
              <Localized value={event.place} lang={langOf(event, 'place')} />
              {event.address ? `, ${event.address}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      {event.summary ? (
        <p className="lead" lang={langOf(event, 'summary')}>
          {event.summary}
        </p>
      ) : null}
      {image ? <img src={image} alt={event.image?.alt ?? ''} lang={langOf(event.image, 'alt')} /> : null}
      <div lang={langOf(event, 'description')}>
        <RichText data={event.description} />
      </div>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Event',
          name: event.title,
          startDate: event.start,
          endDate: event.end ?? undefined,
          description: event.summary ?? undefined,
          location: event.place
            ? { '@type': 'Place', name: event.place, address: event.address ?? undefined }
            : undefined,
          organizer: { '@type': 'GovernmentOrganization', name: municipality.name },
        }}
      />
    </article>
  )
}
