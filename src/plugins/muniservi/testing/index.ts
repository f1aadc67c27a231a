/**
 * MuniServi's fixtures for the app's cross-module suites (`@e-muni/muniservi/testing`, see
 * ModuleFixtures in @e-muni/sdk/testing).
 */
import { defineModuleFixtures } from '@e-muni/sdk/testing'

import { crashFixtures } from './crash'
import { fuzz } from './fuzz'
import { isolationFillers } from './isolation'
import { privacyFixtures } from './privacy'
import { uploadFixtures } from './uploads'

export const fixtures = defineModuleFixtures({
  module: 'muniservi',
  isolation: { fillers: isolationFillers },
  protectedFields: { 'servi-requests': ['internalNotes'], 'servi-open311-keys': ['keyHash'] },
  unsettable: ['servi-requests'],
  uploads: uploadFixtures,
  crash: crashFixtures,
  privacy: privacyFixtures,
  fuzz,
})
