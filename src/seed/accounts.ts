/**
 * The demo accounts: one list, `docs/demo-accounts.json`, read by the seed, the README's readers and the tests. An
 * account of a module's role names its module: given the installed modules, only theirs are listed.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { DemoAccount } from '../plugins/sdk/testing/accounts'

export type { DemoAccount }

const FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/demo-accounts.json')

export const demoAccounts = (installed?: readonly string[]): DemoAccount[] =>
  (JSON.parse(fs.readFileSync(FILE, 'utf8')) as DemoAccount[]).filter(
    (a) => !installed || !a.module || installed.includes(a.module),
  )
