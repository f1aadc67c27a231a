/**
 * `npm run create-module -- test-thing` in a temporary copy of the project: the scaffold installs itself
 * into the config, passes lint, and its generated test (the conformance kit on a real development
 * server) passes unchanged. The copy is deleted afterwards.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ROOT } from '../../src/plugins/sdk/testing/server'

const SKIP = new Set(['node_modules', '.next', '.git', 'data', 'test-results'])
let copy: string

const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(command, args, {
    cwd: copy,
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    encoding: 'utf8',
    timeout: 600_000,
  })

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
      'README.md',
    ])
      expect(fs.existsSync(path.join(dir, file))).toBe(true)
    const modules = fs.readFileSync(path.join(copy, 'src/modules.ts'), 'utf8')
    expect(modules).toContain("import { testThing } from './plugins/test-thing/index'")
    expect(modules).toMatch(/INSTALLED_MODULES: ModulePlugin\[\] = \[[^\]]*\n {2}testThing,\n/)

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
    expect(result.numPassedTests).toBe(9)
    expect(names).toEqual(
      expect.arrayContaining([
        'module conformance: test-thing static adds only tenant-scoped collections',
        'module conformance: test-thing on a running server refuses workflow fields set directly, in every collection with a workflow',
        "module conformance: test-thing on a running server switched off in one municipality refuses the module's own GraphQL operations and endpoints there",
      ]),
    )
  }, 900_000)
})
