/** The shared state and helpers of muniagenda.test.ts: the servers, the accounts, the booking calls. */
import {
  account,
  api,
  auth,
  createPerson,
  gql,
  login,
  municipalityId,
  startServer,
  startSmtp,
  usingPostgres,
  type TestServer,
} from '@e-muni/sdk/testing'

export let server: TestServer
export let smtp: Awaited<ReturnType<typeof startSmtp>>
export let villa: number | string
export let nova: number | string
export let officeId: number | string
export const tokens: Record<string, string> = {}
export const ids: Record<string, string> = {}
export const people: Record<string, { id: number | string; token: string }> = {}
export const crowd: { id: number | string; token: string }[] = []

export const M = 'villa-esperanza'
export const HOUR = 3_600_000
export const BOOK = `mutation B($m: String!, $s: String!) { bookAppointment(municipality: $m, slot: $s) { id slot startsAt status } }`
const CANCEL = `mutation C($m: String!, $b: String!) { cancelAppointment(municipality: $m, booking: $b) { id status } }`
export const book = (token: string, slot: string, m = M) => gql(server, BOOK, { m, s: slot }, token)
export const cancel = (token: string, booking: string, m = M) => gql(server, CANCEL, { m, b: booking }, token)
export const at = (offset: number) => new Date(Date.now() + offset).toISOString()
/** `?` placeholders on SQLite, `$n` on PostgreSQL. */
export const sql = (statement: string, params: unknown[]) => {
  let n = 0
  return server.sql(usingPostgres ? statement.replace(/\?/g, () => `$${(n += 1)}`) : statement, params)
}
export const activeSeats = async (slot: string) =>
  Number(
    (
      await sql('select count(*) as n from agenda_bookings where slot_id = ? and seat_key is not null', [Number(slot)])
    )[0].n,
  )

export const newSlot = async (token: string, data: Record<string, unknown>) =>
  api(server)
    .post('/api/agenda-slots')
    .set(auth(token))
    .send({ tenant: villa, office: officeId, ...data })
export const slotOf = async (id: string) => (await api(server).get(`/api/agenda-slots/${id}`)).body
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

export const setUp = async () => {
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
}

export const tearDown = async () => {
  await server?.stop()
  await smtp?.stop()
}
