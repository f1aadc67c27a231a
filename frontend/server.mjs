/**
 * The portal's production server: Next's own handler behind a plain Node HTTP server, which states each
 * visitor's address to the CMS's rate limits (issue 21). The address is the one this server's socket saw,
 * or — through the proxies in front of the portal that `PORTAL_TRUST_PROXY` names (Express's `trust proxy`
 * forms: a number of hops, `loopback`, addresses or subnets, comma-separated) — the one they saw. It is
 * written into `x-emuni-client-address`, replacing whatever the visitor sent, and `src/lib/cms.ts` passes
 * it on with the portal's secret. `npm start` runs this; `npm run dev` (`next dev`) states no address.
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'
import proxyAddr from 'proxy-addr'

const dir = path.dirname(fileURLToPath(import.meta.url))
const arg = (name) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : undefined
}
const port = Number(arg('--port') ?? process.env.PORT ?? 3001)
const hostname = arg('--hostname') ?? process.env.HOSTNAME ?? '0.0.0.0'

/** Express's `trust proxy` setting, compiled the same way. */
const trustOf = (value) => {
  if (!value) return () => false
  if (/^\d+$/.test(value)) {
    const hops = Number(value)
    return (_address, i) => i < hops
  }
  return proxyAddr.compile(
    value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  )
}
const trust = trustOf(process.env.PORTAL_TRUST_PROXY)

const app = next({ dev: false, dir, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const server = http.createServer((req, res) => {
  // Never what the visitor sent: what this server (or its trusted proxies) saw.
  req.headers['x-emuni-client-address'] = proxyAddr(req, trust)
  handle(req, res)
})
server.listen(port, hostname, () => {
  process.stdout.write(`e-Muni portal ready on http://${hostname}:${port}\n`)
})
const stop = () => server.close(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
