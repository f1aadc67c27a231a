/**
 * MuniAgenda — appointments for in-person procedures: offices with opening hours, time slots with a
 * capacity, bookings by people (confirmation email, a reminder the day before, cancellation until the
 * slot starts) with no double booking under any concurrency. An example of a third-party module: it
 * uses only the SDK, `payload` and libraries.
 */
import { defineModule, l } from '@e-muni/sdk'
import { AGENDA_CLERK } from './access/index'
import { bookAppointment } from './commands/bookAppointment'
import { cancelAppointment } from './commands/cancelAppointment'
import { Bookings } from './collections/bookings'
import { Offices, Slots } from './collections/places'
import { muniAgendaMutations } from './graphql/index'
import { MODULE, translations } from './i18n/index'
import { remindersTask } from './jobs/index'
import { seedMuniAgenda } from './seed/index'

export const muniAgenda = defineModule({
  slug: MODULE,
  namespace: 'agenda',
  label: l('MuniAgenda', 'MuniAgenda', 'MuniAgenda', 'MuniAgenda'),
  description: l(
    'Turnos para trámites presenciales: oficinas y horarios de atención, cupos por horario, reservas con confirmación y recordatorio por correo, cancelación.',
    'Agendamento de atendimento presencial: unidades e horários, vagas por horário, agendamentos com confirmação e lembrete por e-mail, cancelamento.',
    'Appointments for in-person procedures: offices and opening hours, places per time slot, bookings with email confirmation and reminder, cancellation.',
    'Rendez-vous pour les démarches en personne : bureaux et horaires, places par créneau, réservations avec confirmation et rappel par e-mail, annulation.',
  ),
  version: '1.0.0',
  roles: [
    {
      slug: AGENDA_CLERK,
      label: l('Gestor de agenda', 'Gestor de agenda', 'Appointments clerk', 'Gestionnaire des rendez-vous'),
    },
  ],
  collections: [Offices, Slots, Bookings],
  commands: [bookAppointment, cancelAppointment],
  graphQL: { mutations: muniAgendaMutations },
  jobs: [remindersTask],
  translations,
  seed: seedMuniAgenda,
})
