/** The municipality's participation processes: those under way first, each with its current phase. */
import type { Metadata } from 'next'

import { Card, Empty, PageHeader } from '@/components/ui'
import { loadPortal } from '@/lib/municipality'

import { loadProcesses, phaseLine, processHref } from './data'

type Props = { params: Promise<{ slug: string; lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, lang } = await params
  return { title: (await loadPortal(slug, lang)).t('participation.title') }
}

export default async function ProcessesPage({ params }: Props) {
  const { slug, lang } = await params
  const portal = await loadPortal(slug, lang)
  const { t } = portal
  const processes = await loadProcesses(portal)
  return (
    <>
      <PageHeader title={t('participation.title')} lead={t('participation.intro')} />
      {processes.length ? (
        <div className="grid">
          {processes.map(({ process, state }) => (
            <Card
              key={process.id}
              headingLevel={2}
              title={process.title ?? process.slug}
              href={processHref(portal, process.slug)}
              meta={
                <>
                  <span className="badge">{t(`participation.state.${state}`)}</span> {phaseLine(portal, process)}
                </>
              }
            >
              {process.description ? <p>{process.description}</p> : null}
            </Card>
          ))}
        </div>
      ) : (
        <Empty>{t('participation.processes.empty')}</Empty>
      )}
    </>
  )
}
