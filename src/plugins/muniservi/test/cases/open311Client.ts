/**
 * Open311 with a real third-party client: Code for America's node-open311 (vendored unchanged, see
 * ../vendor/README.md) discovers each demo municipality's endpoint, lists its services and, for every one
 * of them (the seed's and the test's), reads its definition, files a request from the definition alone (the
 * location as the spec's lat/long/address_string, no names), and fetches it by id, by token and in lists —
 * in JSON and in XML. JSON answers validate against the standard's schemas.
 */
import { createRequire } from 'node:module'

import { api } from '@e-muni/sdk/testing'

import { keys, server, valid } from '../open311.context'

type Callback = (error: unknown, data: unknown) => void
type Client = {
  endpoint: string
  format: string
  serviceDiscovery(options: Record<string, unknown>, callback: Callback): void
  serviceList(callback: Callback): void
  serviceDefinition(code: string, callback: Callback): void
  submitRequest(data: Record<string, unknown>, callback: Callback): void
  token(token: string, callback: Callback): void
  serviceRequests(id: unknown, params?: unknown, callback?: Callback): void
}
type Row = Record<string, unknown>
type Attribute = { code: string; datatype: string; datatype_description: string | null; values: Row[] | null }

const Open311 = createRequire(import.meta.url)('../vendor/node-open311/open311.js') as new (
  options: Record<string, unknown>,
) => Client

/** A client call as a promise: node-open311 answers `(error, data)`. */
const call = <T>(run: (callback: Callback) => void) =>
  new Promise<T>((resolve, reject) =>
    run((error, data) => (error ? reject(new Error(`open311: ${String(error)} ${String(data)}`)) : resolve(data as T))),
  )

/** The seed's Open311 services of each demo municipality (src/plugins/muniservi/seed/data.ts). */
const SEEDED: Record<string, { key: 'villa' | 'nova'; codes: string[]; point: [number, number] }> = {
  'villa-esperanza': { key: 'villa', codes: ['POD', 'BAC', 'LUZ', 'VOL'], point: [-34.901234, -56.164321] },
  'nova-esperanca': { key: 'nova', codes: ['PODA', 'BUR', 'ILU', 'VOL'], point: [-21.551234, -45.431234] },
}

/** An answer for each attribute, from its definition alone; locations are left to lat/long. */
const answersFor = (attributes: Attribute[]) => {
  const answers: Record<string, unknown> = {}
  for (const a of attributes) {
    const first = String((a.values ?? [])[0]?.key ?? '')
    if (a.datatype_description === 'lat,long') continue
    if (a.datatype === 'singlevaluelist') answers[a.code] = first
    else if (a.datatype === 'multivaluelist') answers[a.code] = [first]
    else if (a.datatype === 'number') answers[a.code] = '1'
    else if (a.datatype === 'datetime') answers[a.code] = new Date(Date.now() + 7 * 86_400_000).toISOString()
    else answers[a.code] = 'Prueba'
  }
  return answers
}

export const open311ClientCases = () => {
  describe.each(Object.keys(SEEDED))('a real GeoReport v2 client (node-open311) on %s', (slug) => {
    const { key, codes, point } = SEEDED[slug]
    it.each(['json', 'xml'])('discovers, files, fetches and lists a request on every service in %s', async (format) => {
      const discovery = new Open311({ discovery: `${server.url}/api/open311/v2/${slug}/discovery.${format}` })
      const found = await call<Row>((cb) => discovery.serviceDiscovery({ cache: true }, cb))
      expect(discovery.endpoint).toBe(`${server.url}/api/open311/v2/${slug}/`)
      expect(Date.parse(String(found.changeset))).toBeGreaterThan(Date.parse('2020-01-01'))
      const client = new Open311({ endpoint: discovery.endpoint, format, apiKey: keys[key] })

      const services = await call<Row[]>((cb) => client.serviceList(cb))
      if (format === 'json') expect(valid('services', services)).toBe(true)
      const listed = services.map((s) => String(s.service_code))
      expect(listed).toEqual(expect.arrayContaining(codes))

      const filed: { code: string; id: string; token: string }[] = []
      for (const code of listed) {
        const definition = await call<Row>((cb) => client.serviceDefinition(code, cb))
        if (format === 'json') expect(valid('definition', definition)).toBe(true)
        const attributes = (definition.attributes ?? []) as Attribute[]
        // Anonymous, with an email and no names; the location as the spec's own parameters.
        const posted = await call<Row[]>((cb) =>
          client.submitRequest(
            {
              service_code: code,
              lat: String(point[0]),
              long: String(point[1]),
              address_string: 'Calle del Cliente 742',
              email: 'cliente.open311@correo.test',
              description: `Pedido de prueba (${format}) para ${code}.`,
              attributes: answersFor(attributes),
            },
            cb,
          ),
        )
        if (format === 'json') expect(valid('posted', posted)).toBe(true)
        const id = String(posted[0].service_request_id)
        const token = String(posted[0].token)
        expect(id).toMatch(new RegExp(`^${code}-\\d{4}-\\d{6}$`))
        filed.push({ code, id, token })

        const byToken = await call<Row[]>((cb) => client.token(token, cb))
        expect(byToken.map((r) => [String(r.service_request_id), String(r.token)])).toEqual([[id, token]])
        const [one] = await call<Row[]>((cb) => client.serviceRequests(id, cb))
        expect(one).toMatchObject({ service_request_id: id, service_code: code, status: 'open' })
        expect(one.requested_datetime).toBeInstanceOf(Date)
        // The seed shows the place of public-space reports, never a home's (the pickups, VOL).
        if (code === 'VOL') expect([one.lat, one.long, one.address]).toEqual([null, null, null])
        else if (SEEDED[slug].codes.includes(code)) expect([one.lat, one.long]).toEqual(point)
      }
      expect(filed.map((f) => f.code)).toEqual(expect.arrayContaining(codes))

      // Lists: by several ids at once, and by several service codes at once.
      const byIds = await call<Row[]>((cb) =>
        client.serviceRequests(
          filed.map((f) => f.id),
          cb,
        ),
      )
      expect(byIds.map((r) => r.service_request_id).sort()).toEqual(filed.map((f) => f.id).sort())
      const byCodes = await call<Row[]>((cb) =>
        client.serviceRequests({ service_code: codes.join(','), status: 'open' }, cb),
      )
      const listedIds = byCodes.map((r) => r.service_request_id)
      for (const f of filed.filter((f) => codes.includes(f.code))) expect(listedIds).toContain(f.id)
      expect(new Set(byCodes.map((r) => r.service_code))).toEqual(new Set(codes))

      // The same answers, as JSON, validate against the standard's schemas.
      const base = `/api/open311/v2/${slug}`
      const raw = await api(server)
        .get(`${base}/requests.json`)
        .query({ service_request_id: filed.map((f) => f.id).join(',') })
      expect(valid('requests', raw.body)).toBe(true)
      expect(valid('token', (await api(server).get(`${base}/tokens/${filed[0].token}.json`)).body)).toBe(true)
    })
  })
}
