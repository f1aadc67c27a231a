/**
 * MuniServi's part of the app's fuzzer (`fixtures.fuzz`): the real service codes, tracking codes, form keys
 * and an Open311 key of the municipality; its forms' answers; targets for its REST endpoints — the service
 * request form (`/api/m/{municipality}/muniservi/requests`, JSON or multipart) and Open311 GeoReport v2
 * (fuzzOpen311.ts).
 */
import type { FuzzCase, FuzzFixtures, FuzzKit, FuzzTarget } from '@e-muni/sdk/testing'

import { open311 } from './fuzzOpen311'

/** A service form's answers: its keys with hostile values. */
const shaped = (kit: FuzzKit) => {
  const keys = kit.values('answerkey')
  return {
    answers: keys.length
      ? kit.fc
          .array(kit.fc.tuple(kit.fc.constantFrom(...keys), kit.fc.oneof(kit.hostile.any, kit.hostile.string)), {
            maxLength: 6,
          })
          .map((entries) => Object.fromEntries(entries) as unknown)
      : kit.hostile.any,
  }
}

/** POST /api/m/{municipality}/muniservi/requests, JSON or multipart. */
const serviceRequests = (kit: FuzzKit): FuzzTarget[] => {
  const answers = shaped(kit).answers
  const body = kit.withExtraKeys(
    kit.fc.record(
      {
        service: kit.fc.oneof({ weight: 3, arbitrary: kit.pick('service') }, { weight: 2, arbitrary: kit.hostile.any }),
        answers: kit.fc.oneof({ weight: 3, arbitrary: answers }, { weight: 1, arbitrary: kit.hostile.any }),
        description: kit.text,
        location: kit.fc.oneof(
          kit.fc.record(
            {
              lat: kit.fc.oneof(kit.hostile.number, kit.hostile.string),
              lng: kit.fc.oneof(kit.hostile.number, kit.hostile.string),
              address: kit.text,
            },
            { requiredKeys: [] },
          ),
          kit.hostile.any,
        ),
        name: kit.text,
        email: kit.fc.oneof(kit.fc.emailAddress(), kit.hostile.string),
        phone: kit.text,
        language: kit.fc.oneof(kit.fc.constantFrom('es', 'pt', 'en', 'fr', 'xx'), kit.hostile.string),
      },
      { requiredKeys: [] },
    ),
  )
  const path = (slug: string) => `/api/m/${slug}/muniservi/requests`
  return [
    {
      name: 'POST /api/m/:municipality/muniservi/requests (JSON)',
      runs: 150,
      arbitrary: kit.fc
        .tuple(
          kit.actor,
          kit.slug,
          kit.fc.oneof({ weight: 5, arbitrary: body }, { weight: 1, arbitrary: kit.hostile.any }),
        )
        .map(([actor, slug, b]) => ({ actor, request: { method: 'POST', path: path(slug), body: b ?? null } })),
    },
    {
      name: 'POST /api/m/:municipality/muniservi/requests (multipart, raw)',
      runs: 100,
      arbitrary: kit.fc
        .tuple(
          kit.actor,
          kit.slug,
          body,
          kit.fc.array(
            kit.fc.tuple(
              kit.fc.oneof(
                kit.pick('answerkey'),
                kit.hostile.string.filter((s) => s.length < 100),
              ),
              kit.file,
            ),
            { maxLength: 3 },
          ),
          kit.fc.constantFrom(undefined, undefined, 0.5, 0.9),
          kit.fc.boolean(),
          kit.rawBody,
        )
        .map(([actor, slug, b, files, truncate, raw, malformed]): FuzzCase => {
          if (raw)
            return {
              actor,
              request: {
                method: 'POST',
                path: path(slug),
                headers: malformed.headers,
                body: malformed.body,
                note: malformed.note,
              },
            }
          const parts = [
            { name: 'data', content: JSON.stringify(b) },
            ...files.map(([key, f]) => ({
              name: `answers.${key.replace(/["\r\n]/g, '')}`,
              filename: f.name.replace(/["\r\n]/g, ''),
              type: f.type,
              content: f.bytes,
            })),
          ]
          return {
            actor,
            request: {
              method: 'POST',
              path: path(slug),
              headers: { 'Content-Type': kit.MULTIPART },
              body: kit.multipart(parts, truncate),
              note: `multipart data=${kit.summarize(b, 200)} files=${files.length}${truncate ? ` truncated ${truncate}` : ''}`,
            },
          }
        }),
    },
  ]
}

export const fuzz: FuzzFixtures = {
  values: async ({ server, admin, platform, municipality }) => {
    const read = async (collection: string) => {
      const res = await fetch(
        `${server.url}/api/${collection}?${new URLSearchParams({
          'where[tenant][equals]': String(municipality.id),
          pagination: 'false',
          depth: '0',
        })}`,
        { headers: { Authorization: `JWT ${platform}` } },
      )
      if (res.status !== 200) throw new Error(`fuzz values: reading ${collection}: ${res.status}`)
      return ((await res.json()) as { docs: Record<string, unknown>[] }).docs
    }
    const created = await fetch(`${server.url}/api/servi-open311-keys`, {
      method: 'POST',
      headers: { Authorization: `JWT ${admin}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ tenant: municipality.id, name: 'Fuzz' }),
    })
    if (created.status !== 201) throw new Error(`fuzz values: an Open311 key: ${created.status}`)
    const key = String(((await created.json()) as { doc: { key: string } }).doc.key)
    const services = await read('servi-services')
    return {
      values: {
        service: services.map((s) => String(s.code)),
        code: (await read('servi-requests')).map((r) => String(r.trackingCode)),
        answerKey: services.flatMap((s) => ((s.form ?? []) as { key: string }[]).map((f) => f.key)),
        api_key: [key],
      },
      secrets: [key],
    }
  },
  shaped,
  targets: (kit) => [...serviceRequests(kit), ...open311(kit)],
}
