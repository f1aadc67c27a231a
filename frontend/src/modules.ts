/**
 * The portal parts of the installed e-Muni module packages, mounted by the portal (written by
 * `frontend/scripts/portal-modules.mjs` before every `next dev` and `next build`: do not edit).
 */
import 'server-only'

import type { PortalModule } from '@e-muni/sdk/portal'

import portal0 from '@e-muni/muniagenda/portal'
import portal1 from '@e-muni/municompra/portal'
import portal2 from '@e-muni/muniparticipa/portal'
import portal3 from '@e-muni/muniservi/portal'

export const portalModules: readonly PortalModule[] = [portal0, portal1, portal2, portal3]
