/** Offices (with their opening hours) and the time slots staff open in them, with a capacity. */
import type { CollectionBeforeValidateHook, CollectionConfig, Field } from 'payload'

import { computedField, idOf, l, personal, requireRoleIn } from '@e-muni/sdk'
import { MANAGERS, placeAccess } from '../access/index'
import { fail, OFFICES, seatsTaken, SLOTS, t, type Doc } from '../lib/common'

const managersOnly: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  requireRoleIn(req, data?.tenant ?? originalDoc?.tenant, MANAGERS, () => t(req, 'noRoleHere'))
  return data
}

const time = (name: string, label: ReturnType<typeof l>): Field => ({
  name,
  type: 'text',
  required: true,
  label,
  validate: (value: unknown, { req }: { req: Parameters<typeof t>[0] }) =>
    /^([01]\d|2[0-3]):[0-5]\d$/.test(String(value ?? '')) || t(req, 'badTime'),
})

export const WEEKDAYS = [
  { value: 'mon', label: l('Lunes', 'Segunda-feira', 'Monday', 'Lundi') },
  { value: 'tue', label: l('Martes', 'Terça-feira', 'Tuesday', 'Mardi') },
  { value: 'wed', label: l('Miércoles', 'Quarta-feira', 'Wednesday', 'Mercredi') },
  { value: 'thu', label: l('Jueves', 'Quinta-feira', 'Thursday', 'Jeudi') },
  { value: 'fri', label: l('Viernes', 'Sexta-feira', 'Friday', 'Vendredi') },
  { value: 'sat', label: l('Sábado', 'Sábado', 'Saturday', 'Samedi') },
  { value: 'sun', label: l('Domingo', 'Domingo', 'Sunday', 'Dimanche') },
] as const

export const Offices: CollectionConfig = {
  slug: OFFICES,
  labels: {
    singular: l('Oficina de atención', 'Unidade de atendimento', 'Office', "Bureau d'accueil"),
    plural: l('Oficinas de atención', 'Unidades de atendimento', 'Offices', "Bureaux d'accueil"),
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'address'] },
  access: placeAccess,
  hooks: { beforeValidate: [managersOnly] },
  fields: [
    { name: 'name', type: 'text', required: true, label: l('Nombre', 'Nome', 'Name', 'Nom'), custom: personal(false) },
    { name: 'address', type: 'text', label: l('Dirección', 'Endereço', 'Address', 'Adresse'), custom: personal(false) },
    {
      name: 'hours',
      type: 'array',
      labels: {
        singular: l('Horario', 'Horário', 'Opening hours', 'Horaire'),
        plural: l('Horarios', 'Horários', 'Opening hours', 'Horaires'),
      },
      label: l('Horario de atención', 'Horário de atendimento', 'Opening hours', "Heures d'ouverture"),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'weekday',
              type: 'select',
              required: true,
              options: [...WEEKDAYS],
              label: l('Día', 'Dia', 'Day', 'Jour'),
            },
            time('opens', l('Abre', 'Abre', 'Opens', 'Ouvre')),
            time('closes', l('Cierra', 'Fecha', 'Closes', 'Ferme')),
          ],
        },
      ],
    },
  ],
}

/** The office is of the slot's municipality; the slot ends after it starts; capacity ≥ seats taken. */
const checkSlot: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const slot = { ...originalDoc, ...data } as Doc
  if (!(new Date(slot.endsAt).getTime() > new Date(slot.startsAt).getTime())) throw fail(t(req, 'endsBeforeStart'))
  const office = idOf(slot.office)
    ? ((await req.payload.findByID({
        collection: OFFICES,
        id: idOf(slot.office)!,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      })) as Doc | null)
    : null
  if (!office || String(idOf(office.tenant)) !== String(idOf(slot.tenant))) throw fail(t(req, 'officeElsewhere'))
  const booked = originalDoc?.id ? await seatsTaken(req, originalDoc.id) : 0
  if (Number(slot.capacity) < booked) throw fail(t(req, 'capacityBelowBooked', { booked }), 409)
  return data
}

/** Places left, counted only when `remaining` is read. */
const remaining = computedField(['capacity'], async ({ doc, req }) =>
  doc.id && doc.capacity !== undefined && doc.capacity !== null
    ? Math.max(0, Number(doc.capacity) - (await seatsTaken(req, doc.id as string | number)))
    : undefined,
)

export const Slots: CollectionConfig = {
  slug: SLOTS,
  labels: {
    singular: l('Horario', 'Horário', 'Time slot', 'Créneau'),
    plural: l('Horarios', 'Horários', 'Time slots', 'Créneaux'),
  },
  admin: { defaultColumns: ['startsAt', 'office', 'capacity', 'remaining'] },
  defaultSort: 'startsAt',
  access: placeAccess,
  hooks: {
    beforeValidate: [managersOnly, checkSlot],
    beforeDelete: [
      async ({ id, req }) => {
        if (await seatsTaken(req, id)) throw fail(t(req, 'slotHasBookings'), 409)
      },
    ],
  },
  fields: [
    {
      name: 'office',
      type: 'relationship',
      relationTo: OFFICES,
      required: true,
      index: true,
      label: l('Oficina', 'Unidade', 'Office', 'Bureau'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: l('Empieza', 'Começa', 'Starts', 'Début'),
        },
        {
          name: 'endsAt',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: l('Termina', 'Termina', 'Ends', 'Fin'),
        },
        {
          name: 'capacity',
          type: 'number',
          required: true,
          min: 1,
          max: 500,
          defaultValue: 1,
          label: l('Capacidad', 'Capacidade', 'Capacity', 'Capacité'),
        },
      ],
    },
    {
      name: 'remaining',
      type: 'number',
      virtual: true,
      admin: { readOnly: true },
      label: l('Lugares libres', 'Vagas livres', 'Places left', 'Places libres'),
      hooks: { afterRead: [remaining] },
    },
  ],
}
