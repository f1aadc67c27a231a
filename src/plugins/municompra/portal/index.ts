/**
 * MuniCompra on the citizens' portal (`@e-muni/municompra/portal`): the public tenders (`/tenders`, each
 * with its OCDS record), the supplier's registration, questions and sealed bids, the person's bids with their
 * receipts (`/account/bids`), the navigation entry, the account link and the home page's open tenders (below
 * the events). The portal mounts it where the municipality has MuniCompra on.
 */
import { definePortalModule } from '@e-muni/sdk/portal'

import { askPage } from './ask-page'
import { bidPage } from './bid-page'
import { TendersHighlight } from './highlight'
import { messages } from './messages'
import { myBidsPage } from './my-bids-page'
import { registerPage } from './register-page'
import { tenderPage } from './tender-page'
import { tendersPage } from './tenders-page'

export default definePortalModule({
  module: 'municompra',
  path: 'tenders',
  nav: 'procurement.nav',
  pages: {
    '': tendersPage,
    register: registerPage,
    '[id]': tenderPage,
    '[id]/ask': askPage,
    '[id]/bid': bidPage,
  },
  account: {
    pages: { bids: myBidsPage },
    links: [{ path: 'bids', label: 'procurement.account.myBids' }],
  },
  highlight: { placement: 'bottom', component: TendersHighlight },
  messages,
  order: 20,
})
