/**
 * Business days in a municipality's calendar, the checks of a service's form definition, location answers, and
 * how much of a location the public feed shows.
 */
import { addBusinessDays, endOfLocalDay, localDate } from '@e-muni/sdk'
import { publicLocation } from '../endpoints/open311Rows'
import { formProblems, parseLocation } from '../lib/form'
import { median } from '../lib/statistics'

describe('addBusinessDays', () => {
  const mvd = { timeZone: 'America/Montevideo' }

  it('skips weekends and counts from the next day', () => {
    // Friday 2026-11-20, 10:00 in Montevideo (UTC-3) + 1 business day = Monday 23, end of day.
    const due = addBusinessDays(new Date('2026-11-20T13:00:00Z'), 1, mvd)
    expect(due.toISOString()).toBe('2026-11-24T02:59:59.999Z')
    expect(localDate(due, mvd.timeZone)).toBe('2026-11-23')
    expect(localDate(addBusinessDays(new Date('2026-11-20T13:00:00Z'), 5, mvd), mvd.timeZone)).toBe('2026-11-27')
  })

  it("skips the municipality's holidays", () => {
    const holidays = ['2026-12-25', '2027-01-01']
    // Wednesday 23 December + 3 business days: 24, (25 holiday), (26-27 weekend), 28, 29.
    const due = addBusinessDays(new Date('2026-12-23T15:00:00Z'), 3, { ...mvd, holidays })
    expect(localDate(due, mvd.timeZone)).toBe('2026-12-29')
  })

  it('reads the starting day in the local time zone', () => {
    // 01:00 UTC on Saturday is still Friday evening in Montevideo.
    const due = addBusinessDays(new Date('2026-11-21T01:00:00Z'), 1, mvd)
    expect(localDate(due, mvd.timeZone)).toBe('2026-11-23')
    // Thursday 13:00 in Montevideo is already Friday in Tokyo: one business day later is Friday there,
    // and Monday in Tokyo.
    const instant = new Date('2026-11-19T16:00:00Z')
    expect(localDate(addBusinessDays(instant, 1, mvd), mvd.timeZone)).toBe('2026-11-20')
    expect(localDate(addBusinessDays(instant, 1, { timeZone: 'Asia/Tokyo' }), 'Asia/Tokyo')).toBe('2026-11-23')
  })

  it('ends a local day at 23:59:59.999 across daylight-saving changes', () => {
    // São Paulo has no DST now; New York leaves DST on 2026-11-01.
    expect(endOfLocalDay('2026-11-01', 'America/New_York').toISOString()).toBe('2026-11-02T04:59:59.999Z')
    expect(endOfLocalDay('2026-10-31', 'America/New_York').toISOString()).toBe('2026-11-01T03:59:59.999Z')
    expect(endOfLocalDay('2026-11-22', 'America/Sao_Paulo').toISOString()).toBe('2026-11-23T02:59:59.999Z')
  })

  it('gives the end of today for zero days', () => {
    expect(localDate(addBusinessDays(new Date('2026-11-20T13:00:00Z'), 0, mvd), mvd.timeZone)).toBe('2026-11-20')
  })
})

describe('form definitions', () => {
  it('accepts a sound form', () => {
    expect(
      formProblems([
        { key: 'motivo', type: 'text' },
        { key: 'tipo', type: 'select', options: [{ value: 'a' }, { value: 'b' }] },
        { key: 'cantidad', type: 'number', min: 1, max: 3 },
      ]),
    ).toEqual([])
  })

  it('names bad keys, repeated keys, choices without options and min above max', () => {
    const problems = formProblems([
      { key: 'Motivo con espacios', type: 'text' },
      { key: 'a', type: 'text' },
      { key: 'a', type: 'text' },
      { key: 'tipo', type: 'multiselect', options: [] },
      { key: 'n', type: 'number', min: 5, max: 1 },
    ])
    expect(problems).toEqual([
      '#1 (Motivo con espacios): key a-z, 0-9, _',
      '#3 (a): key twice',
      '#4 (tipo): options',
      '#5 (n): min > max',
    ])
  })
})

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull()
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
})

describe('location answers', () => {
  it('takes a point as an object or as the `lat,long` text Open311 advertises, and refuses anything else', () => {
    expect(parseLocation({ lat: '-34.9', long: '-56.19', address: ' Av. Rivera 1450 ' })).toEqual({
      lat: -34.9,
      lng: -56.19,
      address: 'Av. Rivera 1450',
    })
    expect(parseLocation('-34.9055, -56.1702')).toEqual({ lat: -34.9055, lng: -56.1702 })
    for (const bad of ['frente a la plaza', '-34.9', '91,0', '0,181', '1,2,3', ''])
      expect(parseLocation(bad)).toBeUndefined()
  })
})

describe('the public location of a request', () => {
  const doc = (locationPrivacy?: string) => ({
    service: locationPrivacy ? { locationPrivacy } : 7,
    location: { lat: -34.912345, lng: -56.187654, address: 'Bulevar Artigas 1234' },
  })
  it('is exact, rounded to 3 decimals without the address, or nothing — nothing when the service does not say', () => {
    expect(publicLocation(doc('exact'))).toEqual({ address: 'Bulevar Artigas 1234', lat: -34.912345, long: -56.187654 })
    expect(publicLocation(doc('approximate'))).toEqual({ address: null, lat: -34.912, long: -56.188 })
    expect(publicLocation(doc('hidden'))).toEqual({ address: null, lat: null, long: null })
    expect(publicLocation(doc())).toEqual({ address: null, lat: null, long: null })
    expect(publicLocation({ service: { locationPrivacy: 'approximate' }, location: { address: 'Calle 1' } })).toEqual({
      address: null,
      lat: null,
      long: null,
    })
  })
})
