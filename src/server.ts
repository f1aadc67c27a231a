/**
 * e-Muni's HTTP server: express in front of Next (which serves Payload's admin, REST and GraphQL),
 * with security headers, rate limits on password paths, health and readiness probes, structured logs
 * and graceful shutdown. `npm run dev` runs it in development; `npm start` in production.
 */
import fs from 'node:fs'
import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import express, { type Express } from 'express'
import helmet from 'helmet'
import next from 'next'
import { pinoHttp } from 'pino-http'
import { getPayload, type Payload } from 'payload'

import { isPlatformAdmin } from './access/roles'
import { requireTransactions, resolveDatabase } from './db'
import { installedModules } from './plugins/sdk/compose'
import { multipartCommandMaxBytes } from './plugins/sdk/command'
import { uploadMaxBytes } from './plugins/sdk/uploads'
import { startUploadSweeper } from './hooks/uploadSweep'
import { languageFromHeader, message } from './i18n'
import { createAuthGuards, graphqlGuard, limitRefusal } from './lib/authGuards'
import { forwarded, jsonBodyLimit, jsonBodyMaxBytes } from './lib/bodyLimit'
import { corsMiddleware, credentialsByOrigin, publicCors } from './lib/cors'
import { graphqlMaxDepth, graphqlMaxFields } from './lib/graphqlDepth'
import { startJobRunner, type JobRunner } from './lib/jobRunner'
import { logger } from './lib/logger'
import { migrateOnStart, migrateUnderLock } from './lib/migrate'
import { keepPlannerStats } from './lib/plannerStats'
import { cacheableRead, createPublicCache, isAnonymous } from './lib/publicCache'
import { processRole, type ProcessRole } from './lib/processRole'
import { queryParamGuard } from './lib/queryGuard'
import { redis } from './lib/redis'
import { secretProblem } from './lib/secret'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type ServerOptions = { dev: boolean; port: number; host: string }

/**
 * The longest request address answered (path and query string, in bytes). Next repeats the address
 * twice in a redirect (`Location` and `Refresh`): kept this short, a redirect's headers stay within the
 * 16 KiB that Node's and browsers' HTTP clients read.
 */
export const MAX_URL_BYTES = 6144

/** Is the database answering (and, for SQLite, is its file still there)? */
export const databaseReady = async (payload: Payload): Promise<{ ok: true } | { ok: false; reason: string }> => {
  try {
    const { kind, url } = resolveDatabase(process.env.DATABASE_URI)
    if (kind === 'sqlite' && !fs.existsSync(url.slice('file:'.length)))
      return { ok: false, reason: 'database file is missing' }
    await Promise.race([
      payload.count({ collection: 'municipalities', overrideAccess: true }),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('database did not answer within 3 s')), 3000).unref(),
      ),
    ])
    return { ok: true }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
}

type NextUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => Promise<void>

/** This process's job runner (src/lib/jobRunner.ts), once started: /healthz tells its state (`starting` before). */
let runner: JobRunner | undefined

/** Payload, on a database migrated (under the migration lock) unless MIGRATE_ON_START=false. */
const initPayload = async (): Promise<Payload> => {
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  requireTransactions(payload.db)
  // With REDIS_URL: connect now, for the state the CMS processes share (lib/redis.ts).
  redis()
  await migrateOnStart(payload)
  return payload
}

/** The probes every role serves: the process, and the database. */
const probes = (app: Express, payload: Payload, role: ProcessRole) => {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptime: process.uptime(), role, jobs: runner?.state() ?? 'starting' })
  })
  app.get('/readyz', async (_req, res) => {
    const ready = await databaseReady(payload)
    if (ready.ok) res.json({ status: 'ready' })
    else {
      // The details (which may name hosts or files) go to the log, not to the internet.
      logger.warn({ reason: ready.reason }, 'not ready')
      res.status(503).json({ status: 'unavailable', reason: 'The database is not reachable.' })
    }
  })
}

/**
 * A worker (EMUNI_ROLE=worker) runs the jobs and answers only its probes: no Next, no API. Everything
 * else is 404, so a worker put behind the load balancer by mistake serves nothing.
 */
export const createWorkerApp = async (): Promise<{ app: Express; payload: Payload }> => {
  const payload = await initPayload()
  await keepPlannerStats(payload)
  // It serves no reads, but what its jobs write (a tender closed) must expire the web processes' cached
  // reads: with REDIS_URL its writes move the shared counters (lib/publicCache.ts).
  createPublicCache(payload, { ...process.env, PUBLIC_CACHE: 'off' })
  const app = express()
  app.disable('x-powered-by')
  app.use(helmet())
  probes(app, payload, 'worker')
  app.use((_req, res) => {
    res
      .status(404)
      .json({ errors: [{ message: 'This process is a job worker: it serves /healthz and /readyz only.' }] })
  })
  return { app, payload }
}

export const createApp = async ({
  dev,
}: Pick<ServerOptions, 'dev'>): Promise<{ app: Express; payload: Payload; upgrade: NextUpgrade }> => {
  const payload = await initPayload()

  if (process.env.SEED_DEMO === 'true' || (dev && process.env.SEED_DEMO !== 'false')) {
    const { seedIfEmpty } = await import('./seed/index')
    await seedIfEmpty(payload)
  }

  // SQLite's planner statistics (lib/plannerStats.ts): gathered before the first request.
  await keepPlannerStats(payload)

  const nextApp = next({ dev, dir: root })
  const handle = nextApp.getRequestHandler()
  await nextApp.prepare()

  const app = express()
  app.disable('x-powered-by')
  if (process.env.TRUST_PROXY)
    app.set(
      'trust proxy',
      /^\d+$/.test(process.env.TRUST_PROXY) ? Number(process.env.TRUST_PROXY) : process.env.TRUST_PROXY,
    )

  app.use(
    pinoHttp({
      logger,
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: {
        ignore: (req) => req.url === '/healthz' || req.url === '/readyz' || Boolean(req.url?.startsWith('/_next/')),
      },
      // Answers from the public-read cache are logged at debug level: writing a line for each cost about
      // a tenth of the cached path's throughput (BENCHMARKS.md). LOG_LEVEL=debug shows them.
      customLogLevel: (_req, res, error) =>
        error || res.statusCode >= 500 ? 'error' : res.getHeader('X-Cache') === 'HIT' ? 'debug' : 'info',
    }),
  )
  app.use(
    helmet({
      // The admin UI (Next + React) needs inline scripts and styles, and blob:/data: images for uploads.
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
          frameAncestors: ["'self'"],
          objectSrc: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
      hsts: !dev,
    }),
  )

  // Uploaded files are shown by the portal, which lives on other origins (its port, the municipalities'
  // domains): let browsers embed them. Reading a file still needs the collection's read access.
  app.use((req, res, next) => {
    if (/^\/api\/[a-z0-9-]+\/file\//.test(req.path)) res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin')
    next()
  })

  // An address longer than this is answered 414: Next would otherwise repeat it in a redirect's
  // Location header, making an answer too large for HTTP clients to read (fuzzing found one).
  app.use((req, res, nextFn) => {
    const length = Buffer.byteLength(req.originalUrl)
    if (length <= MAX_URL_BYTES) return nextFn()
    res.status(414).json({
      errors: [
        {
          message: message(languageFromHeader(req.headers['accept-language']), 'addressTooLong', {
            length,
            max: MAX_URL_BYTES,
          }),
        },
      ],
    })
  })

  probes(app, payload, processRole())

  // A session cookie sent from a municipality's domain counts only for that municipality's staff.
  app.use(credentialsByOrigin(payload))
  // Modules' public standard APIs (endpoints with `cors: 'public'`): CORS for any site, without credentials.
  const modules = installedModules(payload).modules
  const openMethods = new Map<string, string[]>()
  for (const e of modules.flatMap((m) => m.endpoints ?? []))
    if (e.root && e.cors === 'public')
      openMethods.set(`/api${e.path}`, [...(openMethods.get(`/api${e.path}`) ?? []), e.method])
  for (const [route, methods] of openMethods) app.all(route, publicCors(methods))
  // CORS for the CMS, the portal and the municipalities' domains only; preflights end here.
  app.use('/api', corsMiddleware(payload))
  // Query parameters the database cannot use (limit=1e309, where=abc) are answered 400, not 500.
  app.use('/api', queryParamGuard)

  // A multipart body that announces more than the upload limit is answered 413 at once (the body is
  // drained, so the client reads the answer instead of a broken pipe). Payload enforces the same
  // limit while parsing bodies that do not announce their length.
  // Module commands that take files (`/api/m/…`, e.g. a service request with its attachments) take up to
  // MULTIPART_COMMAND_FILES of them, each within the upload limit; the command bounds what it reads the same way.
  const maxUpload = uploadMaxBytes()
  app.use('/api', (req, res, nextFn) => {
    const length = Number(req.headers['content-length'] || 0)
    const bound = req.path.startsWith('/m/') ? multipartCommandMaxBytes() : maxUpload + 64 * 1024
    if (!req.is('multipart/form-data') || length <= bound) return nextFn()
    const refuse = () =>
      res.status(413).json({
        errors: [
          {
            message: message(languageFromHeader(req.headers['accept-language']), 'fileTooLarge', {
              mb: Math.round((maxUpload / 1048576) * 10) / 10,
            }),
          },
        ],
      })
    // Answer once the body has been read (and discarded), so the client is not cut off mid-upload;
    // a body far over the limit is not worth reading: answer at once and close.
    if (length > maxUpload * 10) {
      res.setHeader('Connection', 'close')
      refuse()
      req.destroy()
      return
    }
    req.on('end', refuse)
    req.on('error', () => res.destroy())
    req.resume()
  })

  // Other bodies (JSON to collections, auth, module endpoints) are bounded too: see lib/bodyLimit.ts.
  app.use('/api', jsonBodyLimit(jsonBodyMaxBytes()))

  // Anonymous reads answered from memory, invalidated by every write (see lib/publicCache.ts).
  const publicCache = createPublicCache(payload)
  if (publicCache)
    app.get('/api/{*splat}', (req, res) => {
      if (!cacheableRead(req)) return handle(req, res)
      return publicCache.serve(req, res, () => handle(req, res))
    })

  const guards = createAuthGuards(process.env, async (req) => {
    try {
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers))
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
      return isPlatformAdmin((await payload.auth({ headers })).user as never)
    } catch {
      return false
    }
  })
  app.post('/api/:collection/login', guards.login)
  // Sign-ups (src/lib/signUp.ts).
  app.post('/api/people', guards.signUp)
  app.post(
    ['/api/:collection/forgot-password', '/api/:collection/reset-password', '/api/people/resend-verification'],
    guards.passwordReset,
  )
  // Modules' public writes: everything posted under /api/m/, and their own endpoints marked as submissions.
  const submissions = modules.flatMap((m) =>
    (m.endpoints ?? []).filter((e) => e.root && e.submission && e.method === 'post'),
  )
  app.post('/api/m/{*rest}', guards.submission)
  // A submission endpoint's 429 takes its own refusal's shape (a standard's error format), if it has one.
  for (const e of submissions) {
    const refusal = e.refusal
    const shape = refusal
      ? limitRefusal((req) => (status, text) => {
          const headers = new Headers()
          for (const [name, value] of Object.entries(req.headers))
            if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
          const like = { routeParams: req.params, headers, method: req.method, url: req.originalUrl }
          return refusal(like as unknown as Parameters<typeof refusal>[0], { status, message: text })
        })
      : (_req: express.Request, _res: express.Response, nextFn: express.NextFunction) => nextFn()
    app.post(`/api${e.path}`, shape, guards.submission)
  }
  // Operations that use a capability (a code and its token) count as its attempts over REST as over GraphQL
  // (issue 21): the modules name them.
  const capability = new Set(modules.flatMap((m) => m.capabilityOperations ?? []))
  app.post('/api/m/:municipality/:module/:command', (req, res, next) =>
    capability.has(String(req.params.command)) ? guards.tracking(req, res, next) : next(),
  )
  app.post(
    '/api/graphql',
    graphqlGuard(
      guards,
      (req, res, read) =>
        publicCache && read.readOnly && isAnonymous(req)
          ? publicCache.serve(read.original, res, () => handle(req, res), read.body)
          : handle(req, res),
      {
        maxBytes: Number(process.env.GRAPHQL_MAX_BODY_BYTES || 1024 * 1024),
        maxDepth: graphqlMaxDepth(),
        maxFields: graphqlMaxFields(),
        capability,
      },
      publicCache ? (req, res, body) => isAnonymous(req) && publicCache.hit(req, res, body) : undefined,
    ),
  )

  app.all('/{*splat}', (req, res) => handle(forwarded(req, res), res))
  // WebSocket upgrades (Next's development hot reload) go to Next too.
  const upgrade = nextApp.getUpgradeHandler() as NextUpgrade
  return { app, payload, upgrade }
}

export const start = async (options: ServerOptions): Promise<Server> => {
  const role = processRole()
  const { app, payload, upgrade } =
    role === 'worker' ? { ...(await createWorkerApp()), upgrade: undefined } : await createApp(options)
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(options.port, options.host, () => resolve(s))
  })
  server.on('upgrade', (req, socket, head) => {
    if (!upgrade) return socket.destroy()
    upgrade(req, socket, head).catch(() => socket.destroy())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  logger.info({ port, host: options.host, dev: options.dev, role }, 'e-Muni listening')
  // Files a crash left without their document (see uploadSweep.ts).
  const stopSweeper = role === 'worker' ? () => undefined : startUploadSweeper(payload)
  // The jobs: in `all` and `worker`, while this process holds the job lock (src/lib/jobRunner.ts).
  runner = await startJobRunner(payload)

  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'shutting down')
    stopSweeper()
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 10 s; exiting')
      process.exit(1)
    }, 10_000)
    force.unref()
    server.close(async () => {
      try {
        await runner?.stop()
        await payload.destroy()
      } catch (error) {
        logger.warn({ err: error }, 'error while closing the database')
      }
      logger.info('shut down cleanly')
      process.exit(0)
    })
    server.closeIdleConnections()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
  return server
}

/** `EMUNI_ROLE=migrate`: the committed migrations, under the migration lock; nothing else. */
export const migrate = async (): Promise<void> => {
  // As `payload migrate` does: development would otherwise push the schema while connecting.
  process.env.PAYLOAD_MIGRATING = 'true'
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  try {
    await migrateUnderLock(payload)
    logger.info('migrations applied')
  } finally {
    await payload.destroy()
  }
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href

if (isMain) {
  // Lexical's Node entry points load through top-level await, which Node 20 sometimes never settles
  // (the process then exits 0 before listening). `--conditions` picks their plain builds instead.
  if (![...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) => arg.includes('--conditions'))) {
    logger.warn('started without --conditions=production|development: use `npm start` / `npm run dev` (see README)')
  }
  const dev = process.env.NODE_ENV !== 'production'
  const problem = dev ? null : secretProblem(process.env.PAYLOAD_SECRET)
  if (problem) {
    logger.fatal(
      `Refusing to start in production: ${problem} Set PAYLOAD_SECRET to a random string of at least 32 characters (e.g. \`openssl rand -hex 32\`).`,
    )
    process.stderr.write(`e-Muni: refusing to start in production: ${problem}\n`)
    process.exit(1)
  }
  if (!dev && !process.env.PUBLIC_URL) {
    logger.warn(
      `PUBLIC_URL is not set: links in emails and cookie sessions assume http://localhost:${process.env.PORT ?? 3000}. Set it to the address people use.`,
    )
  }
  if (!dev && !fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    process.stderr.write('e-Muni: no production build found; run `npm run build` before `npm start`.\n')
    process.exit(1)
  }
  const role = (() => {
    try {
      return processRole()
    } catch (error) {
      process.stderr.write(`e-Muni: ${(error as Error).message}\n`)
      process.exit(1)
    }
  })()
  if (role === 'migrate') {
    // The release step: migrate under the lock, then exit (docs/deploy/worker.md).
    migrate().then(
      () => process.exit(0),
      (error) => {
        logger.fatal({ err: error }, 'migration failed')
        process.exit(1)
      },
    )
  } else
    start({ dev, port: Number(process.env.PORT ?? 3000), host: process.env.HOST || '0.0.0.0' }).catch((error) => {
      logger.fatal({ err: error }, 'failed to start')
      process.exit(1)
    })
}
