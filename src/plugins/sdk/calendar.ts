/**
 * Business days in a municipality's own calendar: its time zone, weekends (Saturday and Sunday) and
 * the holidays it lists (`municipalities.holidays`). Used for legal deadlines ("15 business days").
 */
import type { PayloadRequest } from 'payload'
import type { ID } from './roles'

/** 'YYYY-MM-DD' of `instant` as seen in `timeZone`. */
export const localDate = (instant: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant)

/** Milliseconds that `timeZone` is ahead of UTC at `instant`. */
const offsetAt = (instant: number, timeZone: string): number => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second)
  return wall - Math.floor(instant / 1000) * 1000
}

/** The instant at which the local day `date` ('YYYY-MM-DD') ends in `timeZone` (23:59:59.999 local). */
export const endOfLocalDay = (date: string, timeZone: string): Date => {
  const [y, m, d] = date.split('-').map(Number)
  const wall = Date.UTC(y, m - 1, d, 23, 59, 59, 999)
  let instant = wall - offsetAt(wall, timeZone)
  instant = wall - offsetAt(instant, timeZone)
  return new Date(instant)
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/**
 * The end of the `days`-th business day after `start` (the day of `start` itself not counted),
 * skipping Saturdays, Sundays and `holidays` ('YYYY-MM-DD', local dates).
 */
export const addBusinessDays = (
  start: Date,
  days: number,
  { timeZone = 'UTC', holidays = [] }: { timeZone?: string; holidays?: string[] } = {},
): Date => {
  const off = new Set(holidays.map((h) => String(h).slice(0, 10)))
  const [y, m, d] = localDate(start, timeZone).split('-').map(Number)
  let day = Date.UTC(y, m - 1, d)
  let counted = 0
  while (counted < Math.max(0, Math.floor(days))) {
    day += 86_400_000
    const weekday = new Date(day).getUTCDay()
    if (weekday !== 0 && weekday !== 6 && !off.has(isoDay(day))) counted += 1
  }
  return endOfLocalDay(isoDay(day), timeZone)
}

/** A municipality's time zone and holidays, as `addBusinessDays` takes them. */
export const municipalCalendar = async (
  req: PayloadRequest,
  municipality: ID,
): Promise<{ timeZone: string; holidays: string[] }> => {
  const doc = (await req.payload.findByID({
    collection: 'municipalities',
    id: municipality,
    depth: 0,
    overrideAccess: true,
    req,
  })) as { timezone?: string | null; holidays?: { date?: string | null }[] | null }
  return {
    timeZone: doc.timezone || 'UTC',
    holidays: (doc.holidays ?? []).map((h) => (h.date ? localDate(new Date(h.date), 'UTC') : '')).filter(Boolean),
  }
}
