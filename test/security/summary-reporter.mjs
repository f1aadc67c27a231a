/**
 * A jest reporter that prints the security suite's figures (written by test/security/report.ts) after
 * the run: isolation cases and leaks, fuzz cases and 5xx answers, hostile uploads refused, acknowledged
 * writes before a kill and found after. Prints nothing when no security suite ran.
 */
import fs from 'node:fs'
import path from 'node:path'

const dir = path.resolve(import.meta.dirname, '../../test-results/security')

const LINES = {
  isolation: (f) =>
    `isolation matrix: ${f.cases} cases run, ${f.leaks} leaks (${f.collections} collections × ${f.actors} actors × operations × REST/GraphQL)`,
  advisories: (f) => `advisory regressions: ${f.checks} checks, ${f.failures} failed`,
  fuzz: (f) => `fuzzing: ${f.cases} cases, ${f.status5xx} answered 5xx, server ready after: ${f.readyAfter}`,
  uploads: (f) =>
    `hostile uploads: ${f.refused} of ${f.attempted} refused with 4xx, ${f.leftOnDisk} files and ${f.leftInDatabase} rows left behind`,
  auth: (f) => `auth hardening: ${f.checks} checks, ${f.failures} failed`,
  privacy: (f) =>
    `personal data: ${f.markers} markers planted, ${f.fields} personal fields hold one (${f.missing} without), ${f.reads} public reads (REST ${f.rest}, GraphQL ${f.graphql}, module paths ${f.paths}, portal pages ${f.pages}), ${f.leaks} leaks`,
  crash: (f) =>
    `crash consistency: ${f.acknowledged} writes acknowledged before kill -9, ${f.found} found after restart, ${f.halfWritten} half-written`,
}

export default class SecuritySummaryReporter {
  // Only this run's database: a PostgreSQL lane may run beside a SQLite lane on the same checkout.
  onRunStart() {
    if (!fs.existsSync(dir)) return
    const db = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite'
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(`.${db}.json`)))
      fs.rmSync(path.join(dir, file), { force: true })
  }

  onRunComplete() {
    if (!fs.existsSync(dir)) return
    const db = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite'
    const files = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(`.${db}.json`))
      .sort()
    if (!files.length) return
    const out = ['', '=== e-Muni security suite ===']
    for (const file of files) {
      const [section, db] = file.replace(/\.json$/, '').split('.')
      const figures = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))
      const line = LINES[section] ? LINES[section](figures) : JSON.stringify(figures)
      out.push(`[${db}] ${line}`)
    }
    process.stdout.write(out.join('\n') + '\n\n')
  }
}
