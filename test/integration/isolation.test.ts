/**
 * Tenant isolation and role checks across REST and GraphQL: editors of one municipality against
 * another's content, anonymous and citizen readers against drafts, and who may grant which roles.
 */
import { account, api, auth, gql, login, municipalityId } from '../../src/plugins/sdk/testing/api'
import { startServer, type TestServer } from '../../src/plugins/sdk/testing/server'

let server: TestServer
let villa: number | string
let nova: number | string
const tokens: Record<string, string> = {}

type Doc = {
  id: number | string
  title: string
  slug: string
  email?: string
  _status: string
  tenant: number | string | { id: number | string }
}
const tenantOf = (d: Doc) => (typeof d.tenant === 'object' ? d.tenant.id : d.tenant)

/** Everything of a collection, drafts included, as the platform admin sees it. */
const allDocs = async (collection: string, where: Record<string, unknown> = {}, locale = 'es'): Promise<Doc[]> => {
  const res = await api(server)
    .get(`/api/${collection}`)
    .query({ where, limit: 100, draft: 'true', depth: 0, locale })
    .set(auth(tokens.platform))
  expect(res.status).toBe(200)
  return res.body.docs
}

beforeAll(async () => {
  server = await startServer()
  villa = await municipalityId(server, 'villa-esperanza')
  nova = await municipalityId(server, 'nova-esperanca')
  tokens.platform = await login(server, account('platform-admin', null))
  tokens.villaEditor = await login(server, account('editor', 'villa-esperanza'))
  tokens.villaAdmin = await login(server, account('municipal-admin', 'villa-esperanza'))
  tokens.novaEditor = await login(server, account('editor', 'nova-esperanca'))
  tokens.citizen = await login(server, account('citizen', null))
})
afterAll(async () => {
  await server?.stop()
})

describe('an editor of Villa Esperanza against Nova Esperança (REST)', () => {
  it("cannot read Nova's drafts, in lists or by id", async () => {
    const novaDraft = (await allDocs('pages', { tenant: { equals: nova }, _status: { equals: 'draft' } }, 'pt'))[0]
    expect(novaDraft.title).toBe('Revisão do plano diretor (rascunho)')
    const list = await api(server)
      .get('/api/pages')
      .query({ draft: 'true', limit: 100, depth: 0 })
      .set(auth(tokens.villaEditor))
    expect(list.status).toBe(200)
    expect(list.body.docs.length).toBeGreaterThan(0)
    expect(list.body.docs.every((d: Doc) => String(tenantOf(d)) === String(villa))).toBe(true)
    const filtered = await api(server)
      .get('/api/pages')
      .query({ draft: 'true', where: { tenant: { equals: nova } } })
      .set(auth(tokens.villaEditor))
    expect(filtered.body.docs).toEqual([])
    const byId = await api(server)
      .get(`/api/pages/${novaDraft.id}`)
      .query({ draft: 'true', locale: 'pt' })
      .set(auth(tokens.villaEditor))
    expect(byId.status).toBe(404)
    expect(JSON.stringify(byId.body)).not.toContain(novaDraft.title)
  })

  it("reads only its own municipality's versions", async () => {
    const res = await api(server)
      .get('/api/pages/versions')
      .query({ limit: 100, depth: 0 })
      .set(auth(tokens.villaEditor))
    expect(res.status).toBe(200)
    expect(res.body.docs.length).toBeGreaterThan(0)
    const tenants = new Set(res.body.docs.map((v: { version: Doc }) => String(tenantOf(v.version))))
    expect([...tenants]).toEqual([String(villa)])
  })

  it('sees its own drafts', async () => {
    const res = await api(server)
      .get('/api/pages')
      .query({ draft: 'true', where: { _status: { equals: 'draft' } } })
      .set(auth(tokens.villaEditor))
    expect(res.body.docs.map((d: Doc) => d.slug)).toContain('presupuesto-participativo-2027')
  })

  it('cannot create in Nova, and nothing is written', async () => {
    const before = (await allDocs('pages', { tenant: { equals: nova } })).length
    const res = await api(server)
      .post('/api/pages')
      .set(auth(tokens.villaEditor))
      .send({ title: 'Intrusa', slug: 'intrusa', tenant: nova })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(res.body.errors?.[0]?.message).toBeTruthy()
    expect((await allDocs('pages', { tenant: { equals: nova } })).length).toBe(before)
  })

  it("cannot update or delete Nova's pages", async () => {
    const target = (await allDocs('pages', { tenant: { equals: nova }, slug: { equals: 'a-cidade' } }))[0]
    const update = await api(server)
      .patch(`/api/pages/${target.id}`)
      .set(auth(tokens.villaEditor))
      .send({ title: 'Hackeada' })
    expect([403, 404]).toContain(update.status)
    const bulk = await api(server)
      .patch('/api/pages')
      .query({ where: { id: { equals: target.id } } })
      .set(auth(tokens.villaEditor))
      .send({ title: 'Hackeada' })
    expect(bulk.body.docs ?? []).toEqual([])
    const del = await api(server).delete(`/api/pages/${target.id}`).set(auth(tokens.villaEditor))
    expect([403, 404]).toContain(del.status)
    const after = (await allDocs('pages', { id: { equals: target.id } }))[0]
    expect(after.title).toBe(target.title)
  })

  it('cannot move its own page into Nova', async () => {
    const own = (await allDocs('pages', { tenant: { equals: villa }, slug: { equals: 'el-municipio' } }))[0]
    const res = await api(server).patch(`/api/pages/${own.id}`).set(auth(tokens.villaEditor)).send({ tenant: nova })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    const after = (await allDocs('pages', { id: { equals: own.id } }))[0]
    expect(String(tenantOf(after))).toBe(String(villa))
  })
})

describe('an editor of Villa Esperanza against Nova Esperança (GraphQL)', () => {
  it("cannot read Nova's drafts", async () => {
    const novaDraft = (await allDocs('pages', { tenant: { equals: nova }, _status: { equals: 'draft' } }, 'pt'))[0]
    expect(novaDraft.title).toBeTruthy()
    const list = await gql(
      server,
      'query { Pages(draft: true, limit: 100, locale: pt) { docs { id title tenant { slug } } } }',
      {},
      tokens.villaEditor,
    )
    const slugs = new Set(list.data!.Pages.docs.map((d: { tenant: { slug: string } }) => d.tenant.slug))
    expect([...slugs]).toEqual(['villa-esperanza'])
    const one = await gql(
      server,
      'query($id: Int!) { Page(id: $id, draft: true, locale: pt) { id title } }',
      { id: Number(novaDraft.id) },
      tokens.villaEditor,
    )
    expect(one.data?.Page ?? null).toBeNull()
    expect(JSON.stringify(one)).not.toContain(novaDraft.title)
  })

  it('cannot create, update or delete in Nova', async () => {
    const before = await allDocs('pages', { tenant: { equals: nova } })
    const create = await gql(
      server,
      'mutation($t: Int) { createPage(data: { title: "Intrusa GQL", slug: "intrusa-gql", tenant: $t }) { id } }',
      { t: Number(nova) },
      tokens.villaEditor,
    )
    expect(create.errors?.length).toBeGreaterThan(0)
    const target = before.find((d) => d.slug === 'a-cidade')!
    const update = await gql(
      server,
      'mutation($id: Int!) { updatePage(id: $id, data: { title: "Hackeada" }) { id } }',
      { id: Number(target.id) },
      tokens.villaEditor,
    )
    expect(update.errors?.length).toBeGreaterThan(0)
    const del = await gql(
      server,
      'mutation($id: Int!) { deletePage(id: $id) { id } }',
      { id: Number(target.id) },
      tokens.villaEditor,
    )
    expect(del.errors?.length).toBeGreaterThan(0)
    const after = await allDocs('pages', { tenant: { equals: nova } })
    expect(after.map((d) => [d.id, d.title])).toEqual(before.map((d) => [d.id, d.title]))
  })
})

describe('anonymous and citizen readers', () => {
  const collections = ['pages', 'news', 'events', 'documents']

  it.each(['anonymous', 'citizen'])('%s sees only published documents, even asking for drafts', async (who) => {
    const token = who === 'citizen' ? tokens.citizen : undefined
    const withDrafts: string[] = []
    for (const collection of collections) {
      const drafts = await allDocs(collection, { _status: { equals: 'draft' } })
      if (drafts.length) withDrafts.push(collection)
      const res = await api(server)
        .get(`/api/${collection}`)
        .query({ draft: 'true', limit: 100, depth: 0 })
        .set(auth(token))
      expect(res.status).toBe(200)
      expect(res.body.docs.length).toBeGreaterThan(0)
      expect(res.body.docs.every((d: Doc) => d._status === 'published')).toBe(true)
      for (const draft of drafts) {
        const byId = await api(server).get(`/api/${collection}/${draft.id}`).query({ draft: 'true' }).set(auth(token))
        expect(byId.status).toBe(404)
      }
    }
    // The demo's drafts (a page and a news item per municipality) were among those asked for.
    expect(withDrafts).toEqual(expect.arrayContaining(['pages', 'news']))
    const gqlRes = await gql(server, 'query { Pages(draft: true, limit: 100) { docs { slug _status } } }', {}, token)
    expect(gqlRes.data!.Pages.docs.length).toBeGreaterThan(0)
    expect(gqlRes.data!.Pages.docs.every((d: Doc) => d._status === 'published')).toBe(true)
  })

  it('does not see a newer unpublished draft of a published page', async () => {
    const page = (await allDocs('pages', { tenant: { equals: villa }, slug: { equals: 'el-municipio' } }))[0]
    const draft = await api(server)
      .patch(`/api/pages/${page.id}`)
      .query({ draft: 'true' })
      .set(auth(tokens.villaEditor))
      .send({ title: 'Título secreto aún no publicado' })
    expect(draft.status).toBe(200)
    for (const query of [{}, { draft: 'true' }]) {
      const res = await api(server).get(`/api/pages/${page.id}`).query(query)
      expect(res.status).toBe(200)
      expect(res.body.title).toBe(page.title)
    }
    const list = await gql(server, 'query { Pages(draft: true, limit: 100) { docs { title } } }')
    expect(JSON.stringify(list.data)).not.toContain('Título secreto')
  })

  it('cannot read versions', async () => {
    const res = await api(server).get('/api/pages/versions')
    expect(res.status).toBe(403)
  })

  it('a citizen cannot create portal content', async () => {
    const res = await api(server)
      .post('/api/pages')
      .set(auth(tokens.citizen))
      .send({ title: 'Ciudadana', slug: 'ciudadana', tenant: villa })
    expect(res.status).toBe(403)
  })

  it('a citizen cannot mark themselves verified, and sees only their own account', async () => {
    const me = await api(server).get('/api/people/me').set(auth(tokens.citizen))
    const res = await api(server)
      .patch(`/api/people/${me.body.user.id}`)
      .set(auth(tokens.citizen))
      .send({ _verified: false })
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toMatch(/verificada|verified/)
    const list = await api(server).get('/api/people').set(auth(tokens.citizen))
    expect(list.body.docs.map((p: { id: unknown }) => p.id)).toEqual([me.body.user.id])
    const staff = await api(server).get('/api/users').set(auth(tokens.citizen))
    expect(staff.status).toBe(403)
  })
})

describe('who may grant which roles', () => {
  const newUser = (email: string, extra: Record<string, unknown>) => ({
    email,
    password: 'Una-clave-larga-2026',
    ...extra,
  })
  const userCount = async (email: string) => (await allDocs('users', { email: { equals: email } })).length

  it('a municipal admin can add an editor to their own municipality', async () => {
    const res = await api(server)
      .post('/api/users')
      .set(auth(tokens.villaAdmin))
      .send(newUser('nueva.editora@villa-esperanza.demo', { tenants: [{ tenant: villa, roles: ['editor'] }] }))
    expect(res.status).toBe(201)
    expect(await userCount('nueva.editora@villa-esperanza.demo')).toBe(1)
  })

  it('a municipal admin cannot grant platform-admin (REST and GraphQL), and nothing is written', async () => {
    const res = await api(server)
      .post('/api/users')
      .set({ ...auth(tokens.villaAdmin), 'Accept-Language': 'en' })
      .send(
        newUser('escalada@villa-esperanza.demo', {
          roles: ['platform-admin'],
          tenants: [{ tenant: villa, roles: ['editor'] }],
        }),
      )
    expect(res.status).toBe(403)
    expect(res.body.errors[0].message).toBe('Only a platform administrator can change platform roles.')
    expect(await userCount('escalada@villa-esperanza.demo')).toBe(0)

    const editor = (await allDocs('users', { email: { equals: account('editor', 'villa-esperanza').email } }))[0]
    const promote = await api(server)
      .patch(`/api/users/${editor.id}`)
      .set(auth(tokens.villaAdmin))
      .send({ roles: ['platform-admin'] })
    expect(promote.status).toBe(403)

    const gqlRes = await gql(
      server,
      'mutation($t: Int!) { createUser(data: { email: "escalada2@villa-esperanza.demo", password: "Una-clave-larga-2026", roles: platform_admin, tenants: [{ tenant: $t, roles: editor }] }) { id } }',
      { t: Number(villa) },
      tokens.villaAdmin,
    )
    expect(gqlRes.errors?.length).toBeGreaterThan(0)
    expect(await userCount('escalada2@villa-esperanza.demo')).toBe(0)
    const after = (await allDocs('users', { id: { equals: editor.id } }))[0] as unknown as { roles?: string[] }
    expect(after.roles ?? []).not.toContain('platform-admin')
  })

  it('a municipal admin cannot assign anyone to another municipality', async () => {
    const res = await api(server)
      .post('/api/users')
      .set(auth(tokens.villaAdmin))
      .send(newUser('cruzada@villa-esperanza.demo', { tenants: [{ tenant: nova, roles: ['editor'] }] }))
    expect(res.status).toBe(403)
    expect(await userCount('cruzada@villa-esperanza.demo')).toBe(0)

    const editor = (await allDocs('users', { email: { equals: account('editor', 'villa-esperanza').email } }))[0]
    const move = await api(server)
      .patch(`/api/users/${editor.id}`)
      .set(auth(tokens.villaAdmin))
      .send({
        tenants: [
          { tenant: villa, roles: ['editor'] },
          { tenant: nova, roles: ['municipal-admin'] },
        ],
      })
    expect(move.status).toBe(403)
    const after = (await allDocs('users', { id: { equals: editor.id } }))[0] as unknown as {
      tenants: { tenant: unknown }[]
    }
    expect(after.tenants.map((t) => String(t.tenant))).toEqual([String(villa)])
  })

  it('a municipal admin cannot assign themselves to another municipality, nor change their own roles', async () => {
    const me = (await api(server).get('/api/users/me').set(auth(tokens.villaAdmin))).body.user
    const res = await api(server)
      .patch(`/api/users/${me.id}`)
      .set(auth(tokens.villaAdmin))
      .send({
        tenants: [
          { tenant: villa, roles: ['municipal-admin'] },
          { tenant: nova, roles: ['municipal-admin'] },
        ],
      })
    expect(res.status).toBe(403)
    const gqlRes = await gql(
      server,
      'mutation($id: Int!, $a: Int!, $b: Int!) { updateUser(id: $id, data: { tenants: [{ tenant: $a, roles: municipal_admin }, { tenant: $b, roles: municipal_admin }] }) { id } }',
      { id: Number(me.id), a: Number(villa), b: Number(nova) },
      tokens.villaAdmin,
    )
    expect(gqlRes.errors?.length).toBeGreaterThan(0)
    const after = (await allDocs('users', { id: { equals: me.id } }))[0] as unknown as {
      tenants: { tenant: unknown }[]
    }
    expect(after.tenants.map((t) => String(t.tenant))).toEqual([String(villa)])
  })

  it("a municipal admin cannot see or edit another municipality's users", async () => {
    const novaEditor = (await allDocs('users', { email: { equals: account('editor', 'nova-esperanca').email } }))[0]
    const read = await api(server).get(`/api/users/${novaEditor.id}`).set(auth(tokens.villaAdmin))
    expect(read.status).toBe(404)
    const update = await api(server)
      .patch(`/api/users/${novaEditor.id}`)
      .set(auth(tokens.villaAdmin))
      .send({ password: 'Tomada-2026-xx' })
    expect([403, 404]).toContain(update.status)
    const list = await api(server).get('/api/users').query({ limit: 100 }).set(auth(tokens.villaAdmin))
    expect(list.body.docs.map((u: { email: string }) => u.email)).not.toContain(novaEditor.email)
  })

  it('a municipal admin must place a new account in a municipality', async () => {
    const res = await api(server)
      .post('/api/users')
      .set({ ...auth(tokens.villaAdmin), 'Accept-Language': 'en' })
      .send(newUser('huerfana@villa-esperanza.demo', {}))
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toBe('Assign the new account to at least one municipality (with its role).')
    expect(await userCount('huerfana@villa-esperanza.demo')).toBe(0)
  })

  it('an editor cannot create staff accounts', async () => {
    const res = await api(server)
      .post('/api/users')
      .set(auth(tokens.villaEditor))
      .send(newUser('otra@villa-esperanza.demo', {}))
    expect(res.status).toBe(403)
  })

  it('the jobs queue is closed to staff who are not platform admins', async () => {
    const res = await api(server).get('/api/payload-jobs').set(auth(tokens.villaAdmin))
    expect(res.status).toBe(403)
    const ok = await api(server).get('/api/payload-jobs').set(auth(tokens.platform))
    expect(ok.status).toBe(200)
  })
})
