/** The reminder job, and what changes once a slot has started. */
import { api, auth } from '@e-muni/sdk/testing'
import { activeSeats, at, book, cancel, crowd, ids, people, server, smtp, sql, tokens } from '../context'

export const reminderCases = () => {
  describe('reminders', () => {
    const runJob = async () => {
      const queued = await api(server)
        .post('/api/payload-jobs')
        .set(auth(tokens.platform))
        .send({ taskSlug: 'muniagenda-reminders', input: {}, queue: 'default' })
      expect(queued.status).toBe(201)
      const run = await api(server).get('/api/payload-jobs/run').query({ queue: 'default' }).set(auth(tokens.platform))
      expect(run.status).toBe(200)
    }
    const reminders = async (to: string) =>
      (await smtp.mailsTo(to)).filter((m) => /^(Recordatorio|Lembrete)/.test(m.subject))

    it('emails once, in the person’s language, for bookings whose slot starts within 24 hours', async () => {
      expect((await book(people.ana.token, ids.soon)).errors).toBeUndefined()
      expect((await book(people.rui.token, ids.soon)).errors).toBeUndefined()
      const gone = await book(crowd[0].token, ids.soon)
      expect((await cancel(crowd[0].token, gone.data!.bookAppointment.id)).errors).toBeUndefined()
      expect((await book(crowd[1].token, ids.later)).errors).toBeUndefined()
      await runJob()
      const ana = await smtp.waitForMail('ana@agenda.test', (m) => m.subject.startsWith('Recordatorio: su turno es '))
      expect(ana.text).toContain('Oficina de Tránsito, Calle Rivera 455')
      const rui = await smtp.waitForMail('rui@agenda.test', (m) => m.subject.startsWith('Lembrete: seu horário é '))
      expect(rui.text).toContain('Lembramos o seu horário em Villa Esperanza')
      await runJob()
      await new Promise((r) => setTimeout(r, 1000))
      expect(await reminders('ana@agenda.test')).toHaveLength(1)
      expect(await reminders('rui@agenda.test')).toHaveLength(1)
      // Cancelled, or more than 24 hours ahead: no reminder.
      expect(await reminders(`vecino0@agenda.test`)).toHaveLength(0)
      expect(await reminders(`vecino1@agenda.test`)).toHaveLength(0)
      const sent = await sql('select count(*) as n from agenda_bookings where reminder_sent_at is not null', [])
      expect(Number(sent[0].n)).toBe(2)
    })
  })

  describe('once the slot has started', () => {
    it('cannot be booked or cancelled; staff record attendance', async () => {
      await sql('update agenda_slots set starts_at = ? where id = ?', [at(-5 * 60_000), Number(ids.soon)])
      const res = await book(crowd[2].token, ids.soon)
      expect(res.errors?.[0]).toMatchObject({
        message: 'Este horario ya empezó: solo se reservan horarios futuros.',
        extensions: { statusCode: 409 },
      })
      const anaSoon = (
        await api(server)
          .get('/api/agenda-bookings')
          .query({ where: { slot: { equals: ids.soon } } })
          .set(auth(people.ana.token))
      ).body.docs[0].id
      const late = await cancel(people.ana.token, String(anaSoon))
      expect(late.errors?.[0]).toMatchObject({
        message: 'Una reserva se puede cancelar solo antes de que empiece su horario.',
        extensions: { statusCode: 400 },
      })
      const early = await api(server)
        .patch(`/api/agenda-bookings/${ids.anaBig}`)
        .set(auth(tokens.clerk))
        .send({ status: 'attended' })
      expect(early.status).toBe(400)
      expect(early.body.errors[0].message).toBe('La asistencia se registra una vez empezado el horario.')
      const attended = await api(server)
        .patch(`/api/agenda-bookings/${anaSoon}`)
        .set(auth(tokens.clerk))
        .send({ status: 'attended' })
      expect(attended.status).toBe(200)
      expect(attended.body.doc.status).toBe('attended')
      expect(attended.body.doc.history.at(-1)).toMatchObject({ from: 'booked', to: 'attended' })
      // Attendance keeps the seat: nothing is freed.
      expect(await activeSeats(ids.soon)).toBe(2)
    })
  })
}
