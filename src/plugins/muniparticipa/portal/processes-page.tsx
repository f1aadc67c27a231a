/** The municipality's participation processes: those under way first, each with its current phase. */
import { Card, Empty, langOf, PageHeader, type PortalPage, type PortalPageProps } from '@e-muni/sdk/portal'

import { loadProcesses, phaseLine, processHref } from './data'

async function ProcessesPage({ portal }: PortalPageProps) {
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
              lang={process.title ? langOf(process, 'title') : undefined}
              href={processHref(portal, process.slug)}
              meta={
                <>
                  <span className="badge">{t(`participation.state.${state}`)}</span> {phaseLine(portal, process)}
                </>
              }
            >
              {process.description ? <p lang={langOf(process, 'description')}>{process.description}</p> : null}
            </Card>
          ))}
        </div>
      ) : (
        <Empty>{t('participation.processes.empty')}</Empty>
      )}
    </>
  )
}

export const processesPage: PortalPage = {
  component: ProcessesPage,
  metadata: ({ portal }) => ({ title: portal.t('participation.title') }),
}
