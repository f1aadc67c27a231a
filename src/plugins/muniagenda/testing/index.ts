/**
 * MuniAgenda's fixtures for the app's cross-module suites (`@e-muni/muniagenda/testing`, see
 * ModuleFixtures in @e-muni/sdk/testing): what a third-party module gives to be covered by them.
 */
import { defineModuleFixtures } from '@e-muni/sdk/testing'

import { isolationFillers } from './isolation'
import { privacyFixtures } from './privacy'

export const fixtures = defineModuleFixtures({
  module: 'muniagenda',
  isolation: { fillers: isolationFillers },
  privacy: privacyFixtures,
})
