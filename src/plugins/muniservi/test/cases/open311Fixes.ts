/**
 * Open311 as the spec reads (issue 22): the seeded services' location attribute taken from lat/long/address_string
 * (or its advertised `lat,long` text), names optional, ISO 8601 date-times, comma-separated service codes,
 * service_request_id over every other filter, a real changeset, the 429 as the spec's error list, CORS for any
 * site; and the privacy of public data: each service's `locationPrivacy`, and no personal marker on any public path.
 */
import { api, auth, gql } from '@e-muni/sdk/testing'

import {
  base,
  keys,
  PORTAL_CLIENT_SECRET,
  post,
  server,
  service,
  SUBMIT_LIMIT,
  tokens,
  villa,
  wellFormed,
} from '../open311.context'

const stored = async (id: string) => {
  const res = await api(server)
    .get('/api/servi-requests')
    .query({ where: { trackingCode: { equals: id }, tenant: { equals: villa } } })
    .set(auth(tokens.platform))
  return res.body.docs[0]
}

const POD = {
  service_code: 'POD',
  lat: '-34.9011',
  long: '-56.1645',
  address_string: 'Av. Rivera 1450',
  email: 'vecina.anonima@correo.test',
  'attribute[motivo]': 'seco',
}

export const open311FixCases = () => {
  describe('what real clients send (issue 22)', () => {
    it('fills the form’s location from lat/long/address_string and accepts its advertised lat,long text', async () => {
      const definition = await api(server).get(`${base}/services/POD.json`)
      const where = definition.body.attributes.find((a: { code: string }) => a.code === 'ubicacion')
      expect(where).toMatchObject({ datatype: 'string', datatype_description: 'lat,long', required: false })

      const fromPoint = await post({ ...POD, api_key: keys.villa })
      expect(fromPoint.status).toBe(201)
      expect((await stored(fromPoint.body[0].service_request_id)).answers.ubicacion).toEqual({
        lat: -34.9011,
        lng: -56.1645,
        address: 'Av. Rivera 1450',
      })
      const { lat: _lat, long: _long, ...addressOnly } = POD
      const fromAddress = await post({ ...addressOnly, api_key: keys.villa }, base, 'xml')
      expect(fromAddress.status).toBe(201)
      const id = wellFormed(fromAddress.text).service_requests.request[0].service_request_id
      expect((await stored(id)).answers.ubicacion).toEqual({ address: 'Av. Rivera 1450' })
      const asText = await post({ ...POD, api_key: keys.villa, 'attribute[ubicacion]': '-34.9055, -56.1702' })
      expect(asText.status).toBe(201)
      expect((await stored(asText.body[0].service_request_id)).answers.ubicacion).toEqual({
        lat: -34.9055,
        lng: -56.1702,
      })
      const wrong = await post({ ...POD, api_key: keys.villa, 'attribute[ubicacion]': 'frente a la plaza' })
      expect(wrong.status).toBe(400)
      expect(wrong.body[0].description).toMatch(/^attribute\[ubicacion\]: /)
    })

    it('takes an email without names, ISO 8601 date-times for datetime attributes, and lists as qs writes them', async () => {
      const anonymous = await post({ ...POD, api_key: keys.villa })
      expect(anonymous.status).toBe(201)
      const doc = await stored(anonymous.body[0].service_request_id)
      expect([doc.requesterName, doc.requesterEmail]).toEqual([
        'vecina.anonima@correo.test',
        'vecina.anonima@correo.test',
      ])
      const { email: _email, ...nobody } = POD
      const noOne = await post({ ...nobody, api_key: keys.villa })
      expect(noOne.status).toBe(400)
      expect(noOne.body.map((e: { description: string }) => e.description.split(':')[0])).toEqual(['email'])

      const pickup = {
        ...POD,
        service_code: 'VOL',
        api_key: keys.villa,
        'attribute[tipo][0]': 'muebles',
        'attribute[tipo][1]': 'poda',
      }
      const { 'attribute[motivo]': _motivo, ...volFields } = pickup
      const dated = await post({ ...volFields, 'attribute[fecha]': '2026-12-20T10:30:00-03:00' })
      expect(dated.status).toBe(201)
      const answers = (await stored(dated.body[0].service_request_id)).answers
      expect([answers.fecha, answers.tipo]).toEqual(['2026-12-20', ['muebles', 'poda']])
      for (const bad of ['mañana', '2026-12-20T25:00:00Z', '2026-02-30T10:00:00Z']) {
        const refused = await post({ ...volFields, 'attribute[fecha]': bad })
        expect(refused.status).toBe(400)
        expect(refused.body[0].description).toMatch(/^attribute\[fecha\]: /)
      }
    })

    it('filters by several service codes, and lets service_request_id override every other filter', async () => {
      const both = await api(server).get(`${base}/requests.json`).query({ service_code: 'POD,bac' })
      expect(both.status).toBe(200)
      expect(new Set(both.body.map((r: { service_code: string }) => r.service_code))).toEqual(new Set(['POD', 'BAC']))
      const one = await post({ ...POD, api_key: keys.villa })
      const id = one.body[0].service_request_id
      const overridden = await api(server)
        .get(`${base}/requests.xml`)
        .query({ service_request_id: id, service_code: 'BAC', status: 'closed', start_date: '2001-01-01T00:00:00Z' })
      expect(overridden.status).toBe(200)
      const rows = wellFormed(overridden.text).service_requests.request
      expect(rows.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([id])
    })

    it('dates discovery’s changeset at the latest change of the services', async () => {
      const before = (await api(server).get(`${base}/discovery.json`)).body
      expect(Date.parse(before.changeset)).toBeGreaterThan(Date.parse('2020-01-01'))
      expect(before.endpoints[0].changeset).toBe(before.changeset)
      const { body } = await api(server)
        .get('/api/servi-services')
        .query({ where: { code: { equals: 'POD' }, tenant: { equals: villa } } })
        .set(auth(tokens.villaAdmin))
      const changed = await api(server)
        .patch(`/api/servi-services/${body.docs[0].id}`)
        .set(auth(tokens.villaAdmin))
        .send({ keywords: ['árbol', 'poda', 'rama'] })
      expect(changed.status).toBe(200)
      const after = wellFormed((await api(server).get(`${base}/discovery.xml`)).text).discovery
      expect(after.changeset).toBe(changed.body.doc.updatedAt)
      expect(Date.parse(after.changeset)).toBeGreaterThan(Date.parse(before.changeset))
    })

    it('lets browsers on any site read and post, without credentials', async () => {
      const origin = 'https://app-vecinal.example.org'
      const read = await api(server).get(`${base}/services.json`).set('Origin', origin)
      expect(read.headers['access-control-allow-origin']).toBe('*')
      expect(read.headers['access-control-allow-credentials']).toBeUndefined()
      const preflight = await api(server)
        .options(`${base}/requests.json`)
        .set({ Origin: origin, 'Access-Control-Request-Method': 'POST' })
      expect(preflight.status).toBe(204)
      expect(preflight.headers['access-control-allow-origin']).toBe('*')
      expect(preflight.headers['access-control-allow-methods']).toContain('POST')
      const posted = await post({ ...POD, api_key: keys.villa }).set('Origin', origin)
      expect([posted.status, posted.headers['access-control-allow-origin']]).toEqual([201, '*'])
      // The rest of the API still answers only its own origins.
      const other = await api(server).get('/api/servi-services').set('Origin', origin)
      expect(other.headers['access-control-allow-origin']).toBeUndefined()
    })
  })

  describe('privacy of the public feed', () => {
    const MARKERS = [
      'Zqfirst',
      'Zqlast',
      'zq.marker',
      '94 321 987',
      'Zqstreet',
      '73519',
      '34.912345',
      '56.187654',
      'ZqAnswer',
    ]
    const MARKED = {
      lat: '-34.912345',
      long: '-56.187654',
      address_string: 'Zqstreet 73519',
      first_name: 'Zqfirst',
      last_name: 'Zqlast',
      email: 'zq.marker@correo.test',
      phone: '+598 94 321 987',
      description: 'Retiro de un ropero.',
    }
    const filed: Record<string, { id: string; token: string }> = {}

    beforeAll(async () => {
      await service(villa, tokens.villaAdmin, 'APX', {
        locationPrivacy: 'approximate',
        form: [{ key: 'nota', type: 'textarea', label: 'Nota' }],
      })
      const posts = {
        VOL: { 'attribute[tipo][]': 'muebles' },
        APX: { 'attribute[nota]': 'ZqAnswer' },
        // A public place, shown exactly; the requester's data never.
        ARB: {
          'attribute[especie]': 'ZqAnswer',
          'attribute[riesgo]': 'alto',
          lat: '-34.9077',
          long: '-56.1812',
          address_string: 'Plaza de los Olivos',
        },
      }
      for (const [code, extra] of Object.entries(posts)) {
        const res = await post({ ...MARKED, ...extra, service_code: code, api_key: keys.villa })
        expect(res.status).toBe(201)
        filed[code] = { id: res.body[0].service_request_id, token: res.body[0].token }
      }
    })

    it('shows each service’s location as it declares: exact, to the block, or not at all', async () => {
      const shown = async (code: string) => (await api(server).get(`${base}/requests/${filed[code].id}.json`)).body[0]
      expect(await shown('ARB')).toMatchObject({ lat: -34.9077, long: -56.1812, address: 'Plaza de los Olivos' })
      expect(await shown('APX')).toMatchObject({ lat: -34.912, long: -56.188, address: null })
      expect(await shown('VOL')).toMatchObject({ lat: null, long: null, address: null })
    })

    it('lets no personal marker out through any public path, in JSON or XML', async () => {
      const paths = [
        'discovery',
        'services',
        'services/VOL',
        'services/APX',
        'requests',
        ...['VOL', 'APX', 'ARB'].flatMap((code) => [`requests/${filed[code].id}`, `tokens/${filed[code].token}`]),
      ]
      const queries = [
        {},
        { service_code: 'VOL,APX,ARB' },
        { service_request_id: `${filed.VOL.id},${filed.APX.id},${filed.ARB.id}` },
      ]
      const texts: string[] = []
      for (const format of ['json', 'xml'])
        for (const path of paths)
          for (const query of path === 'requests' ? queries : [{}]) {
            const res = await api(server).get(`${base}/${path}.${format}`).query(query)
            expect(res.status).toBe(200)
            texts.push(res.text)
          }
      const statistics = await gql(server, '{ serviceStatistics(municipality: "villa-esperanza") { name } }')
      texts.push(JSON.stringify(statistics))
      const listed = texts.join('\n')
      expect(listed).toContain(filed.VOL.id)
      expect(listed).toContain(filed.APX.id)
      for (const marker of MARKERS) expect(listed).not.toContain(marker)
    })
  })

  describe('the rate limit', () => {
    it('answers a submission over the limit with 429 as the spec’s error list, in the path’s format', async () => {
      const visitor = { 'x-emuni-portal-secret': PORTAL_CLIENT_SECRET, 'x-emuni-client-address': '203.0.113.9' }
      for (let i = 0; i < SUBMIT_LIMIT; i += 1) expect((await post(POD).set(visitor)).status).toBe(403)
      const json = await post(POD).set(visitor)
      expect(json.status).toBe(429)
      expect(json.body).toEqual([{ code: 429, description: expect.stringMatching(/\d/) }])
      const xml = await post(POD, base, 'xml').set(visitor)
      expect([xml.status, xml.headers['content-type']]).toEqual([429, expect.stringMatching(/text\/xml/)])
      expect(wellFormed(xml.text).errors.error[0].code).toBe(429)
      // Anyone else still posts.
      expect((await post({ ...POD, api_key: keys.villa })).status).toBe(201)
    })
  })
}
