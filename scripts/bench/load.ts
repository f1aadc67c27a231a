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

export type RunFigures = { rps: number; p50: number; p95: number; p99: number; requests: number; errors: number }
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

const once = (target: Target, connections: number, seconds: number): Promise<RunFigures> =>
  new Promise((resolve, reject) => {
    const times: number[] = []
    let errors = 0
    const started = process.hrtime.bigint()
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
        const elapsed = Number(process.hrtime.bigint() - started) / 1e9
        resolve(summarize(times, Math.max(elapsed, seconds), errors + result.errors + result.timeouts))
      },
    )
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) times.push(ms)
      else errors += 1
    })
  })

export type Plan = { connections: number; seconds: number; warmup: number; runs: number }

/** The median of each figure over the runs. */
const aggregate = (runs: RunFigures[], plan: Plan): Figures => ({
  rps: round(median(runs.map((r) => r.rps))),
  p50: round(median(runs.map((r) => r.p50)), 2),
  p95: round(median(runs.map((r) => r.p95)), 2),
  p99: round(median(runs.map((r) => r.p99)), 2),
  requests: runs.reduce((n, r) => n + r.requests, 0),
  errors: runs.reduce((n, r) => n + r.errors, 0),
  runs,
  connections: plan.connections,
  seconds: plan.seconds,
})

export const measure = async (target: Target, plan: Plan): Promise<Figures> => {
  if (plan.warmup > 0) await once(target, plan.connections, plan.warmup)
  const runs: RunFigures[] = []
  for (let i = 0; i < plan.runs; i += 1) runs.push(await once(target, plan.connections, plan.seconds))
  return aggregate(runs, plan)
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
