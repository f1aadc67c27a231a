/**
 * MuniParticipa's jobs (every minute; idempotent; only where the module is on):
 * - `muniparticipa-phases`: followers of a process are emailed when its phase changes (server time);
 * - `muniparticipa-results`: the winning projects of closed budgets become accountability results.
 */
import type { PayloadRequest, TaskConfig } from 'payload'

import { announcePhases, publishBudgetResults } from '../lib/results'

export const phasesTask = {
  slug: 'muniparticipa-phases',
  label: 'MuniParticipa: announce phase changes to followers',
  schedule: [{ cron: '* * * * *', queue: 'default' }],
  handler: async ({ req }: { req: PayloadRequest }) => ({ output: await announcePhases(req) }),
} as unknown as TaskConfig

export const resultsTask = {
  slug: 'muniparticipa-results',
  label: 'MuniParticipa: publish the winning budget projects as results',
  schedule: [{ cron: '* * * * *', queue: 'default' }],
  handler: async ({ req }: { req: PayloadRequest }) => ({ output: await publishBudgetResults(req) }),
} as unknown as TaskConfig
