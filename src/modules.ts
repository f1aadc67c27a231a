/**
 * The modules this installation has: npm packages (the four first-party ones are workspaces under
 * src/plugins/, each with its package.json), imported by package name and composed here. payload.config.ts
 * puts their plugin before the multi-tenant plugin and gives the core their roles and collections.
 */
import { muniAgenda } from '@e-muni/muniagenda'
import { muniCompra } from '@e-muni/municompra'
import { muniParticipa } from '@e-muni/muniparticipa'
import { muniServi } from '@e-muni/muniservi'

import { emuniModules } from './plugins/sdk/compose'
import { sdkTestModule } from './plugins/sdk/testing/testModule'

export const INSTALLED_MODULES = emuniModules({
  modules: [
    muniServi(),
    // The installation's OCDS publisher prefix, from the environment (README: OCDS_PREFIX).
    muniCompra({ ocdsPrefix: process.env.OCDS_PREFIX }),
    muniParticipa(),
    muniAgenda(),
    ...(process.env.EMUNI_TEST_MODULES === 'true' ? [sdkTestModule()] : []),
  ],
})
