/**
 * The module boundaries CI enforces through `npm run lint`: a module imports only @e-muni/sdk, payload,
 * libraries and its own files; the SDK imports only payload and libraries, never the app or a module (no-restricted-imports);
 * and no file takes part in an import cycle (import-x/no-cycle).
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { ESLint } from 'eslint'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The rules (and their messages) ESLint reports on `code` as if it were the file at `filePath`. */
const lint = async (code: string, filePath: string, eslint = new ESLint({ cwd: root })) => {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`)
}

const MODULE_RULE = /^no-restricted-imports: .*A module imports only @e-muni\/sdk .*never the app or another module/

describe('module boundaries (no-restricted-imports)', () => {
  it('refuses a module importing another module, by path or by package', async () => {
    const code = "import x from '../muni-y/index'\n\nexport const y = x\n"
    expect(await lint(code, 'src/plugins/muni-x/__fixture__.ts')).toEqual([expect.stringMatching(MODULE_RULE)])
    const pkg = "import { muniY } from '@e-muni/muni-y'\n\nexport const y = muniY\n"
    expect(await lint(pkg, 'src/plugins/muni-x/lib/__fixture__.ts')).toEqual([expect.stringMatching(MODULE_RULE)])
  })

  it('refuses a module file importing the app, at any depth', async () => {
    const code = "import { isStaff } from '../../access/roles'\n\nexport const y = isStaff\n"
    expect(await lint(code, 'src/plugins/muni-x/lib/__fixture__.ts')).toEqual([expect.stringMatching(MODULE_RULE)])
    const deeper = "import { l } from '../../../i18n/index'\n\nexport const y = l\n"
    expect(await lint(deeper, 'src/plugins/muni-x/seed/data/__fixture__.ts')).toEqual([
      expect.stringMatching(MODULE_RULE),
    ])
  })

  it('refuses the SDK by path and its internals: only its public entries (@e-muni/sdk, /admin; /testing in tests)', async () => {
    const byPath = "import { defineModule } from '../sdk/index'\n\nexport const y = defineModule\n"
    expect(await lint(byPath, 'src/plugins/muni-x/__fixture__.ts')).toEqual([expect.stringMatching(MODULE_RULE)])
    const internal = "import { defineWorkflow } from '@e-muni/sdk/workflow'\n\nexport const y = defineWorkflow\n"
    expect(await lint(internal, 'src/plugins/muni-x/__fixture__.ts')).toEqual([expect.stringMatching(MODULE_RULE)])
    const server = "import { startServer } from '@e-muni/sdk/testing/server'\n\nexport const y = startServer\n"
    expect(await lint(server, 'src/plugins/muni-x/test/__fixture__.ts')).toEqual([expect.stringMatching(MODULE_RULE)])
    const testing = "import { startServer } from '@e-muni/sdk/testing'\n\nexport const y = startServer\n"
    expect(await lint(testing, 'src/plugins/muni-x/test/__fixture__.ts')).toEqual([])
  })

  it('allows the SDK, payload, libraries and the module’s own files', async () => {
    const code = [
      "import { defineModule } from '@e-muni/sdk'",
      "import type { CollectionConfig } from 'payload'",
      "import { XMLParser } from 'fast-xml-parser'",
      "import { muniX } from './index'",
      '',
      'export const y = [defineModule, XMLParser, muniX] as unknown as CollectionConfig[]',
      '',
    ].join('\n')
    expect(await lint(code, 'src/plugins/muni-x/__fixture__.ts')).toEqual([])
    const nested = "import { MODULE } from '../i18n/index'\n\nexport const y = MODULE\n"
    expect(await lint(nested, 'src/plugins/muni-x/lib/__fixture__.ts')).toEqual([])
    // The admin components' helpers.
    const admin = "import { excerpt } from '@e-muni/sdk/admin'\n\nexport const y = excerpt\n"
    expect(await lint(admin, 'src/plugins/muni-x/admin/__fixture__.ts')).toEqual([])
  })
})

describe('package boundaries (package.json exports, enforced by Node)', () => {
  it('resolves the SDK’s public entries and refuses its internals', async () => {
    expect(Object.keys(await import('@e-muni/sdk'))).toEqual(expect.arrayContaining(['defineModule', 'l']))
    await expect(import('@e-muni/sdk/workflow' as string)).rejects.toThrow(/not exported|Cannot find module/)
  })

  it('makes every module and the SDK a package of its own, the modules depending on the SDK package', () => {
    const pkg = (dir: string) =>
      JSON.parse(fs.readFileSync(path.join(root, 'src/plugins', dir, 'package.json'), 'utf8')) as {
        name: string
        exports: Record<string, string>
        dependencies?: Record<string, string>
      }
    expect(pkg('sdk')).toMatchObject({ name: '@e-muni/sdk', exports: { '.': './index.ts' } })
    for (const dir of fs.readdirSync(path.join(root, 'src/plugins')).filter((d) => d !== 'sdk'))
      expect(pkg(dir)).toMatchObject({ name: `@e-muni/${dir}`, dependencies: { '@e-muni/sdk': expect.any(String) } })
  })
})

const SDK_RULE = /^no-restricted-imports: .*The SDK is the bottom layer/

describe('the SDK is the bottom layer (no-restricted-imports)', () => {
  it('refuses an SDK file importing the app or a module, at any depth', async () => {
    const core = "import { tr } from '../../i18n/index'\n\nexport const y = tr\n"
    expect(await lint(core, 'src/plugins/sdk/__fixture__.ts')).toEqual([expect.stringMatching(SDK_RULE)])
    const module = "import { muniX } from '../muni-x/index'\n\nexport const y = muniX\n"
    expect(await lint(module, 'src/plugins/sdk/__fixture__.ts')).toEqual([expect.stringMatching(SDK_RULE)])
    const seed = "import { demoAccounts } from '../../../seed/accounts'\n\nexport const y = demoAccounts\n"
    expect(await lint(seed, 'src/plugins/sdk/testing/__fixture__.ts')).toEqual([expect.stringMatching(SDK_RULE)])
  })

  it('allows its own files, payload and libraries', async () => {
    const code = [
      "import type { CollectionConfig } from 'payload'",
      "import { fill } from '../language'",
      "import { startServer } from './server'",
      '',
      'export const y = [fill, startServer] as unknown as CollectionConfig[]',
      '',
    ].join('\n')
    expect(await lint(code, 'src/plugins/sdk/testing/__fixture__.ts')).toEqual([])
  })

  it('holds for every SDK file today: none imports outside src/plugins/sdk', async () => {
    const results = await new ESLint({ cwd: root }).lintFiles(['src/plugins/sdk'])
    const outside = results.flatMap((r) =>
      r.messages
        .filter((m) => SDK_RULE.test(`${m.ruleId}: ${m.message}`))
        .map((m) => path.relative(root, r.filePath) + ':' + m.line),
    )
    expect(results.length).toBeGreaterThan(20)
    expect(outside).toEqual([])
  })
})

describe('import cycles (import-x/no-cycle)', () => {
  // The fixtures are ignored by `npm run lint` (they are broken on purpose): lint them with ignores off.
  const eslint = new ESLint({ cwd: root, ignore: false })

  it('reports both files of a cycle', async () => {
    const results = await eslint.lintFiles([
      'test/fixtures/boundaries/cycle-a.ts',
      'test/fixtures/boundaries/cycle-b.ts',
    ])
    expect(results.map((r) => [path.relative(root, r.filePath), r.messages.map((m) => m.ruleId)])).toEqual([
      ['test/fixtures/boundaries/cycle-a.ts', ['import-x/no-cycle']],
      ['test/fixtures/boundaries/cycle-b.ts', ['import-x/no-cycle']],
    ])
  })

  it('reports a cycle that a new file would close', async () => {
    const code = "import { a } from './cycle-a'\n\nexport const b = 'b'\nexport const fromA = (): string => a()\n"
    expect(await lint(code, 'test/fixtures/boundaries/cycle-b.ts', eslint)).toEqual([
      'import-x/no-cycle: Dependency cycle detected',
    ])
  })

  it('does not count a type-only import as a cycle', async () => {
    const code = "import type { a } from './cycle-a'\n\nexport const b = 'b'\nexport type A = typeof a\n"
    expect(await lint(code, 'test/fixtures/boundaries/cycle-b.ts', eslint)).toEqual([])
  })

  it('keeps the broken fixtures, and only them, out of `npm run lint`', async () => {
    expect(await new ESLint({ cwd: root }).isPathIgnored('test/fixtures/boundaries/cycle-a.ts')).toBe(true)
    expect(await new ESLint({ cwd: root }).isPathIgnored('src/plugins/muni-x/index.ts')).toBe(false)
  })
})
