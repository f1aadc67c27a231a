/** MuniParticipa's census hashing (normalization, keyed hashes, CSV parsing) and phases by time. */
import { currentPhase } from '../lib/actions/index'
import { censusHash, normalBirthDate, normalDocument, parseCensus } from '../lib/census'

const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv

describe('census', () => {
  it('normalizes document numbers and birth dates, refusing impossible dates', () => {
    expect(normalDocument(' 1.234.567-8 ')).toBe('12345678')
    expect(normalBirthDate('1990-02-28')).toBe('1990-02-28')
    expect(normalBirthDate('28/02/1990')).toBe('1990-02-28')
    for (const bad of ['1990-02-30', '31/04/1990', '1990/02/01', '', 'ayer']) expect(normalBirthDate(bad)).toBeNull()
  })

  it('keys hashes by the municipality and the platform secret', () => {
    const a = censusHash(1, '12345678', '1990-02-28', env({ CENSUS_HMAC_KEY: 'clave' }))
    expect(a).toMatch(/^[0-9a-f]{64}$/)
    expect(censusHash(1, '12345678', '1990-02-28', env({ CENSUS_HMAC_KEY: 'clave' }))).toBe(a)
    expect(censusHash(2, '12345678', '1990-02-28', env({ CENSUS_HMAC_KEY: 'clave' }))).not.toBe(a)
    expect(censusHash(1, '12345678', '1990-02-28', env({ CENSUS_HMAC_KEY: 'otra' }))).not.toBe(a)
    expect(a).not.toContain('12345678')
  })

  it('parses a CSV with or without a header, naming the lines it cannot read and why', () => {
    const { entries, errors } = parseCensus(
      'documento;nacimiento\n1.234.567-8;28/02/1990\n\n"AB123",1985-12-01\nx,1990-01-01\n999,1990-13-01\n12345\n',
    )
    expect(entries).toEqual([
      { document: '12345678', birthDate: '1990-02-28', line: 2 },
      { document: 'AB123', birthDate: '1985-12-01', line: 4 },
    ])
    expect(errors).toEqual([
      { line: 5, field: 'document', value: 'x' },
      { line: 6, field: 'birthDate', value: '1990-13-01' },
      { line: 7, field: 'birthDate', value: '' },
    ])
    // A first line with digits is a census line, not a header.
    expect(parseCensus('1234567,1990-02-31').errors).toEqual([{ line: 1, field: 'birthDate', value: '1990-02-31' }])
  })
})

describe('phases', () => {
  const process = {
    id: 1,
    phases: [
      { phase: 'proposals', startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-02-01T00:00:00Z' },
      { phase: 'supports', startsAt: '2026-02-01T00:00:00Z', endsAt: '2026-03-01T00:00:00Z' },
    ],
  }
  it('are by server time, end-exclusive, and none between or after them', () => {
    expect(currentPhase(process, Date.parse('2026-01-15T00:00:00Z'))).toBe('proposals')
    expect(currentPhase(process, Date.parse('2026-02-01T00:00:00Z'))).toBe('supports')
    expect(currentPhase(process, Date.parse('2026-03-01T00:00:00Z'))).toBeNull()
    expect(currentPhase(process, Date.parse('2025-12-31T23:59:59Z'))).toBeNull()
  })
})
