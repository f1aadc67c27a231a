/** The shared state and helpers of open311.test.ts: the Open311 schemas, the server, API keys and the POST helper. */
import fs from 'node:fs'
import path from 'node:path'

import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { account, api, auth, login, municipalityId, ROOT, startServer, type TestServer } from '@e-muni/sdk/testing'

const STANDARD = path.resolve(ROOT, '../shared/standards/open311-georeport-v2')
const schema = (name: string) => JSON.parse(fs.readFileSync(path.join(STANDARD, name), 'utf8'))

const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)
// The spec's Swagger uses formats of its own for identifiers and numbers.
for (const format of ['uid', 'uint', 'double']) ajv.addFormat(format, true)
ajv.addSchema(schema('service.json'), 'service.json')
ajv.addSchema(schema('request.json'), 'request.json')
const swagger = schema('swagger.json')
const validators = {
  services: ajv.compile(schema('services.json')),
  definition: ajv.compile(schema('service-definition.json')),
  requests: ajv.compile(schema('requests.json')),
  posted: ajv.compile({ type: 'array', minItems: 1, items: swagger.definitions.RequestResponse }),
  token: ajv.compile({ type: 'array', minItems: 1, items: swagger.definitions.TokenResponse }),
}
export const valid = (name: keyof typeof validators, body: unknown) => {
  const ok = validators[name](body)
  if (!ok) throw new Error(`${name}: ${ajv.errorsText(validators[name].errors)} in ${JSON.stringify(body)}`)
  return ok
}
const xmlParser = new XMLParser({
  isArray: (name) => ['service', 'request', 'error', 'attribute', 'value'].includes(name),
})
export const wellFormed = (text: string) => {
  expect(XMLValidator.validate(text)).toBe(true)
  return xmlParser.parse(text)
}

export const SUBMIT_LIMIT = 80
export const PORTAL_CLIENT_SECRET = 'open311-test-portal-secret'
export let server: TestServer
export let villa: number | string
export let nova: number | string
export const keys: Record<string, string> = {}
export const tokens: Record<string, string> = {}
export const base = '/api/open311/v2/villa-esperanza'

const FORM = [
  { key: 'especie', type: 'text', label: 'Especie del árbol', required: true },
  {
    key: 'riesgo',
    type: 'select',
    label: 'Riesgo',
    required: true,
    options: [
      { value: 'bajo', label: 'Bajo' },
      { value: 'alto', label: 'Alto' },
    ],
  },
  {
    key: 'danos',
    type: 'multiselect',
    label: 'Daños',
    options: [
      { value: 'cables', label: 'Cables' },
      { value: 'vereda', label: 'Vereda' },
    ],
  },
  { key: 'altura', type: 'number', label: 'Altura (m)', min: 1, max: 40 },
  { key: 'urgente', type: 'checkbox', label: 'Urgente' },
  { key: 'foto', type: 'file', label: 'Foto' },
]

export const service = async (
  tenant: number | string,
  token: string,
  code: string,
  extra: Record<string, unknown> = {},
) => {
  const res = await api(server)
    .post('/api/servi-services')
    .set(auth(token))
    .send({
      tenant,
      code,
      name: `Servicio ${code}`,
      summary: `Resumen ${code}`,
      maxBusinessDays: 5,
      audience: ['people'],
      open311: true,
      keywords: ['árbol', 'poda'],
      form: FORM,
      ...extra,
    })
  expect(res.status).toBe(201)
}
const newKey = async (tenant: number | string, token: string) => {
  const res = await api(server).post('/api/servi-open311-keys').set(auth(token)).send({ tenant, name: 'App vecinal' })
  expect(res.status).toBe(201)
  expect(res.body.doc.key).toMatch(/^o311_/)
  expect(res.body.doc.keyHash).toBeUndefined()
  return res.body.doc.key as string
}

export const post = (fields: Record<string, string | string[]>, where = base, format = 'json') =>
  api(server).post(`${where}/requests.${format}`).type('form').send(fields)

export const GOOD = {
  service_code: 'ARB',
  lat: '-34.905',
  long: '-56.191',
  address_string: 'Bulevar Artigas 1234',
  email: 'carla.gomez@correo.test',
  first_name: 'Carla',
  last_name: 'Gómez',
  phone: '+598 99 123 456',
  description: 'Rama grande sobre los cables.',
  media_url: 'https://fotos.example.org/rama.jpg',
  'attribute[especie]': 'Plátano',
  'attribute[riesgo]': 'alto',
  'attribute[danos][]': ['cables', 'vereda'],
  'attribute[altura]': '12',
  'attribute[urgente]': 'true',
}

/** Starts the server, logs the admins in, creates the test services and API keys: the entry file's beforeAll. */
export const setUp = async () => {
  // A visitor the portal states (with its secret) has a bucket of its own: the 429 case fills one.
  server = await startServer({ env: { SUBMIT_RATE_LIMIT: String(SUBMIT_LIMIT), PORTAL_CLIENT_SECRET } })
  villa = await municipalityId(server, 'villa-esperanza')
  nova = await municipalityId(server, 'nova-esperanca')
  tokens.villaAdmin = await login(server, account('municipal-admin', 'villa-esperanza'))
  tokens.novaAdmin = await login(server, account('municipal-admin', 'nova-esperanca'))
  tokens.platform = await login(server, account('platform-admin', null))
  // The demo seed already has services (POD, BAC, …): these codes are the test's own.
  await service(villa, tokens.villaAdmin, 'ARB', { locationPrivacy: 'exact' })
  await service(villa, tokens.villaAdmin, 'INT', { open311: false })
  await service(villa, tokens.villaAdmin, 'DOC', {
    form: [{ key: 'plano', type: 'file', label: 'Plano', required: true }],
  })
  await service(nova, tokens.novaAdmin, 'NOV')
  keys.villa = await newKey(villa, tokens.villaAdmin)
  keys.nova = await newKey(nova, tokens.novaAdmin)
}

/** Stops the server: the entry file's afterAll. */
export const tearDown = async () => {
  await server?.stop()
}
