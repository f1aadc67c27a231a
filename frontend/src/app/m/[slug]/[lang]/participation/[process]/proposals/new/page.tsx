/** Submitting a proposal to a process (signed-in people, in the proposals phase). */
import type { Metadata } from 'next'

import { Breadcrumbs, PageHeader } from '@/components/ui'
import { loadPortal } from '@/lib/municipality'
import { requirePerson } from '@/lib/session'

import { submitProposal } from '../../../actions'
import { formProps, loadProcess, MAX_IMAGE_KB, MAX_IMAGES, phasesOf, processHref } from '../../../data'
import { ProposalForm } from '../../../forms'

type Props = { params: Promise<{ slug: string; lang: string; process: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params
  return { title: (await loadPortal(slug, lang)).t('participation.form.title') }
}

export default async function NewProposalPage({ params }: Props) {
  const { slug, lang, process: processSlug } = await params
  const portal = await loadPortal(slug, lang)
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
