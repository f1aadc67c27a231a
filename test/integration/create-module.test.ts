/**
 * Modules as npm packages, in a temporary copy of the project without MuniAgenda — the example third-party
 * module; where it is not in this project, the last workspace module of src/modules.ts (its package folder, its
 * link in node_modules and its line in src/modules.ts taken out):
 * - the app and the portal type-check and the portal builds without it, its bundle holding none of its portal code;
 * - `npm run create-module -- test-thing`: the scaffold, a package of its own, installs itself into the
 *   config, passes lint, and its generated test (the conformance kit on a real development server) passes
 *   unchanged;
 * - MuniAgenda packed with `npm pack` as its author publishes it, installed into the copy with
 *   `npm install <tarball>` (a real folder in node_modules, not the workspace), one line added to
 *   src/modules.ts: its own tests, the conformance kit among them, pass from the installed package.
 * The copy is deleted afterwards.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ROOT } from '../../src/plugins/sdk/testing/server'

const SKIP = new Set(['node_modules', '.next', '.git', 'data', 'test-results'])
let copy: string

/** The portal's GraphQL operations of a module's package (their names are in the portal's bundle). */
const portalOperations = (dir: string): string[] => {
  const folder = path.join(dir, 'portal/graphql')
  if (!fs.existsSync(folder)) return []
  return fs
    .readdirSync(folder)
    .flatMap((f) => [...fs.readFileSync(path.join(folder, f), 'utf8').matchAll(/^(?:query|mutation) ([A-Z]\w+)/gm)])
    .map((m) => m[1])
}

/** The module this test takes out, packs and installs again, and one that stays (with a portal part). */
const pickModules = () => {
  const source = fs.readFileSync(path.join(ROOT, 'src/modules.ts'), 'utf8')
  const workspace = [...source.matchAll(/^import \{ (\w+) \} from '(@e-muni\/[\w-]+)'$/gm)]
    .map(([, exportName, name]) => ({ exportName, name, dir: path.join(ROOT, 'src/plugins', name.split('/')[1]) }))
    .filter((m) => fs.existsSync(path.join(m.dir, 'package.json')))
    .map((m) => ({ ...m, slug: JSON.parse(fs.readFileSync(path.join(m.dir, 'package.json'), 'utf8'))['e-muni'].slug }))
  const example = workspace.find((m) => m.slug === 'muniagenda') ?? workspace[workspace.length - 1]
  const staying = workspace.find((m) => m !== example && portalOperations(m.dir).length)
  return { example, staying }
}
const { example: EXAMPLE, staying: STAYING } = pickModules()
const EXAMPLE_TESTS = fs
  .readdirSync(path.join(EXAMPLE.dir, 'test'))
  .filter((f) => f.endsWith('.test.ts') && !f.endsWith('.e2e.test.ts'))
  .sort()

/** Runs a command in the copy; its time is logged (this file is among the suite's slowest). */
const run = (command: string, args: string[], env: Record<string, string> = {}) => {
  const start = Date.now()
  const result = spawnSync(command, args, {
    cwd: copy,
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    encoding: 'utf8',
    timeout: 600_000,
  })
  const what = [path.basename(command), ...args].join(' ').slice(0, 100)
  process.stdout.write(`[create-module] ${what}: ${((Date.now() - start) / 1000).toFixed(1)} s\n`)
  // Where a test run's time went: its servers' start and its templates' seeding (src/plugins/sdk/testing/server.ts).
  for (const line of `${result.stdout ?? ''}\n${result.stderr ?? ''}`.split('\n'))
    if (/^\[e-Muni tests\] (server|template|building)|^\s*(PASS|FAIL) /.test(line))
      process.stdout.write(`[create-module]   ${line.trim()}\n`)
  return result
}

beforeAll(() => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'e-muni-create-module-'))
  fs.cpSync(ROOT, copy, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(ROOT, source)
      return !relative.split(path.sep).some((part) => SKIP.has(part))
    },
  })
  // Hard links: a full copy of the dependencies in seconds (a symlink would lead Next out of the project).
  const linked = spawnSync('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules')])
  expect(linked.status).toBe(0)
  // Turbopack's persistent caches of this checkout's production builds, as a CI keeps `.next/cache` between
  // runs (Next's documentation): the copy's builds still compile its own sources, but only what differs — the
  // CMS's in about 15 s instead of 100 s. Copied, not linked: the copy's builds write to them.
  // Likewise Turbopack's development cache, which `npm run dev` on this checkout leaves (the quickstart test runs
  // before this one: test/sequencer.mjs): the scaffolded module's development server compiles only what differs.
  for (const cache of ['.next/cache', 'frontend/.next/cache', '.next/dev/cache']) {
    const from = path.join(ROOT, cache)
    if (fs.existsSync(from)) fs.cpSync(from, path.join(copy, cache), { recursive: true })
  }
  // The copy has no example module: not in the workspace, not linked, not in the configuration.
  fs.rmSync(path.join(copy, path.relative(ROOT, EXAMPLE.dir)), { recursive: true, force: true })
  fs.rmSync(path.join(copy, 'node_modules', EXAMPLE.name), { force: true })
  const modules = path.join(copy, 'src/modules.ts')
  const without = fs
    .readFileSync(modules, 'utf8')
    .replace(`import { ${EXAMPLE.exportName} } from '${EXAMPLE.name}'\n`, '')
    .replace(new RegExp(`^ {4}${EXAMPLE.exportName}\\([^\\n]*\\),\\n`, 'm'), '')
  expect(without).not.toContain(EXAMPLE.name)
  expect(without).not.toContain(`${EXAMPLE.exportName}(`)
  fs.writeFileSync(modules, without)
  // npm rewrites its record of node_modules in place: the copy's own file, not a link to the project's.
  fs.rmSync(path.join(copy, 'node_modules/.package-lock.json'), { force: true })
})
afterAll(() => {
  if (copy) fs.rmSync(copy, { recursive: true, force: true })
})

describe('npm run create-module', () => {
  it('refuses a slug that is not one', () => {
    const res = run('npm', ['run', 'create-module', '--', 'Test_Thing'])
    expect(res.status).toBe(1)
    expect(res.stderr).toContain('"Test_Thing" is not a module slug')
    expect(fs.existsSync(path.join(copy, 'src/plugins/Test_Thing'))).toBe(false)
  })

  it('without the example module the app and the portal type-check and the portal builds, with none of its pages or code', () => {
    // The app (CMS, tests, scripts) type-checks without it: nothing names it.
    const app = run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit'])
    expect({ status: app.status, output: app.stdout.slice(-3000) }).toEqual({ status: 0, output: '' })
    // The portal mounts the installed packages' portal parts (frontend/src/modules.ts, written before builds).
    const listed = run(process.execPath, ['frontend/scripts/portal-modules.mjs'])
    expect(listed.status).toBe(0)
    const mounted = fs.readFileSync(path.join(copy, 'frontend/src/modules.ts'), 'utf8')
    expect(mounted).not.toContain(EXAMPLE.name)
    if (STAYING) expect(mounted).toContain(`${STAYING.name}/portal`)
    const checked = run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'frontend'])
    expect({ status: checked.status, output: checked.stdout.slice(-3000) }).toEqual({ status: 0, output: '' })
    const built = spawnSync(process.execPath, [path.join(copy, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: path.join(copy, 'frontend'),
      env: { ...process.env, NODE_OPTIONS: '', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 600_000,
    })
    expect({ status: built.status, output: built.status ? built.stderr.slice(-3000) : '' }).toEqual({
      status: 0,
      output: '',
    })
    // The server bundle holds the other modules' portal code and none of the example's (its GraphQL documents).
    const grep = (operations: string[]) =>
      spawnSync('grep', ['-rlE', operations.join('|'), 'frontend/.next/server'], { cwd: copy, encoding: 'utf8' })
    if (STAYING) expect(grep(portalOperations(STAYING.dir)).stdout).not.toBe('')
    const gone = portalOperations(EXAMPLE.dir)
    if (gone.length) expect({ status: grep(gone).status, files: grep(gone).stdout }).toEqual({ status: 1, files: '' })
  }, 900_000)

  it('installs the example module from its npm tarball with one line in the configuration; its own tests pass there', () => {
    // Packed as its author publishes it, from its package folder.
    const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e-muni-pack-'))
    const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', packDir], {
      cwd: EXAMPLE.dir,
      encoding: 'utf8',
    })
    expect(packed.status).toBe(0)
    const [{ filename, files }] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[]
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['package.json', 'README.md', 'index.ts', ...EXAMPLE_TESTS.map((f) => `test/${f}`)]),
    )
    // Installed as a user installs a package. Its one dependency, @e-muni/sdk, is the app's own workspace
    // package; npm reads its peers' manifests (payload) from its cache or the registry.
    const installed = run('npm', [
      'install',
      path.join(packDir, filename),
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
    ])
    fs.rmSync(packDir, { recursive: true, force: true })
    expect({ status: installed.status, stderr: installed.status ? installed.stderr.slice(-2000) : '' }).toEqual({
      status: 0,
      stderr: '',
    })
    const where = path.join(copy, 'node_modules', EXAMPLE.name)
    expect(fs.lstatSync(where).isSymbolicLink()).toBe(false)
    expect(JSON.parse(fs.readFileSync(path.join(copy, 'package.json'), 'utf8')).dependencies).toHaveProperty(
      EXAMPLE.name,
    )

    // The one line (import and list entry) docs/modules.md asks for.
    const modules = path.join(copy, 'src/modules.ts')
    fs.writeFileSync(
      modules,
      fs
        .readFileSync(modules, 'utf8')
        .replace(
          /^(import \{ emuniModules \} from .*\n)/m,
          `import { ${EXAMPLE.exportName} } from '${EXAMPLE.name}'\n$1`,
        )
        .replace(/(emuniModules\(\{\n {2}modules: \[\n)/, `$1    ${EXAMPLE.exportName}(),\n`),
    )

    // Its own tests, run from the installed package (jest leaves node_modules alone unless told).
    fs.writeFileSync(
      path.join(copy, 'jest.installed.config.js'),
      `import config from './jest.config.js'
const modules = config.projects.find((p) => p.displayName === 'modules')
export default {
  ...config,
  projects: [{
    ...modules,
    displayName: 'installed',
    roots: ['<rootDir>/node_modules/${EXAMPLE.name}'],
    testMatch: ['<rootDir>/node_modules/${EXAMPLE.name}/test/**/*.test.ts'],
    // Its browser tests (*.e2e.test.ts) need the portal built in this copy: they run in the app's e2e project.
    testPathIgnorePatterns: ['\\\\.e2e\\\\.test\\\\.ts$'],
    transformIgnorePatterns: ['/node_modules/(?!@e-muni/)'],
    haste: { retainAllFiles: true },
  }],
}
`,
    )
    const report = path.join(copy, 'jest-example.json')
    const tested = run(
      process.execPath,
      [
        'node_modules/jest/bin/jest.js',
        '--config',
        'jest.installed.config.js',
        '--runInBand',
        '--json',
        `--outputFile=${report}`,
      ],
      { NODE_OPTIONS: '--experimental-vm-modules' },
    )
    expect({ status: tested.status, output: tested.status ? tested.stderr.slice(-3000) : '' }).toEqual({
      status: 0,
      output: '',
    })
    const result = JSON.parse(fs.readFileSync(report, 'utf8')) as {
      numPassedTests: number
      numFailedTests: number
      numTotalTests: number
      testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[]
    }
    expect(result.numFailedTests).toBe(0)
    expect(result.testResults.map((r) => path.relative(copy, r.name)).sort()).toEqual(
      EXAMPLE_TESTS.map((f) => `node_modules/${EXAMPLE.name}/test/${f}`),
    )
    // Every test of the package ran and passed: its own and the conformance kit's.
    expect(result.numPassedTests).toBe(result.numTotalTests)
    expect(result.numTotalTests).toBeGreaterThan(15)
    expect(result.testResults.flatMap((r) => r.assertionResults.map((a) => a.fullName))).toEqual(
      expect.arrayContaining([
        `module conformance: ${EXAMPLE.slug} static adds only tenant-scoped collections`,
        `module conformance: ${EXAMPLE.slug} static imports only the SDK, payload and libraries`,
      ]),
    )
  }, 900_000)

  it('scaffolds a module that installs into the config and passes its generated tests', () => {
    const created = run('npm', ['run', 'create-module', '--', 'test-thing'])
    expect(created.stderr).not.toMatch(/create-module:/)
    expect(created.status).toBe(0)
    const dir = path.join(copy, 'src/plugins/test-thing')
    for (const file of [
      'index.ts',
      'workflow.ts',
      'collections/items.ts',
      'i18n.ts',
      'test/test-thing.test.ts',
      'portal/index.ts',
      'README.md',
      'package.json',
    ])
      expect(fs.existsSync(path.join(dir, file))).toBe(true)
    const modules = fs.readFileSync(path.join(copy, 'src/modules.ts'), 'utf8')
    expect(modules).toContain("import { testThing } from '@e-muni/test-thing'")
    // A package of its own, on the SDK package, linked as npm links a workspace.
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))).toMatchObject({
      name: '@e-muni/test-thing',
      exports: { '.': './index.ts', './portal': './portal/index.ts' },
      dependencies: { '@e-muni/sdk': '1.0.0' },
    })
    expect(fs.realpathSync(path.join(copy, 'node_modules/@e-muni/test-thing'))).toBe(fs.realpathSync(dir))
    expect(modules).toMatch(/emuniModules\(\{\n {2}modules: \[[^\]]*\n {4}testThing\(\),\n/)

    // A second time: refused, nothing overwritten.
    const again = run('npm', ['run', 'create-module', '--', 'test-thing'])
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('src/plugins/test-thing already exists')

    const lint = run(process.execPath, [
      'node_modules/eslint/bin/eslint.js',
      'src/plugins/test-thing',
      'src/modules.ts',
    ])
    expect(lint.stdout + lint.stderr).toBe('')
    expect(lint.status).toBe(0)
    const format = run(process.execPath, [
      'node_modules/prettier/bin/prettier.cjs',
      '--check',
      'src/plugins/test-thing',
    ])
    expect(format.status).toBe(0)
    // Its portal part is mounted by the portal, which type-checks with it.
    expect(run(process.execPath, ['frontend/scripts/portal-modules.mjs']).status).toBe(0)
    expect(fs.readFileSync(path.join(copy, 'frontend/src/modules.ts'), 'utf8')).toContain(
      "from '@e-muni/test-thing/portal'",
    )
    const checked = run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'frontend'])
    expect({ status: checked.status, output: checked.stdout.slice(-3000) }).toEqual({ status: 0, output: '' })

    // Its own test, as a module author runs it (the development server needs no production bundle).
    const report = path.join(copy, 'jest-test-thing.json')
    const tested = run(
      process.execPath,
      [
        'node_modules/jest/bin/jest.js',
        '--runInBand',
        'src/plugins/test-thing',
        '--selectProjects',
        'modules',
        '--json',
        `--outputFile=${report}`,
      ],
      { NODE_OPTIONS: '--experimental-vm-modules', EMUNI_TEST_NO_BUILD: 'true' },
    )
    const result = JSON.parse(fs.readFileSync(report, 'utf8')) as {
      numPassedTests: number
      numFailedTests: number
      testResults: { assertionResults: { fullName: string; status: string }[] }[]
    }
    const names = result.testResults.flatMap((r) => r.assertionResults.map((a) => a.fullName))
    expect({
      failed: result.numFailedTests,
      status: tested.status,
      output: tested.status ? tested.stderr.slice(-3000) : '',
    }).toEqual({
      failed: 0,
      status: 0,
      output: '',
    })
    expect(result.numPassedTests).toBe(12)
    expect(names).toEqual(
      expect.arrayContaining([
        'module conformance: test-thing static adds only tenant-scoped collections',
        'module conformance: test-thing static serves each command as REST and as the GraphQL mutation of its name',
        'module conformance: test-thing static declares whether each field that looks personal is (docs/modules.md, "Personal data")',
        'module conformance: test-thing static is given samples and made documents only for its own collections',
        'module conformance: test-thing on a running server refuses workflow fields set directly, in every collection with a workflow',
        "module conformance: test-thing on a running server switched off in one municipality refuses the module's own GraphQL operations and endpoints there",
      ]),
    )
  }, 900_000)
})
