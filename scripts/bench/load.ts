/**
 * Load measurement: autocannon against a server, a warm-up run, then `runs` measured runs; each run's
 * req/s and latency percentiles (p95 computed from every response time, which autocannon's own
 * histogram does not offer), and the median of each figure over the runs.
 */
import autocannon from 'autocannon'

export type Target = {
  url: string
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  /** several requests made in turn by each connection (a page that needs more than one) */
  requests?: { path: string; method?: 'GET' | 'POST'; body?: string; headers?: Record<string, string> }[]
}

export type RunFigures = {
  rps: number
  p50: number
  p95: number
  p99: number
  requests: number
  errors: number
  /** with the load spread over several servers: each one's req/s */
  byTarget?: number[]
}
export type Figures = RunFigures & { runs: RunFigures[]; connections: number; seconds: number }

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits

export const summarize = (times: number[], seconds: number, errors: number): RunFigures => {
  const sorted = [...times].sort((a, b) => a - b)
  return {
    rps: round(times.length / seconds),
    p50: round(percentile(sorted, 50), 2),
    p95: round(percentile(sorted, 95), 2),
    p99: round(percentile(sorted, 99), 2),
    requests: times.length,
    errors,
  }
}

type Raw = { times: number[]; errors: number }

/** autocannon on one target for `seconds`: every 2xx response time, and the rest counted as errors. */
const load = (target: Target, connections: number, seconds: number): Promise<Raw> =>
  new Promise((resolve, reject) => {
    const times: number[] = []
    let errors = 0
    const instance = autocannon(
      {
        url: target.url,
        method: target.method ?? 'GET',
        headers: target.headers,
        body: target.body,
        requests: target.requests,
        connections,
        duration: seconds,
        timeout: 30,
      },
      (error, result) => {
        if (error) return reject(error)
        resolve({ times, errors: errors + result.errors + result.timeouts })
      },
    )
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) times.push(ms)
      else errors += 1
    })
  })

/**
 * One run on several targets at once (one autocannon instance each, `connections` each, started
 * together): req/s is every target's answers over the run's time, the percentiles are those of
 * every answer of every target.
 */
const onceAll = async (targets: Target[], connections: number, seconds: number): Promise<RunFigures> => {
  const started = process.hrtime.bigint()
  const raws = await Promise.all(targets.map((t) => load(t, connections, seconds)))
  const elapsed = Math.max(Number(process.hrtime.bigint() - started) / 1e9, seconds)
  const figures = summarize(
    raws.flatMap((r) => r.times),
    elapsed,
    raws.reduce((n, r) => n + r.errors, 0),
  )
  return targets.length > 1 ? { ...figures, byTarget: raws.map((r) => round(r.times.length / elapsed)) } : figures
}

const once = (target: Target, connections: number, seconds: number) => onceAll([target], connections, seconds)

export type Plan = { connections: number; seconds: number; warmup: number; runs: number }

/** The median of each figure over the runs. */
const aggregate = (runs: RunFigures[], plan: Plan): Figures => ({
  rps: round(median(runs.map((r) => r.rps))),
  p50: round(median(runs.map((r) => r.p50)), 2),
  p95: round(median(runs.map((r) => r.p95)), 2),
  p99: round(median(runs.map((r) => r.p99)), 2),
  requests: runs.reduce((n, r) => n + r.requests, 0),
  errors: runs.reduce((n, r) => n + r.errors, 0),
  ...(runs[0]?.byTarget
    ? { byTarget: runs[0].byTarget.map((_, i) => round(median(runs.map((r) => r.byTarget?.[i] ?? 0)))) }
    : {}),
  runs,
  connections: plan.connections,
  seconds: plan.seconds,
})

/** Load not measured: JIT, caches and pools of a process warmed before it is measured. */
export const warmUp = async (target: Target, connections: number, seconds: number) => {
  await once(target, connections, seconds)
}

export const measure = async (target: Target, plan: Plan): Promise<Figures> => {
  if (plan.warmup > 0) await once(target, plan.connections, plan.warmup)
  const runs: RunFigures[] = []
  for (let i = 0; i < plan.runs; i += 1) runs.push(await once(target, plan.connections, plan.seconds))
  return aggregate(runs, plan)
}

/**
 * Several ways of loading the servers, measured in turn run by run (A B, B A, A B …) rather than one after the
 * other: a machine whose speed drifts during the measurement (this one shares its host) weighs on each the
 * same. Each variant is a list of targets sharing `plan.connections` evenly (one autocannon instance each, started together; req/s is their sum, the percentiles those of every answer); every
 * variant gets its warm-up first. `probe.start()` is called before each measured run and `probe.end` after it
 * (CPU accounting). The median of each figure, per variant.
 */
export const measureInTurn = async <T>(
  variants: Target[][],
  plan: Plan,
  probe?: { start: () => T; end: (variant: number, started: T, run: RunFigures) => void },
): Promise<Figures[]> => {
  const each = variants.map((targets) => Math.max(1, Math.round(plan.connections / targets.length)))
  if (plan.warmup > 0) for (const [v, targets] of variants.entries()) await onceAll(targets, each[v], plan.warmup)
  const runs: RunFigures[][] = variants.map(() => [])
  for (let i = 0; i < plan.runs; i += 1) {
    const order = variants.map((_, v) => v)
    if (i % 2) order.reverse()
    for (const v of order) {
      const started = probe?.start()
      const run = await onceAll(variants[v], each[v], plan.seconds)
      runs[v].push(run)
      if (probe) probe.end(v, started as T, run)
    }
  }
  return runs.map((r, v) => aggregate(r, { ...plan, connections: each[v] * variants[v].length }))
}

/**
 * Load on several targets (`connections` each) until `stop()`: the background of a check made under
 * load. `stop()` resolves with the answers it got.
 */
export const background = (targets: Target[], connections: number) => {
  const instances = targets.map((target) => {
    let errors = 0
    let answers = 0
    let resolveDone: (r: { answers: number; errors: number }) => void = () => undefined
    const done = new Promise<{ answers: number; errors: number }>((resolve) => (resolveDone = resolve))
    const instance = autocannon(
      {
        url: target.url,
        method: target.method ?? 'GET',
        headers: target.headers,
        body: target.body,
        requests: target.requests,
        connections,
        duration: 3600,
        timeout: 30,
      },
      () => resolveDone({ answers, errors }),
    )
    instance.on('response', (_client, status) => {
      if (status >= 200 && status < 300) answers += 1
      else errors += 1
    })
    return { instance, done }
  })
  return {
    stop: async () => {
      for (const { instance } of instances) instance.stop()
      const results = await Promise.all(instances.map((i) => i.done))
      return {
        answers: results.reduce((n, r) => n + r.answers, 0),
        errors: results.reduce((n, r) => n + r.errors, 0),
      }
    },
  }
}

/** The same, for work done in this process (the Local API floor): `concurrency` loops for `seconds`. */
export const measureInProcess = async (work: () => Promise<unknown>, plan: Plan): Promise<Figures> => {
  const loop = async (seconds: number) => {
    const times: number[] = []
    let errors = 0
    const end = Date.now() + seconds * 1000
    const worker = async () => {
      while (Date.now() < end) {
        const t0 = process.hrtime.bigint()
        try {
          await work()
          times.push(Number(process.hrtime.bigint() - t0) / 1e6)
        } catch {
          errors += 1
        }
      }
    }
    const t0 = Date.now()
    await Promise.all(Array.from({ length: plan.connections }, worker))
    return summarize(times, (Date.now() - t0) / 1000, errors)
  }
  if (plan.warmup > 0) await loop(plan.warmup)
  const runs: RunFigures[] = []
  for (let i = 0; i < plan.runs; i += 1) runs.push(await loop(plan.seconds))
  return aggregate(runs, plan)
}
