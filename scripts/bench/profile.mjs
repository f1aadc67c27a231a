/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): the functions with the most self time, and the
 * packages/files they belong to, and the functions with the most total time (their own and their callees',
 * each sample counted once per function on its stack: where a request's time goes).
 * `node scripts/bench/profile.mjs <file.cpuprofile> [top] [filter]` — `filter`: only functions whose name or
 * place contains it in the total-time list (e.g. `payload`, `muniparticipa`).
 */
import fs from 'node:fs'

const [file, topArg, filter] = process.argv.slice(2)
if (!file) {
  process.stderr.write('usage: node scripts/bench/profile.mjs <file.cpuprofile> [top]\n')
  process.exit(2)
}
const profile = JSON.parse(fs.readFileSync(file, 'utf8'))
const top = Number(topArg || 30)
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const self = new Map()
const deltas = profile.timeDeltas
for (let i = 0; i < profile.samples.length; i += 1) {
  const id = profile.samples[i]
  self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0))
}
const total = [...self.values()].reduce((a, b) => a + b, 0)
const place = (url) => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (m) return m[1]
  if (!url) return '(native)'
  return url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '')
}
const fns = new Map()
const pkgs = new Map()
for (const [id, us] of self) {
  const n = byId.get(id)
  const cf = n.callFrame
  const key = `${cf.functionName || '(anonymous)'} ${place(cf.url)}:${cf.lineNumber + 1}`
  fns.set(key, (fns.get(key) ?? 0) + us)
  const p = place(cf.url)
  pkgs.set(p, (pkgs.get(p) ?? 0) + us)
}
const pct = (us) => `${((us / total) * 100).toFixed(1)} %`
const show = (title, map) => {
  process.stdout.write(`\n${title}\n`)
  for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`  ${pct(us).padStart(7)}  ${k}\n`)
}
process.stdout.write(`${(total / 1e6).toFixed(1)} s sampled\n`)
show('self time by package or file', pkgs)
show('self time by function', fns)

// Total time: each sample's delta added once to every distinct function on its stack (idle excluded).
const parent = new Map()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const keyOf = (n) =>
  `${n.callFrame.functionName || '(anonymous)'} ${place(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`
const inclusive = new Map()
let busy = 0
for (let i = 0; i < profile.samples.length; i += 1) {
  const leaf = byId.get(profile.samples[i])
  const fn = leaf.callFrame.functionName
  if (fn === '(idle)' || fn === '(program)') continue
  const us = deltas[i] ?? 0
  busy += us
  const seen = new Set()
  for (let id = leaf.id; id !== undefined; id = parent.get(id)) {
    const key = keyOf(byId.get(id))
    if (!seen.has(key)) {
      seen.add(key)
      inclusive.set(key, (inclusive.get(key) ?? 0) + us)
    }
  }
}
process.stdout.write(
  `\ntotal time by function, of ${(busy / 1e6).toFixed(1)} s busy${filter ? ` (matching "${filter}")` : ''}\n`,
)
for (const [k, us] of [...inclusive]
  .filter(([k]) => !filter || k.includes(filter))
  .sort((a, b) => b[1] - a[1])
  .slice(0, top))
  process.stdout.write(`  ${((us / busy) * 100).toFixed(1).padStart(5)} %  ${k}\n`)
