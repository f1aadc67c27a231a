/**
 * MuniParticipa's fixtures for the app's cross-module suites (`@e-muni/muniparticipa/testing`, see
 * ModuleFixtures in @e-muni/sdk/testing).
 */
import { defineModuleFixtures } from '@e-muni/sdk/testing'

import { crashFixtures } from './crash'
import { fuzz } from './fuzz'
import { isolationActors, isolationFillers } from './isolation'
import { privacyFixtures } from './privacy'
import { uploadFixtures } from './uploads'

export const fixtures = defineModuleFixtures({
  module: 'muniparticipa',
  isolation: { actors: isolationActors, fillers: isolationFillers },
  protectedFields: { 'participa-census': ['keyHash'], 'participa-residence-checks': ['entry', 'entryKey'] },
  uploads: uploadFixtures,
  crash: crashFixtures,
  privacy: privacyFixtures,
  fuzz,
})
