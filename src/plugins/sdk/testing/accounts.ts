/**
 * The demo accounts of the app under test: its `docs/demo-accounts.json`, the one list its seed creates
 * and the README names. The kit reads the file (it never imports the app).
 */
import fs from 'node:fs'
import path from 'node:path'

import { ROOT } from './server'

export type DemoAccount = {
  email: string
  password: string
  collection: 'users' | 'people'
  role: string
  municipality: string | null
}

export const demoAccounts = (): DemoAccount[] =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'docs/demo-accounts.json'), 'utf8')) as DemoAccount[]
