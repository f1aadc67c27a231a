/**
 * The benchmark's targets, judged from a database's figures. Computed from what the results hold — not
 * during the run — so that a run of some scenarios (`BENCH_ONLY=k`) merged into an earlier run's results
 * judges every target on the figures the merged results show.
 */
import type { Figures } from './load'
import type { DatabaseResults, Target } from './report'

/** a figure, or a dash when the scenario was not run or got no answer within a run */
const v = (x?: number) => (x === undefined || !Number.isFinite(x) ? '—' : String(x))
const pct = (x?: number, y?: number) => (x && y ? `${Math.round((x / y) * 100)} %` : '—')
const answered = (x?: Figures) => (x && x.requests > 0 ? x : undefined)

/** Two processes' req/s over one's: the scale-out targets of (k). */
export const TWO_PROCESS_RATIOS = { uncached: 1.7, cached: 1.5 } as const
/** The stale check of (k) counts only with at least this many tries. */
export const MIN_STALE_TRIES = 200

/** The portal pages of (g). */
const G_PAGES = [
  ['g-portal', 'home'],
  ['g-news', 'news item'],
  ['g-tender', 'tender page'],
  ['g-service', 'service page'],
] as const

/** The most resident memory a kind of process ("CMS", "portal") held after any scenario. */
const memoryTarget = (db: Omit<DatabaseResults, 'targets'>, kind: 'CMS' | 'portal', limit: number): Target => {
  const after = db.scenarios.flatMap((s) =>
    (s.memory ?? []).filter((m) => m.process.includes(kind)).map((m) => ({ mb: m.mb, scenario: s.id })),
  )
  const surge = db.surge && 'memory' in db.surge ? (db.surge.memory as { afterMb?: number }) : undefined
  if (kind === 'CMS' && surge?.afterMb !== undefined) after.push({ mb: surge.afterMb, scenario: 'h' })
  const most = after.sort((x, y) => y.mb - x.mb)[0]
  return {
    id: `memory-${kind.toLowerCase()}`,
    text: `${kind} process resident memory ≤ ${limit} MiB after each scenario (the most of any)`,
    figure: most ? `${most.mb} MiB after ${most.scenario}` : '—',
    met: most ? most.mb <= limit : null,
  }
}

export const targetsOf = (db: Omit<DatabaseResults, 'targets'>): Target[] => {
  const get = (id: string) => answered(db.scenarios.find((s) => s.id === id)?.figures)
  const a = get('a-cached')
  const au = get('a-uncached')
  const au1 = get('a-uncached-1')
  const e1 = get('e-floor-1')
  const f = get('f-ceiling')
  const cu = get('c-uncached')
  const ku2 = get('k-uncached-2')
  // (i): the home query uncached at the fewest and at the most municipalities measured.
  const counts = db.scenarios
    .map((s) => /^i-(\d+)-off$/.exec(s.id)?.[1])
    .filter((c): c is string => c !== undefined)
    .map(Number)
    .sort((x, y) => x - y)
  const [few, many] = [counts[0], counts[counts.length - 1]]
  const iFew = few === undefined ? undefined : get(`i-${few}-off`)
  const iMany = many === undefined ? undefined : get(`i-${many}-off`)
  const { surge, staleness, coldStart } = db
  const voters = surge && 'voters' in surge ? Number(surge.voters) : 5000
  const targets: Target[] = [
    {
      id: 'a-cached-rps',
      text: '(a) cached ≥ 60 % of (f) req/s',
      figure: `${v(a?.rps)} vs ${v(f?.rps)} req/s = ${pct(a?.rps, f?.rps)}`,
      met: a && f ? a.rps >= 0.6 * f.rps : null,
    },
    {
      id: 'a-cached-p95',
      text: '(a) cached p95 ≤ 20 ms at 50 connections',
      figure: `${v(a?.p95)} ms`,
      met: a ? a.p95 <= 20 : null,
    },
    {
      id: 'a-stale',
      text: '(a) a publish is visible in the next read (0 stale reads)',
      figure: staleness ? `${staleness.stale} stale of ${staleness.reads}` : '—',
      met: staleness ? staleness.stale === 0 : null,
    },
    {
      id: 'a-uncached-rps',
      text: '(a) uncached ≥ 400 req/s with 2 CMS processes at 50 connections (k)',
      figure: `${v(ku2?.rps)} req/s (1 process: ${v(au?.rps)})`,
      met: ku2 ? ku2.rps >= 400 : null,
    },
    {
      id: 'a-uncached-p99',
      text: '(a) uncached p99 ≤ 1 s with 2 CMS processes at 50 connections (k)',
      figure: `${v(ku2?.p99)} ms (1 process: ${v(au?.p99)} ms)`,
      met: ku2 ? ku2.p99 <= 1000 : null,
    },
    {
      id: 'c-uncached-rps',
      text: '(c) uncached service catalogue ≥ 100 req/s',
      figure: `${v(cu?.rps)} req/s`,
      met: cu ? cu.rps >= 100 : null,
    },
    {
      id: 'a-e-ratio',
      text: '(a)/(e) latency ratio ≤ 2 (p50, one at a time)',
      figure: au1 && e1 ? `${au1.p50} / ${e1.p50} ms = ${(au1.p50 / e1.p50).toFixed(2)}` : '—',
      met: au1 && e1 ? au1.p50 / e1.p50 <= 2 : null,
    },
    ...G_PAGES.map(([id, page]): Target => {
      const g = get(id)
      return {
        id: `${id}-rps`,
        text: `(g) portal ${page} ≥ 50 % of (f) req/s`,
        figure: `${v(g?.rps)} vs ${v(f?.rps)} req/s = ${pct(g?.rps, f?.rps)}`,
        met: g && f ? g.rps >= 0.5 * f.rps : null,
      }
    }),
    memoryTarget(db, 'CMS', 512),
    memoryTarget(db, 'portal', 384),
    {
      id: 'i-p95',
      text: `(i) p95 at ${many ?? '—'} municipalities ≤ 1.2 × p95 at ${few ?? '—'} (uncached)`,
      figure: iMany && iFew ? `${iMany.p95} vs ${iFew.p95} ms = ${(iMany.p95 / iFew.p95).toFixed(2)}×` : '—',
      met: iMany && iFew && few !== many ? iMany.p95 <= 1.2 * iFew.p95 : null,
    },
    {
      id: 'h-surge',
      text: `(h) ${voters} ballots, 100 at a time, ≤ 10 s, exact counts, 0 errors`,
      figure:
        surge && 'totalMs' in surge
          ? `${surge.totalMs} ms, ${surge.errors} errors, exact: ${surge.exact}`
          : surge && 'error' in surge
            ? `failed: ${surge.error}`
            : '—',
      met:
        surge && 'totalMs' in surge
          ? Number(surge.totalMs) <= 10_000 && surge.errors === 0 && surge.exact === true
          : surge
            ? false
            : null,
    },
    {
      id: 'j-cold',
      text: '(j) cold start ≤ 5 s',
      figure: coldStart ? `${coldStart.median} ms` : '—',
      met: coldStart ? coldStart.median <= 5000 : null,
    },
  ]
  // (k) two CMS processes on the same database and Redis against one.
  const ratio = (cache: 'uncached' | 'cached'): Target => {
    const one = get(`k-${cache}-1`)
    const two = get(`k-${cache}-2`)
    const min = TWO_PROCESS_RATIOS[cache]
    return {
      id: `k-${cache}-ratio`,
      text: `(k) ${cache}: 2 processes ≥ ${min} × 1 process req/s`,
      figure: one && two ? `${two.rps} vs ${one.rps} req/s = ${(two.rps / one.rps).toFixed(2)}×` : '—',
      met: one && two ? two.rps >= min * one.rps : null,
    }
  }
  const stale = db.twoProcesses?.staleness
  targets.push(ratio('uncached'), ratio('cached'), {
    id: 'k-stale',
    text: `(k) a publish through one process is visible in the next read from the other (0 stale of ≥ ${MIN_STALE_TRIES})`,
    figure: stale ? `${stale.stale} stale of ${stale.tries}` : '—',
    met: stale ? stale.stale === 0 && stale.tries >= MIN_STALE_TRIES : null,
  })
  return targets
}
