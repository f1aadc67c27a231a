/** MuniParticipa's pages exist only where the municipality has the module on. */
import type { ReactNode } from 'react'

import { requireModule } from '@/lib/municipality'

/** Phases and voting windows follow the clock: cached pages are drawn again at most a minute later. */
export const revalidate = 60

export default async function ParticipationLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ slug: string; lang: string }>
}) {
  await requireModule(params, 'muniparticipa')
  return children
}
