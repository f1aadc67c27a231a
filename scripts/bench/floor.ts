/**
 * The benchmark's floor, scenario (e): the portal home's five lists through Payload's Local API in
 * this process — no HTTP, no GraphQL — as an anonymous visitor (`overrideAccess: false`, no user), on
 * the database in DATABASE_URI. Prints one JSON line: figures at 1 and at BENCH_CONNECTIONS in flight.
 * Run by scripts/bench/index.ts as a child process with the server stopped.
 */
import { getPayload, type CollectionSlug, type Where } from 'payload'

import { measureInProcess, type Plan } from './load'
import { homeFinds } from './queries'

const slug = process.env.BENCH_SLUG!
const municipality = Number(process.env.BENCH_MUNICIPALITY)
const plan = (connections: number): Plan => ({
  connections,
  seconds: Number(process.env.BENCH_SECONDS || 8),
  warmup: Number(process.env.BENCH_WARMUP || 3),
  runs: Number(process.env.BENCH_RUNS || 3),
})

const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
const finds = homeFinds(slug, municipality)
const home = () =>
  Promise.all(
    finds.map((f) =>
      payload.find({
        collection: f.collection as CollectionSlug,
        where: f.where as Where,
        sort: f.sort,
        limit: f.limit,
        depth: 0,
        locale: 'es',
        overrideAccess: false,
      }),
    ),
  )
const sample = await home()
const counts = sample.map((r) => r.docs.length)
const one = await measureInProcess(home, plan(1))
const many = await measureInProcess(home, plan(Number(process.env.BENCH_CONNECTIONS || 50)))
process.stdout.write(`\nBENCH_FLOOR ${JSON.stringify({ counts, one, many })}\n`)
await payload.destroy()
process.exit(0)
