/** MuniAgenda's pages exist only where the municipality has the module on. */
import type { ReactNode } from 'react'

import { requireModule } from '@/lib/municipality'

export default async function AgendaLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ slug: string; lang: string }>
}) {
  await requireModule(params, 'muniagenda')
  return children
}
