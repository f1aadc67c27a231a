/**
 * Prints, from jest --json reports, every failed test with the start of its message (ANSI codes removed)
 * and the slowest test files, so the end of CI's log says what failed and where the time went.
 * Usage: node .ci/report.mjs <label>=<report.json> ...
 */
import fs from 'node:fs'

const plain = (text) => text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
const slow = []
let failures = 0
for (const arg of process.argv.slice(2)) {
  const [label, file] = arg.split('=')
  if (!fs.existsSync(file)) {
    console.log(`${label}: no report (${file}): the run did not finish`)
    continue
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'))
  for (const suite of report.testResults) {
    const name = suite.name.replace(`${process.cwd()}/`, '')
    slow.push({ label, name, seconds: (suite.endTime - suite.startTime) / 1000 })
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
console.log(`\n${failures} failed test(s). Slowest files:`)
for (const s of slow.sort((a, b) => b.seconds - a.seconds).slice(0, 15))
  console.log(`${s.seconds.toFixed(0).padStart(6)} s  ${s.label}  ${s.name}`)
