/** The demo accounts: one list, `docs/demo-accounts.json`, read by the seed, the README's readers and the tests. */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { DemoAccount } from '../plugins/sdk/testing/accounts'

export type { DemoAccount }

const FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/demo-accounts.json')

export const demoAccounts = (): DemoAccount[] => JSON.parse(fs.readFileSync(FILE, 'utf8')) as DemoAccount[]
