/**
 * MuniAgenda on the citizens' portal (`@e-muni/muniagenda/portal`): the offices and their slots to book
 * (`/agenda`), the person's appointments to cancel (`/account/appointments`), the navigation entry and the
 * account link. The portal mounts it where the municipality has MuniAgenda on.
 */
import { definePortalModule } from '@e-muni/sdk/portal'

import { agendaPage } from './agenda-page'
import { appointmentsPage } from './appointments-page'
import { messages } from './messages'

export default definePortalModule({
  module: 'muniagenda',
  path: 'agenda',
  nav: 'agenda.nav',
  pages: { '': agendaPage },
  account: {
    pages: { appointments: appointmentsPage },
    links: [{ path: 'appointments', label: 'agenda.myAppointments' }],
  },
  messages,
  order: 40,
})
