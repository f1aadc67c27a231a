/**
 * MuniParticipa on the citizens' portal (`@e-muni/muniparticipa/portal`): the processes (`/participation`),
 * each process with its proposals, polls, budgets and results, proposing, verifying one's residence, the
 * person's own proposals (`/account/proposals`), the navigation entry, the account link and the home page's
 * highlight below the events. The portal mounts it where the municipality has MuniParticipa on.
 */
import { definePortalModule } from '@e-muni/sdk/portal'

import { budgetPage } from './budget-page'
import { ParticipationHighlight } from './highlight'
import { messages } from './messages'
import { myProposalsPage } from './my-proposals-page'
import { newProposalPage } from './new-proposal-page'
import { pollPage } from './poll-page'
import { processPage } from './process-page'
import { processesPage } from './processes-page'
import { proposalPage } from './proposal-page'
import { residencePage } from './residence-page'
import { resultsPage } from './results-page'

export default definePortalModule({
  module: 'muniparticipa',
  path: 'participation',
  nav: 'participation.nav',
  pages: {
    '': processesPage,
    residence: residencePage,
    '[process]': processPage,
    '[process]/results': resultsPage,
    '[process]/proposals/new': newProposalPage,
    '[process]/proposals/[id]': proposalPage,
    '[process]/polls/[id]': pollPage,
    '[process]/budgets/[id]': budgetPage,
  },
  account: {
    pages: { proposals: myProposalsPage },
    links: [{ path: 'proposals', label: 'participation.myProposals' }],
  },
  highlight: { placement: 'bottom', component: ParticipationHighlight },
  messages,
  order: 30,
})
