#!/usr/bin/env node
/**
 * `npm run fuzz`: exploring outside CI. CI (and `npm test`) runs test/security/fuzz.test.ts with its
 * committed seed — the same cases every run — and the regression corpus (test/security/fuzz-corpus/).
 * This runs the same file with a new random seed (printed), a scale factor for more cases, and writes
 * every failing input into the corpus as a JSON file: from then on it is replayed on every run.
 *
 *   npm run fuzz                              a random seed, scale 1 (about 10,700 cases)
 *   npm run fuzz -- --scale 3                 three times the cases per target
 *   npm run fuzz -- --seed 214834339          that seed again (or FUZZ_SEED=214834339 npm run fuzz)
 *   npm run fuzz -- --seed 214834339 --only 'PayloadJobsStat'   that seed, the matching targets only
 *   npm run fuzz -- --replay test/security/fuzz-corpus/<file>.json   one corpus entry (or several, or
 *                                             the folder), nothing generated
 *   npm run fuzz -- --postgres                against the loopback PostgreSQL (TEST_DB=postgres)
 *   npm run fuzz -- --no-record               write failing inputs to test-results/fuzz-new-inputs instead
 *
 * The exit code is jest's: 0 when every case (and every corpus entry) was answered without a 5xx.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const corpus = path.join(root, 'test', 'security', 'fuzz-corpus')

const USAGE = `npm run fuzz [-- options]
  --seed N          this seed (default: FUZZ_SEED, else a random one; printed either way)
  --scale X         X times the cases per target (default: FUZZ_SCALE, else 1: about 10,700 cases)
  --only REGEX      only the targets whose name matches (FUZZ_ONLY)
  --replay FILE…    replay these corpus entries (files or folders) only, nothing generated
  --postgres        against the loopback PostgreSQL (TEST_DB=postgres)
  --no-record       write failing inputs to test-results/fuzz-new-inputs, not into the corpus`

const args = process.argv.slice(2)
const options = { seed: process.env.FUZZ_SEED, scale: process.env.FUZZ_SCALE, only: process.env.FUZZ_ONLY }
const replay = []
let record = true
let postgres = process.env.TEST_DB === 'postgres'
for (let i = 0; i < args.length; i++) {
  const arg = args[i]
  const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg]
  const value = () => {
    const v = inline ?? args[++i]
    if (v === undefined) throw new Error(`${name} needs a value`)
    return v
  }
  if (name === '--seed') options.seed = value()
  else if (name === '--scale') options.scale = value()
  else if (name === '--only') options.only = value()
  else if (name === '--replay') {
    replay.push(value())
    // `--replay a.json b.json`: the files that follow, up to the next option
    while (args[i + 1] !== undefined && !args[i + 1].startsWith('--')) replay.push(args[++i])
  } else if (name === '--postgres') postgres = true
  else if (name === '--no-record') record = false
  else if (name === '--help' || name === '-h') {
    console.log(USAGE)
    process.exit(0)
  } else {
    console.error(`unknown option ${arg}\n${USAGE}`)
    process.exit(2)
  }
}

const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() }
if (postgres) env.TEST_DB = 'postgres'
if (replay.length) {
  env.FUZZ_REPLAY = replay.map((f) => path.resolve(process.env.INIT_CWD ?? process.cwd(), f)).join(',')
  console.log(`fuzz: replaying ${replay.join(', ')}`)
} else {
  const seed = options.seed ?? String(Math.floor(Math.random() * 2 ** 31))
  if (!/^-?\d+$/.test(seed)) throw new Error(`--seed must be a whole number, not ${seed}`)
  const scale = options.scale ?? '1'
  if (!(Number(scale) > 0)) throw new Error(`--scale must be a number above 0, not ${scale}`)
  env.FUZZ_SEED = seed
  env.FUZZ_SCALE = scale
  if (options.only) env.FUZZ_ONLY = options.only
  if (record) env.FUZZ_RECORD = corpus
  console.log(
    `fuzz: seed ${seed}, scale ${scale}${options.only ? `, targets /${options.only}/` : ''} ` +
      `(again: npm run fuzz -- --seed ${seed}${scale === '1' ? '' : ` --scale ${scale}`}${options.only ? ` --only '${options.only}'` : ''}); ` +
      `failing inputs are written to ${path.relative(root, record ? corpus : path.join(root, 'test-results', 'fuzz-new-inputs'))}/`,
  )
}

const jest = spawn(
  process.execPath,
  [
    path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
    '--runInBand',
    '--selectProjects',
    'security',
    '--runTestsByPath',
    path.join('test', 'security', 'fuzz.test.ts'),
  ],
  { cwd: root, env, stdio: 'inherit' },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => jest.kill(signal))
jest.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
