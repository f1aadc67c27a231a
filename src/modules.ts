/**
 * The modules this installation has. Their plugins go into `plugins` before the multi-tenant plugin;
 * registering them first lets the core read roles, switches and labels from the registry.
 */
import type { ModulePlugin } from './plugins/sdk/defineModule'
import { muniAgenda } from './plugins/muniagenda/index'
import { muniCompra } from './plugins/municompra/index'
import { muniParticipa } from './plugins/muniparticipa/index'
import { muniServi } from './plugins/muniservi/index'
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
