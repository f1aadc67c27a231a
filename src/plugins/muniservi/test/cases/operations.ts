/** MuniServi cases: tracking codes, the staff inbox's filters, the module switch, the overdue job, tracking limits. */
import { inboxQueries, type InboxKey } from '../../admin/inboxQueries'
import { account, api, auth, gql, usingPostgres } from '@e-muni/sdk/testing'

import {
  byCode,
  byIdAsAdmin,
  createService,
  ids,
  mailsTo,
  nova,
  patch,
  server,
  submit,
  tokens,
  TRACK,
  villa,
  waitForMail,
} from '../muniservi.context'

export const operationsCases = () => {
  describe('tracking codes', () => {
    it('gives 50 concurrent submissions to one service 50 distinct consecutive codes', async () => {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          submit({ service: 'CON', answers: {}, name: `Vecino ${i}`, email: `v${i}@correo.test` }),
        ),
      )
      const errors = results.filter((r) => r.errors)
      expect(errors.map((r) => r.errors?.[0].message)).toEqual([])
      const codes = results.map((r) => r.data!.submitServiceRequest.trackingCode as string)
      expect(new Set(codes).size).toBe(50)
      const numbers = codes.map((c) => Number(c.split('-')[2])).sort((a, b) => a - b)
      expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
      // The same code may exist in another municipality: codes are unique per municipality.
      const nova1 = await submit({ name: 'Ana', email: 'ana@correo.test' }, undefined, 'nova-esperanca')
      expect(nova1.errors).toBeUndefined()
    }, 120_000)
  })

  // The admin's inbox links to these list queries; the browser suite (test/e2e/muniservi-inbox) follows
  // them on one database, this checks what they select on each.
  describe("the staff inbox's quick filters", () => {
    it('select open, mine, unassigned, overdue and each state as the inbox promises', async () => {
      await createService(villa, 'INB', tokens.villaAdmin, { form: [] })
      const codes: string[] = []
      for (const name of ['Primera', 'Segunda', 'Tercera']) {
        const res = await submit({ service: 'INB', answers: {}, name, email: 'inbox@correo.test' })
        codes.push(res.data!.submitServiceRequest.trackingCode)
      }
      const [first, second, third] = await Promise.all(codes.map(byCode))
      for (const doc of [first, second])
        expect((await patch(doc.id, { status: 'in-review', assignee: ids.agent }, tokens.agent)).status).toBe(200)
      await server.sql(
        usingPostgres
          ? 'UPDATE servi_requests SET overdue = true WHERE id = $1'
          : 'UPDATE servi_requests SET overdue = 1 WHERE id = ?',
        [first.id],
      )
      const expected: Record<InboxKey, string[]> = {
        open: codes,
        mine: [codes[0], codes[1]],
        unassigned: [codes[2]],
        overdue: [codes[0]],
        submitted: [codes[2]],
        'in-review': [codes[0], codes[1]],
        'needs-information': [],
        all: codes,
      }
      expect(third.status).toBe('submitted')
      const shown: Record<string, string[]> = {}
      for (const [key, query] of inboxQueries(ids.agent)) {
        const res = await api(server)
          .get(`/api/servi-requests${query}${query.length > 1 ? '&' : ''}limit=1000&depth=0`)
          .set(auth(tokens.agent))
        expect(res.status).toBe(200)
        shown[key] = (res.body.docs as { trackingCode: string }[])
          .map((d) => d.trackingCode)
          .filter((c) => codes.includes(c))
          .sort()
      }
      expect(shown).toEqual(Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, [...v].sort()])))
    })
  })

  describe('MuniServi switched off', () => {
    afterAll(async () => {
      await api(server)
        .patch(`/api/municipalities/${villa}`)
        .set(auth(tokens.platform))
        .send({ modules: ['muniservi'] })
    })

    it('refuses its mutations and hides its data in that municipality only', async () => {
      const off = await api(server)
        .patch(`/api/municipalities/${villa}`)
        .set(auth(tokens.platform))
        .send({ modules: [] })
      expect(off.status).toBe(200)
      const res = await submit({ name: 'Ana', email: 'ana@correo.test' })
      expect(res.errors?.[0].extensions?.statusCode).toBe(403)
      expect(res.errors?.[0].message).toContain('MuniServi')
      const services = await api(server)
        .get('/api/servi-services')
        .query({ where: { tenant: { equals: villa } } })
      expect(services.body.docs).toEqual([])
      const staff = await api(server).get('/api/servi-requests').query({ limit: 1 }).set(auth(tokens.agent))
      expect(staff.body.docs).toEqual([])
      const novaStill = await submit({ name: 'Ana', email: 'ana@correo.test' }, undefined, 'nova-esperanca')
      expect(novaStill.errors).toBeUndefined()
    })
  })

  describe('the overdue job', () => {
    it('marks a request past its due date once and emails the supervisor', async () => {
      const res = await submit({ name: 'Rosa', email: 'rosa@correo.test' })
      const code = res.data!.submitServiceRequest.trackingCode
      const doc = await byCode(code)
      expect((await patch(doc.id, { status: 'in-review', assignee: ids.agent }, tokens.agent)).status).toBe(200)
      const past = new Date(Date.now() - 3_600_000).toISOString()
      await server.sql(
        usingPostgres
          ? 'UPDATE servi_requests SET due_at = $1 WHERE id = $2'
          : 'UPDATE servi_requests SET due_at = ? WHERE id = ?',
        [past, doc.id],
      )
      const runJob = async () => {
        const queued = await api(server)
          .post('/api/payload-jobs')
          .set(auth(tokens.platform))
          .send({ taskSlug: 'muniservi-overdue', input: {}, queue: 'default' })
        expect(queued.status).toBe(201)
        const run = await api(server)
          .get('/api/payload-jobs/run')
          .query({ queue: 'default' })
          .set(auth(tokens.platform))
        expect(run.status).toBe(200)
      }
      await runJob()
      expect((await byCode(code)).overdue).toBe(true)
      const supervisor = account('service-supervisor', 'villa-esperanza').email
      const mail = await waitForMail(supervisor, (m) => m.subject === `Solicitud vencida: ${code}`)
      expect(mail.text).toContain(account('service-agent', 'villa-esperanza').email)
      await runJob()
      const about = (await mailsTo(supervisor)).filter((m) => m.subject.includes(code))
      expect(about).toHaveLength(1)
      expect(
        (await mailsTo(account('service-supervisor', 'nova-esperanca').email)).filter((m) => m.subject.includes(code)),
      ).toEqual([])

      // Where MuniServi is off, the job leaves the municipality's requests alone.
      const novaRes = await submit({ name: 'Rui', email: 'rui@correo.test' }, undefined, 'nova-esperanca')
      const novaCode = novaRes.data!.submitServiceRequest.trackingCode
      const novaDoc = (
        await api(server)
          .get('/api/servi-requests')
          .query({ where: { trackingCode: { equals: novaCode }, tenant: { equals: nova } } })
          .set(auth(tokens.platform))
      ).body.docs[0]
      await server.sql(
        usingPostgres
          ? 'UPDATE servi_requests SET due_at = $1 WHERE id = $2'
          : 'UPDATE servi_requests SET due_at = ? WHERE id = ?',
        [past, novaDoc.id],
      )
      await api(server).patch(`/api/municipalities/${nova}`).set(auth(tokens.platform)).send({ modules: [] })
      await runJob()
      await api(server)
        .patch(`/api/municipalities/${nova}`)
        .set(auth(tokens.platform))
        .send({ modules: ['muniservi'] })
      expect((await byIdAsAdmin(novaDoc.id)).overdue).toBe(false)
      await runJob()
      expect((await byIdAsAdmin(novaDoc.id)).overdue).toBe(true)
    })
  })

  // Last in this file: it leaves this client address unable to track for the rest of the window.
  describe('tracking a request (issue 21)', () => {
    it('is limited per client address, whatever the codes and tokens tried', async () => {
      let status = 200
      for (let i = 0; i < 45 && status !== 429; i++) {
        const guess = await api(server)
          .post('/api/graphql')
          .send({
            query: TRACK,
            variables: { m: 'villa-esperanza', c: `TST-2026-${String(i).padStart(6, '0')}`, t: `guess${i}` },
          })
        status = guess.status
      }
      expect(status).toBe(429)
      const res = await gql(server, TRACK, { m: 'villa-esperanza', c: 'TST-2026-000001', t: 'x' })
      expect(res.status).toBe(429)
    })

    // The REST commands are no way around it: the same limit, the same count (the app's tracking guard).
    it('is the same limit for answering and rating over REST', async () => {
      for (const name of ['respondToServiceRequest', 'rateServiceRequest']) {
        const res = await api(server)
          .post(`/api/m/villa-esperanza/muniservi/${name}`)
          .send({ code: 'TST-2026-000001', token: 'x', message: 'x', score: 5 })
        expect({ name, status: res.status }).toEqual({ name, status: 429 })
      }
    })
  })
}
