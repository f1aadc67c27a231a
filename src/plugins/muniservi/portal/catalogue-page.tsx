/** The catalogue of services: by category, or the services whose name matches ?q=. */
import Link from 'next/link'

import {
  Card,
  cmsQuery,
  Empty,
  langOf,
  municipalityTag,
  PageHeader,
  type Portal,
  type PortalPage,
  type PortalPageProps,
} from '@e-muni/sdk/portal'

import { serviceHref } from './data'
import { ServicesCatalogueDocument, type Service_Where, type ServicesCatalogueQuery } from './gql'
import styles from './services.module.css'

type Service = NonNullable<ServicesCatalogueQuery['Services']>['docs'][number]

const ServiceCards = ({ services, portal }: { services: Service[]; portal: Portal }) => (
  <ul className="grid">
    {services.map((service) => (
      <li key={service.id}>
        <Card
          title={service.name ?? service.code}
          lang={langOf(service, 'name')}
          href={serviceHref(portal.base, service.code)}
          meta={portal.t('services.catalogue.days', { n: service.maxBusinessDays })}
        >
          {service.summary ? <p lang={langOf(service, 'summary')}>{service.summary}</p> : null}
        </Card>
      </li>
    ))}
  </ul>
)

async function ServicesCatalogue({ portal, searchParams }: PortalPageProps) {
  const { t, base, municipality } = portal
  const raw = searchParams.q
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? ''
  const where: Service_Where = { tenant: { equals: municipality.id }, ...(q ? { name: { like: q } } : {}) }
  const data = await cmsQuery(
    ServicesCatalogueDocument,
    { municipality: municipality.id, where, locale: portal.lang },
    { tags: [municipalityTag(municipality.slug)] },
  )
  const services = data.Services?.docs ?? []
  const categories = data.ServiceCategories?.docs ?? []
  const known = new Set(categories.map((c) => c.id))
  const groups = [
    ...categories.map((c) => ({
      id: `cat-${c.slug}`,
      title: c.name ?? c.slug,
      lang: langOf(c, 'name'),
      description: c.description,
      descriptionLang: langOf(c, 'description'),
      services: services.filter((s) => s.category?.id === c.id),
    })),
    {
      id: 'cat-other',
      title: t('services.catalogue.other'),
      lang: undefined,
      description: null,
      descriptionLang: undefined,
      services: services.filter((s) => !s.category || !known.has(s.category.id)),
    },
  ].filter((g) => g.services.length)
  return (
    <>
      <PageHeader title={t('services.title')} lead={t('services.catalogue.intro')} />
      <form role="search" method="get" action={`${base}/services`} className={styles.search}>
        <div className="field">
          <label htmlFor="services-q">{t('services.search.label')}</label>
          <input id="services-q" name="q" type="search" defaultValue={q} maxLength={100} />
        </div>
        <button type="submit">{t('services.search.submit')}</button>
      </form>
      <ul className={styles.links}>
        <li>
          <Link href={`${base}/services/track`}>{t('services.links.track')}</Link>
        </li>
        <li>
          <Link href={`${base}/account/requests`}>{t('services.links.mine')}</Link>
        </li>
        <li>
          <Link href={`${base}/services/statistics`}>{t('services.links.stats')}</Link>
        </li>
      </ul>
      {q ? (
        <section aria-labelledby="services-results">
          <h2 id="services-results">{t('services.catalogue.results', { q, n: services.length })}</h2>
          {services.length ? (
            <ServiceCards services={services} portal={portal} />
          ) : (
            <Empty>{t('services.catalogue.noResults', { q })}</Empty>
          )}
          <p>
            <Link href={`${base}/services`}>{t('services.search.clear')}</Link>
          </p>
        </section>
      ) : groups.length ? (
        groups.map((group) => (
          <section key={group.id} aria-labelledby={group.id}>
            <h2 id={group.id} lang={group.lang}>
              {group.title}
            </h2>
            {group.description ? (
              <p className="meta" lang={group.descriptionLang}>
                {group.description}
              </p>
            ) : null}
            <ServiceCards services={group.services} portal={portal} />
          </section>
        ))
      ) : (
        <Empty>{t('services.catalogue.empty')}</Empty>
      )}
    </>
  )
}

export const cataloguePage: PortalPage = {
  component: ServicesCatalogue,
  metadata: ({ portal }) => ({ title: portal.t('services.title') }),
}
