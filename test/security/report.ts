/**
 * The security suite's figures: each suite records what it ran and what it found; the summary reporter
 * (test/security/summary-reporter.mjs) prints them together at the end of the jest run.
 */
import fs from 'node:fs'
import path from 'node:path'

import { ROOT, usingPostgres } from '../../src/plugins/sdk/testing/server'

export const REPORT_DIR = path.join(ROOT, 'test-results', 'security')

export type SecurityFigures = Record<string, number | string>

/** Writes one section's figures (merged with what the section recorded before in this run). */
export const recordFigures = (section: string, figures: SecurityFigures): void => {
  fs.mkdirSync(REPORT_DIR, { recursive: true })
  const file = path.join(REPORT_DIR, `${section}.${usingPostgres ? 'postgres' : 'sqlite'}.json`)
  const before = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as SecurityFigures) : {}
  fs.writeFileSync(file, JSON.stringify({ ...before, ...figures }, null, 2))
}
