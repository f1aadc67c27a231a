/**
 * The audit log: every create, update and delete of portal content (and of municipality settings)
 * appends an entry; municipal admins read their municipality's entries; nobody can change or
 * remove an entry through REST or GraphQL.
 */
import { account, api, auth, gql, login, municipalityId } from '../../src/plugins/sdk/testing/api'
import { startServer, type TestServer } from '../../src/plugins/sdk/testing/server'

let server: TestServer
let villa: number | string
let nova: number | string
const tokens: Record<string, string | undefined> = {}

type Entry = {
  id: number
  operation: string
  collection: string
  documentId: string
  municipality: string
  changedFields: string[]
  actorEmail: string
}

const entriesFor = async (collection: string, documentId: string | number): Promise<Entry[]> => {
  const res = await api(server)
    .get('/api/audit-log')
    .query({
      where: { collection: { equals: collection }, documentId: { equals: String(documentId) } },
      sort: 'createdAt',
      limit: 50,
    })
    .set(auth(tokens.platform))
  expect(res.status).toBe(200)
  return res.body.docs
}

beforeAll(async () => {
  server = await startServer()
  villa = await municipalityId(server, 'villa-esperanza')
  nova = await municipalityId(server, 'nova-esperanca')
  tokens.platform = await login(server, account('platform-admin', null))
  tokens.villaAdmin = await login(server, account('municipal-admin', 'villa-esperanza'))
  tokens.villaEditor = await login(server, account('editor', 'villa-esperanza'))
  tokens.novaEditor = await login(server, account('editor', 'nova-esperanca'))
  tokens.citizen = await login(server, account('citizen', null))
})
afterAll(async () => {
  await server?.stop()
})

describe('audit entries', () => {
  it('records create, update (with the changed fields) and delete, with actor and municipality', async () => {
    const created = await api(server)
      .post('/api/news')
      .set(auth(tokens.villaEditor))
      .send({ title: 'Corte de agua', excerpt: 'Martes de 9 a 12', tenant: villa, _status: 'published' })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const updated = await api(server)
      .patch(`/api/news/${id}`)
      .set(auth(tokens.villaEditor))
      .send({ excerpt: 'Martes de 9 a 13' })
    expect(updated.status).toBe(200)
    const deleted = await api(server).delete(`/api/news/${id}`).set(auth(tokens.villaEditor))
    expect(deleted.status).toBe(200)

    const entries = await entriesFor('news', id)
    expect(entries.map((e) => e.operation)).toEqual(['create', 'update', 'delete'])
    expect(entries.every((e) => e.actorEmail === account('editor', 'villa-esperanza').email)).toBe(true)
    expect(entries.every((e) => e.municipality === String(villa))).toBe(true)
    expect(entries[0].changedFields).toEqual(expect.arrayContaining(['title', 'excerpt', 'tenant']))
    expect(entries[1].changedFields).toEqual(['excerpt'])
  })

  it('records changes to municipality settings', async () => {
    const res = await api(server)
      .patch(`/api/municipalities/${villa}`)
      .set(auth(tokens.villaAdmin))
      .send({ contact: { phone: '+598 4000 5555' } })
    expect(res.status).toBe(200)
    const entries = await entriesFor('municipalities', villa)
    expect(entries.at(-1)).toMatchObject({
      operation: 'update',
      changedFields: ['contact'],
      municipality: String(villa),
    })
  })

  it("lets a municipal admin read only their municipality's entries, and nobody else but platform admins", async () => {
    await api(server).post('/api/news').set(auth(tokens.novaEditor)).send({ title: 'Aviso de Nova', tenant: nova })
    const mine = await api(server).get('/api/audit-log').query({ limit: 200 }).set(auth(tokens.villaAdmin))
    expect(mine.status).toBe(200)
    expect(mine.body.docs.length).toBeGreaterThan(0)
    expect(new Set(mine.body.docs.map((e: Entry) => e.municipality))).toEqual(new Set([String(villa)]))
    for (const who of ['villaEditor', 'citizen', 'anonymous']) {
      const res = await api(server).get('/api/audit-log').set(auth(tokens[who]))
      expect(res.status).toBe(403)
    }
  })

  it('cannot be created, changed or deleted by anyone, through REST or GraphQL', async () => {
    const [entry] = await entriesFor('municipalities', villa)
    for (const who of ['platform', 'villaAdmin', 'villaEditor', 'citizen', 'anonymous']) {
      const token = tokens[who]
      const patch = await api(server)
        .patch(`/api/audit-log/${entry.id}`)
        .set(auth(token))
        .send({ actorEmail: 'nadie@x.org' })
      expect(patch.status).toBe(403)
      const del = await api(server).delete(`/api/audit-log/${entry.id}`).set(auth(token))
      expect(del.status).toBe(403)
      const post = await api(server)
        .post('/api/audit-log')
        .set(auth(token))
        .send({ operation: 'create', collection: 'pages', documentId: '1' })
      expect(post.status).toBe(403)
      const gUpdate = await gql(
        server,
        `mutation { updateAuditLog(id: ${entry.id}, data: { actorEmail: "x" }) { id } }`,
        {},
        token,
      )
      expect(gUpdate.errors?.length).toBeGreaterThan(0)
      const gDelete = await gql(server, `mutation { deleteAuditLog(id: ${entry.id}) { id } }`, {}, token)
      expect(gDelete.errors?.length).toBeGreaterThan(0)
    }
    const [after] = await entriesFor('municipalities', villa)
    expect(after).toEqual(entry)
  })
})
