/**
 * Scheduled publishing runs as a Payload job with the scheduling user's access: it publishes a page
 * of their municipality, and a job queued in another municipality's editor's name changes nothing.
 */
import { account, api, auth, login, municipalityId } from '../../src/plugins/sdk/testing/api'
import { startServer, type TestServer } from '../../src/plugins/sdk/testing/server'

let server: TestServer
let platform: string

beforeAll(async () => {
  server = await startServer()
  platform = await login(server, account('platform-admin', null))
})
afterAll(async () => {
  await server?.stop()
})

const userId = async (email: string) =>
  (
    await api(server)
      .get('/api/users')
      .query({ where: { email: { equals: email } } })
      .set(auth(platform))
  ).body.docs[0].id

const queuePublish = async (pageId: number, scheduledBy: number) =>
  api(server)
    .post('/api/payload-jobs')
    .set(auth(platform))
    .send({
      taskSlug: 'schedulePublish',
      queue: 'default',
      waitUntil: new Date(Date.now() - 1000).toISOString(),
      input: {
        type: 'publish',
        doc: { relationTo: 'pages', value: pageId },
        user: { relationTo: 'users', value: scheduledBy },
      },
    })

const status = async (pageId: number) =>
  (await api(server).get(`/api/pages/${pageId}`).query({ draft: 'true' }).set(auth(platform))).body._status as string

describe('scheduled publishing', () => {
  it("publishes a draft when its job runs, with the scheduler's own access", async () => {
    const villa = await municipalityId(server, 'villa-esperanza')
    const editor = await login(server, account('editor', 'villa-esperanza'))
    const created = await api(server)
      .post('/api/pages')
      .query({ draft: 'true' })
      .set(auth(editor))
      .send({ title: 'Horario de verano', slug: 'horario-de-verano', tenant: villa })
    expect(created.status).toBe(201)
    const pageId = created.body.doc.id as number
    expect((await api(server).get(`/api/pages/${pageId}`)).status).toBe(404)

    const intruder = await userId(account('editor', 'nova-esperanca').email)
    expect((await queuePublish(pageId, intruder)).status).toBe(201)
    await api(server).get('/api/payload-jobs/run').query({ queue: 'default' }).set(auth(platform))
    expect(await status(pageId)).toBe('draft')

    const owner = await userId(account('editor', 'villa-esperanza').email)
    expect((await queuePublish(pageId, owner)).status).toBe(201)
    const run = await api(server).get('/api/payload-jobs/run').query({ queue: 'default' }).set(auth(platform))
    expect(run.status).toBe(200)
    expect(await status(pageId)).toBe('published')
    const publicRead = await api(server).get(`/api/pages/${pageId}`)
    expect(publicRead.status).toBe(200)
    expect(publicRead.body.title).toBe('Horario de verano')
  })

  it('lets only platform admins run or read the queue', async () => {
    const admin = await login(server, account('municipal-admin', 'villa-esperanza'))
    // Payload's run endpoint answers 401 to anyone without `jobs.access.run`.
    expect([401, 403]).toContain((await api(server).get('/api/payload-jobs/run').set(auth(admin))).status)
    expect(
      (await api(server).post('/api/payload-jobs').set(auth(admin)).send({ taskSlug: 'schedulePublish', input: {} }))
        .status,
    ).toBe(403)
    expect([401, 403]).toContain((await api(server).get('/api/payload-jobs/run')).status)
  })
})
