/**
 * The booking commands over REST (POST /api/m/{municipality}/muniagenda/{command}, JSON): the same answers as
 * over GraphQL, field errors named, bodies that are not a JSON object refused with a 4xx that says so.
 */
import { api, auth } from '@e-muni/sdk/testing'
import { activeSeats, at, HOUR, M, newSlot, people, server, tokens } from '../context'

const command = (name: string, municipality = M) => `/api/m/${municipality}/muniagenda/${name}`

export const restCases = () => {
  describe('the booking commands over REST', () => {
    let slot: string

    it('book and cancel as over GraphQL, with the receipt as JSON', async () => {
      const created = await newSlot(tokens.clerk, { startsAt: at(96 * HOUR), endsAt: at(97 * HOUR), capacity: 2 })
      expect(created.status).toBe(201)
      slot = String(created.body.doc.id)
      const booked = await api(server).post(command('bookAppointment')).set(auth(people.ana.token)).send({ slot })
      expect(booked.status).toBe(200)
      expect(booked.body).toMatchObject({ slot, status: 'booked', startsAt: created.body.doc.startsAt })
      expect(await activeSeats(slot)).toBe(1)
      // A slot id sent as a number is the same reference.
      const again = await api(server)
        .post(command('bookAppointment'))
        .set(auth(people.ana.token))
        .send({ slot: Number(slot) })
      expect(again.status).toBe(409)
      const cancelled = await api(server)
        .post(command('cancelAppointment'))
        .set(auth(people.ana.token))
        .send({ booking: booked.body.id })
      expect(cancelled.status).toBe(200)
      expect(cancelled.body).toMatchObject({ id: booked.body.id, status: 'cancelled' })
      expect(await activeSeats(slot)).toBe(0)
    })

    it('name each missing field, in the caller’s language, and store nothing', async () => {
      const res = await api(server)
        .post(command('bookAppointment'))
        .set(auth(people.rui.token))
        .set('Accept-Language', 'en')
        .send({ slot: '  ' })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toBe('Invalid input: slot: This is missing (a text or a number).')
      expect(res.body.errors[0].data.errors).toEqual([
        { path: 'slot', message: 'This is missing (a text or a number).' },
      ])
      const pt = await api(server)
        .post(command('cancelAppointment'))
        .set(auth(people.rui.token))
        .set('Accept-Language', 'pt')
        .send({ booking: { id: 1 } })
      expect(pt.status).toBe(400)
      expect(pt.body.errors[0].data.errors).toEqual([
        { path: 'booking', message: 'Falta este dado (um texto ou um número).' },
      ])
      expect(await activeSeats(slot)).toBe(0)
    })

    it('refuse what is not a JSON object, bodies over the limit, strangers and unknown municipalities with a 4xx that says why', async () => {
      const post = (body: string, type = 'application/json', token = people.rui.token) =>
        api(server)
          .post(command('bookAppointment'))
          .set(auth(token))
          .set('Accept-Language', 'en')
          .set('Content-Type', type)
          .send(body)
      const cases: [string, string, number, RegExp][] = [
        ['{"slot":', 'application/json', 400, /well-formed JSON/],
        ['[1,2]', 'application/json', 400, /must be a JSON object/],
        ['"slot"', 'application/json', 400, /must be a JSON object/],
        ['null', 'application/json', 400, /must be a JSON object/],
        [`slot=${slot}`, 'application/x-www-form-urlencoded', 415, /well-formed JSON/],
      ]
      for (const [body, type, status, message] of cases) {
        const res = await post(body, type)
        expect({ body, status: res.status }).toEqual({ body, status })
        expect(res.body.errors[0].message).toMatch(message)
      }
      // Signed out, or staff: booking is for people (401 before the input is read).
      const anonymous = await api(server).post(command('bookAppointment')).set('Accept-Language', 'en').send({})
      expect(anonymous.status).toBe(401)
      const clerk = await api(server).post(command('bookAppointment')).set(auth(tokens.clerk)).send({ slot })
      expect(clerk.status).toBe(401)
      // Another municipality's slot is unknown there; an unknown municipality is a 404.
      const elsewhere = await api(server)
        .post(command('bookAppointment', 'nova-esperanca'))
        .set(auth(people.rui.token))
        .send({ slot })
      expect(elsewhere.status).toBe(404)
      const nowhere = await api(server)
        .post(command('bookAppointment', 'no-such-town'))
        .set(auth(people.rui.token))
        .send({ slot })
      expect(nowhere.status).toBe(404)
      // A body over the limit GraphQL has too (GRAPHQL_MAX_BODY_BYTES, 1 MiB here) is a 413, read no further.
      const huge = await post(JSON.stringify({ slot, note: 'x'.repeat(1024 * 1024) }))
      expect(huge.status).toBe(413)
      expect(huge.body.errors[0].message).toBe('The request body is over the limit of 1024 KiB.')
      // GET is not a command.
      expect((await api(server).get(command('bookAppointment'))).status).toBe(404)
      expect(await activeSeats(slot)).toBe(0)
    })
  })
}
