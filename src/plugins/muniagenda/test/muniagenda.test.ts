/**
 * MuniAgenda against the real server, a real database and a real SMTP server on loopback: offices and
 * slots published with their places left; 30 people booking the last 5 places at once → exactly 5;
 * one booking per person and slot; confirmation and reminder emails (the reminder job run twice sends
 * one); cancellation frees the place, until the slot starts; people see only their own bookings;
 * staff only their municipality's; the module switched off; the conformance kit.
 */
import { api, auth, createPerson, gql, runModuleConformance, type TestServer } from '@e-muni/sdk/testing'
import { muniAgenda } from '../index'
import { accessCases } from './cases/access'
import { bookingCases } from './cases/booking'
import { reminderCases } from './cases/reminders'
import { restCases } from './cases/rest'
import { at, BOOK, HOUR, server, setUp, tearDown } from './context'

beforeAll(setUp, 300_000)

afterAll(tearDown)

bookingCases()
restCases()
reminderCases()
accessCases()

let sampleOffice: number | string | undefined
const officeFor = async (server: TestServer, municipality: number | string, token: string) => {
  if (sampleOffice === undefined) {
    const res = await api(server)
      .post('/api/agenda-offices')
      .set(auth(token))
      .send({ tenant: municipality, name: 'Oficina de muestras' })
    sampleOffice = res.body.doc.id
  }
  return sampleOffice
}
runModuleConformance(muniAgenda, {
  server: () => server,
  samples: {
    'agenda-offices': () => ({
      name: 'Oficina de conformidad',
      hours: [{ weekday: 'fri', opens: '08:00', closes: '12:00' }],
    }),
    'agenda-slots': async ({ server, municipality, token }) => ({
      office: await officeFor(server, municipality, token),
      startsAt: at(48 * HOUR),
      endsAt: at(49 * HOUR),
      capacity: 2,
    }),
  },
  // Bookings are made by people only, through bookAppointment: a slot of their own and a person.
  made: {
    'agenda-bookings': async ({ server, municipality, slug, token, platformToken }) => {
      const slot = await api(server)
        .post('/api/agenda-slots')
        .set(auth(token))
        .send({
          tenant: municipality,
          office: await officeFor(server, municipality, token),
          startsAt: at(50 * HOUR),
          endsAt: at(51 * HOUR),
          capacity: 1,
        })
      if (slot.status !== 201) throw new Error(`slot: ${slot.status} ${JSON.stringify(slot.body)}`)
      const person = await createPerson(server, platformToken, { email: 'muestra@agenda.test', name: 'Muestra' })
      const res = await gql(server, BOOK, { m: slug, s: String(slot.body.doc.id) }, person.token)
      const id = res.data?.bookAppointment?.id as string | undefined
      if (!id) throw new Error(`bookAppointment: ${JSON.stringify(res.errors)}`)
      return id
    },
  },
})
