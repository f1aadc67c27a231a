/**
 * The benchmark's outputs: bench/results/latest.json (every figure of the run) and the generated part
 * of BENCHMARKS.md (between its `bench:start` and `bench:end` markers; what is written around them —
 * the profile-led fixes — is kept).
 *
 * A run of some scenarios only (`BENCH_ONLY=k`) replaces those scenarios' figures and keeps the others
 * of the results it finds: each part of the results says which run it comes from (`parts`), and the
 * targets are judged again on the merged figures.
 */
import fs from 'node:fs'
import path from 'node:path'

import prettier from 'prettier'

import type { Figures } from './load'
import { targetsOf } from './targets'

/**
 * A measured scenario; `processes` says what answered (e.g. "1 CMS", "1 CMS + portal") and `memory` each
 * process's resident memory (MB) right after the scenario.
 */
export type Scenario = {
  id: string
  label: string
  figures?: Figures
  note?: string
  processes?: string
  memory?: { process: string; mb: number }[]
}

export type Target = { id: string; text: string; figure: string; met: boolean | null }

export type Data = {
  municipalities: number
  docsPerMunicipality: number
  docs: Record<string, number>
  seconds: number
}

/** (k): two CMS processes on one database and one Redis, against one process with the same settings. */
/** CPU time per answer during a run, in ms, and the machine's busy and stolen share of all its cores. */
export type CpuUse = { serverMs: number; loadMs: number; otherMs: number; busyPct: number; stealPct: number }

export const cpuText = (c: CpuUse | undefined): string =>
  c
    ? `servers ${c.serverMs} ms, load generator ${c.loadMs} ms, the rest ${c.otherMs} ms (machine busy ${c.busyPct} %, stolen ${c.stealPct} %)`
    : '—'

export type TwoProcesses = {
  /** what the processes share, in words (Redis version, database pool) */
  setup: string
  /** resident memory (MB) after each phase: the one process alone, then each of the two */
  rss: Record<'uncached' | 'cached', { one?: number; two: number[] }>
  /** CPU per answer (medians over the runs), one process and two: what bounds the ratio on this machine */
  cpu?: Partial<Record<'uncached' | 'cached', { one: CpuUse; two: CpuUse }>>
  /** publish through one process, then the next read from the other, while (a) cached loads both */
  staleness?: { tries: number; stale: number; staleHits: number; municipalities: number; publishMs: number }
}

export type DatabaseResults = {
  dialect: 'sqlite' | 'postgres'
  data: Data
  scenarios: Scenario[]
  coldStart?: { runs: number[]; median: number }
  staleness?: { reads: number; stale: number; publishMs: number }
  surge?: Record<string, unknown> | { error: string }
  twoProcesses?: TwoProcesses
  targets: Target[]
}

type Machine = { cpus: number; cpuModel: string; memoryGiB: number; os: string; node: string }

type Dialect = DatabaseResults['dialect']

/** One run whose figures the results hold: for each database, the scenarios (letters) that come from it. */
export type Part = {
  date: string
  machine: Machine
  versions: Record<string, string>
  options: Record<string, unknown>
  totalSeconds: number
  databases: Partial<Record<Dialect, { letters: string[]; data: Data }>>
}

export type Results = {
  date: string
  machine: Machine
  versions: Record<string, string>
  options: Record<string, unknown>
  databases: DatabaseResults[]
  totalSeconds: number
  /** where the figures come from when they come from more than one run (written by writeResults) */
  parts?: Part[]
}

/** The scenario letters a run measured (`options.only`). */
const lettersOf = (results: Results): string[] => {
  const only = results.options.only
  return Array.isArray(only) ? only.map(String) : String(only ?? '').split('')
}

const partOf = (results: Results): Part => ({
  date: results.date,
  machine: results.machine,
  versions: results.versions,
  options: results.options,
  totalSeconds: results.totalSeconds,
  databases: Object.fromEntries(
    results.databases.map((db) => [db.dialect, { letters: lettersOf(results), data: db.data }]),
  ),
})

/** The letter of a scenario (`k-cached-2` → `k`). */
const letterOf = (scenario: Scenario) => scenario.id.charAt(0)

/**
 * `current` (a run of some scenarios) over `previous` (the results found): the scenarios `current`
 * measured replace theirs, in place; the others, and the databases `current` did not run, stay.
 */
export const mergeResults = (previous: Results | undefined, current: Results): Results => {
  const letters = new Set(lettersOf(current))
  const ran = new Set(current.databases.map((db) => db.dialect))
  const previousParts = previous ? (previous.parts ?? [partOf(previous)]) : []
  // Each earlier part keeps, per database, the scenarios this run did not measure there.
  const kept = previousParts
    .map((part) => ({
      ...part,
      databases: Object.fromEntries(
        Object.entries(part.databases)
          .map(
            ([dialect, d]) =>
              [
                dialect,
                { ...d, letters: d.letters.filter((l) => !ran.has(dialect as Dialect) || !letters.has(l)) },
              ] as const,
          )
          .filter(([, d]) => d.letters.length > 0),
      ),
    }))
    .filter((part) => Object.keys(part.databases).length > 0)
  if (!previous || kept.length === 0) return { ...current, parts: undefined }
  const mergeDatabase = (old: DatabaseResults, now: DatabaseResults): DatabaseResults => {
    const scenarios: Scenario[] = []
    const placed = new Set<string>()
    for (const scenario of old.scenarios) {
      const letter = letterOf(scenario)
      if (!letters.has(letter)) scenarios.push(scenario)
      else if (!placed.has(letter)) {
        placed.add(letter)
        scenarios.push(...now.scenarios.filter((s) => letterOf(s) === letter))
      }
    }
    scenarios.push(...now.scenarios.filter((s) => !placed.has(letterOf(s))))
    const pick = <K extends 'coldStart' | 'staleness' | 'surge' | 'twoProcesses'>(key: K, letter: string) =>
      letters.has(letter) ? now[key] : old[key]
    return {
      ...old,
      data: now.data,
      scenarios,
      coldStart: pick('coldStart', 'j'),
      staleness: pick('staleness', 'a'),
      surge: pick('surge', 'h'),
      twoProcesses: pick('twoProcesses', 'k'),
    }
  }
  const databases = previous.databases.map((old) => {
    const now = current.databases.find((db) => db.dialect === old.dialect)
    return now ? mergeDatabase(old, now) : old
  })
  for (const now of current.databases) if (!databases.some((db) => db.dialect === now.dialect)) databases.push(now)
  return { ...current, databases, parts: [...kept, partOf(current)] }
}

const START = '<!-- bench:start (generated by `npm run bench`: do not edit by hand) -->'
const END = '<!-- bench:end -->'

const n = (v: number | undefined, digits = 0) =>
  v === undefined || Number.isNaN(v) ? '—' : v.toLocaleString('en-US', { maximumFractionDigits: digits })

/** `a b c e` → `(a)–(c), (e)` */
const letterList = (letters: string[]) => {
  const sorted = [...new Set(letters)].sort()
  const groups: string[][] = []
  for (const l of sorted) {
    const last = groups[groups.length - 1]
    if (last && l.charCodeAt(0) === last[last.length - 1].charCodeAt(0) + 1) last.push(l)
    else groups.push([l])
  }
  return groups
    .map((g) => (g.length > 2 ? `(${g[0]})–(${g[g.length - 1]})` : g.map((l) => `(${l})`).join(', ')))
    .join(', ')
}

const dialectName = (d: DatabaseResults['dialect']) => (d === 'sqlite' ? 'SQLite' : 'PostgreSQL')

const runLine = (r: Pick<Part, 'date' | 'machine' | 'versions' | 'totalSeconds'>) =>
  `Run of ${r.date} on ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, ${r.machine.os}, ` +
  `Node ${r.machine.node}; ` +
  Object.entries(r.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') +
  `. Whole run: ${n(r.totalSeconds)} s.`

const planLine = (o: Record<string, unknown>) =>
  `Medians over ${o.runs} measured runs of ${o.seconds} s after a ${o.warmup} s warm-up${o.quick ? ' (quick run)' : ''}`

const dataLine = (data: Data) =>
  `${n(data.municipalities)} municipalities × ${n(data.docsPerMunicipality)} documents ` +
  `(${Object.entries(data.docs)
    .map(([k, v]) => `${k} ${n(v)}`)
    .join(', ')} each), cloned in ${n(data.seconds, 1)} s.`

/**
 * What the machine allows (k), from the CPU per answer: the cores one process's answers took (its server, the load
 * generator, the rest), hence the most a second process can add on `cpus` cores even at an unchanged cost per
 * answer; and what the cores allow at the cost per answer measured with two processes.
 */
export const cpuBounds = (cpus: number, oneRps: number, one: CpuUse, two: CpuUse) => {
  const total = (c: CpuUse) => c.serverMs + c.loadMs + c.otherMs
  const coresOne = (oneRps * total(one)) / 1000
  return {
    coresOne: Math.round(coresOne * 100) / 100,
    ratioBound: Math.round((cpus / coresOne) * 100) / 100,
    twoCeiling: Math.round((cpus * 1000) / total(two)),
  }
}

const twoProcessesLines = (db: DatabaseResults, cpus: number): string[] => {
  const k = db.twoProcesses
  if (!k) return []
  const get = (id: string) => db.scenarios.find((s) => s.id === id)?.figures
  const phase = (cache: 'uncached' | 'cached') => {
    const one = get(`k-${cache}-1`)
    const two = get(`k-${cache}-2`)
    const rss = k.rss[cache]
    const ratio = one?.rps && two ? ` = ${(two.rps / one.rps).toFixed(2)}×` : ''
    const split = two?.byTarget ? ` (${two.byTarget.map((r) => n(r)).join(' + ')})` : ''
    const cpu = k.cpu?.[cache]
    const bounds = cpu && one?.rps ? cpuBounds(cpus, one.rps, cpu.one, cpu.two) : undefined
    const turns = one?.runs?.length ? ` (measured in turn, ${one.runs.length} runs of each)` : ''
    return (
      `${cache}: 1 process ${n(one?.rps)} req/s at ${one?.connections ?? '—'} connections, 2 processes ` +
      `${n(two?.rps)} req/s${split} at ${two?.connections ?? '—'}${ratio}${turns}; resident memory after it ` +
      `${rss.one === undefined ? '—' : `${n(rss.one)} MB`} (1 process), ${rss.two.map((m) => `${n(m)} MB`).join(' and ')} (2 processes)` +
      (cpu ? `; CPU per answer with 1 process: ${cpuText(cpu.one)}; with 2: ${cpuText(cpu.two)}` : '') +
      (bounds
        ? `; so 1 process's answers took ${bounds.coresOne} of the ${cpus} cores, and 2 processes could reach at most ` +
          `${bounds.ratioBound.toFixed(2)}× of it even at an unchanged cost per answer; at the cost measured with 2, ` +
          `${cpus} cores allow ${n(bounds.twoCeiling)} req/s`
        : '')
    )
  }
  const st = k.staleness
  return [
    '',
    `Two CMS processes (k), ${k.setup}: ${phase('uncached')}; ${phase('cached')}.` +
      (st
        ? ` Publish through one process, then the next read of that municipality's home from the other, ` +
          `${n(st.tries)} times (${st.municipalities} municipalities in parallel, while (a) cached loaded both ` +
          `processes; publish median ${n(st.publishMs)} ms): ${st.stale} stale, ${st.staleHits} of them answered from the cache.`
        : ''),
  ]
}

export const renderTables = (results: Results): string => {
  const lines: string[] = []
  const parts = results.parts && results.parts.length > 1 ? results.parts : undefined
  if (parts) {
    lines.push('The figures come from more than one run (a run of some scenarios replaces only theirs):', '')
    for (const part of parts) {
      // The databases grouped by the scenarios they got from this run.
      const groups = new Map<string, Dialect[]>()
      for (const [dialect, d] of Object.entries(part.databases) as [Dialect, { letters: string[] }][])
        groups.set(letterList(d.letters), [...(groups.get(letterList(d.letters)) ?? []), dialect])
      const what = [...groups].map(([letters, dbs]) => `${letters} on ${dbs.map(dialectName).join(' and ')}`)
      lines.push(`- ${what.join('; ')}: ${runLine(part)} ${planLine(part.options)}.`)
    }
    lines.push('')
    lines.push(
      'autocannon runs in the same machine (it takes CPU too: figures are comparable with each other, not with a ' +
        'separate load generator).',
    )
  } else {
    lines.push(runLine(results), '')
    lines.push(
      `${planLine(results.options)}; autocannon in the same ` +
        `machine (it takes CPU too: figures are comparable with each other, not with a separate load generator).`,
    )
  }
  for (const db of results.databases) {
    lines.push('', `### ${dialectName(db.dialect)}`, '')
    const sources = (parts ?? []).flatMap((p) => p.databases[db.dialect] ?? [])
    if (sources.some((d) => dataLine(d.data) !== dataLine(db.data)))
      for (const d of sources) lines.push(`Data of ${letterList(d.letters)}: ${dataLine(d.data)}`, '')
    else lines.push(`Data: ${dataLine(db.data)}`, '')
    lines.push(
      '| scenario | processes | conns | req/s | p50 ms | p95 ms | p99 ms | errors | resident MB after |',
      '|---|---|---:|---:|---:|---:|---:|---:|---|',
    )
    for (const s of db.scenarios) {
      const f = s.figures
      const memory = s.memory?.length ? s.memory.map((m) => `${m.process} ${n(m.mb)}`).join(', ') : '—'
      lines.push(
        f
          ? `| ${s.label} | ${s.processes ?? '—'} | ${f.connections} | ${n(f.rps)} | ${n(f.p50, 1)} | ${n(f.p95, 1)} | ${n(f.p99, 1)} | ${f.errors} | ${memory} |`
          : `| ${s.label} | ${s.processes ?? ''} | | | | | | ${s.note ?? 'not run'} | |`,
      )
    }
    if (db.coldStart)
      lines.push(
        '',
        `Cold start (process start → first successful \`/readyz\`): median ${n(db.coldStart.median)} ms ` +
          `(${db.coldStart.runs.map((r) => n(r)).join(', ')}).`,
      )
    if (db.staleness)
      lines.push(
        '',
        `Publish while (a) cached is under load: the publish returned in ${n(db.staleness.publishMs)} ms; ` +
          `${db.staleness.stale} stale of ${db.staleness.reads} reads made after it returned.`,
      )
    if (db.surge) lines.push('', surgeLine(db.surge))
    lines.push(...twoProcessesLines(db, results.machine.cpus))
    lines.push('', '| target | figure | met |', '|---|---|---|')
    for (const t of db.targets)
      lines.push(`| ${t.text} | ${t.figure} | ${t.met === null ? 'not measured' : t.met ? 'met' : '**missed**'} |`)
  }
  return lines.join('\n')
}

/** Written as the project's Prettier settings have it, so that `npm run lint` stays clean. */
const writeFormatted = async (file: string, text: string) => {
  const options = (await prettier.resolveConfig(file)) ?? {}
  fs.writeFileSync(file, await prettier.format(text, { ...options, filepath: file }))
}

/**
 * Writes `results` — merged into the results bench/results/latest.json holds when the run measured only some
 * scenarios — to latest.json and BENCHMARKS.md under `root`; returns what it wrote.
 */
export const writeResults = async (root: string, results: Results): Promise<Results> => {
  const dir = path.join(root, 'bench', 'results')
  fs.mkdirSync(dir, { recursive: true })
  const json = path.join(dir, 'latest.json')
  const previous = fs.existsSync(json) ? (JSON.parse(fs.readFileSync(json, 'utf8')) as Results) : undefined
  const merged = mergeResults(previous, results)
  for (const db of merged.databases) db.targets = targetsOf(db)
  await writeFormatted(json, JSON.stringify(merged, null, 2))
  const file = path.join(root, 'BENCHMARKS.md')
  const generated = `${START}\n\n${renderTables(merged)}\n\n${END}`
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
  const text =
    existing.includes(START) && existing.includes(END)
      ? existing.slice(0, existing.indexOf(START)) + generated + existing.slice(existing.indexOf(END) + END.length)
      : `# Benchmarks\n\n\`npm run bench\` writes this section and bench/results/latest.json.\n\n${generated}\n`
  await writeFormatted(file, text)
  return merged
}

/** The vote surge in words: time, rate, errors, and each project's expected and counted ballots. */
const surgeLine = (surge: NonNullable<DatabaseResults['surge']>) => {
  if ('error' in surge) return `Vote surge: failed: ${String(surge.error)}`
  const s = surge as {
    voters?: number
    concurrency?: number
    totalMs?: number
    errors?: number
    exact?: boolean
    expectedCounts?: Record<string, number>
    actualCounts?: Record<string, number>
    errorSamples?: unknown[]
    memory?: { peakMb?: number; afterMb?: number }
  }
  const counts = Object.entries(s.expectedCounts ?? {})
    .map(([name, n]) => `${name} ${n} = ${s.actualCounts?.[name] ?? '—'}`)
    .join(', ')
  const seconds = (s.totalMs ?? 0) / 1000
  const rate = seconds ? Math.round((s.voters ?? 0) / seconds) : 0
  const samples = s.errorSamples?.length ? ` (e.g. ${JSON.stringify(s.errorSamples.slice(0, 2))})` : ''
  return (
    `Vote surge: ${s.voters} verified residents, ${s.concurrency} at a time: ${seconds.toFixed(1)} s ` +
    `(${rate} ballots/s), ${s.errors} errors${samples}; counts ${s.exact ? 'exact' : '**not exact**'} ` +
    `(expected = counted: ${counts})` +
    (s.memory?.peakMb !== undefined
      ? `; 1 CMS process, resident memory at most ${n(s.memory.peakMb)} MB during the surge, ${n(s.memory.afterMb ?? NaN)} MB after it.`
      : '.')
  )
}
