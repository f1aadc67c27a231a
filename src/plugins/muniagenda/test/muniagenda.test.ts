/**
 * MuniAgenda against the real server, a real database and a real SMTP server on loopback: offices and
 * slots published with their places left; 30 people booking the last 5 places at once → exactly 5;
 * one booking per person and slot; confirmation and reminder emails (the reminder job run twice sends
 * one); cancellation frees the place, until the slot starts; people see only their own bookings;
 * staff only their municipality's; the module switched off; the conformance kit.
 */
import {
  account,
  api,
  auth,
  createPerson,
  gql,
  login,
  municipalityId,
  runModuleConformance,
  startServer,
  startSmtp,
  usingPostgres,
  type TestServer,
} from '@e-muni/sdk/testing'
import { muniAgenda } from '../index'

let server: TestServer
let smtp: Awaited<ReturnType<typeof startSmtp>>
let villa: number | string
let nova: number | string
let officeId: number | string
const tokens: Record<string, string> = {}
const ids: Record<string, string> = {}
const people: Record<string, { id: number | string; token: string }> = {}
const crowd: { id: number | string; token: string }[] = []

const M = 'villa-esperanza'
const HOUR = 3_600_000
const BOOK = `mutation B($m: String!, $s: String!) { bookAppointment(municipality: $m, slot: $s) { id slot startsAt status } }`
const CANCEL = `mutation C($m: String!, $b: String!) { cancelAppointment(municipality: $m, booking: $b) { id status } }`
const book = (token: string, slot: string, m = M) => gql(server, BOOK, { m, s: slot }, token)
const cancel = (token: string, booking: string, m = M) => gql(server, CANCEL, { m, b: booking }, token)
const at = (offset: number) => new Date(Date.now() + offset).toISOString()
/** `?` placeholders on SQLite, `$n` on PostgreSQL. */
const sql = (statement: string, params: unknown[]) => {
  let n = 0
  return server.sql(usingPostgres ? statement.replace(/\?/g, () => `$${(n += 1)}`) : statement, params)
}
const activeSeats = async (slot: string) =>
  Number(
    (
      await sql('select count(*) as n from agenda_bookings where slot_id = ? and seat_key is not null', [Number(slot)])
    )[0].n,
  )

const newSlot = async (token: string, data: Record<string, unknown>) =>
  api(server)
    .post('/api/agenda-slots')
    .set(auth(token))
    .send({ tenant: villa, office: officeId, ...data })
const slotOf = async (id: string) => (await api(server).get(`/api/agenda-slots/${id}`)).body
const staff = async (email: string, tenant: number | string) => {
  const res = await api(server)
    .post('/api/users')
    .set(auth(tokens.platform))
    .send({ email, password: 'Una-clave-larga-2026', tenants: [{ tenant, roles: ['agenda-clerk'] }] })
  expect(res.status).toBe(201)
  return login(server, {
    email,
    password: 'Una-clave-larga-2026',
    collection: 'users',
    role: 'agenda-clerk',
    municipality: null,
  })
}

beforeAll(async () => {
  smtp = await startSmtp()
  server = await startServer({
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      EMAIL_FROM: 'agenda@e-muni.test',
      SUBMIT_RATE_LIMIT: '100000',
      LOGIN_RATE_LIMIT: '100000',
    },
  })
  villa = await municipalityId(server, M)
  nova = await municipalityId(server, 'nova-esperanca')
  tokens.platform = await login(server, account('platform-admin', null))
  tokens.villaAdmin = await login(server, account('municipal-admin', M))
  tokens.novaAdmin = await login(server, account('municipal-admin', 'nova-esperanca'))
  tokens.editor = await login(server, account('editor', M))
  tokens.clerk = await staff('turnos@villa-esperanza.demo', villa)
  tokens.novaClerk = await staff('agenda@nova-esperanca.demo', nova)
  people.ana = await createPerson(server, tokens.platform, { email: 'ana@agenda.test', name: 'Ana', language: 'es' })
  people.rui = await createPerson(server, tokens.platform, { email: 'rui@agenda.test', name: 'Rui', language: 'pt' })
  for (let k = 0; k < 32; k += 16)
    crowd.push(
      ...(await Promise.all(
        Array.from({ length: 16 }, (_, j) =>
          createPerson(server, tokens.platform, { email: `vecino${k + j}@agenda.test`, name: `Vecino ${k + j}` }),
        ),
      )),
    )
  const office = await api(server)
    .post('/api/agenda-offices')
    .set(auth(tokens.clerk))
    .send({
      tenant: villa,
      name: 'Oficina de Tránsito',
      address: 'Calle Rivera 455',
      hours: [{ weekday: 'mon', opens: '09:00', closes: '13:00' }],
    })
  expect(office.status).toBe(201)
  officeId = office.body.doc.id
}, 300_000)

afterAll(async () => {
  await server?.stop()
  await smtp?.stop()
})

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
    const shrink = await api(server).patch(`/api/agenda-slots/${ids.big}`).set(auth(tokens.clerk)).send({ capacity: 7 })
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
    expect(staffView.body.history.at(-1)).toMatchObject({ to: 'cancelled', actorEmail: 'turnos@villa-esperanza.demo' })
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
