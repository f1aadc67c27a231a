/** The home page's highlight of MuniServi (above the news): the first four services of the catalogue. */
import Link from 'next/link'

import { Card, cmsQuery, langOf, municipalityTag, type Portal } from '@e-muni/sdk/portal'

import { serviceHref } from './data'
import { ServicesHighlightDocument } from './gql'

export async function ServicesHighlight({ portal }: { portal: Portal }) {
  const { t, base, municipality } = portal
  const data = await cmsQuery(
    ServicesHighlightDocument,
    { municipality: municipality.id, locale: portal.lang },
    { tags: [municipalityTag(municipality.slug)] },
  )
  const services = data.Services?.docs ?? []
  if (!services.length) return null
  return (
    <section aria-labelledby="home-services">
      <h2 id="home-services">{t('services.highlight.title')}</h2>
      <ul className="grid">
        {services.map((service) => (
          <li key={service.id}>
            <Card
              title={service.name ?? service.code}
              lang={langOf(service, 'name')}
              href={serviceHref(base, service.code)}
            >
              {service.summary ? <p lang={langOf(service, 'summary')}>{service.summary}</p> : null}
            </Card>
          </li>
        ))}
      </ul>
      <p>
        <Link href={`${base}/services`}>{t('services.highlight.all')}</Link>
      </p>
    </section>
  )
}
