/** MuniCompra's sealing of bids (keys, AES-256-GCM, tampering) and its OCDS helpers (ocid prefix, record compilation). */
import { createHash } from 'node:crypto'

import { muniCompra } from '../index'
import { compile, prune } from '../lib/ocds'
import { buildRelease, type ReleaseInput } from '../lib/ocdsRelease'
import { masterKey, open, seal } from '../lib/sealing'

const HEX = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff'
const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv
const keyOf = (vars: Record<string, string>) => {
  const state = masterKey(env(vars))
  if ('problem' in state) throw new Error(state.problem)
  return state.key
}

describe('the sealing key', () => {
  it('takes 64 hex characters, 32 bytes in base64, or a long passphrase', () => {
    expect(keyOf({ BID_SEALING_KEY: HEX }).toString('hex')).toBe(HEX)
    const b64 = Buffer.from(HEX, 'hex').toString('base64')
    expect(keyOf({ BID_SEALING_KEY: b64 }).toString('hex')).toBe(HEX)
    const phrase = 'una frase de paso larga para sellar ofertas'
    expect(keyOf({ BID_SEALING_KEY: phrase })).toEqual(createHash('sha256').update(phrase).digest())
  })

  it('refuses a short key, and a production server without one', () => {
    expect(masterKey(env({ BID_SEALING_KEY: 'corta' }))).toEqual({
      problem: expect.stringContaining('BID_SEALING_KEY'),
    })
    expect(masterKey(env({ NODE_ENV: 'production' }))).toEqual({
      problem: 'BID_SEALING_KEY is not set.',
    })
    // Development derives one from the Payload secret (different secrets, different keys).
    const a = keyOf({ NODE_ENV: 'development', PAYLOAD_SECRET: 'uno' })
    const b = keyOf({ NODE_ENV: 'development', PAYLOAD_SECRET: 'dos' })
    expect(a).toHaveLength(32)
    expect(a.equals(b)).toBe(false)
  })
})

describe('sealed bids', () => {
  const key = Buffer.from(HEX, 'hex')
  const ids = { tender: '7', supplier: '3' }
  const content = {
    amount: 1234567.89,
    currency: 'UYU',
    documents: [{ name: 'a.pdf', mimeType: 'application/pdf', base64: 'JVBERi0xLjQ=' }],
  }

  it('seals to ciphertext only, with the SHA-256 of what is stored, and opens again', () => {
    const { sealed, sha256 } = seal(key, ids, content)
    expect(sealed).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/)
    for (const plain of ['1234567', 'UYU', 'a.pdf', 'JVBER']) expect(sealed).not.toContain(plain)
    expect(sha256).toBe(createHash('sha256').update(sealed).digest('hex'))
    expect(open(key, ids, sealed)).toEqual(content)
    // A new IV each time: the same content never seals the same way twice.
    expect(seal(key, ids, content).sealed).not.toBe(sealed)
  })

  it('does not open with another key, another tender, another supplier, or after tampering', () => {
    const { sealed } = seal(key, ids, content)
    const other = Buffer.from(HEX.replace('00', 'ff'), 'hex')
    expect(() => open(other, ids, sealed)).toThrow()
    expect(() => open(key, { ...ids, tender: '8' }, sealed)).toThrow()
    expect(() => open(key, { ...ids, supplier: '4' }, sealed)).toThrow()
    const parts = sealed.split('.')
    const flipped = Buffer.from(parts[3], 'base64url')
    flipped[0] ^= 1
    expect(() => open(key, ids, [...parts.slice(0, 3), flipped.toString('base64url')].join('.'))).toThrow()
    expect(() => open(key, ids, 'not-sealed')).toThrow('Not a sealed bid.')
  })
})

describe('OCDS helpers', () => {
  it('takes the ocid prefix as a checked install option', () => {
    expect(muniCompra({ ocdsPrefix: 'ocds-abc123' }).options).toEqual({ ocdsPrefix: 'ocds-abc123' })
    expect(muniCompra().options).toEqual({ ocdsPrefix: 'ocds-emuni0' })
    for (const bad of ['ocds-ABC123', 'ocds-abc12', 'abc123', 'ocds-abc1234'])
      expect(() => muniCompra({ ocdsPrefix: bad })).toThrow(`MuniCompra's ocdsPrefix "${bad}" must be "ocds-"`)
  })

  it('drops what is unknown rather than publishing nulls', () => {
    expect(prune({ a: null, b: '', c: [], d: { e: undefined }, f: 0, g: [null, 'x'] })).toEqual({ f: 0, g: ['x'] })
  })

  it('compiles releases oldest first, merging arrays of objects by id', () => {
    const compiled = compile([
      {
        ocid: 'o',
        id: 'o-2',
        date: '2026-02-01T00:00:00Z',
        tag: ['award'],
        tender: { status: 'complete' },
        awards: [{ id: 'a1', status: 'active' }],
      },
      {
        ocid: 'o',
        id: 'o-1',
        date: '2026-01-01T00:00:00Z',
        tag: ['tender'],
        tender: { title: 'T', status: 'active' },
        awards: [{ id: 'a1', value: { amount: 5 } }],
      },
    ])
    // The id changes with each new release (a consumer that caches by id sees the update).
    expect(compiled).toStrictEqual({
      ocid: 'o',
      id: 'o-2026-02-01T00:00:00Z',
      date: '2026-02-01T00:00:00Z',
      tag: ['compiled'],
      tender: { title: 'T', status: 'complete' },
      awards: [{ id: 'a1', value: { amount: 5 }, status: 'active' }],
    })
  })

  it('removes a field a later release sets to null, and replaces whole lists', () => {
    const compiled = compile([
      {
        ocid: 'o',
        id: 'o-1',
        date: '2026-01-01T00:00:00Z',
        tender: { title: 'T', description: 'D', submissionMethod: ['written', 'inPerson'] },
        parties: [{ id: 'p', roles: ['buyer', 'payer'], additionalIdentifiers: [{ id: 'x' }, { id: 'y' }] }],
      },
      {
        ocid: 'o',
        id: 'o-2',
        date: '2026-01-02T00:00:00Z',
        tender: { description: null, submissionMethod: ['electronicSubmission'] },
        parties: [{ id: 'p', roles: ['buyer'], additionalIdentifiers: [{ id: 'y' }] }],
      },
    ])
    expect(compiled.tender).toStrictEqual({ title: 'T', submissionMethod: ['electronicSubmission'] })
    expect(compiled.parties).toStrictEqual([{ id: 'p', roles: ['buyer'], additionalIdentifiers: [{ id: 'y' }] }])
  })
})

describe('an OCDS release', () => {
  const input = (awardSupplier: Record<string, unknown> | null): ReleaseInput => ({
    tender: {
      id: 7,
      reference: 'LP-1/2026',
      title: 'Obra',
      status: 'awarded',
      award: { date: '2026-03-01T00:00:00.000Z', reasons: 'La mejor oferta', value: { amount: 10, currency: 'UYU' } },
    },
    municipality: { id: 1, slug: 'villa', name: 'Villa', country: 'UY', defaultLocale: 'es' },
    baseUrl: 'http://localhost',
    files: new Map(),
    bids: [],
    awardSupplier: awardSupplier && { id: 3, ...awardSupplier },
    contracts: [{ id: 1, title: 'Contrato', currency: 'UYU', payments: [{ date: '2026-04-01', amount: 5 }] }],
    enquirers: [],
    hasEnquiries: false,
  })

  it('with the award’s supplier gone (deleted), publishes neither award nor contracts, and does not fail', () => {
    const release = buildRelease(input(null), 'r1', '2026-05-01T00:00:00.000Z', ['tender'])
    expect(release.awards).toBeUndefined()
    expect(release.contracts).toBeUndefined()
    expect(release.parties.map((p: { id: string }) => p.id)).toEqual(['municipality-villa'])
  })

  it('gives items, milestones and payments the ids of their rows: removing one mixes no others', () => {
    const supplier = { country: 'UY', taxId: '211', legalName: 'Obras SA' }
    const rows = {
      a: { id: '65a0000000000000000000a1', description: 'Arena', quantity: 5, unit: 'm3' },
      b: { id: '65a0000000000000000000b2', description: 'Cemento', classificationId: '30111601', quantity: 9 },
      c: { id: '65a0000000000000000000c3', description: 'Hierro', quantity: 2 },
    }
    const at = (items: Record<string, unknown>[], contract: Record<string, unknown>, date: string) => {
      const given = input(supplier)
      const tender = { ...given.tender, ocid: 'ocds-emuni0-villa-LP-1', items }
      return buildRelease({ ...given, tender, contracts: [{ ...given.contracts[0], ...contract }] }, date, date, [
        'tenderAmendment',
      ])
    }
    const milestone = (id: string, title: string) => ({ id, title, type: 'delivery', status: 'scheduled' })
    const payment = (id: string, amount: number) => ({ id, date: '2026-04-01', amount })
    const first = at(
      [rows.a, rows.b, rows.c],
      {
        milestones: [milestone('m1', 'Acopio'), milestone('m2', 'Entrega')],
        payments: [payment('p1', 5), payment('p2', 7)],
      },
      '2026-05-01T00:00:00.000Z',
    )
    const second = at(
      [rows.a, rows.c],
      { milestones: [milestone('m2', 'Entrega')], payments: [payment('p2', 7)] },
      '2026-05-02T00:00:00.000Z',
    )
    expect(second.tender.items.map((i: { id: string }) => i.id)).toEqual([rows.a.id, rows.c.id])
    const compiled = compile([second, first])
    expect(compiled.id).toBe('ocds-emuni0-villa-LP-1-2026-05-02T00:00:00.000Z')
    // The OCDS merge keeps an object a later release leaves out; each keeps its own fields.
    expect(compiled.tender.items).toStrictEqual([
      { id: rows.a.id, description: 'Arena', quantity: 5, unit: { name: 'm3' } },
      { id: rows.b.id, description: 'Cemento', classification: { scheme: 'UNSPSC', id: '30111601' }, quantity: 9 },
      { id: rows.c.id, description: 'Hierro', quantity: 2 },
    ])
    const implementation = compiled.contracts[0].implementation
    expect(implementation.milestones.map((m: { id: string; title: string }) => `${m.id}:${m.title}`)).toEqual([
      'm1:Acopio',
      'm2:Entrega',
    ])
    expect(implementation.transactions.map((t: { id: string; value: { amount: number } }) => t.value.amount)).toEqual([
      5, 7,
    ])
  })

  it('with the supplier, names it as supplier and payee of the contract’s payments', () => {
    const supplier = { country: 'UY', taxId: '211', legalName: 'Obras SA' }
    const release = buildRelease(input(supplier), 'r1', '2026-05-01T00:00:00.000Z', ['tender'])
    expect(release.awards[0].suppliers).toEqual([{ id: 'UY-TAX-211', name: 'Obras SA' }])
    const party = release.parties.find((p: { id: string }) => p.id === 'UY-TAX-211')
    expect(party.roles).toEqual(['payee', 'supplier'])
  })
})
