/**
 * MuniParticipa's part of the app's fuzzer (`fixtures.fuzz`): its census import
 * (`/api/m/{municipality}/muniparticipa/census`), as CSV text or multipart.
 */
import type { FuzzCase, FuzzFixtures, FuzzKit, FuzzTarget, FuzzActor } from '@e-muni/sdk/testing'

/** POST /api/m/{municipality}/muniparticipa/census: CSV text or multipart. */
const census = (kit: FuzzKit): FuzzTarget => {
  const line = kit.fc.oneof(
    kit.fc
      .tuple(
        kit.fc.oneof(kit.fc.stringMatching(/^[0-9]{6,12}$/), kit.hostile.string),
        kit.fc.oneof(kit.hostile.date, kit.fc.constantFrom('1980-05-17', '17/05/1980', '')),
      )
      .map(([d, b]) => `${d},${b}`),
    kit.hostile.string,
    kit.fc.constantFrom(
      'document,birthDate',
      ',,,,',
      '"unterminated,1990-01-01',
      '"a""b",1990-01-01',
      '\u0000,\u0000',
      '=cmd|"/c calc"!A0,1990-01-01',
    ),
  )
  const csv = kit.fc.oneof(
    {
      weight: 4,
      arbitrary: kit.fc
        .tuple(kit.fc.array(line, { maxLength: 30 }), kit.fc.constantFrom('\n', '\r\n', '\r'))
        .map(([lines, eol]) => lines.join(eol)),
    },
    {
      weight: 1,
      arbitrary: kit.fc
        .integer({ min: 1_000, max: 20_000 })
        .map((n) => Array.from({ length: n }, (_, i) => `${10_000_000 + i},1990-01-01`).join('\n')),
    },
    { weight: 1, arbitrary: kit.hostile.string },
  )
  return {
    name: 'POST /api/m/:municipality/muniparticipa/census',
    runs: 80,
    arbitrary: kit.fc
      .tuple(
        kit.fc.oneof(
          { weight: 4, arbitrary: kit.fc.constant<FuzzActor>('municipal-admin') },
          { weight: 1, arbitrary: kit.actor },
        ),
        kit.slug,
        csv,
        kit.fc.constantFrom('text/csv', 'text/plain', 'text/csv; charset=latin1', 'multipart', 'application/json', ''),
      )
      .map(([actor, slug, body, type]): FuzzCase => {
        const path = `/api/m/${slug}/muniparticipa/census`
        if (type === 'multipart')
          return {
            actor,
            request: {
              method: 'POST',
              path,
              headers: { 'Content-Type': kit.MULTIPART },
              body: kit.multipart([{ name: 'file', filename: 'census.csv', type: 'text/csv', content: body }]),
              note: `multipart csv ${kit.summarize(body, 200)}`,
            },
          }
        return {
          actor,
          request: {
            method: 'POST',
            path,
            headers: type ? { 'Content-Type': type } : {},
            body,
            note: `${type}: ${kit.summarize(body, 200)}`,
          },
        }
      }),
  }
}

export const fuzz: FuzzFixtures = { targets: (kit) => [census(kit)] }
