/**
 * Citizen accounts (`people`) with real email over SMTP on loopback: sign-up sends a verification
 * email, login waits for verification, password reset works through the emailed token.
 */
import { api, gql } from '../../src/plugins/sdk/testing/api'
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
      SIGNUP_RATE_LIMIT: '8',
      RESET_RATE_LIMIT: '12',
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

  // Issue 21, finding 4: sign-up must not tell whether an address has an account, and is rate-limited.
  it('answers sign-up the same for a new and an existing address, and emails the existing owner instead', async () => {
    const fresh = 'nuevo.vecino@example.org'
    const send = (address: string) =>
      api(server)
        .post('/api/people')
        .set('Accept-Language', 'en')
        .send({ email: address, password: 'Clave-distinta-2026', name: 'Alguien' })
    const forNew = await send(fresh)
    const forExisting = await send(email)
    expect(forExisting.status).toBe(forNew.status)
    expect(forNew.status).toBe(201)
    // The answers are the same, byte for byte once the address itself is set aside.
    expect(JSON.stringify(forExisting.body).replaceAll(email, '@')).toBe(
      JSON.stringify(forNew.body).replaceAll(fresh, '@'),
    )
    // GraphQL likewise.
    const mutation = 'mutation($data: mutationPersonInput!) { createPerson(data: $data) { id email } }'
    const gqlNew = await gql(server, mutation, {
      data: { email: 'otro.vecino@example.org', password: 'Clave-distinta-2026', name: 'Alguien' },
    })
    const gqlExisting = await gql(server, mutation, {
      data: { email, password: 'Clave-distinta-2026', name: 'Alguien' },
    })
    expect(gqlExisting.status).toBe(gqlNew.status)
    expect(JSON.stringify(gqlExisting)).toBe(JSON.stringify(gqlNew))
    expect(gqlNew.errors).toBeUndefined()

    // The owner of the existing account learns of the attempt by email, with a way to log in or reset.
    const notice = await smtp.waitForMail(email, (m) => /sign up|registr|cadastr|inscri/i.test(m.subject ?? ''))
    expect(String(notice.html)).toMatch(/account\/(login|forgot)/)
    // The new addresses are asked to verify, as before.
    await smtp.waitFor(fresh)
    await smtp.waitFor('otro.vecino@example.org')
    // Nothing changed for the existing account: its password is still its own.
    expect((await api(server).post('/api/people/login').send({ email, password: 'Clave-distinta-2026' })).status).toBe(
      401,
    )
    expect((await api(server).post('/api/people/login').send({ email, password: 'Otra-clave-2026' })).status).toBe(200)
  })

  it('rate-limits sign-ups per client address, with a message in the caller’s language', async () => {
    const statuses: number[] = []
    let last: { status: number; body: { errors?: { message: string }[] } } | undefined
    for (let i = 0; i < 10; i++) {
      last = await api(server)
        .post('/api/people')
        .set('Accept-Language', 'pt')
        .send({ email: `muitos${i}@example.org`, password: 'Clave-distinta-2026', name: 'Muitos' })
      statuses.push(last.status)
    }
    expect(statuses).toContain(429)
    expect(last!.status).toBe(429)
    expect(last!.body.errors?.[0]?.message).toMatch(/Muitos cadastros/)
    // GraphQL sign-ups share the count.
    const viaGraphql = await gql(server, 'mutation($data: mutationPersonInput!) { createPerson(data: $data) { id } }', {
      data: { email: 'muitos-gql@example.org', password: 'Clave-distinta-2026', name: 'Muitos' },
    })
    expect(viaGraphql.status).toBe(429)
  })

  // Issue 22: where a login is refused for an unconfirmed address, the email can be sent again.
  it('sends the verification email again, answering the same whatever the address, and rate-limits it', async () => {
    const unconfirmed = 'nuevo.vecino@example.org' // signed up above, never verified
    const first = await smtp.waitFor(unconfirmed)
    const resend = (address: string) =>
      api(server).post('/api/people/resend-verification').set('Accept-Language', 'en').send({ email: address })
    const answers = await Promise.all([unconfirmed, email, 'nadie.nunca@example.org'].map(resend))
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200])
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1)
    expect(answers[0].body.message).toMatch(/confirmation email again/)
    // The unconfirmed account gets Payload's own link again, which verifies it.
    const again = await smtp.waitFor(unconfirmed, 2)
    const token = (await parseMail(again)).html.match(/verify\/([A-Za-z0-9]+)/)?.[1]
    expect(token).toBe((await parseMail(first)).html.match(/verify\/([A-Za-z0-9]+)/)?.[1])
    // GraphQL likewise: `true` whatever the address.
    const mutation = 'mutation($email: String!) { resendVerificationPerson(email: $email) }'
    for (const address of ['otro.vecino@example.org', 'nadie.nunca@example.org'])
      expect(await gql(server, mutation, { email: address })).toEqual({
        status: 200,
        data: { resendVerificationPerson: true },
        errors: undefined,
      })
    await smtp.waitFor('otro.vecino@example.org', 2)
    expect((await api(server).post(`/api/people/verify/${token}`)).status).toBe(200)
    expect(
      (await api(server).post('/api/people/login').send({ email: unconfirmed, password: 'Clave-distinta-2026' }))
        .status,
    ).toBe(200)
    // Neither the confirmed account nor the unknown address got anything.
    expect(smtp.mails.filter((m) => m.to.includes('nadie.nunca@example.org'))).toEqual([])
    expect((await smtp.mailsTo(email)).filter((m) => /Confirm/.test(m.subject))).toHaveLength(1)
    // A malformed address is refused with a message that says what is wrong.
    const malformed = await resend('no-es-un-correo')
    expect(malformed.status).toBe(400)
    expect(malformed.body.errors[0].message).toBe('Enter a valid email, such as name@example.com.')
    const control = await resend('nadie\u0000nunca@example.org')
    expect(control.status).toBe(400)
    // Limited per visitor with the password-reset count (REST and GraphQL alike).
    let last = malformed
    for (let i = 0; i < 12 && last.status !== 429; i++) last = await resend('nadie.nunca@example.org')
    expect(last.status).toBe(429)
    expect(last.body.errors[0].message).toMatch(/Too many password reset requests/)
    expect((await gql(server, mutation, { email: 'nadie.nunca@example.org' })).status).toBe(429)
  })
})
