/**
 * The conformance kit's static checks: they fail on a deliberately broken module and pass for every
 * installed module (the checks against a running server are in test/integration/conformance.test.ts).
 */
import path from 'node:path'

import { INSTALLED_MODULES } from '../../src/modules'
import { staticConformance } from '../../src/plugins/sdk/testing/conformance'
import { brokenModule } from '../fixtures/modules/broken/index'

describe('conformance kit (static checks)', () => {
  it('fails a module with a collection outside tenant scope, a label in one language, a core import, a command GraphQL lacks, a portal part that loads server code and an undeclared personal field', () => {
    const findings = staticConformance(brokenModule, {
      dir: path.resolve(import.meta.dirname, '../fixtures/modules/broken'),
    })
    expect(findings).toEqual(
      expect.arrayContaining([
        {
          check: 'tenancy',
          problem: "collection broken-notes is added outside the manifest's `collections`, so it is not tenant-scoped",
        },
        { check: 'labels', problem: 'field broken-things.title: missing pt, en, fr' },
        {
          check: 'privacy',
          problem: expect.stringMatching(/^field broken-things\.contactEmail looks personal: declare it/),
        },
        {
          check: 'commands',
          problem: 'command breakThing has no GraphQL mutation of that name (resolve it with command.resolver)',
        },
        {
          check: 'imports',
          problem: expect.stringMatching(
            /index\.ts imports "\.\.\/\.\.\/\.\.\/\.\.\/src\/access\/roles": a relative import leaves the module's package/,
          ),
        },
        {
          check: 'imports',
          problem: expect.stringMatching(
            /portal\/page\.ts imports "@e-muni\/sdk": a module's portal part imports only the SDK's portal kit/,
          ),
        },
        {
          check: 'imports',
          problem: expect.stringMatching(
            /portal\/page\.ts imports "\.\.\/index": the portal part \(portal\/\) and the rest of the module do not import each other/,
          ),
        },
      ]),
    )
    // The SDK import in index.ts is fine: exactly these three import findings.
    expect(findings.filter((f) => f.check === 'imports')).toHaveLength(3)
  })

  it('passes every installed module', () => {
    expect(INSTALLED_MODULES.installed.map((m) => m.manifest.slug)).toEqual(INSTALLED_MODULES.slugs)
    for (const module of INSTALLED_MODULES.installed) {
      const factory = Object.assign(() => module, { manifest: module.manifest })
      expect({ module: module.manifest.slug, findings: staticConformance(factory) }).toEqual({
        module: module.manifest.slug,
        findings: [],
      })
    }
  })
})
