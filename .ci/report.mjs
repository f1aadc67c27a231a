/**
 * Prints, from jest --json reports, every failed test with the start of its message (ANSI codes removed),
 * then every test file's time (slowest first, with its lane), each lane's total, and each CI phase's time
 * (from the phases file .ci/run writes), so the end of CI's log says what failed and where the time went.
 * Usage: node .ci/report.mjs [phases.tsv] <label>=<report.json> ...
 */
import fs from 'node:fs'

const plain = (text) => text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
const args = process.argv.slice(2)
const phasesFile = args[0] && !args[0].includes('=') ? args.shift() : undefined
const files = []
const lanes = []
let failures = 0
for (const arg of args) {
  const [label, file] = arg.split('=')
  if (!fs.existsSync(file)) {
    console.log(`${label}: no report (${file}): the run did not finish`)
    continue
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'))
  const ends = report.testResults.map((s) => s.endTime)
  lanes.push({
    label,
    files: report.testResults.length,
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    seconds: ends.length ? (Math.max(...ends) - report.startTime) / 1000 : 0,
  })
  for (const suite of report.testResults) {
    const name = suite.name.replace(`${process.cwd()}/`, '')
    files.push({ label, name, seconds: (suite.endTime - suite.startTime) / 1000, tests: suite.assertionResults.length })
    if (suite.status === 'failed' && suite.assertionResults.every((t) => t.status !== 'failed')) {
      failures++
      console.log(
        `\n✕ ${label} ${name} (the file failed to run)\n${plain(suite.message).split('\n').slice(0, 25).join('\n')}`,
      )
    }
    for (const test of suite.assertionResults.filter((t) => t.status === 'failed')) {
      failures++
      console.log(`\n✕ ${label} ${name} › ${test.fullName}`)
      console.log(plain(test.failureMessages.join('\n')).split('\n').slice(0, 25).join('\n'))
    }
  }
}
console.log(`\n${failures} failed test(s).\n\nEvery test file's time (slowest first):`)
console.log(`${'seconds'.padStart(8)}  ${'lane'.padEnd(9)} ${'tests'.padStart(5)}  file`)
for (const f of files.sort((a, b) => b.seconds - a.seconds))
  console.log(`${f.seconds.toFixed(1).padStart(8)}  ${f.label.padEnd(9)} ${String(f.tests).padStart(5)}  ${f.name}`)
console.log('\nLanes (wall time from the lane start to its last file):')
for (const l of lanes)
  console.log(
    `${l.seconds.toFixed(0).padStart(8)} s  ${l.label.padEnd(9)} ${l.files} files, ${l.passed} passed, ${l.failed} failed; sum of file times ${files
      .filter((f) => f.label === l.label)
      .reduce((n, f) => n + f.seconds, 0)
      .toFixed(0)} s`,
  )
if (phasesFile && fs.existsSync(phasesFile)) {
  const phases = fs
    .readFileSync(phasesFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'))
  console.log('\nCI phases:')
  for (const [name, seconds] of phases) console.log(`${seconds.padStart(8)} s  ${name}`)
  console.log(`${String(phases.reduce((n, [, s]) => n + Number(s), 0)).padStart(8)} s  in all (before this report)`)
}
