/**
 * Builds both production bundles once — the CMS's (admin, REST, GraphQL) and the portal's — and marks
 * them with the hash of their sources, as the test suites do (test/globalSetup.mjs, the portal
 * harness): the tests and CI's final check reuse them instead of building again. Nothing is built when
 * a bundle is already current. `npm run build` builds unconditionally, for deployments.
 */
import { ensureCmsBuild } from '../test/globalSetup.mjs'
import { ensurePortalBuild } from '../src/plugins/sdk/testing/portal'

const started = Date.now()
const seconds = () => ((Date.now() - started) / 1000).toFixed(0)
await ensureCmsBuild()
process.stdout.write(`[build] CMS bundle current after ${seconds()} s\n`)
ensurePortalBuild()
process.stdout.write(`[build] portal bundle current after ${seconds()} s\n`)
