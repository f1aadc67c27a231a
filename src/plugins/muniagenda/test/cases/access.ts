/** Staff of the other municipality, and MuniAgenda switched off for a municipality. */
import { api, auth, gql } from '@e-muni/sdk/testing'
import {
  M,
  activeSeats,
  at,
  book,
  cancel,
  HOUR,
  ids,
  newSlot,
  nova,
  officeId,
  people,
  server,
  slotOf,
  tokens,
  villa,
} from '../context'

export const accessCases = () => {
  describe('staff of the other municipality', () => {
    it("cannot see, cancel or change Villa Esperanza's bookings, offices and slots", async () => {
      for (const token of [tokens.novaClerk, tokens.novaAdmin]) {
        const list = await api(server)
          .get('/api/agenda-bookings')
          .query({ where: { tenant: { equals: villa } } })
          .set(auth(token))
        expect(list.body.totalDocs).toBe(0)
        expect([403, 404]).toContain(
          (await api(server).get(`/api/agenda-bookings/${ids.anaBig}`).set(auth(token))).status,
        )
        const patched = await api(server)
          .patch(`/api/agenda-bookings/${ids.anaBig}`)
          .set(auth(token))
          .send({ status: 'cancelled' })
        expect([403, 404]).toContain(patched.status)
        expect((await cancel(token, ids.anaBig)).errors?.[0].extensions?.statusCode).toBe(404)
        expect((await cancel(token, ids.anaBig, 'nova-esperanca')).errors?.[0].extensions?.statusCode).toBe(404)
        const moved = await api(server).patch(`/api/agenda-offices/${officeId}`).set(auth(token)).send({ tenant: nova })
        expect([403, 404]).toContain(moved.status)
      }
      const still = await api(server).get(`/api/agenda-bookings/${ids.anaBig}`).set(auth(tokens.clerk))
      // Villa's clerk knows who is coming.
      expect(still.body).toMatchObject({ status: 'booked', personName: 'Ana', personEmail: 'ana@agenda.test' })
      expect((await api(server).get(`/api/agenda-offices/${officeId}`)).body.name).toBe('Oficina de Tránsito')
      // Villa's clerk sees Villa's bookings, and may cancel one (a person who phoned).
      const villaList = await api(server)
        .get('/api/agenda-bookings')
        .query({ where: { slot: { equals: ids.big } }, limit: 100 })
        .set(auth(tokens.clerk))
      expect(villaList.body.totalDocs).toBe(9)
      const byClerk = await cancel(tokens.clerk, ids.anaBig)
      expect(byClerk.data?.cancelAppointment.status).toBe('cancelled')
      const staffView = await api(server).get(`/api/agenda-bookings/${ids.anaBig}`).set(auth(tokens.clerk))
      expect(staffView.body.history.at(-1)).toMatchObject({
        to: 'cancelled',
        actorEmail: 'turnos@villa-esperanza.demo',
      })
      // Who acted is for staff: Ana sees her booking cancelled, not the clerk's address.
      const anaView = await api(server).get(`/api/agenda-bookings/${ids.anaBig}`).set(auth(people.ana.token))
      expect(anaView.body.status).toBe('cancelled')
      expect(JSON.stringify(anaView.body)).not.toContain('turnos@villa-esperanza.demo')
      expect(await activeSeats(ids.big)).toBe(7)
    })
  })

  describe('MuniAgenda switched off for a municipality', () => {
    it('refuses its mutations (403) and its collections read nothing there', async () => {
      const modules = (await api(server).get(`/api/municipalities/${villa}`)).body.modules as string[]
      expect(modules).toContain('muniagenda')
      const off = await api(server)
        .patch(`/api/municipalities/${villa}`)
        .set(auth(tokens.platform))
        .send({ modules: modules.filter((m) => m !== 'muniagenda') })
      expect(off.status).toBe(200)
      try {
        const booked = await book(people.rui.token, ids.big)
        expect(booked.errors?.[0]).toMatchObject({ extensions: { statusCode: 403 } })
        expect(booked.errors?.[0].message).toMatch(/no está habilitado/)
        expect((await cancel(people.rui.token, ids.anaBig)).errors?.[0].extensions?.statusCode).toBe(403)
        // The same commands over REST.
        const rest = await api(server)
          .post(`/api/m/${M}/muniagenda/bookAppointment`)
          .set(auth(people.rui.token))
          .send({ slot: ids.big })
        expect(rest.status).toBe(403)
        expect(rest.body.errors[0].message).toMatch(/no está habilitado/)
        for (const [collection, token] of [
          ['agenda-offices', undefined],
          ['agenda-slots', undefined],
          ['agenda-slots', tokens.clerk],
          ['agenda-bookings', tokens.clerk],
          ['agenda-bookings', people.rui.token],
        ] as [string, string | undefined][]) {
          const res = await api(server)
            .get(`/api/${collection}`)
            .query({ where: { tenant: { equals: villa } } })
            .set(auth(token))
          expect({ collection, docs: res.body.totalDocs }).toEqual({ collection, docs: 0 })
        }
        const graph = await gql(
          server,
          `query S($t: JSON) { AgendaSlots(where: { tenant: { equals: $t } }) { totalDocs } }`,
          {
            t: villa,
          },
        )
        expect(graph.data?.AgendaSlots.totalDocs).toBe(0)
        expect((await newSlot(tokens.clerk, { startsAt: at(HOUR), endsAt: at(2 * HOUR) })).status).toBe(403)
        // Nova Esperança still has it.
        const novaSlots = await api(server)
          .get('/api/agenda-slots')
          .query({ where: { tenant: { equals: nova } } })
        expect(novaSlots.body.totalDocs).toBeGreaterThan(0)
      } finally {
        await api(server).patch(`/api/municipalities/${villa}`).set(auth(tokens.platform)).send({ modules })
      }
      expect((await slotOf(ids.big)).remaining).toBe(1)
    })
  })
}
