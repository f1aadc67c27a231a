/** A service of the catalogue: what it is, requirements, fee, time, office and channels; JSON-LD GovernmentService. */
import Link from 'next/link'

import {
  Breadcrumbs,
  JsonLd,
  langOf,
  Localized,
  PageHeader,
  type PortalPage,
  type PortalPageProps,
} from '@e-muni/sdk/portal'
import { formatMoney } from '@e-muni/sdk/portal/i18n'

import { loadService, serviceHref } from './data'
import styles from './services.module.css'

const load = async ({ portal, params }: PortalPageProps) => ({
  portal,
  service: await loadService(portal, params.service ?? ''),
})

const List = ({ items, none }: { items: { text?: string | null }[] | null | undefined; none: string }) => {
  const texts = (items ?? []).map((i) => i.text).filter((x): x is string => Boolean(x))
  return texts.length ? (
    <ul>
      {texts.map((text, i) => (
        <li key={i}>{text}</li>
      ))}
    </ul>
  ) : (
    <p>{none}</p>
  )
}

async function ServicePage(props: PortalPageProps) {
  const { portal, service } = await load(props)
  const { t, base, municipality } = portal
  const name = service.name ?? service.code
  const fee = service.fee
  const channels = service.channels
  const online = channels?.online !== false
  return (
    <article>
      {service.jsonLd ? <JsonLd data={service.jsonLd} /> : null}
      <Breadcrumbs
        label={t('core.breadcrumbs')}
        items={[
          { href: base, label: t('core.nav.home') },
          { href: `${base}/services`, label: t('services.title') },
          { label: name, lang: langOf(service, 'name') },
        ]}
      />
      <PageHeader
        title={name}
        lang={langOf(service, 'name')}
        lead={service.summary ? <Localized value={service.summary} lang={langOf(service, 'summary')} /> : null}
      />
      <p className="meta">
        {t('services.detail.code', { code: service.code })}
        {service.category?.name ? (
          <>
            {' · '}
            <Localized value={service.category.name} lang={langOf(service.category, 'name')} />
          </>
        ) : null}
      </p>
      {online ? (
        <p className="cta">
          <Link className="button" href={`${serviceHref(base, service.code)}/request`}>
            {t('services.detail.start')}
          </Link>
        </p>
      ) : (
        <p className="cta">{t('services.detail.notOnline')}</p>
      )}
      {service.description ? (
        <section aria-labelledby="service-about">
          <h2 id="service-about">{t('services.detail.about')}</h2>
          <p>{service.description}</p>
        </section>
      ) : null}
      <section aria-labelledby="service-requirements">
        <h2 id="service-requirements">{t('services.detail.requirements')}</h2>
        <List items={service.requirements} none={t('services.detail.none')} />
      </section>
      <section aria-labelledby="service-documents">
        <h2 id="service-documents">{t('services.detail.documents')}</h2>
        <List items={service.documents} none={t('services.detail.none')} />
      </section>
      <section aria-labelledby="service-facts">
        <h2 id="service-facts">{t('services.detail.facts')}</h2>
        <dl className={styles.facts}>
          <dt>{t('services.detail.audience')}</dt>
          <dd>{service.audience.map((a) => t(`services.detail.audience.${a}`)).join(', ')}</dd>
          <dt>{t('services.detail.fee')}</dt>
          <dd>
            {fee?.free !== false || fee.amount == null
              ? t('services.detail.free')
              : formatMoney(portal.lang, fee.amount, fee.currency || municipality.currency)}
          </dd>
          <dt>{t('services.detail.time')}</dt>
          <dd>{t('services.detail.days', { n: service.maxBusinessDays })}</dd>
          <dt>{t('services.detail.silence')}</dt>
          <dd>{t(`services.detail.silence.${service.silence}`)}</dd>
          {service.resultValidity ? (
            <>
              <dt>{t('services.detail.validity')}</dt>
              <dd>{service.resultValidity}</dd>
            </>
          ) : null}
          {service.office?.name ? (
            <>
              <dt>{t('services.detail.office')}</dt>
              <dd>
                {service.office.name}
                {service.office.email ? (
                  <>
                    {' · '}
                    <a href={`mailto:${service.office.email}`}>{service.office.email}</a>
                  </>
                ) : null}
              </dd>
            </>
          ) : null}
          {service.legalBasis ? (
            <>
              <dt>{t('services.detail.legalBasis')}</dt>
              <dd>{service.legalBasis}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="service-channels">
        <h2 id="service-channels">{t('services.detail.channels')}</h2>
        <ul>
          {online ? <li>{t('services.detail.online')}</li> : null}
          {channels?.inPerson ? (
            <li>
              {t('services.detail.inPerson')}
              {channels.address ? `: ${channels.address}` : ''}
              {channels.hours ? ` (${t('services.detail.hours', { hours: channels.hours })})` : ''}
            </li>
          ) : null}
          {channels?.phone ? <li>{t('services.detail.phone', { phone: channels.phone })}</li> : null}
        </ul>
      </section>
    </article>
  )
}

export const servicePage: PortalPage = {
  component: ServicePage,
  metadata: async (props) => {
    const { service } = await load(props)
    return { title: service.name ?? service.code, description: service.summary ?? undefined }
  },
}
