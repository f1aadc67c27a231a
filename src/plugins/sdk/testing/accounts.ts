/**
 * The demo accounts of the app under test: its `docs/demo-accounts.json`, the one list its seed creates
 * and the README names. The kit reads the file (it never imports the app). An account of a module's role names
 * the module (`module`): the seed creates it only where the module is installed, and so does this list.
 */
import fs from 'node:fs'
import path from 'node:path'

import { moduleInstalled } from './moduleDir'
import { ROOT } from './server'

export type DemoAccount = {
  email: string
  password: string
  collection: 'users' | 'people'
  role: string
  municipality: string | null
  /** the module whose role it holds */
  module?: string
}

export const demoAccounts = (): DemoAccount[] =>
  (JSON.parse(fs.readFileSync(path.join(ROOT, 'docs/demo-accounts.json'), 'utf8')) as DemoAccount[]).filter(
    (a) => !a.module || moduleInstalled(a.module),
  )
