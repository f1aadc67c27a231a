/**
 * MuniCompra's part of the app's fuzzer (`fixtures.fuzz`): its OCDS endpoints (the OCIDs come from the
 * fuzzer's reading of every collection).
 */
import type { FuzzFixtures, FuzzKit, FuzzTarget } from '@e-muni/sdk/testing'

/** OCDS: releases.json (paged, filtered), releases/{ocid}.json, records/{ocid}.json. */
const ocds = (kit: FuzzKit): FuzzTarget => ({
  name: 'GET /api/ocds/:municipality/…',
  runs: 80,
  arbitrary: kit.fc
    .tuple(
      kit.actor,
      kit.slug,
      kit.fc.constantFrom('releases.json', 'releases', 'records'),
      kit.fc.oneof(
        kit.pick('ocid'),
        kit.hostile.string.filter((s) => s.length < 300),
      ),
      kit.fc.array(
        kit.fc.tuple(
          kit.fc.constantFrom('page', 'limit', 'since', 'until', 'since[]', 'limit[a]', '__proto__'),
          kit.fc.oneof(kit.hostile.number.map(String), kit.hostile.date, kit.hostile.string),
        ),
        { maxLength: 4 },
      ),
      kit.fc.boolean(),
    )
    .map(([actor, slug, kind, ocid, params, raw]) => ({
      actor,
      request: {
        method: 'GET',
        path:
          kind === 'releases.json'
            ? `/api/ocds/${slug}/releases.json?${kit.queryString(params, raw)}`
            : `/api/ocds/${slug}/${kind}/${kit.enc(ocid)}.json`,
      },
    })),
})

export const fuzz: FuzzFixtures = { targets: (kit) => [ocds(kit)] }
