/**
 * MuniServi on the citizens' portal (`@e-muni/muniservi/portal`): the catalogue of services (`/services`),
 * a service and its online form (`/services/{code}`, `/services/{code}/request`), tracking a request
 * (`/services/track`, where the requester also answers a question or rates the outcome), resolution times and
 * satisfaction per service (`/services/statistics`), the person's requests (`/account/requests`), the navigation
 * entry, the account link, the home page's highlight (above the news) and the services' pages in the sitemap. The
 * portal mounts it where the municipality has MuniServi on.
 */
import { definePortalModule } from '@e-muni/sdk/portal'

import { cataloguePage } from './catalogue-page'
import { ServicesHighlight } from './highlight'
import { messages } from './messages'
import { requestPage } from './request-page'
import { requestsPage } from './requests-page'
import { servicePage } from './service-page'
import { servicesSitemap } from './sitemap'
import { statisticsPage } from './statistics-page'
import { trackPage } from './track-page'

export default definePortalModule({
  module: 'muniservi',
  path: 'services',
  nav: 'services.nav',
  pages: {
    '': cataloguePage,
    track: trackPage,
    statistics: statisticsPage,
    '[service]': servicePage,
    '[service]/request': requestPage,
  },
  account: {
    pages: { requests: requestsPage },
    links: [{ path: 'requests', label: 'services.myRequests' }],
  },
  highlight: { placement: 'top', component: ServicesHighlight },
  sitemap: servicesSitemap,
  messages,
  order: 10,
})
