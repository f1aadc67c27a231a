/**
 * The module conformance kit. `runModuleConformance(module)` (inside a jest test file) checks what
 * every e-Muni module must hold before it reaches a municipality:
 * - every collection it adds is tenant-scoped (declared in its manifest, so the multi-tenant plugin
 *   scopes it; on a running server a document of one municipality is invisible to another's staff);
 * - every label shown to people exists in es, pt, en and fr;
 * - it imports only the SDK package (@e-muni/sdk, @e-muni/sdk/admin), `payload` and libraries — never another
 *   module, never the app; its portal part (`portal/`) only the SDK's portal kit, and the two parts do not
 *   import each other;
 * - switched off for a municipality, it is denied there through REST and GraphQL (reads return nothing,
 *   writes and its own operations answer 403, its endpoints refuse);
 * - workflow fields (state, history) cannot be set directly, in every collection with a workflow (each
 *   needs a sample, or a document made the module's own way);
 * - creating its documents writes audit entries.
 * The static checks (conformanceStatic.ts) are also exported (`staticConformance`) so a test can show them failing.
 */
import type { CollectionConfig } from 'payload'

import { account, api, auth, gql, login, municipalityId } from './api'
import {
  type ConformanceOptions,
  type Doc,
  expectRan,
  expectWorkflowFieldsRefused,
  graphQLListName,
  moduleOperations,
  type SampleContext,
} from './conformanceHelpers'
import { type Checked, type Finding, staticConformance } from './conformanceStatic'
import { startServer, type TestServer } from './server'

export { moduleDir, staticConformance, type Finding } from './conformanceStatic'
export type { ConformanceOptions, SampleContext } from './conformanceHelpers'

/**
 * Registers the conformance tests for `module` in the current jest file: the static checks, and the
 * switch, isolation, workflow and audit checks against a real server.
 */
export const runModuleConformance = (module: Checked, options: ConformanceOptions = {}): void => {
  const m = module.manifest
  const [slugA, slugB] = options.municipalities ?? ['villa-esperanza', 'nova-esperanca']
  const collections = (m.collections ?? []) as CollectionConfig[]

  describe(`module conformance: ${m.slug}`, () => {
    describe('static', () => {
      const findings = staticConformance(module, options)
      const of = (check: Finding['check']) => findings.filter((f) => f.check === check).map((f) => f.problem)
      it('adds only tenant-scoped collections', () => expect(of('tenancy')).toEqual([]))
      it('labels everything people read in es, pt, en and fr', () => expect(of('labels')).toEqual([]))
      it('imports only the SDK, payload and libraries', () => expect(of('imports')).toEqual([]))
      it('serves each command as REST and as the GraphQL mutation of its name', () =>
        expect(of('commands')).toEqual([]))
      it('declares whether each field that looks personal is (docs/modules.md, "Personal data")', () =>
        expect(of('privacy')).toEqual([]))
      it('is given samples and made documents only for its own collections', () =>
        expect(
          [...Object.keys(options.samples ?? {}), ...Object.keys(options.made ?? {})].filter(
            (slug) => !collections.some((c) => c.slug === slug),
          ),
        ).toEqual([]))
    })

    describe('on a running server', () => {
      let server: TestServer
      let own: TestServer | undefined
      const tokens: Record<'platform' | 'a' | 'b', string> = { platform: '', a: '', b: '' }
      const ids: Record<'a' | 'b', number | string> = { a: 0, b: 0 }
      const original: Record<'a' | 'b', string[]> = { a: [], b: [] }
      /** The samples, created over REST by A's municipal admin. */
      const created: { collection: CollectionConfig; doc: Doc; data: Doc }[] = []
      /** The documents made the module's own way (`made`), as the platform admin reads them. */
      const made: { collection: CollectionConfig; doc: Doc }[] = []
      const context = (): SampleContext => ({
        server,
        municipality: ids.a,
        slug: slugA,
        token: tokens.a,
        platformToken: tokens.platform,
      })

      const setModules = async (key: 'a' | 'b', modules: string[]) => {
        const res = await api(server)
          .patch(`/api/municipalities/${ids[key]}`)
          .set(auth(tokens.platform))
          .send({ modules })
        expect(res.status).toBe(200)
      }
      const modulesOf = async (key: 'a' | 'b'): Promise<string[]> =>
        (await api(server).get(`/api/municipalities/${ids[key]}`).set(auth(tokens.platform))).body.modules ?? []

      beforeAll(async () => {
        server = options.server?.() ?? (own = await startServer({ mode: 'development' }))
        ids.a = await municipalityId(server, slugA)
        ids.b = await municipalityId(server, slugB)
        tokens.platform = await login(server, account('platform-admin', null))
        tokens.a = await login(server, account('municipal-admin', slugA))
        tokens.b = await login(server, account('municipal-admin', slugB))
        for (const key of ['a', 'b'] as const) {
          original[key] = await modulesOf(key)
          await setModules(key, [...new Set([...original[key], m.slug])])
        }
        for (const collection of collections) {
          const sample = options.samples?.[collection.slug]
          if (!sample) continue
          const data = await sample(context())
          const res = await api(server)
            .post(`/api/${collection.slug}`)
            .set(auth(tokens.a))
            .send({ ...data, tenant: ids.a })
          if (res.status !== 201)
            throw new Error(`sample ${collection.slug} was refused: ${res.status} ${JSON.stringify(res.body)}`)
          created.push({ collection, doc: res.body.doc, data })
        }
        for (const collection of collections) {
          const make = options.made?.[collection.slug]
          if (!make) continue
          const id = await make(context())
          const res = await api(server)
            .get(`/api/${collection.slug}/${id}`)
            .query({ depth: 0 })
            .set(auth(tokens.platform))
          if (res.status !== 200)
            throw new Error(`${collection.slug} ${String(id)} made by the module is not readable: ${res.status}`)
          made.push({ collection, doc: res.body })
        }
      }, 400_000)

      afterAll(async () => {
        if (server && tokens.platform)
          for (const key of ['a', 'b'] as const) await setModules(key, original[key]).catch(() => undefined)
        await own?.stop()
      })

      it('keeps each document in its municipality (REST and GraphQL)', async () => {
        expect(created.length + made.length).toBeGreaterThan(0)
        for (const { collection, doc } of [...created, ...made]) {
          const tenant = doc.tenant as Doc | number | string
          expect(typeof tenant === 'object' ? tenant.id : tenant).toEqual(ids.a)
          const one = await api(server).get(`/api/${collection.slug}/${doc.id}`).set(auth(tokens.b))
          expect([403, 404]).toContain(one.status)
          const list = await api(server)
            .get(`/api/${collection.slug}`)
            .query({ where: { id: { equals: doc.id } } })
            .set(auth(tokens.b))
          if (list.status === 200) expect(list.body.totalDocs).toBe(0)
          else expect(list.status).toBe(403)
          const changed = await api(server)
            .patch(`/api/${collection.slug}/${doc.id}`)
            .set(auth(tokens.b))
            .send({ tenant: ids.b })
          expect([403, 404]).toContain(changed.status)
          const name = graphQLListName(collection)
          if (name) {
            const query = `{ ${name}(where: { id: { equals: ${JSON.stringify(doc.id)} } }) { totalDocs } }`
            // The same query shows it to its own municipality: the check is not passing on a rejected query.
            const own = await gql(server, query, {}, tokens.a)
            expectRan(name, own)
            expect({ query: name, own: own.data?.[name]?.totalDocs }).toEqual({ query: name, own: 1 })
            const res = await gql(server, query, {}, tokens.b)
            expectRan(name, res)
            expect(res.data?.[name]?.totalDocs ?? 0).toBe(0)
          }
        }
      })

      it('writes an audit entry for each document created', async () => {
        const audited = created.filter(({ collection }) => collection.custom?.audit !== false)
        for (const { collection, doc } of audited) {
          const res = await api(server)
            .get('/api/audit-log')
            .query({
              where: {
                collection: { equals: collection.slug },
                documentId: { equals: String(doc.id) },
                operation: { equals: 'create' },
              },
            })
            .set(auth(tokens.platform))
          expect({ collection: collection.slug, entries: res.body.totalDocs }).toEqual({
            collection: collection.slug,
            entries: 1,
          })
        }
      })

      it('refuses workflow fields set directly, in every collection with a workflow', () =>
        expectWorkflowFieldsRefused({
          server,
          collections,
          documents: [...created, ...made],
          samples: options.samples,
          context,
          tokens,
          ids,
        }))

      describe('switched off in one municipality', () => {
        beforeAll(async () => {
          await setModules(
            'a',
            original.a.filter((s) => s !== m.slug),
          )
        })
        afterAll(async () => {
          if (server && tokens.platform) await setModules('a', [...new Set([...original.a, m.slug])])
        })

        it('returns nothing of that municipality through REST and GraphQL, to staff and the public', async () => {
          for (const collection of collections) {
            for (const token of [tokens.a, undefined]) {
              const res = await api(server)
                .get(`/api/${collection.slug}`)
                .query({ where: { tenant: { equals: ids.a } } })
                .set(auth(token))
              if (res.status === 200)
                expect({ collection: collection.slug, docs: res.body.totalDocs }).toEqual({
                  collection: collection.slug,
                  docs: 0,
                })
              else expect([401, 403]).toContain(res.status)
              const name = graphQLListName(collection)
              if (!name) continue
              const q = await gql(
                server,
                `{ ${name}(where: { tenant: { equals: ${JSON.stringify(ids.a)} } }) { totalDocs } }`,
                {},
                token,
              )
              expectRan(name, q)
              expect({ collection: collection.slug, docs: q.data?.[name]?.totalDocs ?? 0 }).toEqual({
                collection: collection.slug,
                docs: 0,
              })
            }
          }
          for (const { collection, doc } of [...created, ...made]) {
            const res = await api(server).get(`/api/${collection.slug}/${doc.id}`).set(auth(tokens.a))
            expect([403, 404]).toContain(res.status)
          }
        })

        it('answers 403 to writes there', async () => {
          for (const { collection, doc, data } of created) {
            const create = await api(server)
              .post(`/api/${collection.slug}`)
              .set(auth(tokens.a))
              .send({ ...data, tenant: ids.a })
            expect({ collection: collection.slug, status: create.status }).toEqual({
              collection: collection.slug,
              status: 403,
            })
            expect(create.body.errors?.[0]?.message).toMatch(
              /no está habilitado|not enabled|não está habilitado|n'est pas activé/i,
            )
            const update = await api(server).patch(`/api/${collection.slug}/${doc.id}`).set(auth(tokens.a)).send({})
            expect([403, 404]).toContain(update.status)
            const remove = await api(server).delete(`/api/${collection.slug}/${doc.id}`).set(auth(tokens.a))
            expect([403, 404]).toContain(remove.status)
          }
        })

        it("refuses the module's own GraphQL operations and endpoints there", async () => {
          for (const op of moduleOperations(module, slugA)) {
            const res = await gql(server, op.text, op.variables, tokens.a)
            expect(res.status).not.toBe(500)
            expect({ operation: op.name, statusCode: res.errors?.[0]?.extensions?.statusCode }).toEqual({
              operation: op.name,
              statusCode: 403,
            })
          }
          for (const endpoint of m.endpoints ?? []) {
            const route = endpoint.root
              ? endpoint.path.replace(':municipality', slugA)
              : `/m/${slugA}/${m.slug}${endpoint.path.startsWith('/') ? '' : '/'}${endpoint.path}`
            const url = `/api${route.replace(/:[A-Za-z]+/g, '1')}`
            const method = endpoint.method as 'get' | 'post' | 'put' | 'patch' | 'delete'
            const res = await api(server)[method](url).set(auth(tokens.a))
            expect({ endpoint: url, status: res.status }).toEqual({
              endpoint: url,
              status: endpoint.hideWhenOff ? 404 : 403,
            })
          }
          for (const command of m.commands ?? []) {
            const url = `/api/m/${slugA}/${m.slug}/${command.name}`
            const res = await api(server).post(url).set(auth(tokens.a)).send({})
            expect({ command: url, status: res.status }).toEqual({ command: url, status: 403 })
          }
        })
      })
    })
  })
}
