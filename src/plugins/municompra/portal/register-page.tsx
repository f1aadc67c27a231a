/** A signed-in person registers their company as a supplier of the municipality (registerSupplier), or sees its status. */
import Link from 'next/link'

import { Breadcrumbs, PageHeader, type PortalPage, type PortalPageProps, requirePerson } from '@e-muni/sdk/portal'

import { registerSupplier } from './actions'
import { myRegistration } from './data'
import { RegisterForm } from './forms'

async function RegisterPage({ portal, searchParams }: PortalPageProps) {
  const { t, base, municipality } = portal
  const { token, person } = await requirePerson(base, `${base}/tenders/register`)
  const registration = await myRegistration(portal, token)
  const { done } = searchParams
  const labels: Record<string, string> = {
    legalName: t('procurement.register.legalName'),
    country: t('procurement.register.country'),
    countryHint: t('procurement.register.countryHint'),
    taxId: t('procurement.register.taxId'),
    taxIdHint: t('procurement.register.taxIdHint'),
    categories: t('procurement.register.categories'),
    'category.goods': t('procurement.category.goods'),
    'category.works': t('procurement.category.works'),
    'category.services': t('procurement.category.services'),
    address: t('procurement.register.address'),
    contact: t('procurement.register.contact'),
    contactName: t('procurement.register.contactName'),
    contactEmail: t('procurement.register.contactEmail'),
    contactPhone: t('procurement.register.contactPhone'),
    submit: t('procurement.register.submit'),
    required: t('core.required'),
    sending: t('core.sending'),
    errors: t('core.formErrors'),
  }
  return (
    <>
      <Breadcrumbs
        label={t('core.breadcrumbs')}
        items={[{ href: `${base}/tenders`, label: t('procurement.title') }, { label: t('procurement.register.title') }]}
      />
      <PageHeader
        title={t('procurement.register.title')}
        lead={t('procurement.register.intro', { municipality: municipality.name })}
      />
      {registration ? (
        <>
          {done ? (
            <p role="status" className="notice notice-success">
              {t('procurement.register.done')}
            </p>
          ) : null}
          <p>{t('procurement.register.status', { name: registration.legalName, taxId: registration.taxId })}</p>
          <p>
            <strong data-supplier-status={registration.status}>
              {t('procurement.supplier.state', { status: t(`procurement.supplier.${registration.status}`) })}
            </strong>
          </p>
          <p>
            <Link href={`${base}/tenders`}>{t('procurement.title')}</Link>
          </p>
        </>
      ) : (
        <RegisterForm
          action={registerSupplier}
          slug={municipality.slug}
          lang={portal.lang}
          labels={labels}
          country={municipality.country ?? ''}
          contactName={person.name ?? ''}
        />
      )}
    </>
  )
}

export const registerPage: PortalPage = {
  component: RegisterPage,
  metadata: ({ portal }) => ({ title: portal.t('procurement.register.title') }),
}
