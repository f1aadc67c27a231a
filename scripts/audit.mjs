/**
 * `npm audit --omit=dev`: fails when a production dependency has a high or critical advisory.
 * When the registry does not answer audit requests (some mirrors refuse the advisories endpoint with
 * 405), it says so plainly and fails only with AUDIT_REQUIRED=true: a missing answer is not a pass.
 */
import { spawnSync } from 'node:child_process'

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
let report
try {
  report = JSON.parse(run.stdout)
} catch {
  console.error(`npm audit printed no JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`)
  process.exit(1)
}

const counts = report.metadata?.vulnerabilities
if (!counts) {
  const why = report.message || report.error?.summary || 'no audit report'
  console.log(`npm audit: NOT CHECKED — the registry did not answer the audit request (${why}).`)
  process.exit(process.env.AUDIT_REQUIRED === 'true' ? 1 : 0)
}

const serious = Object.values(report.vulnerabilities ?? {}).filter(
  (v) => v.severity === 'high' || v.severity === 'critical',
)
console.log(
  `npm audit --omit=dev: ${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ${counts.low} low`,
)
for (const v of serious) {
  const via = v.via.map((x) => (typeof x === 'string' ? x : `${x.title} (${x.url})`)).join('; ')
  console.log(`  ${v.severity}: ${v.name} ${v.range} — ${via}${v.fixAvailable ? ' (fix available)' : ''}`)
}
process.exit(serious.length ? 1 : 0)
