/**
 * `npm run dev` starts the CMS and this: the portal (frontend/) in development on PORTAL_PORT (3001),
 * reading the CMS at CMS_URL (the CMS's own PORT on localhost by default).
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const port = process.env.PORTAL_PORT || '3001'
const env = {
  ...process.env,
  NODE_ENV: 'development',
  NODE_OPTIONS: '',
  CMS_URL: process.env.CMS_URL || `http://localhost:${process.env.PORT || 3000}`,
}
const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'dev', '--port', port], {
  cwd: path.join(root, 'frontend'),
  env,
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
