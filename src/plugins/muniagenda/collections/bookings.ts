/**
 * Bookings. Each active one holds two unique keys — `seatKey` ({slot}:{n}, n in 1…capacity) and
 * `personKey` ({slot}:{person}) — so the database itself refuses a second person on a seat and a
 * second booking of one person in one slot, under any concurrency. Cancelling clears both.
 */
import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { l, personal } from '@e-muni/sdk'
import { bookingAccess, systemOnly } from '../access/index'
import { BOOKINGS, SLOTS } from '../lib/common'
import { bookingWorkflow } from '../workflows/index'

const freeSeat: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  if (operation === 'update' && data.status === 'cancelled' && originalDoc?.status !== 'cancelled') {
    data.seatKey = null
    data.personKey = null
  }
  return data
}

const copied = (name: string) => ({ name, type: 'text', access: systemOnly, admin: { readOnly: true } }) as const
const key = (name: string, label: ReturnType<typeof l>) =>
  ({ name, type: 'text', unique: true, access: systemOnly, admin: { hidden: true }, label }) as const

export const Bookings: CollectionConfig = bookingWorkflow.apply({
  slug: BOOKINGS,
  labels: {
    singular: l('Reserva', 'Agendamento', 'Booking', 'Réservation'),
    plural: l('Reservas', 'Agendamentos', 'Bookings', 'Réservations'),
  },
  admin: { useAsTitle: 'personName', defaultColumns: ['personName', 'slot', 'status', 'reminderSentAt'] },
  access: bookingAccess,
  hooks: { beforeChange: [freeSeat] },
  fields: [
    {
      name: 'slot',
      type: 'relationship',
      relationTo: SLOTS,
      required: true,
      index: true,
      access: systemOnly,
      label: l('Horario', 'Horário', 'Time slot', 'Créneau'),
    },
    {
      name: 'person',
      custom: personal(),
      type: 'relationship',
      relationTo: 'people',
      required: true,
      index: true,
      access: systemOnly,
      label: l('Persona', 'Pessoa', 'Person', 'Personne'),
    },
    // Who is coming, for the counter (staff do not read people's accounts): copied when booking.
    {
      type: 'row',
      fields: [
        { ...copied('personName'), custom: personal(), label: l('Nombre', 'Nome', 'Name', 'Nom') },
        { ...copied('personEmail'), custom: personal(), label: l('Correo electrónico', 'E-mail', 'Email', 'Courriel') },
      ],
    },
    {
      name: 'reminderSentAt',
      type: 'date',
      index: true,
      access: systemOnly,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      label: l('Recordatorio enviado', 'Lembrete enviado', 'Reminder sent', 'Rappel envoyé'),
    },
    key('seatKey', l('Lugar', 'Vaga', 'Seat', 'Place')),
    key('personKey', l('Persona en el horario', 'Pessoa no horário', 'Person in slot', 'Personne du créneau')),
  ],
})
