/** MuniAgenda's own messages and email templates, in Spanish, Portuguese, English and French. */
import { defineTemplate, l, type Localized } from '@e-muni/sdk'

export const MODULE = 'muniagenda'

export const translations: Record<string, Localized> = {
  noRoleHere: l(
    'No tiene un rol de agenda en este municipio.',
    'Você não tem um papel de agenda neste município.',
    'You hold no appointments role in this municipality.',
    "Vous n'avez aucun rôle de rendez-vous dans cette municipalité.",
  ),
  loginNeeded: l(
    'Inicie sesión para reservar un turno.',
    'Entre para agendar um horário.',
    'Log in to book an appointment.',
    'Connectez-vous pour prendre rendez-vous.',
  ),
  unknownSlot: l(
    'No hay un horario «{{value}}» en este municipio.',
    'Não há um horário «{{value}}» neste município.',
    'There is no time slot "{{value}}" in this municipality.',
    "Il n'y a pas de créneau « {{value}} » dans cette municipalité.",
  ),
  unknownBooking: l(
    'No tiene una reserva «{{value}}» en este municipio.',
    'Você não tem um agendamento «{{value}}» neste município.',
    'You have no booking "{{value}}" in this municipality.',
    "Vous n'avez pas de réservation « {{value}} » dans cette municipalité.",
  ),
  slotStarted: l(
    'Este horario ya empezó: solo se reservan horarios futuros.',
    'Este horário já começou: só se agendam horários futuros.',
    'This time slot has already started: only future slots can be booked.',
    'Ce créneau a déjà commencé : seuls les créneaux futurs se réservent.',
  ),
  full: l(
    'No quedan lugares en este horario.',
    'Não há mais vagas neste horário.',
    'There are no places left in this time slot.',
    "Il n'y a plus de place dans ce créneau.",
  ),
  alreadyBooked: l(
    'Ya tiene una reserva en este horario.',
    'Você já tem um agendamento neste horário.',
    'You already have a booking in this time slot.',
    'Vous avez déjà une réservation dans ce créneau.',
  ),
  notCancellable: l(
    'Una reserva se puede cancelar solo antes de que empiece su horario.',
    'Um agendamento só pode ser cancelado antes de começar o seu horário.',
    'A booking can be cancelled only before its time slot starts.',
    "Une réservation ne peut être annulée qu'avant le début de son créneau.",
  ),
  notStarted: l(
    'La asistencia se registra una vez empezado el horario.',
    'O comparecimento é registrado depois de começar o horário.',
    'Attendance is recorded once the time slot has started.',
    "La présence s'enregistre une fois le créneau commencé.",
  ),
  officeElsewhere: l(
    'La oficina debe ser de este municipio.',
    'A unidade deve ser deste município.',
    'The office must belong to this municipality.',
    'Le bureau doit appartenir à cette municipalité.',
  ),
  endsBeforeStart: l(
    'El horario debe terminar después de empezar.',
    'O horário deve terminar depois de começar.',
    'The time slot must end after it starts.',
    'Le créneau doit finir après avoir commencé.',
  ),
  capacityBelowBooked: l(
    'Este horario ya tiene {{booked}} reservas: la capacidad no puede ser menor.',
    'Este horário já tem {{booked}} agendamentos: a capacidade não pode ser menor.',
    'This time slot already has {{booked}} bookings: its capacity cannot be lower.',
    'Ce créneau a déjà {{booked}} réservations : sa capacité ne peut pas être inférieure.',
  ),
  slotHasBookings: l(
    'Este horario tiene reservas activas: cancélelas antes de borrarlo.',
    'Este horário tem agendamentos ativos: cancele-os antes de excluí-lo.',
    'This time slot has active bookings: cancel them before deleting it.',
    'Ce créneau a des réservations actives : annulez-les avant de le supprimer.',
  ),
  badTime: l(
    'Hora en formato HH:MM (00:00 a 23:59).',
    'Hora no formato HH:MM (00:00 a 23:59).',
    'Time as HH:MM (00:00 to 23:59).',
    'Heure au format HH:MM (00:00 à 23:59).',
  ),
}

const where = l(
  '{{office}}, {{address}}: {{when}}.',
  '{{office}}, {{address}}: {{when}}.',
  '{{office}}, {{address}}: {{when}}.',
  '{{office}}, {{address}} : {{when}}.',
)
const action = {
  label: l('Ver mis turnos', 'Ver meus agendamentos', 'See my appointments', 'Voir mes rendez-vous'),
  url: '{{url}}',
}

export const templates = {
  confirmed: defineTemplate('muniagenda-confirmed', {
    subject: l(
      'Turno reservado: {{when}}',
      'Horário agendado: {{when}}',
      'Appointment booked: {{when}}',
      'Rendez-vous réservé : {{when}}',
    ),
    body: l(
      `Hola, {{name}}:\n\nSu turno en {{municipality}} está reservado.\n\n${where.es}\n\nSi no puede asistir, cancélelo antes de esa hora para liberar el lugar.`,
      `Olá, {{name}},\n\nSeu horário em {{municipality}} está agendado.\n\n${where.pt}\n\nSe não puder comparecer, cancele antes desse horário para liberar a vaga.`,
      `Hello {{name}},\n\nYour appointment with {{municipality}} is booked.\n\n${where.en}\n\nIf you cannot come, cancel it before then to free the place.`,
      `Bonjour {{name}},\n\nVotre rendez-vous auprès de {{municipality}} est réservé.\n\n${where.fr}\n\nSi vous ne pouvez pas venir, annulez-le avant pour libérer la place.`,
    ),
    action,
  }),
  reminder: defineTemplate('muniagenda-reminder', {
    subject: l(
      'Recordatorio: su turno es {{when}}',
      'Lembrete: seu horário é {{when}}',
      'Reminder: your appointment is {{when}}',
      'Rappel : votre rendez-vous est {{when}}',
    ),
    body: l(
      `Hola, {{name}}:\n\nLe recordamos su turno en {{municipality}}.\n\n${where.es}`,
      `Olá, {{name}},\n\nLembramos o seu horário em {{municipality}}.\n\n${where.pt}`,
      `Hello {{name}},\n\nA reminder of your appointment with {{municipality}}.\n\n${where.en}`,
      `Bonjour {{name}},\n\nNous vous rappelons votre rendez-vous auprès de {{municipality}}.\n\n${where.fr}`,
    ),
    action,
  }),
}
