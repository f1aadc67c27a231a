/** MuniParticipa's own messages and email templates, in Spanish, Portuguese, English and French. */
import type { Localized } from '@e-muni/sdk'
import { censusMessages } from './census'
import { proposalMessages } from './proposals'
import { votingMessages } from './voting'

export const MODULE = 'muniparticipa'

export const translations: Record<string, Localized> = {
  ...proposalMessages,
  ...censusMessages,
  ...votingMessages,
}

export { templates } from './templates'
