/** A module's page under the account (`/account/appointments`…), where the municipality has the module on; else 404. */
import type { Metadata } from 'next'

import { modulePageMetadata, type ModuleRouteProps, renderModulePage } from '@/lib/modules'

export async function generateMetadata(route: ModuleRouteProps): Promise<Metadata> {
  return modulePageMetadata(route, 'account')
}

export default async function ModulePage(route: ModuleRouteProps) {
  return renderModulePage(route, 'account')
}
