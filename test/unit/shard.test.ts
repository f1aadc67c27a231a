/** CI's two lanes each run one part of the isolation matrix (ISOLATION_SHARD): together, every collection once. */
import { shardOf } from '../../test/security/registry'

const items = ['news', 'bids', 'events', 'pages', 'media', 'tenders', 'services'].map((slug) => ({ slug }))

describe('ISOLATION_SHARD', () => {
  it('splits the collections into parts that together hold each one exactly once', () => {
    for (const n of [1, 2, 3]) {
      const parts = Array.from({ length: n }, (_, i) => shardOf(items, `${i + 1}/${n}`).map((c) => c.slug))
      expect(parts.flat().sort()).toEqual(items.map((c) => c.slug).sort())
      for (const part of parts) expect(part.length).toBeGreaterThanOrEqual(Math.floor(items.length / n))
    }
    expect(shardOf(items, '1/2').map((c) => c.slug)).toEqual(['bids', 'media', 'pages', 'tenders'])
    // Unset (an empty value too): the whole list.
    expect(shardOf(items, '')).toBe(items)
  })

  it('refuses what is not k/n', () => {
    for (const bad of ['0/2', '3/2', 'half', '1/0'])
      expect(() => shardOf(items, bad)).toThrow(`ISOLATION_SHARD must be k/n with 1 ≤ k ≤ n, not "${bad}"`)
  })
})
