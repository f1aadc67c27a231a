/**
 * MuniCompra's fixtures for the app's cross-module suites (`@e-muni/municompra/testing`, see
 * ModuleFixtures in @e-muni/sdk/testing).
 */
import { defineModuleFixtures } from '@e-muni/sdk/testing'

import { crashFixtures } from './crash'
import { fuzz } from './fuzz'
import { isolationActors, isolationFillers } from './isolation'
import { privacyFixtures } from './privacy'
import { uploadFixtures } from './uploads'

export const fixtures = defineModuleFixtures({
  module: 'municompra',
  isolation: { actors: isolationActors, fillers: isolationFillers },
  protectedFields: { 'compra-bids': ['sealed'] },
  unsettable: ['compra-bids'],
  duplicatedWorkflows: ['compra-contracts'],
  uploads: uploadFixtures,
  crash: crashFixtures,
  privacy: privacyFixtures,
  fuzz,
})
