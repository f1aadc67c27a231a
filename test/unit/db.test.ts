import path from 'node:path'

import { databaseAdapter, requireTransactions, resolveDatabase } from '../../src/db'
import { jobsCron } from '../../src/lib/jobRunner'
import { migrationsFor } from '../../src/lib/migrate'
import { processRole } from '../../src/lib/processRole'
import { poolMax, semaphore } from '../../src/lib/transactionSlots'

describe('DATABASE_URI → database', () => {
  it('defaults to an SQLite file under data/ when unset or blank', () => {
    for (const uri of [undefined, '', '   ']) {
      expect(resolveDatabase(uri, '/srv/e-muni')).toEqual({ kind: 'sqlite', url: 'file:/srv/e-muni/data/e-muni.db' })
    }
  })

  it('takes file: URIs as SQLite, resolving relative paths', () => {
    expect(resolveDatabase('file:./data/x.db', '/srv/app')).toEqual({ kind: 'sqlite', url: 'file:/srv/app/data/x.db' })
    expect(resolveDatabase('file:/var/lib/e-muni.db', '/srv/app')).toEqual({
      kind: 'sqlite',
      url: 'file:/var/lib/e-muni.db',
    })
    expect(() => resolveDatabase('file:')).toThrow(/names no file/)
  })

  it('takes postgres:// and postgresql:// as PostgreSQL', () => {
    expect(resolveDatabase('postgres://u:p@db:5432/emuni')).toEqual({
      kind: 'postgres',
      url: 'postgres://u:p@db:5432/emuni',
    })
    expect(resolveDatabase('postgresql://db/emuni').kind).toBe('postgres')
  })

  it('takes mongodb:// and mongodb+srv:// as MongoDB', () => {
    expect(resolveDatabase('mongodb://localhost/emuni')).toEqual({ kind: 'mongodb', url: 'mongodb://localhost/emuni' })
    expect(resolveDatabase('mongodb+srv://cluster.example/emuni').kind).toBe('mongodb')
  })

  it('refuses other schemes with a message that lists the accepted ones', () => {
    expect(() => resolveDatabase('mysql://localhost/emuni')).toThrow(
      /file:, postgres:\/\/, postgresql:\/\/, mongodb:\/\/ or mongodb\+srv:\/\/ \(got "mysql:…"\)/,
    )
  })

  it('builds the matching Payload adapter for each kind', async () => {
    expect((await databaseAdapter(`file:${path.join('/tmp', 'unit.db')}`)).name).toBe('sqlite')
    expect((await databaseAdapter('postgres://localhost:1/none')).name).toBe('postgres')
    expect((await databaseAdapter('mongodb://localhost:1/none')).name).toBe('mongoose')
  })
})

describe('MongoDB: what the adapter must do for e-Muni', () => {
  it('builds the unique indexes integrity relies on, and reads no SQL migration', async () => {
    const adapter = (await databaseAdapter('mongodb://localhost:1/none')).init({
      payload: { config: {} },
    } as never) as {
      ensureIndexes?: boolean
      migrationDir?: string
    }
    expect(adapter.ensureIndexes).toBe(true)
    expect(adapter.migrationDir).toBe(path.resolve(process.cwd(), 'src/migrations/mongodb'))
  })

  it('refuses to start without transactions (a MongoDB that is not a replica set), saying how to fix it', () => {
    expect(() => requireTransactions({ name: 'mongoose', transactionOptions: false })).toThrow(/replica set.*--replSet/)
    expect(() => requireTransactions({ name: 'mongoose', transactionOptions: {} })).not.toThrow()
    expect(() => requireTransactions({ name: 'sqlite' })).not.toThrow()
  })
})

describe('process roles, the job runner cron and the migrations a start applies', () => {
  it('takes EMUNI_ROLE all (default), web, worker or migrate, and refuses anything else saying why', () => {
    expect([undefined, '', ' web ', 'worker', 'migrate', 'all'].map((v) => processRole(v))).toEqual([
      'all',
      'all',
      'web',
      'worker',
      'migrate',
      'all',
    ])
    expect(() => processRole('wroker')).toThrow('EMUNI_ROLE must be one of all, web, worker, migrate (got "wroker")')
  })

  it('takes JOBS_CRON with 5 or 6 fields (every minute by default) and refuses what is no cron', () => {
    expect(jobsCron(undefined)).toBe('* * * * *')
    expect(jobsCron('*/1 * * * * *')).toBe('*/1 * * * * *')
    expect(() => jobsCron('every minute')).toThrow(/^JOBS_CRON is not a cron expression .*"every minute"$/)
  })

  it('applies the committed migrations of the database (and the test module’s after them), none on MongoDB', async () => {
    const names = async (env: Record<string, string>) => (await migrationsFor(env)).map((m) => m.name)
    const postgres = await names({ DATABASE_URI: 'postgres://db/emuni' })
    const sqlite = await names({ DATABASE_URI: 'file:/tmp/x.db' })
    expect(postgres[0]).toMatch(/_initial$/)
    expect(sqlite[0]).toMatch(/_initial$/)
    const withTestModule = await names({ DATABASE_URI: 'postgres://db/emuni', EMUNI_TEST_MODULES: 'true' })
    expect(withTestModule.slice(0, postgres.length)).toEqual(postgres)
    expect(withTestModule.length).toBeGreaterThan(postgres.length)
    expect(sqlite).not.toEqual(postgres.map(String))
    expect(await names({ DATABASE_URI: 'mongodb://localhost/emuni' })).toEqual([])
  })
})

describe('DATABASE_POOL_MAX and the transaction slots (src/lib/transactionSlots.ts)', () => {
  it('takes a whole number of at least 3, 10 when unset, and says what is wrong otherwise', () => {
    expect(poolMax(undefined)).toBe(10)
    expect(poolMax(' ')).toBe(10)
    expect(poolMax('25')).toBe(25)
    for (const bad of ['2', '0', '-4', '3.5', 'ten'])
      expect(() => poolMax(bad)).toThrow(`DATABASE_POOL_MAX must be a whole number of at least 3`)
  })

  it('lets as many in as it has slots, the next ones in the order they came as slots free', async () => {
    const slots = semaphore(2)
    const order: number[] = []
    await slots.acquire()
    await slots.acquire()
    const third = slots.acquire().then(() => order.push(3))
    const fourth = slots.acquire().then(() => order.push(4))
    await new Promise((r) => setTimeout(r, 10))
    expect({ order, ...slots.state() }).toEqual({ order: [], free: 0, waiting: 2 })
    slots.release()
    await third
    expect({ order, ...slots.state() }).toEqual({ order: [3], free: 0, waiting: 1 })
    slots.release()
    await fourth
    slots.release()
    slots.release()
    expect({ order, ...slots.state() }).toEqual({ order: [3, 4], free: 2, waiting: 0 })
  })
})
