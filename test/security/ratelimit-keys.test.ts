/**
 * Rate-limit keys through the portal (issue 21, finding 3), generated over every rate limit the CMS has
 * (`createAuthGuards`: a limit added tomorrow is checked without a line here). Each limit runs as the CMS runs
 * it (express-rate-limit behind Express, over HTTP), with a limit of 2, and:
 * - a caller who is not the portal cannot choose their key: rotating `X-Forwarded-For` and stating a client
 *   address without the portal's secret, or with a wrong one, still counts in the caller's own bucket;
 * - the portal, with its secret, states each visitor's address: visitors have buckets of their own (one
 *   visitor's failures lock nobody else out) and a visitor who exhausts theirs is refused.
 * The whole server's path is covered by test/integration/ratelimit.test.ts and, through the real portal, by
 * test/e2e/portal-core.test.ts.
 */
import express, { type RequestHandler } from 'express'
import request from 'supertest'

import { createAuthGuards } from '../../src/lib/authGuards'
import { CLIENT_ADDRESS_HEADER, PORTAL_SECRET_HEADER } from '../../src/lib/clientAddress'

const SECRET = 'portal-secret-for-the-test-0123456789'
const env = {
  ...process.env,
  PORTAL_CLIENT_SECRET: SECRET,
  LOGIN_RATE_LIMIT: '2',
  RESET_RATE_LIMIT: '2',
  SUBMIT_RATE_LIMIT: '2',
  SIGNUP_RATE_LIMIT: '2',
  TRACK_RATE_LIMIT: '2',
}

/** A fresh instance of every limit, behind an app that answers every request as a failure (always counted). */
const apps = () =>
  Object.entries(createAuthGuards(env)).map(([name, guard]) => {
    const app = express()
    app.post('/attempt', guard as RequestHandler, (_req, res) => {
      res.status(400).json({ errors: [{ message: 'wrong' }] })
    })
    return { name, app }
  })

// The limits read the portal's secret from the environment when a request comes (as the server does).
let previousSecret: string | undefined
beforeAll(() => {
  previousSecret = process.env.PORTAL_CLIENT_SECRET
  process.env.PORTAL_CLIENT_SECRET = SECRET
})
afterAll(() => {
  if (previousSecret === undefined) delete process.env.PORTAL_CLIENT_SECRET
  else process.env.PORTAL_CLIENT_SECRET = previousSecret
})

const statuses = async (app: express.Express, headers: Record<string, string>[]) => {
  const out: number[] = []
  for (const h of headers) out.push((await request(app).post('/attempt').set(h).send({})).status)
  return out
}

describe('rate-limit keys through the portal, for every limit', () => {
  it('every limit is generated here (the test sees them all)', () => {
    expect(
      apps()
        .map((a) => a.name)
        .sort(),
    ).toEqual(Object.keys(createAuthGuards(env)).sort())
    expect(apps().length).toBeGreaterThanOrEqual(5)
  })

  it('a caller who is not the portal cannot pick their key (forwarded addresses, stated addresses, wrong secret)', async () => {
    for (const { name, app } of apps()) {
      const spoofed: Record<string, string>[] = [
        { 'X-Forwarded-For': '203.0.113.1' },
        { 'X-Forwarded-For': '203.0.113.2', [CLIENT_ADDRESS_HEADER]: '198.51.100.2' },
        { [CLIENT_ADDRESS_HEADER]: '198.51.100.3', [PORTAL_SECRET_HEADER]: 'not-the-secret-0123456789' },
        { 'X-Forwarded-For': '203.0.113.4', [CLIENT_ADDRESS_HEADER]: '198.51.100.4' },
      ]
      expect({ name, statuses: await statuses(app, spoofed) }).toEqual({ name, statuses: [400, 400, 429, 429] })
    }
  })

  it('the portal, with its secret, gives each visitor a bucket of their own', async () => {
    for (const { name, app } of apps()) {
      const visitor = (address: string) => ({ [CLIENT_ADDRESS_HEADER]: address, [PORTAL_SECRET_HEADER]: SECRET })
      const one = await statuses(app, [visitor('198.51.100.10'), visitor('198.51.100.10'), visitor('198.51.100.10')])
      // Another visitor through the same portal is not locked out by the first.
      const other = await statuses(app, [visitor('198.51.100.11')])
      expect({ name, one, other }).toEqual({ name, one: [400, 400, 429], other: [400] })
    }
  })
})
