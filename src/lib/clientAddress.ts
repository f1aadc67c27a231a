/**
 * The client address the CMS's rate limits are keyed on (issue 21, finding 3).
 *
 * Behind the portal, every visitor's request reaches the CMS from the portal's own address: keyed on that,
 * all visitors share one bucket (ten bad logins lock every citizen out). Forwarding the visitor's own
 * `X-Forwarded-For` let each visitor pick their key instead. So the portal states the address itself, as
 * its own server saw it (`frontend/server.mjs`, through the proxies it trusts, `PORTAL_TRUST_PROXY`), in
 * `x-emuni-client-address`, and proves it is the portal with the shared secret `PORTAL_CLIENT_SECRET` in
 * `x-emuni-portal-secret`: the one caller whose statement is believed. Anyone else is keyed on the
 * address Express gives (the socket's, or `TRUST_PROXY`'s load balancer's), whatever they send.
 */
import crypto from 'node:crypto'
import net from 'node:net'

import type { Request } from 'express'
import { ipKeyGenerator } from 'express-rate-limit'

export const PORTAL_SECRET_HEADER = 'x-emuni-portal-secret'
export const CLIENT_ADDRESS_HEADER = 'x-emuni-client-address'

/** The secret shared with the portal (at least 16 characters), or none. */
export const portalClientSecret = (env = process.env): string | undefined => {
  const secret = env.PORTAL_CLIENT_SECRET
  return secret && secret.length >= 16 ? secret : undefined
}

const sameSecret = (given: string, secret: string) => {
  const a = crypto.createHash('sha256').update(given).digest()
  const b = crypto.createHash('sha256').update(secret).digest()
  return crypto.timingSafeEqual(a, b)
}

/** The address the portal states for this request, if the request is the portal's. */
export const statedClientAddress = (req: Pick<Request, 'headers'>, env = process.env): string | undefined => {
  const secret = portalClientSecret(env)
  const given = req.headers[PORTAL_SECRET_HEADER]
  const stated = req.headers[CLIENT_ADDRESS_HEADER]
  if (!secret || typeof given !== 'string' || typeof stated !== 'string') return undefined
  if (!sameSecret(given, secret)) return undefined
  const address = stated.trim()
  return net.isIP(address) ? address : undefined
}

/** The rate-limit key of a request: the portal's visitor, or the caller's own address. */
export const clientKey = (req: Request, env = process.env): string => {
  const stated = statedClientAddress(req, env)
  if (stated) return `visitor:${ipKeyGenerator(stated)}`
  return ipKeyGenerator(req.ip ?? req.socket?.remoteAddress ?? 'unknown')
}
