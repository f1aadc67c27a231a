/** Offices and slots, booking (30 people for the last 5 places), cancelling, and privacy between people. */
import { api, auth, gql } from '@e-muni/sdk/testing'
import {
  activeSeats,
  at,
  BOOK,
  book,
  cancel,
  crowd,
  HOUR,
  ids,
  M,
  newSlot,
  nova,
  officeId,
  people,
  server,
  slotOf,
  smtp,
  sql,
  tokens,
  villa,
} from '../context'

export const bookingCases = () => {
  describe('offices and slots', () => {
    it('are public with the places left, in the demo of both municipalities', async () => {
      for (const [tenant, name] of [
        [villa, 'Centro de Atención Ciudadana'],
        [nova, 'Central de Atendimento ao Cidadão'],
      ]) {
        const offices = await api(server)
          .get('/api/agenda-offices')
          .query({ where: { tenant: { equals: tenant } }, sort: 'id' })
        expect(offices.body.docs[0].name).toBe(name)
        expect(offices.body.docs[0].hours.map((h: { weekday: string }) => h.weekday)).toEqual([
          'mon',
          'tue',
          'wed',
          'thu',
          'fri',
        ])
      }
      const res = await gql(
        server,
        `query S($t: JSON) { AgendaSlots(where: { tenant: { equals: $t } }, limit: 100) { totalDocs docs { startsAt capacity remaining office { name } } } }`,
        { t: villa },
      )
      expect(res.status).toBe(200)
      expect(res.errors).toBeUndefined()
      expect(res.data!.AgendaSlots.totalDocs).toBeGreaterThanOrEqual(20)
      for (const slot of res.data!.AgendaSlots.docs) {
        expect(Date.parse(slot.startsAt)).toBeGreaterThan(Date.now())
        expect(slot).toMatchObject({ capacity: 3, remaining: 3, office: { name: 'Centro de Atención Ciudadana' } })
      }
    })

    it('are managed by agenda clerks and admins of their municipality only, with translated refusals', async () => {
      const ok = await newSlot(tokens.clerk, { startsAt: at(72 * HOUR), endsAt: at(73 * HOUR), capacity: 8 })
      expect(ok.status).toBe(201)
      ids.big = String(ok.body.doc.id)
      const soon = await newSlot(tokens.villaAdmin, { startsAt: at(2 * HOUR), endsAt: at(3 * HOUR), capacity: 4 })
      expect(soon.status).toBe(201)
      ids.soon = String(soon.body.doc.id)
      const later = await newSlot(tokens.clerk, { startsAt: at(30 * HOUR), endsAt: at(31 * HOUR), capacity: 2 })
      ids.later = String(later.body.doc.id)

      expect((await newSlot(tokens.editor, { startsAt: at(HOUR), endsAt: at(2 * HOUR) })).status).toBe(403)
      expect((await newSlot(tokens.novaClerk, { startsAt: at(HOUR), endsAt: at(2 * HOUR) })).status).toBe(403)
      const backwards = await api(server)
        .post('/api/agenda-slots')
        .set({ ...auth(tokens.clerk), 'Accept-Language': 'en' })
        .send({ tenant: villa, office: officeId, startsAt: at(2 * HOUR), endsAt: at(HOUR) })
      expect(backwards.status).toBe(400)
      expect(backwards.body.errors[0].message).toBe('The time slot must end after it starts.')
      const novaOffice = (
        await api(server)
          .get('/api/agenda-offices')
          .query({ where: { tenant: { equals: nova } } })
      ).body.docs[0].id
      const elsewhere = await newSlot(tokens.clerk, { office: novaOffice, startsAt: at(HOUR), endsAt: at(2 * HOUR) })
      expect(elsewhere.status).toBe(400)
      expect(elsewhere.body.errors[0].message).toBe('La oficina debe ser de este municipio.')
      const badTime = await api(server)
        .patch(`/api/agenda-offices/${officeId}`)
        .set(auth(tokens.clerk))
        .send({ hours: [{ weekday: 'tue', opens: '9', closes: '25:00' }] })
      expect(badTime.status).toBe(400)
      expect(JSON.stringify(badTime.body)).toContain('Hora en formato HH:MM')

      for (const token of [tokens.novaClerk, tokens.novaAdmin]) {
        const patched = await api(server).patch(`/api/agenda-slots/${ids.big}`).set(auth(token)).send({ capacity: 1 })
        expect([403, 404]).toContain(patched.status)
        const office = await api(server).patch(`/api/agenda-offices/${officeId}`).set(auth(token)).send({ name: 'X' })
        expect([403, 404]).toContain(office.status)
        expect([403, 404]).toContain((await api(server).delete(`/api/agenda-slots/${ids.big}`).set(auth(token))).status)
      }
      expect((await slotOf(ids.big)).capacity).toBe(8)
    })
  })

  describe('booking', () => {
    it('books a place, emails a confirmation, and refuses a second booking of the same person', async () => {
      const res = await book(people.ana.token, ids.big)
      expect(res.errors).toBeUndefined()
      expect(res.data!.bookAppointment).toMatchObject({ slot: ids.big, status: 'booked' })
      ids.anaBig = res.data!.bookAppointment.id
      const mail = await smtp.waitForMail('ana@agenda.test', (m) => m.subject.startsWith('Turno reservado: '))
      expect(mail.text).toContain('Oficina de Tránsito, Calle Rivera 455')
      expect(mail.text).toContain('Villa Esperanza')

      const again = await book(people.ana.token, ids.big)
      expect(again.errors?.[0]).toMatchObject({
        message: 'Ya tiene una reserva en este horario.',
        extensions: { statusCode: 409 },
      })
      const french = await api(server)
        .post('/api/graphql')
        .set({ ...auth(people.ana.token), 'Accept-Language': 'fr' })
        .send({ query: BOOK, variables: { m: M, s: ids.big } })
      expect(french.body.errors[0].message).toBe('Vous avez déjà une réservation dans ce créneau.')
      const anonymous = await book('', ids.big)
      expect(anonymous.errors?.[0].extensions?.statusCode).toBe(401)
      const unknown = await book(people.ana.token, '999999')
      expect(unknown.errors?.[0]).toMatchObject({
        message: 'No hay un horario «999999» en este municipio.',
        extensions: { statusCode: 404 },
      })
      // A slot of Nova Esperança is not one of Villa Esperanza's.
      const novaSlot = (
        await api(server)
          .get('/api/agenda-slots')
          .query({ where: { tenant: { equals: nova } }, limit: 1 })
      ).body.docs[0].id
      expect((await book(people.ana.token, String(novaSlot))).errors?.[0].extensions?.statusCode).toBe(404)
      expect((await slotOf(ids.big)).remaining).toBe(7)
    })

    it('30 people booking the last 5 places at once: exactly 5 get one, 25 are told it is full', async () => {
      for (const who of crowd.slice(30, 32)) expect((await book(who.token, ids.big)).errors).toBeUndefined()
      expect((await slotOf(ids.big)).remaining).toBe(5)
      const started = Date.now()
      const results = await Promise.all(crowd.slice(0, 30).map((who) => book(who.token, ids.big)))
      const took = Date.now() - started
      const won = results.filter((r) => r.data?.bookAppointment)
      const lost = results.filter((r) => r.errors)
      console.log(`MuniAgenda: 30 concurrent bookings of 5 places → ${won.length} booked in ${took} ms`)
      expect(won).toHaveLength(5)
      expect(lost).toHaveLength(25)
      for (const r of lost)
        expect(r.errors![0]).toMatchObject({
          message: 'No quedan lugares en este horario.',
          extensions: { statusCode: 409 },
        })
      ids.winner = won[0].data!.bookAppointment.id
      ids.winnerIndex = String(results.indexOf(won[0]))
      ids.loserIndex = String(results.indexOf(lost[0]))

      const listed = await api(server)
        .get('/api/agenda-bookings')
        .query({ where: { slot: { equals: ids.big }, status: { equals: 'booked' } }, limit: 100, depth: 0 })
        .set(auth(tokens.clerk))
      expect(listed.body.totalDocs).toBe(8)
      expect(new Set(listed.body.docs.map((d: { person: unknown }) => d.person)).size).toBe(8)
      expect(await activeSeats(ids.big)).toBe(8)
      const seats = await sql('select seat_key from agenda_bookings where slot_id = ? and seat_key is not null', [
        Number(ids.big),
      ])
      expect(new Set(seats.map((s) => s.seat_key)).size).toBe(8)
      expect((await slotOf(ids.big)).remaining).toBe(0)
      const late = await book(people.rui.token, ids.big)
      expect(late.errors?.[0].extensions?.statusCode).toBe(409)
      // Capacity cannot drop below the seats taken.
      const shrink = await api(server)
        .patch(`/api/agenda-slots/${ids.big}`)
        .set(auth(tokens.clerk))
        .send({ capacity: 7 })
      expect(shrink.status).toBe(409)
    })

    it('cancelling frees the place for another person', async () => {
      const winner = crowd[Number(ids.winnerIndex)]
      const loser = crowd[Number(ids.loserIndex)]
      expect((await book(loser.token, ids.big)).errors?.[0].extensions?.statusCode).toBe(409)
      const res = await cancel(winner.token, ids.winner)
      expect(res.errors).toBeUndefined()
      expect(res.data!.cancelAppointment).toEqual({ id: ids.winner, status: 'cancelled' })
      expect(await activeSeats(ids.big)).toBe(7)
      expect((await slotOf(ids.big)).remaining).toBe(1)
      const retry = await book(loser.token, ids.big)
      expect(retry.errors).toBeUndefined()
      expect(await activeSeats(ids.big)).toBe(8)
      // The cancelled booking stays, for its person to see; the slot is full again.
      const own = await api(server).get(`/api/agenda-bookings/${ids.winner}`).set(auth(winner.token))
      expect(own.body.status).toBe('cancelled')
      expect((await book(winner.token, ids.big)).errors?.[0].extensions?.statusCode).toBe(409)
    })
  })

  describe('privacy between people', () => {
    it("a person sees only their own bookings and cannot cancel another's", async () => {
      const mine = await api(server).get('/api/agenda-bookings').query({ depth: 0 }).set(auth(people.ana.token))
      expect(mine.body.docs.map((d: { id: unknown }) => String(d.id))).toEqual([ids.anaBig])
      const theirs = await api(server).get(`/api/agenda-bookings/${ids.anaBig}`).set(auth(people.rui.token))
      expect([403, 404]).toContain(theirs.status)
      const graph = await gql(server, '{ AgendaBookings { totalDocs } }', {}, people.rui.token)
      expect(graph.data?.AgendaBookings.totalDocs).toBe(0)
      const res = await cancel(people.rui.token, ids.anaBig)
      expect(res.errors?.[0]).toMatchObject({
        message: `No tiene una reserva «${ids.anaBig}» en este municipio.`,
        extensions: { statusCode: 404 },
      })
      const patched = await api(server)
        .patch(`/api/agenda-bookings/${ids.anaBig}`)
        .set(auth(people.rui.token))
        .send({ status: 'cancelled' })
      expect([403, 404]).toContain(patched.status)
      const anonymous = await api(server).get('/api/agenda-bookings')
      expect(anonymous.status === 403 || anonymous.body.totalDocs === 0).toBe(true)
      // Her own booking: she may not mark herself as attended, nor move it to another slot or person.
      const attended = await api(server)
        .patch(`/api/agenda-bookings/${ids.anaBig}`)
        .set(auth(people.ana.token))
        .send({ status: 'attended' })
      expect(attended.status).toBe(403)
      await api(server)
        .patch(`/api/agenda-bookings/${ids.anaBig}`)
        .set(auth(people.ana.token))
        .send({ slot: Number(ids.soon), person: people.rui.id, seatKey: 'x', reminderSentAt: at(0) })
      const after = (
        await sql('select slot_id, person_id, seat_key, reminder_sent_at from agenda_bookings where id = ?', [
          Number(ids.anaBig),
        ])
      )[0]
      expect([String(after.slot_id), String(after.person_id), after.reminder_sent_at]).toEqual([
        ids.big,
        String(people.ana.id),
        null,
      ])
      expect(String(after.seat_key)).toMatch(new RegExp(`^${ids.big}:[1-8]$`))
    })
  })
}
