/**
 * Open311 GeoReport v2 against the real server: every JSON answer validates against the standard's
 * JSON Schemas (../shared/standards/open311-georeport-v2), XML answers are well-formed with the spec's
 * element names, POST needs a key of the municipality, errors are the spec's list with 400/403/404,
 * no personal data leaves, and where MuniServi is off the whole API answers 404.
 */
import { api, auth } from '@e-muni/sdk/testing'

import { open311ClientCases } from './cases/open311Client'
import { open311FixCases } from './cases/open311Fixes'
import { base, GOOD, keys, post, server, setUp, tearDown, tokens, valid, villa, wellFormed } from './open311.context'

beforeAll(setUp, 300_000)
afterAll(tearDown)

describe('discovery and services', () => {
  it('answers discovery in JSON and XML', async () => {
    const json = await api(server).get(`${base}/discovery.json`)
    expect(json.status).toBe(200)
    expect(json.headers['content-type']).toMatch(/application\/json/)
    expect(json.body.endpoints[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      type: 'production',
      formats: ['text/xml', 'application/json'],
    })
    expect(json.body.endpoints[0].url).toMatch(/\/api\/open311\/v2\/villa-esperanza\/$/)
    const xml = await api(server).get(`${base}/discovery.xml`)
    expect(xml.headers['content-type']).toMatch(/text\/xml/)
    const doc = wellFormed(xml.text)
    expect(doc.discovery.endpoints.endpoint.specification).toBe('http://wiki.open311.org/GeoReport_v2')
  })

  it('lists only active open311 services that can take a post, valid against services.json', async () => {
    const res = await api(server).get(`${base}/services.json`)
    expect(res.status).toBe(200)
    expect(valid('services', res.body)).toBe(true)
    const codes = res.body.map((s: { service_code: string }) => s.service_code)
    expect(codes).not.toContain('INT')
    expect(codes).not.toContain('DOC')
    expect(res.body.find((s: { service_code: string }) => s.service_code === 'ARB')).toEqual({
      service_code: 'ARB',
      service_name: 'Servicio ARB',
      description: 'Resumen ARB',
      metadata: true,
      type: 'realtime',
      keywords: 'árbol,poda',
      group: null,
    })
    const xml = wellFormed((await api(server).get(`${base}/services.xml`)).text)
    expect(xml.services.service.map((s: { service_code: string }) => s.service_code)).toEqual(codes)
  })

  it('describes a service’s attributes, valid against service-definition.json', async () => {
    const res = await api(server).get(`${base}/services/ARB.json`)
    expect(res.status).toBe(200)
    expect(valid('definition', res.body)).toBe(true)
    expect(res.body.attributes.map((a: { code: string; datatype: string }) => `${a.code}:${a.datatype}`)).toEqual([
      'especie:string',
      'riesgo:singlevaluelist',
      'danos:multivaluelist',
      'altura:number',
      'urgente:singlevaluelist',
    ])
    expect(res.body.attributes[1].values).toEqual([
      { key: 'bajo', name: 'Bajo' },
      { key: 'alto', name: 'Alto' },
    ])
    const xml = wellFormed((await api(server).get(`${base}/services/ARB.xml`)).text)
    expect(xml.service_definition.service_code).toBe('ARB')
    expect(xml.service_definition.attributes.attribute[1].values.value[1]).toEqual({ key: 'alto', name: 'Alto' })
  })

  it('answers 404 in the spec’s error format for unknown, unpublished or file-only services and formats', async () => {
    for (const code of ['NOPE', 'INT', 'DOC']) {
      const res = await api(server).get(`${base}/services/${code}.json`)
      expect(res.status).toBe(404)
      expect(res.body).toEqual([{ code: 404, description: expect.stringContaining(code) }])
    }
    const xml = await api(server).get(`${base}/services/NOPE.xml`)
    expect(xml.status).toBe(404)
    expect(wellFormed(xml.text).errors.error[0].code).toBe(404)
    expect((await api(server).get(`${base}/services.csv`)).status).toBe(404)
    expect((await api(server).get(`${base}/nothing.json`)).status).toBe(404)
  })
})

describe('posting a request', () => {
  let id: string
  let token: string

  it('refuses a post without a valid key of this municipality with 403', async () => {
    const { api_key: _none, ...noKey } = { ...GOOD, api_key: '' }
    for (const key of [undefined, 'o311_wrong', keys.nova]) {
      const res = await post(key ? { ...noKey, api_key: key } : noKey)
      expect(res.status).toBe(403)
      expect(res.body).toEqual([{ code: 403, description: expect.stringContaining('api_key') }])
    }
    const xml = await post(GOOD, base, 'xml')
    expect(xml.status).toBe(403)
    expect(wellFormed(xml.text).errors.error[0].code).toBe(403)
  })

  it('creates the request with a valid key and finds it by id and by token', async () => {
    const res = await post({ ...GOOD, api_key: keys.villa })
    expect(res.status).toBe(201)
    expect(valid('posted', res.body)).toBe(true)
    id = res.body[0].service_request_id
    token = res.body[0].token
    expect(id).toMatch(/^ARB-\d{4}-\d{6}$/)

    const one = await api(server).get(`${base}/requests/${id}.json`)
    expect(one.status).toBe(200)
    expect(valid('requests', one.body)).toBe(true)
    expect(one.body[0]).toMatchObject({
      service_request_id: id,
      status: 'open',
      service_code: 'ARB',
      service_name: 'Servicio ARB',
      description: 'Rama grande sobre los cables.',
      agency_responsible: 'Villa Esperanza',
      address: 'Bulevar Artigas 1234',
      lat: -34.905,
      long: -56.191,
      media_url: 'https://fotos.example.org/rama.jpg',
    })
    const byToken = await api(server).get(`${base}/tokens/${token}.json`)
    expect(valid('token', byToken.body)).toBe(true)
    expect(byToken.body).toEqual([{ service_request_id: id, token }])
    const xml = wellFormed((await api(server).get(`${base}/tokens/${token}.xml`)).text)
    expect(xml.service_requests.request[0].service_request_id).toBe(id)

    const stored = await api(server)
      .get('/api/servi-requests')
      .query({ where: { trackingCode: { equals: id }, tenant: { equals: villa } } })
      .set(auth(tokens.platform))
    expect(stored.body.docs[0]).toMatchObject({
      source: 'open311',
      requesterName: 'Carla Gómez',
      requesterEmail: 'carla.gomez@correo.test',
      answers: { especie: 'Plátano', riesgo: 'alto', danos: ['cables', 'vereda'], altura: 12, urgente: true },
    })
    const key = await api(server).get('/api/servi-open311-keys').set(auth(tokens.villaAdmin))
    expect(key.body.docs[0].lastUsedAt).toBeTruthy()
  })

  it('lists requests without personal data, in JSON and XML, and filters them', async () => {
    const res = await api(server).get(`${base}/requests.json`)
    expect(res.status).toBe(200)
    expect(valid('requests', res.body)).toBe(true)
    expect(res.body.map((r: { service_request_id: string }) => r.service_request_id)).toContain(id)
    const xml = await api(server).get(`${base}/requests.xml`)
    const parsed = wellFormed(xml.text)
    expect(parsed.service_requests.request.map((r: { service_request_id: string }) => r.service_request_id)).toContain(
      id,
    )
    for (const text of [JSON.stringify(res.body), xml.text]) {
      for (const secret of ['Carla', 'Gómez', 'carla.gomez', '99 123 456']) expect(text).not.toContain(secret)
    }
    const closed = await api(server).get(`${base}/requests.json`).query({ status: 'closed' })
    expect(closed.body.map((r: { status: string }) => r.status)).not.toContain('open')
    expect(closed.body.map((r: { service_request_id: string }) => r.service_request_id)).not.toContain(id)
    const open = await api(server).get(`${base}/requests.json`).query({ status: 'open', service_code: 'ARB' })
    expect(open.body.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([id])
    const byIds = await api(server)
      .get(`${base}/requests.json`)
      .query({ service_request_id: `${id},ARB-1999-000001` })
    expect(byIds.body).toHaveLength(1)
    // Nova's requests are never listed under Villa, nor Villa's under Nova.
    const novaList = await api(server).get('/api/open311/v2/nova-esperanca/requests.json')
    expect(novaList.body.map((r: { service_request_id: string }) => r.service_request_id)).not.toContain(id)
    expect((await api(server).get(`/api/open311/v2/nova-esperanca/requests/${id}.json`)).status).toBe(404)
  })

  it('names wrong attributes, a missing location and bad dates with 400', async () => {
    const bad = await post({
      ...GOOD,
      api_key: keys.villa,
      'attribute[riesgo]': 'altisimo',
      'attribute[altura]': 'muy alto',
      'attribute[inventado]': 'x',
    })
    expect(bad.status).toBe(400)
    const descriptions = bad.body.map((e: { code: number; description: string }) => {
      expect(e.code).toBe(400)
      return e.description.split(':')[0]
    })
    expect(descriptions.sort()).toEqual(['attribute[altura]', 'attribute[inventado]', 'attribute[riesgo]'])
    const { lat: _lat, long: _long, address_string: _address, ...nowhere } = GOOD
    const noLocation = await post({ ...nowhere, api_key: keys.villa })
    expect(noLocation.status).toBe(400)
    expect(noLocation.body[0].description).toMatch(/lat/)
    const unknown = await post({ ...GOOD, api_key: keys.villa, service_code: 'NOPE' })
    expect(unknown.status).toBe(404)
    const long = await post({ ...GOOD, api_key: keys.villa, description: 'x'.repeat(4001) })
    expect(long.status).toBe(400)
    expect(long.body[0].description).toMatch(/^description:/)

    const range = await api(server)
      .get(`${base}/requests.json`)
      .query({ start_date: '2026-01-01T00:00:00Z', end_date: '2026-06-01T00:00:00Z' })
    expect(range.status).toBe(400)
    expect(range.body[0].description).toContain('90')
    const garbage = await api(server).get(`${base}/requests.xml`).query({ start_date: 'ayer' })
    expect(garbage.status).toBe(400)
    expect(wellFormed(garbage.text).errors.error[0].description).toContain('start_date')
    const status = await api(server).get(`${base}/requests.json`).query({ status: 'pending' })
    expect(status.status).toBe(400)
  })
})

// A real client on every service, what real clients send, privacy, and the rate limit (which must come last
// but one: it fills a visitor's bucket); the module switch stays last.
open311ClientCases()
open311FixCases()

describe('MuniServi switched off', () => {
  it('answers 404 on every Open311 path of that municipality, and only there', async () => {
    const off = await api(server).patch(`/api/municipalities/${villa}`).set(auth(tokens.platform)).send({ modules: [] })
    expect(off.status).toBe(200)
    for (const url of [
      `${base}/discovery.json`,
      `${base}/services.json`,
      `${base}/services/ARB.json`,
      `${base}/requests.json`,
    ]) {
      const res = await api(server).get(url)
      expect(res.status).toBe(404)
      expect(res.body[0].code).toBe(404)
    }
    const posted = await post({ ...GOOD, api_key: keys.villa })
    expect(posted.status).toBe(404)
    const xml = await api(server).get(`${base}/services.xml`)
    expect(xml.status).toBe(404)
    expect(wellFormed(xml.text).errors.error[0].code).toBe(404)
    expect((await api(server).get('/api/open311/v2/nova-esperanca/services.json')).status).toBe(200)
    expect((await api(server).get('/api/open311/v2/atlantida/services.json')).status).toBe(404)
    await api(server)
      .patch(`/api/municipalities/${villa}`)
      .set(auth(tokens.platform))
      .send({ modules: ['muniservi'] })
  })
})
