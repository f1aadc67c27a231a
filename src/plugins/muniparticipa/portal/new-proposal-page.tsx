/** Submitting a proposal to a process (signed-in people, in the proposals phase). */
import { Breadcrumbs, PageHeader, type PortalPage, type PortalPageProps, requirePerson } from '@e-muni/sdk/portal'

import { submitProposal } from './actions'
import { formProps, loadProcess, MAX_IMAGE_KB, MAX_IMAGES, phasesOf, processHref } from './data'
import { ProposalForm } from './forms'

async function NewProposalPage({ portal, params: { process: processSlug } }: PortalPageProps) {
  const { t, base } = portal
  const { process, districts } = await loadProcess(portal, processSlug)
  const processUrl = processHref(portal, process.slug)
  const here = `${processUrl}/proposals/new`
  await requirePerson(base, here)
  const open = phasesOf(process).current?.phase === 'proposals'
  const form = formProps(portal, here)
  return (
    <>
      <Breadcrumbs
        label={t('core.breadcrumbs')}
        items={[
          { href: `${base}/participation`, label: t('participation.title') },
          { href: processUrl, label: process.title ?? process.slug },
          { label: t('participation.form.title') },
        ]}
      />
      <PageHeader title={t('participation.form.title')} lead={process.title ?? undefined} />
      {open ? (
        <>
          <p>{t('participation.form.intro')}</p>
          {process.requireVerification ? <p className="meta">{t('participation.verification.required')}</p> : null}
          <ProposalForm
            action={submitProposal}
            {...form}
            labels={{
              ...form.labels,
              title: t('participation.form.proposalTitle'),
              body: t('participation.form.body'),
              category: t('participation.form.category'),
              district: t('participation.form.district'),
              address: t('participation.form.address'),
              lat: t('participation.form.lat'),
              lng: t('participation.form.lng'),
              images: t('participation.form.images'),
              imagesHint: t('participation.form.imagesHint', { max: MAX_IMAGES, kb: MAX_IMAGE_KB }),
              submit: t('participation.form.submit'),
              mine: t('participation.form.myProposals'),
              mineHref: `${base}/account/proposals`,
            }}
            hidden={{ process: process.slug }}
            categories={(process.categories ?? []).map((c) => ({ value: c.name ?? '', label: c.name ?? '' }))}
            districts={districts.map((d) => ({ value: String(d.id), label: d.name }))}
          />
        </>
      ) : (
        <p className="notice">{t('participation.form.closed')}</p>
      )}
    </>
  )
}

export const newProposalPage: PortalPage = {
  component: NewProposalPage,
  metadata: ({ portal }) => ({ title: portal.t('participation.form.title') }),
}
