/** MuniServi's Open311 GeoReport v2 endpoints for the app's fuzzer: POST requests, GET lists and items, as .json or .xml. */
import type { FuzzCase, FuzzKit, FuzzTarget } from '@e-muni/sdk/testing'

/** Open311 GeoReport v2: POST requests, GET lists and items, each as .json or .xml. */
export const open311 = (kit: FuzzKit): FuzzTarget[] => {
  const format = kit.fc.constantFrom('json', 'xml', 'html', '')
  const base = (slug: string) => `/api/open311/v2/${slug}`
  const form = kit.fc
    .tuple(
      kit.fc.record(
        {
          api_key: kit.fc.oneof(
            { weight: 4, arbitrary: kit.pick('api_key') },
            { weight: 1, arbitrary: kit.hostile.string },
          ),
          service_code: kit.fc.oneof(
            { weight: 3, arbitrary: kit.pick('service') },
            { weight: 1, arbitrary: kit.hostile.string },
          ),
          lat: kit.fc.oneof(kit.hostile.number.map(String), kit.hostile.string),
          long: kit.fc.oneof(kit.hostile.number.map(String), kit.hostile.string),
          address_string: kit.hostile.string,
          description: kit.hostile.string,
          first_name: kit.hostile.string,
          last_name: kit.hostile.string,
          email: kit.fc.oneof(kit.fc.emailAddress(), kit.hostile.string),
          phone: kit.hostile.string,
          media_url: kit.fc.oneof(
            kit.fc.constantFrom('https://example.org/a.png', 'javascript:alert(1)', 'http://', 'https://x y'),
            kit.hostile.string,
          ),
          device_id: kit.hostile.string,
        },
        { requiredKeys: [] },
      ),
      kit.fc.array(
        kit.fc.tuple(
          kit.fc.oneof(
            kit.pick('answerkey'),
            kit.hostile.string.filter((s) => s.length < 60),
          ),
          kit.fc.boolean(),
          kit.hostile.string,
        ),
        { maxLength: 4 },
      ),
    )
    .map(([fields, attributes]) => [
      ...Object.entries(fields),
      ...attributes.map(([k, list, v]) => [`attribute[${k}]${list ? '[]' : ''}`, v] as [string, unknown]),
    ])
  return [
    {
      name: 'POST /api/open311/v2/:municipality/requests',
      runs: 120,
      arbitrary: kit.fc
        .tuple(
          kit.actor,
          kit.slug,
          format,
          form,
          kit.fc.constantFrom(
            'application/x-www-form-urlencoded',
            'application/x-www-form-urlencoded',
            'multipart',
            'application/json',
            'text/plain',
          ),
          kit.fc.boolean(),
        )
        .map(([actor, slug, f, pairs, type, raw]): FuzzCase => {
          const path = `${base(slug)}/requests${f ? `.${f}` : ''}`
          if (type === 'multipart')
            return {
              actor,
              request: {
                method: 'POST',
                path,
                headers: { 'Content-Type': kit.MULTIPART },
                body: kit.multipart(pairs.map(([k, v]) => ({ name: k.replace(/["\r\n]/g, ''), content: String(v) }))),
                note: `multipart ${kit.summarize(Object.fromEntries(pairs), 300)}`,
              },
            }
          return {
            actor,
            request: {
              method: 'POST',
              path,
              headers: { 'Content-Type': type },
              body:
                type === 'application/json' ? JSON.stringify(Object.fromEntries(pairs)) : kit.queryString(pairs, raw),
              note: `${type} ${kit.summarize(Object.fromEntries(pairs), 300)}`,
            },
          }
        }),
    },
    {
      name: 'GET /api/open311/v2/:municipality/:resource',
      runs: 80,
      arbitrary: kit.fc
        .tuple(
          kit.actor,
          kit.slug,
          kit.fc.oneof(
            kit.fc.constantFrom('discovery', 'services', 'requests', 'tokens', 'x'),
            kit.hostile.string.filter((s) => s.length < 100).map(kit.enc),
          ),
          format,
          kit.fc.array(
            kit.fc.tuple(
              kit.fc.constantFrom(
                'start_date',
                'end_date',
                'status',
                'service_request_id',
                'service_code',
                'jurisdiction_id',
                'page',
                '__proto__',
              ),
              kit.fc.oneof(
                kit.hostile.date,
                kit.hostile.string,
                kit.fc.constantFrom(
                  'open',
                  'closed',
                  'open,closed',
                  Array.from({ length: 150 }, (_, i) => `X-${i}`).join(','),
                ),
              ),
            ),
            { maxLength: 4 },
          ),
          kit.fc.boolean(),
        )
        .map(([actor, slug, resource, f, params, raw]) => ({
          actor,
          request: {
            method: 'GET',
            path: `${base(slug)}/${resource}${f ? `.${f}` : ''}?${kit.queryString(params, raw)}`,
          },
        })),
    },
    {
      name: 'GET /api/open311/v2/:municipality/:resource/:id',
      runs: 60,
      arbitrary: kit.fc
        .tuple(
          kit.actor,
          kit.slug,
          kit.fc.constantFrom('services', 'requests', 'tokens', 'x'),
          kit.fc.oneof(
            kit.pick('service'),
            kit.pick('code'),
            kit.hostile.string.filter((s) => s.length < 300),
          ),
          format,
        )
        .map(([actor, slug, kind, id, f]) => ({
          actor,
          request: { method: 'GET', path: `${base(slug)}/${kind}/${kit.enc(id)}${f ? `.${f}` : ''}` },
        })),
    },
  ]
}
