/** The online form of a service, generated from the service's form definition. */
import { notFound } from 'next/navigation'

import {
  Breadcrumbs,
  getPerson,
  langOf,
  Localized,
  PageHeader,
  type PortalPage,
  type PortalPageProps,
  Sentence,
} from '@e-muni/sdk/portal'

import { loadService, serviceHref } from './data'
import { formSpec } from './fields'
import { submitServiceRequest } from './request-actions'
import { RequestForm } from './request-form'

const load = async ({ portal, params }: PortalPageProps) => {
  const service = await loadService(portal, params.service ?? '')
  if (service.channels?.online === false) notFound()
  return { portal, service }
}

async function ServiceRequestPage(props: PortalPageProps) {
  const { portal, service } = await load(props)
  const { t, base, municipality } = portal
  const name = service.name ?? service.code
  // "Request: {service}", the service's name marked with its language when the page's lacks it.
  const title = (
    <Sentence
      text={t('services.form.title')}
      parts={{ service: <Localized value={name} lang={langOf(service, 'name')} /> }}
    />
  )
  const here = `${serviceHref(base, service.code)}/request`
  const session = await getPerson()
  const labels = Object.fromEntries(
    [
      'answers',
      'requester',
      'name',
      'email',
      'emailHelp',
      'signIn',
      'address',
      'lat',
      'lng',
      'submit',
      'continue',
      'check',
      'checkIntro',
      'change',
      'yes',
      'no',
      'notGiven',
      'code',
      'token',
      'due',
      'mailed',
      'next',
      'track',
    ].map((key) => [key, t(`services.form.${key}`)]),
  )
  Object.assign(labels, {
    required: t('core.required'),
    sending: t('core.sending'),
    errors: t('core.formErrors'),
    // Templates the browser fills in (a file's size checked as it is chosen; the megabytes being sent).
    fileSize: t('services.error.fileSize', { name: '{name}', size: '{size}', max: '{max}' }),
    uploading: t('services.form.uploading', { mb: '{mb}' }),
    attached: t('services.form.attached', { name: '{name}', size: '{size}' }),
    remove: t('services.form.remove', { name: '{name}' }),
    kb: t('services.form.kb', { n: '{n}' }),
    mb: t('services.form.mb', { n: '{n}' }),
  })
  return (
    <>
      <Breadcrumbs
        label={t('core.breadcrumbs')}
        items={[
          { href: base, label: t('core.nav.home') },
          { href: `${base}/services`, label: t('services.title') },
          { href: serviceHref(base, service.code), label: name, lang: langOf(service, 'name') },
          { label: title },
        ]}
      />
      <PageHeader title={title} lead={t('services.form.intro')} />
      <RequestForm
        action={submitServiceRequest}
        slug={municipality.slug}
        lang={portal.lang}
        service={service.code}
        fields={formSpec(service.form ?? [], t)}
        signedInAs={
          session
            ? t('services.form.signedInAs', { name: session.person.name ?? '', email: session.person.email })
            : undefined
        }
        loginHref={`${base}/account/login?next=${encodeURIComponent(here)}`}
        labels={labels}
      />
    </>
  )
}

export const requestPage: PortalPage = {
  component: ServiceRequestPage,
  metadata: async (props) => {
    const { portal, service } = await load(props)
    return { title: portal.t('services.form.title', { service: service.name ?? service.code }) }
  },
}
