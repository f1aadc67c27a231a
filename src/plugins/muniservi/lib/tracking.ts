/**
 * The anonymous capability over a service request (issue 21): a secret only its requester holds. The
 * tracking code (`RES-2026-000012`) is sequential, a human reference; the token is an HMAC of the
 * request's identity under the server's secret (192 bits, base64url), shown in the receipt and in the
 * link of every email about the request, never stored, so that no database read or dump reveals it (a new
 * PAYLOAD_SECRET makes earlier links stop working; signed-in requesters need none). Every anonymous read
 * and write of a request (track, answer, rate) needs it; each capability is limited in uses per window
 * (TRACK_CAPABILITY_LIMIT per TRACK_CAPABILITY_WINDOW_MS, in this process), and each client address in
 * attempts (TRACK_RATE_LIMIT, src/lib/authGuards.ts).
 */
import crypto from 'node:crypto'

import type { Payload } from 'payload'
import type { ID } from '@e-muni/sdk'

type Doc = Record<string, unknown> & { id: ID }

const tokenOf = (secret: string, doc: Doc): string =>
  crypto
    .createHmac('sha256', secret)
    .update(`muniservi-tracking\u0000${String(doc.id)}\u0000${String(doc.uniqueKey ?? doc.trackingCode ?? '')}`)
    .digest('base64url')
    .slice(0, 32)

/** The request's tracking token. */
export const trackingToken = (payload: Payload, doc: Doc): string => tokenOf(payload.secret, doc)

/** Whether `token` is the request's (in constant time). */
export const tokenMatches = (payload: Payload, doc: Doc, token: unknown): boolean => {
  if (typeof token !== 'string' || token.length !== 32) return false
  const expected = Buffer.from(trackingToken(payload, doc))
  const given = Buffer.from(token)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}

/** Uses of one capability (code + token, hashed) in the current window. */
const uses = new Map<string, { count: number; resetAt: number }>()
let lastSweep = 0

/** Counts a use of a capability; false when it has been used too often in this window. */
export const useCapability = (code: string, token: unknown, env = process.env): boolean => {
  const limit = Number(env.TRACK_CAPABILITY_LIMIT || 60)
  const windowMs = Number(env.TRACK_CAPABILITY_WINDOW_MS || 10 * 60 * 1000)
  const now = Date.now()
  if (now - lastSweep > windowMs) {
    for (const [key, entry] of uses) if (entry.resetAt <= now) uses.delete(key)
    lastSweep = now
  }
  const key = crypto
    .createHash('sha256')
    .update(`${code}\u0000${String(token ?? '')}`)
    .digest('base64url')
  const entry = uses.get(key)
  if (!entry || entry.resetAt <= now) {
    uses.set(key, { count: 1, resetAt: now + windowMs })
    return true
  }
  entry.count += 1
  return entry.count <= limit
}

export const capabilityWindowMinutes = (env = process.env) =>
  Math.max(1, Math.ceil(Number(env.TRACK_CAPABILITY_WINDOW_MS || 10 * 60 * 1000) / 60000))
