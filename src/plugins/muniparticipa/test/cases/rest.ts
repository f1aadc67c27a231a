/**
 * The participation commands over REST (POST /api/m/{municipality}/muniparticipa/{command}, JSON): the same
 * answers as over GraphQL, wrong fields named in the caller's language, bodies that are not a JSON object refused
 * with a 4xx that says so. Run after the proposal cases (p1…p3 published) and before the supports cases, which set
 * the phases again; it leaves p1, p2 and the spam proposal as it found them.
 */
import { api, auth, createPerson, gql } from '@e-muni/sdk/testing'
import { citizen, HOUR, ids, M, PROPOSE, server, setPhases, tokens } from '../context'

export const command = (name: string, municipality = M) => `/api/m/${municipality}/muniparticipa/${name}`
export const post = (name: string, body: unknown, token?: string, language = 'es', municipality = M) =>
  api(server)
    .post(command(name, municipality))
    .set(auth(token))
    .set('Accept-Language', language)
    .send(body as object)
const read = (path: string, token?: string) =>
  api(server)
    .get(path)
    .set(auth(token))
    .then((res) => res.body)
const COMMANDS = [
  'submitProposal',
  'supportProposal',
  'comment',
  'report',
  'followProcess',
  'castPollBallot',
  'castBudgetBallot',
  'verifyResidence',
]
const counts = async () =>
  Promise.all(
    [
      'participa_proposals',
      'participa_comments',
      'participa_reports',
      'participa_followers',
      'participa_residence_checks',
    ].map(async (table) => Number((await server.sql(`SELECT COUNT(*) AS n FROM ${table}`))[0].n)),
  )

export const restCases = () => {
  describe('the participation commands over REST', () => {
    it('verify, propose, comment, report and follow as over GraphQL, with the receipt as JSON', async () => {
      const lucia = await createPerson(server, tokens.platform, { email: 'lucia@participa.test', name: 'Lucía' })
      tokens.lucia = lucia.token
      const c = citizen(253)
      const verified = await post('verifyResidence', { document: c.d, birthDate: c.b }, lucia.token)
      expect(verified.status).toBe(200)
      expect(verified.body).toEqual({ verified: true, already: false })
      expect((await read('/api/participa-residence-checks', lucia.token)).totalDocs).toBe(1)
      const again = await post('verifyResidence', { document: c.d, birthDate: c.b }, lucia.token)
      expect(again.body).toEqual({ verified: true, already: true })

      // A process id sent as a number is the same reference as its slug.
      const proposed = await post(
        'submitProposal',
        {
          process: Number(ids.process),
          title: 'Bicicletero',
          body: 'Un lugar para dejar las bicicletas.',
          category: 'Espacios públicos',
          location: { lat: -34.9, lng: -56.2, address: 'Esquina de la plaza' },
        },
        lucia.token,
      )
      expect(proposed.status).toBe(200)
      expect(proposed.body).toMatchObject({ status: 'pending', title: 'Bicicletero' })
      expect(await read(`/api/participa-proposals/${proposed.body.id}`, tokens.moderator)).toMatchObject({
        title: 'Bicicletero',
        status: 'pending',
        category: 'Espacios públicos',
        location: { lat: -34.9, lng: -56.2, address: 'Esquina de la plaza' },
      })

      const top = await post('comment', { proposal: ids.p3, body: 'Con sombra, mejor.' }, lucia.token)
      expect(top.status).toBe(200)
      expect(top.body).toMatchObject({
        proposal: ids.p3,
        parent: null,
        body: 'Con sombra, mejor.',
        status: 'published',
      })
      const reply = await post(
        'comment',
        { proposal: Number(ids.p3), parent: Number(top.body.id), body: 'Sí' },
        lucia.token,
      )
      expect(reply.status).toBe(200)
      expect(reply.body).toMatchObject({ proposal: ids.p3, parent: top.body.id })
      const comments = await api(server)
        .get('/api/participa-comments')
        .query({ where: { proposal: { equals: ids.p3 } } })
      expect(comments.body.totalDocs).toBe(2)

      const reported = await post(
        'report',
        { collection: 'comments', id: reply.body.id, reason: 'Fuera de tema' },
        tokens.ana,
      )
      expect(reported.status).toBe(200)
      expect(reported.body).toEqual({ reports: 1, hidden: false })
      const reports = await api(server)
        .get('/api/participa-reports')
        .query({ where: { targetCollection: { equals: 'comments' }, targetId: { equals: reply.body.id } } })
        .set(auth(tokens.moderator))
      expect(reports.body.docs.map((r: { reason: string }) => r.reason)).toEqual(['Fuera de tema'])
      expect((await read(`/api/participa-comments/${reply.body.id}`, tokens.moderator)).reportCount).toBe(1)

      const follow = await post('followProcess', { process: 'plaza-2027' }, lucia.token)
      expect(follow.body).toEqual({ process: ids.process, following: true })
      expect((await read('/api/participa-followers', lucia.token)).totalDocs).toBe(1)
      const unfollow = await post('followProcess', { process: 'plaza-2027', follow: false }, lucia.token)
      expect(unfollow.body).toEqual({ process: ids.process, following: false })
      expect((await read('/api/participa-followers', lucia.token)).totalDocs).toBe(0)

      // A wrong value is answered as over GraphQL, word for word, with each field in data.errors.
      const bad = { p: 'plaza-2027', t: ' ', b: 'x', c: 'Otra' }
      const rest = await post(
        'submitProposal',
        { process: bad.p, title: bad.t, body: bad.b, category: bad.c },
        lucia.token,
      )
      const graph = await gql(server, PROPOSE, bad, lucia.token)
      expect(rest.status).toBe(400)
      expect(rest.body.errors[0].message).toBe(graph.errors?.[0].message)
      expect(rest.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toEqual(['title', 'category'])
    })

    it('supports over REST in the supports phase, once', async () => {
      await setPhases([
        { phase: 'proposals', from: -2 * HOUR, to: -HOUR },
        { phase: 'supports', from: -HOUR, to: HOUR },
      ])
      const supported = await post('supportProposal', { proposal: ids.p3 }, tokens.lucia)
      expect(supported.status).toBe(200)
      expect(supported.body).toEqual({ proposal: ids.p3, supportCount: 1, qualified: false })
      expect(await read(`/api/participa-proposals/${ids.p3}`)).toMatchObject({ supportCount: 1, qualified: false })
      expect((await read('/api/participa-supports', tokens.lucia)).totalDocs).toBe(1)
      const twice = await post('supportProposal', { proposal: Number(ids.p3) }, tokens.lucia, 'en')
      expect(twice.status).toBe(409)
      expect(twice.body.errors[0].message).toBe('You already support this proposal.')
    })

    it('name each wrong field, in the caller’s language, and store nothing', async () => {
      const before = await counts()
      const cases: [string, unknown, string, [string, string][]][] = [
        [
          'submitProposal',
          { process: 'plaza-2027', title: 5, body: ['x'], category: {}, district: [1], location: 'aquí', images: 'x' },
          'en',
          [
            ['title', 'required, up to 200 characters'],
            ['body', 'required, up to 10000 characters'],
            ['category', 'a text'],
            ['district', 'unknown district in this municipality'],
            ['location', 'an object with lat, lng, address'],
            ['images', 'a list'],
          ],
        ],
        [
          'submitProposal',
          { process: { id: 1 }, title: 'x', body: 'y', location: { lat: '-34.9', address: 3 }, images: [null] },
          'en',
          [
            ['process', 'required: a text or a number'],
            ['location.lat', '−90…90'],
            ['location.address', 'a text'],
            ['images.0', 'an object with filename, base64'],
          ],
        ],
        [
          'submitProposal',
          { process: 'plaza-2027', title: 'x'.repeat(200_000), body: 'y', images: [{ filename: 'a.png', base64: 5 }] },
          'fr',
          [['images.0.base64', 'un texte']],
        ],
        ['supportProposal', {}, 'pt', [['proposal', 'obrigatório: um texto ou um número']]],
        ['supportProposal', { proposal: [ids.p3] }, 'es', [['proposal', 'obligatorio: un texto o un número']]],
        [
          'comment',
          { proposal: ids.p3, body: null, parent: {} },
          'fr',
          [
            ['body', "obligatoire, jusqu'à 4000 caractères"],
            ['parent', 'un texte ou un nombre'],
          ],
        ],
        [
          'report',
          { collection: 'people', id: [ids.p3], reason: 7 },
          'en',
          [
            ['collection', 'one of: proposals, comments'],
            ['id', 'required: a text or a number'],
            ['reason', 'a text'],
          ],
        ],
        ['followProcess', { process: 'plaza-2027', follow: 'no' }, 'en', [['follow', 'true or false']]],
        [
          'verifyResidence',
          { document: 12345678, birthDate: ['1990-01-01'] },
          'en',
          [
            ['document', '3 to 20 letters or digits'],
            ['birthDate', 'a date YYYY-MM-DD'],
          ],
        ],
        // JSON's own "__proto__" key is only a field of that name: the proposal is still missing.
        [
          'supportProposal',
          '{"__proto__": {"proposal": "1"}, "constructor": 1}',
          'en',
          [['proposal', 'required: a text or a number']],
        ],
      ]
      for (const [name, body, language, errors] of cases) {
        const res = await api(server)
          .post(command(name))
          .set(auth(tokens.lucia))
          .set('Accept-Language', language)
          .set('Content-Type', 'application/json')
          .send(typeof body === 'string' ? body : JSON.stringify(body))
        const expected = errors.map(([path, message]) => ({ path, message }))
        expect({ name, body, status: res.status, errors: res.body.errors?.[0]?.data?.errors }).toEqual({
          name,
          body,
          status: 400,
          errors: expected,
        })
      }
      const en = await post('report', { collection: 'people', id: ids.p3 }, tokens.lucia, 'en')
      expect(en.body.errors[0].message).toBe('Invalid input: collection: one of: proposals, comments')
      expect(await counts()).toEqual(before)
    })

    it('refuse what is not a JSON object, strangers, and other municipalities’ items with a 4xx that says why', async () => {
      const before = await counts()
      const raw = (name: string, body: string, type = 'application/json', token = tokens.lucia) =>
        api(server)
          .post(command(name))
          .set(auth(token))
          .set('Accept-Language', 'en')
          .set('Content-Type', type)
          .send(body)
      for (const name of COMMANDS) {
        const cases: [string, string, number, RegExp][] = [
          ['{"proposal":', 'application/json', 400, /well-formed JSON/],
          ['[1]', 'application/json', 400, /must be a JSON object/],
          ['"x"', 'application/json', 400, /must be a JSON object/],
          ['null', 'application/json', 400, /must be a JSON object/],
          ['proposal=1', 'application/x-www-form-urlencoded', 415, /well-formed JSON/],
        ]
        for (const [body, type, status, message] of cases) {
          const res = await raw(name, body, type)
          expect({ name, body, status: res.status }).toEqual({ name, body, status })
          expect(res.body.errors[0].message).toMatch(message)
        }
        // Signed out, or staff: these are for people (401 before the input is read).
        for (const token of [undefined, tokens.moderator]) {
          const res = await post(name, {}, token, 'en')
          expect({ name, status: res.status, message: res.body.errors?.[0]?.message }).toEqual({
            name,
            status: 401,
            message: 'Log in to take part.',
          })
        }
      }
      // Villa Esperanza's process and proposals are unknown in Nova Esperança (where the module is on too).
      const nova = 'nova-esperanca'
      const elsewhere: [string, Record<string, unknown>, RegExp][] = [
        ['submitProposal', { process: 'plaza-2027', title: 'x', body: 'y' }, /no published process "plaza-2027"/],
        ['submitProposal', { process: ids.process, title: 'x', body: 'y' }, /no published process/],
        ['supportProposal', { proposal: ids.p3 }, /no published proposal/],
        ['comment', { proposal: ids.p3, body: 'x' }, /no published proposal/],
        ['report', { collection: 'proposals', id: ids.p3 }, /no published proposal/],
        ['followProcess', { process: ids.process }, /no published process/],
        ['verifyResidence', { document: citizen(254).d, birthDate: citizen(254).b }, /do not match the census/],
      ]
      for (const [name, body, message] of elsewhere) {
        const res = await post(name, body, tokens.lucia, 'en', nova)
        expect({ name, status: res.status }).toEqual({ name, status: 404 })
        expect(res.body.errors[0].message).toMatch(message)
      }
      expect((await post('supportProposal', { proposal: ids.p3 }, tokens.lucia, 'en', 'no-such-town')).status).toBe(404)
      expect((await api(server).get(command('supportProposal'))).status).toBe(404)
      expect(await counts()).toEqual(before)
    })
  })
}
