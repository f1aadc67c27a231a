/** The MuniParticipa test's shared state (server, SMTP, municipalities, tokens, ids, the crowd) and helpers. */
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
  type TestServer,
} from '@e-muni/sdk/testing'

export let server: TestServer
export let smtp: Awaited<ReturnType<typeof startSmtp>>
export let villa: number | string
export let nova: number | string
export const tokens: Record<string, string> = {}
export const ids: Record<string, string> = {}
export const HOUR = 3_600_000
export let crowd: { id: number | string; token: string }[] = []
/** The people who verified and supported together (the supports case), who vote in the ballot cases. */
export const setCrowd = (people: typeof crowd) => {
  crowd = people
}

export const M = 'villa-esperanza'
export const VERIFY = `mutation V($d: String!, $b: String!) { verifyResidence(municipality: "${M}", document: $d, birthDate: $b) { verified already } }`
export const PROPOSE = `mutation P($p: String!, $t: String!, $b: String!, $c: String) {
  submitProposal(municipality: "${M}", process: $p, title: $t, body: $b, category: $c) { id status title }
}`
export const SUPPORT = `mutation S($p: String!) { supportProposal(municipality: "${M}", proposal: $p) { proposal supportCount qualified } }`
export const REPORT = `mutation R($id: String!) { report(municipality: "${M}", collection: "proposals", id: $id, reason: "spam") { reports hidden } }`

/** Census line n: a document number and a birth date. */
export const citizen = (n: number) => ({
  d: `V${String(n).padStart(5, '0')}`,
  b: `19${String(50 + (n % 40)).padStart(2, '0')}-0${1 + (n % 9)}-1${n % 10}`,
})

export const setPhases = async (phases: { phase: string; from: number; to: number }[]) => {
  const now = Date.now()
  const res = await api(server)
    .patch(`/api/participa-processes/${ids.process}`)
    .set(auth(tokens.villaAdmin))
    .send({
      phases: phases.map((p) => ({
        phase: p.phase,
        startsAt: new Date(now + p.from).toISOString(),
        endsAt: new Date(now + p.to).toISOString(),
      })),
    })
  expect(res.status).toBe(200)
}

export const moderate = (id: string, data: Record<string, unknown>, token = tokens.moderator) =>
  api(server).patch(`/api/participa-proposals/${id}`).set(auth(token)).send(data)

/** Verified people: created, logged in and verified against the census (`first` … `first + n - 1`). */
export const verifiedPeople = async (first: number, n: number, language = 'es') => {
  const made: { id: number | string; token: string }[] = []
  for (let k = 0; k < n; k += 20) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(20, n - k) }, async (_, j) => {
        const i = first + k + j
        const person = await createPerson(server, tokens.platform, {
          email: `vecino${i}@participa.test`,
          name: `Vecino ${i}`,
          language,
        })
        const c = citizen(i)
        const res = await gql(server, VERIFY, { d: c.d, b: c.b }, person.token)
        expect(res.errors).toBeUndefined()
        return person
      }),
    )
    made.push(...batch)
  }
  return made
}

/** Starts SMTP and the server, logs everyone in and creates the process (the entry file's beforeAll). */
export const setUp = async () => {
  smtp = await startSmtp()
  server = await startServer({
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      EMAIL_FROM: 'participa@e-muni.test',
      SUBMIT_RATE_LIMIT: '100000',
      LOGIN_RATE_LIMIT: '100000',
    },
  })
  villa = await municipalityId(server, M)
  nova = await municipalityId(server, 'nova-esperanca')
  tokens.platform = await login(server, account('platform-admin', null))
  tokens.villaAdmin = await login(server, account('municipal-admin', M))
  tokens.moderator = await login(server, account('moderator', M))
  tokens.editor = await login(server, account('editor', M))
  tokens.novaAdmin = await login(server, account('municipal-admin', 'nova-esperanca'))
  const created = await api(server)
    .post('/api/participa-processes')
    .set(auth(tokens.villaAdmin))
    .send({
      tenant: villa,
      slug: 'plaza-2027',
      title: 'Ideas para la plaza',
      published: true,
      requireVerification: true,
      supportsPerPerson: 2,
      supportThreshold: 150,
      reportsToHide: 3,
      categories: [{ name: 'Espacios públicos' }],
      phases: [
        {
          phase: 'proposals',
          startsAt: new Date(Date.now() - HOUR).toISOString(),
          endsAt: new Date(Date.now() + HOUR).toISOString(),
        },
      ],
    })
  expect(created.status).toBe(201)
  ids.process = String(created.body.doc.id)
}

export const tearDown = async () => {
  await server?.stop()
  await smtp?.stop()
}
