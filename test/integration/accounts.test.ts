/**
 * Citizen accounts (`people`) with real email over SMTP on loopback: sign-up sends a verification
 * email, login waits for verification, password reset works through the emailed token.
 */
import { api } from '../../src/plugins/sdk/testing/api'
import { startServer, type TestServer } from '../../src/plugins/sdk/testing/server'
import { parseMail, startSmtp } from '../../src/plugins/sdk/testing/smtp'

let server: TestServer
let smtp: Awaited<ReturnType<typeof startSmtp>>

beforeAll(async () => {
  smtp = await startSmtp()
  server = await startServer({
    seed: false,
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_IGNORE_TLS: 'true',
      EMAIL_FROM: 'portal@e-muni.test',
    },
  })
})
afterAll(async () => {
  await server?.stop()
  await smtp?.stop()
})

const email = 'ana.perez@example.org'

describe('people accounts', () => {
  it('signs up, is asked to verify by email, and can log in only after verifying', async () => {
    const signUp = await api(server)
      .post('/api/people')
      .send({ email, password: 'Clave-segura-2026', name: 'Ana Pérez' })
    expect(signUp.status).toBe(201)
    expect(signUp.body.doc._verified).toBeFalsy()

    const mail = await smtp.waitFor(email)
    expect(mail.from).toBe('portal@e-muni.test')
    const token = (await parseMail(mail)).html.match(/verify\/([A-Za-z0-9]+)/)?.[1]
    expect(token).toBeTruthy()

    const early = await api(server).post('/api/people/login').send({ email, password: 'Clave-segura-2026' })
    expect(early.status).toBe(403)

    const verify = await api(server).post(`/api/people/verify/${token}`)
    expect(verify.status).toBe(200)
    const login = await api(server).post('/api/people/login').send({ email, password: 'Clave-segura-2026' })
    expect(login.status).toBe(200)
    expect(login.body.user.email).toBe(email)
  })

  it('refuses sign-up input that is malformed, with field errors and nothing stored', async () => {
    const res = await api(server)
      .post('/api/people')
      .set('Accept-Language', 'en')
      .send({ email: 'no-es-un-correo', password: 'Clave-valida-2026' })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/invalid: .*Name.*Email|invalid: .*Email.*Name/)
    const stored = await api(server)
      .post('/api/people/login')
      .send({ email: 'no-es-un-correo', password: 'Clave-valida-2026' })
    expect([400, 401]).toContain(stored.status)
  })

  it('resets a forgotten password through the emailed token', async () => {
    const forgot = await api(server).post('/api/people/forgot-password').send({ email })
    expect(forgot.status).toBe(200)
    const mail = await smtp.waitFor(email, 2)
    const token = (await parseMail(mail)).html.match(/reset\/([A-Za-z0-9]+)/)?.[1]
    expect(token).toBeTruthy()
    const reset = await api(server).post('/api/people/reset-password').send({ token, password: 'Otra-clave-2026' })
    expect(reset.status).toBe(200)
    expect((await api(server).post('/api/people/login').send({ email, password: 'Clave-segura-2026' })).status).toBe(
      401,
    )
    expect((await api(server).post('/api/people/login').send({ email, password: 'Otra-clave-2026' })).status).toBe(200)
  })
})
