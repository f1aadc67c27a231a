/**
 * Census hashing and import, and whether a person is verified (the verification itself is the command
 * commands/verifyResidence.ts). A census line (document number, birth date) is stored
 * only as HMAC-SHA-256(key, municipality | normalized document | YYYY-MM-DD). The key is CENSUS_HMAC_KEY,
 * or in its absence one derived from PAYLOAD_SECRET (changing either makes the imported census unmatchable:
 * import it again).
 */
import { createHash, createHmac } from 'node:crypto'

import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { isUniqueViolation, moduleText, type MunicipalityRef, type ID } from '@e-muni/sdk'
import { systemWrite } from '../hooks/common'
import { MODULE } from '../i18n/index'

const hmacKey = (env: NodeJS.ProcessEnv = process.env): Buffer =>
  env.CENSUS_HMAC_KEY?.trim()
    ? createHash('sha256').update(env.CENSUS_HMAC_KEY.trim()).digest()
    : createHash('sha256')
        .update(`e-muni-census:${env.PAYLOAD_SECRET ?? ''}`)
        .digest()

/** Document numbers compare without spaces, dots, dashes, in capitals. */
export const normalDocument = (v: unknown): string =>
  String(v ?? '')
    .replace(/[\s.\-/]/g, '')
    .toUpperCase()

/** `YYYY-MM-DD` of a real date (also from DD/MM/YYYY), or null. */
export const normalBirthDate = (v: unknown): string | null => {
  const text = String(v ?? '').trim()
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) ?? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text)
  if (!m) return null
  const [y, mo, d] = m[1].length === 4 ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]]
  const date = new Date(`${y}-${mo}-${d}T00:00:00Z`)
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${y}-${mo}-${d}`
    ? null
    : `${y}-${mo}-${d}`
}

export const censusHash = (tenant: ID, document: string, birthDate: string, env?: NodeJS.ProcessEnv) =>
  createHmac('sha256', hmacKey(env)).update(`${tenant}|${document}|${birthDate}`).digest('hex')

export type CensusLineError = { line: number; field: 'document' | 'birthDate'; value: string }

/**
 * Parses a census CSV: `document,birthDate` per line (`,`, `;` or tab; a first line without digits is a
 * header). Every wrong line is reported with its number, the column and what it held.
 */
export const parseCensus = (text: string) => {
  const entries: { document: string; birthDate: string; line: number }[] = []
  const errors: CensusLineError[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim()
    if (!line) return
    if (i === 0 && !/\d/.test(line)) return
    const [doc = '', birth = ''] = line.split(/[;,\t]/).map((x) => x.trim().replace(/^"|"$/g, ''))
    const document = normalDocument(doc)
    const birthDate = normalBirthDate(birth)
    if (!/^[A-Z0-9]{3,20}$/.test(document)) errors.push({ line: i + 1, field: 'document', value: doc.slice(0, 40) })
    else if (!birthDate) errors.push({ line: i + 1, field: 'birthDate', value: birth.slice(0, 40) })
    else entries.push({ document, birthDate, line: i + 1 })
  })
  return { entries, errors }
}

/** A wrong line, said in the reader's language. */
export const censusLineMessage = (req: PayloadRequest, error: CensusLineError) =>
  moduleText(req, MODULE, error.field === 'document' ? 'censusLineDocument' : 'censusLineBirthDate', {
    line: error.line,
    value: error.value,
  })

/* eslint-disable @typescript-eslint/no-explicit-any -- the database adapters' internals are untyped here */
const CHUNK = 200

/**
 * Stores the new hashes: on SQLite and PostgreSQL as multi-row inserts straight into the table (one
 * document at a time through every hook took ~30 ms a line — minutes for a town's census, the request
 * timing out half-way and the database busy meanwhile); elsewhere one document at a time.
 */
const insertEntries = async (req: PayloadRequest, tenant: ID, rows: { keyHash: string; uniqueKey: string }[]) => {
  const db = req.payload.db as any
  const tableName: string = db.tableNameMap?.get?.('participa-census') ?? 'participa_census'
  const table = db.tables?.[tableName]
  if (typeof db.insert === 'function' && table && db.drizzle) {
    const now = new Date().toISOString()
    // In the request's transaction (importCensus opens one): all the lines or none.
    const transaction = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
    const session = transaction !== undefined ? db.sessions?.[String(transaction)]?.db : undefined
    for (let i = 0; i < rows.length; i += CHUNK)
      await db.insert({
        db: session ?? db.drizzle,
        tableName,
        values: rows.slice(i, i + CHUNK).map((r) => ({ ...r, tenant, createdAt: now, updatedAt: now })),
        // Another import of the same lines at the same moment: keep the one row.
        onConflictDoUpdate: { target: table.uniqueKey, set: { updatedAt: now } },
      })
    return
  }
  for (const row of rows) {
    try {
      await req.payload.create({
        collection: 'participa-census',
        data: { tenant, ...row },
        overrideAccess: true,
        req,
        context: { ...req.context, ...(systemWrite(req) as { context: object }).context },
        depth: 0,
      })
    } catch (error) {
      if (!isUniqueViolation(error, ['uniqueKey'])) throw error
    }
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

export type CensusImport =
  | { ok: true; lines: number; added: number; existing: number; dryRun: boolean }
  | { ok: false; errors: CensusLineError[] }

/**
 * Imports a census, all of it or nothing: a file with any wrong line is refused whole (each wrong line
 * reported), and the new lines are written in one transaction. `dryRun` (the admin's preview) counts what
 * an import would add without writing.
 */
export const importCensus = async (
  req: PayloadRequest,
  municipality: MunicipalityRef,
  text: string,
  { dryRun = false }: { dryRun?: boolean } = {},
): Promise<CensusImport> => {
  const { entries, errors } = parseCensus(text)
  if (errors.length) return { ok: false, errors }
  const hashes = new Map<string, string>()
  for (const { document, birthDate } of entries) {
    const keyHash = censusHash(municipality.id, document, birthDate)
    hashes.set(`${municipality.id}:${keyHash}`, keyHash)
  }
  const keys = [...hashes.keys()]
  const known = new Set<string>()
  for (let i = 0; i < keys.length; i += CHUNK) {
    const { docs } = await req.payload.find({
      collection: 'participa-census',
      where: { uniqueKey: { in: keys.slice(i, i + CHUNK) } },
      pagination: false,
      depth: 0,
      select: { uniqueKey: true },
      overrideAccess: true,
    })
    for (const doc of docs as { uniqueKey?: string }[]) if (doc.uniqueKey) known.add(doc.uniqueKey)
  }
  const fresh = keys.filter((key) => !known.has(key))
  const result = {
    ok: true as const,
    lines: entries.length,
    added: fresh.length,
    existing: entries.length - fresh.length,
    dryRun,
  }
  if (dryRun || !fresh.length) return result
  const own = await initTransaction(req)
  try {
    await insertEntries(
      req,
      municipality.id,
      fresh.map((uniqueKey) => ({ uniqueKey, keyHash: hashes.get(uniqueKey)! })),
    )
    if (own) await commitTransaction(req)
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
  // One audit entry for the import (an entry per line would tie nothing to anyone and flood the log).
  await req.payload.create({
    collection: 'audit-log',
    overrideAccess: true,
    req: systemWrite(req),
    data: {
      summary: `import participa-census (${fresh.length})`,
      municipality: String(municipality.id),
      operation: 'create',
      collection: 'participa-census',
      documentId: 'import',
      changedFields: ['keyHash'],
      actor: req.user ? `${req.user.collection}:${req.user.id}` : 'system',
      actorEmail: (req.user as { email?: string } | null)?.email ?? null,
    },
  })
  return result
}

export const isVerified = async (req: PayloadRequest, tenant: ID, person: ID) =>
  (
    await req.payload.db.count({
      collection: 'participa-residence-checks',
      where: { personKey: { equals: `${tenant}:${person}` } },
    })
  ).totalDocs > 0
