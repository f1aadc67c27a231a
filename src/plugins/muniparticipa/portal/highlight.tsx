/**
 * The home page's highlight of MuniParticipa, below the events: up to three processes under way (read as the
 * home page's other public reads are, with the municipality's tag only).
 */
import { Card, Empty, langOf, type Portal } from '@e-muni/sdk/portal'
import Link from 'next/link'

import { loadProcesses, phaseLine, processHref } from './data'

export async function ParticipationHighlight({ portal }: { portal: Portal }) {
  const { t, base } = portal
  const active = (await loadProcesses(portal, false)).filter((p) => p.state === 'active').slice(0, 3)
  return (
    <section aria-labelledby="home-participation">
      <h2 id="home-participation">{t('participation.title')}</h2>
      {active.length ? (
        <div className="grid">
          {active.map(({ process }) => (
            <Card
              key={process.id}
              title={process.title ?? process.slug}
              lang={process.title ? langOf(process, 'title') : undefined}
              href={processHref(portal, process.slug)}
              meta={phaseLine(portal, process)}
            />
          ))}
        </div>
      ) : (
        <Empty>{t('participation.processes.noneActive')}</Empty>
      )}
      <p>
        <Link href={`${base}/participation`}>{t('participation.processes.all')}</Link>
      </p>
    </section>
  )
}
