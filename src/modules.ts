/**
 * The modules this installation has: npm packages (the four first-party ones are workspaces under
 * src/plugins/, each with its package.json), imported by package name. Their plugins go into `plugins` before the multi-tenant plugin;
 * registering them first lets the core read roles, switches and labels from the registry.
 */
import { muniAgenda } from '@e-muni/muniagenda'
import { muniCompra } from '@e-muni/municompra'
import { muniParticipa } from '@e-muni/muniparticipa'
import { muniServi } from '@e-muni/muniservi'

import type { ModulePlugin } from './plugins/sdk/defineModule'
import { registerModule } from './plugins/sdk/registry'
import { sdkTestModule } from './plugins/sdk/testing/testModule'

export const INSTALLED_MODULES: ModulePlugin[] = [
  muniServi,
  muniCompra,
  muniParticipa,
  muniAgenda,
  ...(process.env.EMUNI_TEST_MODULES === 'true' ? [sdkTestModule] : []),
]

for (const module of INSTALLED_MODULES) registerModule(module.manifest)
