/** A module's page (`/m/{slug}/{lang}/{module path}/…`): whichever installed module owns the path, where the municipality has it on; else 404. */
import type { Metadata } from 'next'

import { modulePageMetadata, type ModuleRouteProps, renderModulePage } from '@/lib/modules'

export async function generateMetadata(route: ModuleRouteProps): Promise<Metadata> {
  return modulePageMetadata(route, 'pages')
}

export default async function ModulePage(route: ModuleRouteProps) {
  return renderModulePage(route, 'pages')
}
