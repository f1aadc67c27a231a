/**
 * Advisory regression (issue 21, finding 2), MuniServi's part: operations that reach one citizen's request
 * by its human reference (`code`, answering a `…Tracking` view) need a secret only that citizen holds
 * (`token`); an email address is no capability. The operations come from the committed schema, so a new one
 * is checked without a line here. Its own server: the default tracking limits (muniservi.test.ts lowers them).
 */
import fs from 'node:fs'
import path from 'node:path'

import { buildSchema, getNamedType, isNonNullType } from 'graphql'

import { account, api, auth, gql, login, municipalityId, ROOT, startServer, type TestServer } from '@e-muni/sdk/testing'

let server: TestServer
let platform: string
let villa: number | string
beforeAll(async () => {
  server = await startServer()
  platform = await login(server, account('platform-admin', null))
  villa = await municipalityId(server, 'villa-esperanza')
}, 300_000)
afterAll(async () => {
  await server?.stop()
})

const adminFind = async (where: Record<string, unknown>) =>
  (await api(server).get('/api/servi-requests').query({ where, limit: 1, depth: 0, draft: 'true' }).set(auth(platform)))
    .body.docs as Record<string, any>[]

describe('capability-based anonymous access', () => {
  const schema = buildSchema(fs.readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'))
  // A citizen's request reached by its human reference: the `…Tracking` views MuniServi answers.
  const ops = (['Query', 'Mutation'] as const).flatMap((root) =>
    Object.values((root === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {})
      .filter((f) => f.args.some((a) => a.name === 'code') && getNamedType(f.type).name === 'ServiceRequestTracking')
      .map((field) => ({ root, field })),
  )

  it('takes no email as a capability, and refuses every anonymous read and write by code without the token', async () => {
    expect(ops.map((o) => o.field.name).sort()).toEqual([
      'rateServiceRequest',
      'respondToServiceRequest',
      'trackServiceRequest',
    ])
    const [request] = await adminFind({ tenant: { equals: villa } })
    expect(request?.trackingCode).toEqual(expect.any(String))
    const stateOf = async () => JSON.stringify((await adminFind({ id: { equals: request.id } }))[0])
    const stateBefore = await stateOf()
    const problems: string[] = []
    for (const { root, field } of ops) {
      if (field.args.some((a) => a.name === 'email')) problems.push(`${field.name} takes an email`)
      if (!field.args.some((a) => a.name === 'token')) problems.push(`${field.name} takes no token`)
      const values: Record<string, unknown> = { municipality: 'villa-esperanza', code: request.trackingCode }
      for (const arg of field.args)
        if (!(arg.name in values) && isNonNullType(arg.type))
          values[arg.name] = getNamedType(arg.type).name === 'Int' ? 5 : 'x'
      for (const token of [undefined, '', 'A'.repeat(32), 'x'.repeat(2000)]) {
        const args = { ...values, ...(token === undefined ? {} : { token }) }
        const present = field.args.filter((a) => a.name in args)
        const declared = present.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')
        const passed = present.map((a) => `${a.name}: $${a.name}`).join(', ')
        const res = await gql(
          server,
          `${root === 'Query' ? 'query' : 'mutation'}(${declared}) { ${field.name}(${passed}) { trackingCode } }`,
          args,
        )
        const status = res.errors?.[0]?.extensions?.statusCode ?? res.status
        if (!res.errors?.length || res.data?.[field.name] || status !== 404)
          problems.push(`${field.name} without its token (${String(token).slice(0, 10)}): ${status}`)
      }
    }
    expect(problems).toEqual([])
    expect(await stateOf()).toBe(stateBefore)
  })
})
