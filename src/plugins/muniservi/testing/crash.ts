/**
 * MuniServi for the app's crash-consistency suite (`fixtures.crash`): service requests with an attachment,
 * each with a file of its own. After the crashes every acknowledged tracking code is there, and every request
 * of the load is whole: its tracking code, status and due date, exactly one attachment whose row and file are
 * there, the file the one it was sent with; no attachment row without its request, no file without its row.
 * A file kept for the portal's "Send" (`stageServiceAttachments`) and never claimed is swept with its row by the
 * first restart (the owned-upload sweep: it belongs to no request).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { simplePdf } from '@e-muni/sdk'
import { account, api, auth, login, type CrashContext, type CrashFixtures, type CrashRound } from '@e-muni/sdk/testing'

const SERVICE = 'CRS'
const FOLDER = 'service-attachments'

/** What the server acknowledged: tracking code → SHA-256 of the file sent with it. */
const requests = new Map<string, string>()
/** The kept file nobody claims: its row and its file name. */
let staged: { id: string; filename: string } | undefined

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

const submitRequest = (slug: string) => `mutation R($b: String!, $n: String!) {
  submitServiceRequest(municipality: "${slug}", service: "${SERVICE}", name: $n, email: "vecino@crash.test",
    answers: { motivo: "Luminaria apagada" }, attachments: [{ field: "plano", filename: "plano.pdf", base64: $b }]) { trackingCode }
}`

/** A service whose form takes a reason and a plan (a file). */
const setup = async (ctx: CrashContext) => {
  requests.clear()
  const server = ctx.server()
  const admin = await login(server, account('municipal-admin', ctx.municipality.slug))
  const service = await api(server)
    .post('/api/servi-services')
    .set(auth(admin))
    .send({
      tenant: ctx.municipality.id,
      code: SERVICE,
      name: 'Reclamo de alumbrado',
      summary: 'Reporte una luminaria apagada.',
      maxBusinessDays: 5,
      silence: 'none',
      audience: ['people'],
      active: true,
      form: [
        { key: 'motivo', type: 'text', label: 'Motivo', required: true },
        { key: 'plano', type: 'file', label: 'Plano', required: true },
      ],
    })
  if (service.status !== 201) throw new Error(`creating the service: ${service.status} ${JSON.stringify(service.body)}`)
  // A file kept between the portal's two steps, never claimed (the requester left after "Continue").
  const kept = await api(server)
    .post(`/api/m/${ctx.municipality.slug}/muniservi/stageServiceAttachments`)
    .field('_payload', JSON.stringify({ service: SERVICE }))
    .attach('plano', simplePdf(['Plano', 'nunca enviado']), { filename: 'nunca.pdf', contentType: 'application/pdf' })
  if (kept.status !== 200) throw new Error(`staging a file: ${kept.status} ${JSON.stringify(kept.body)}`)
  const id = String(kept.body.files[0].token).split('.')[0]!
  const [row] = await server.sql(`SELECT filename FROM servi_attachments WHERE id = ${Number(id)}`)
  staged = { id, filename: String(row!.filename) }
}

/** After the first restart: the unclaimed kept file is gone, row and file, removed by the sweep. */
const afterRestart = async (ctx: CrashContext, { round }: CrashRound) => {
  if (round !== 1 || !staged) return []
  const problems: string[] = []
  if ((await ctx.server().sql(`SELECT id FROM servi_attachments WHERE id = ${Number(staged.id)}`)).length)
    problems.push(`the unclaimed kept file ${staged.id} still has its row`)
  if (ctx.filesIn(FOLDER).includes(staged.filename))
    problems.push(`the unclaimed kept file ${staged.filename} is still on disk`)
  return problems
}

/** Each request its own file: a request must keep its own, not another's written to the same path. */
const write = async (ctx: CrashContext, worker: number, turn: number) => {
  const name = `Vecino ${worker}-${turn}-${Math.random().toString(36).slice(2)}`
  const pdf = simplePdf(['Plano', name])
  const data = await ctx.gql(submitRequest(ctx.municipality.slug), { b: pdf.toString('base64'), n: name })
  if (!data) return false
  requests.set(data.submitServiceRequest.trackingCode, sha256(pdf))
  return true
}

const verify = async (ctx: CrashContext) => {
  const server = ctx.server()
  const problems: string[] = []
  const rows = await server.sql(
    `SELECT id, tracking_code, status, due_at FROM servi_requests WHERE code_prefix = '${SERVICE}'`,
  )
  const codes = new Set(rows.map((r) => String(r.tracking_code)))
  const missing = [...requests.keys()].filter((c) => !codes.has(c))
  if (missing.length) problems.push(`acknowledged requests missing: ${missing.join(', ')}`)
  const rels = await server.sql(
    `SELECT parent_id, servi_attachments_id FROM servi_requests_rels WHERE path = 'attachments'`,
  )
  const attachments = await server.sql(`SELECT id, filename FROM servi_attachments WHERE field = 'plano'`)
  const attachmentById = new Map(attachments.map((a) => [String(a.id), String(a.filename)]))
  const dir = path.join(server.mediaDir, FOLDER)
  for (const r of rows) {
    if (!r.tracking_code || !r.status || !r.due_at) problems.push(`request ${r.id} lacks its code, status or due date`)
    const mine = rels.filter((x) => String(x.parent_id) === String(r.id))
    if (mine.length !== 1) problems.push(`request ${r.tracking_code} has ${mine.length} attachments, not 1`)
    for (const x of mine) {
      const file = attachmentById.get(String(x.servi_attachments_id))
      const sent = requests.get(String(r.tracking_code))
      if (!file) problems.push(`request ${r.tracking_code}: attachment ${x.servi_attachments_id} has no row`)
      else if (!fs.existsSync(path.join(dir, file))) problems.push(`request ${r.tracking_code}: file ${file} missing`)
      else if (sent && sha256(fs.readFileSync(path.join(dir, file))) !== sent)
        problems.push(`request ${r.tracking_code}: file ${file} is not the one it was sent with`)
    }
  }
  const referenced = new Set(rels.map((x) => String(x.servi_attachments_id)))
  for (const a of attachments)
    if (!referenced.has(String(a.id))) problems.push(`attachment ${a.id} (${a.filename}) belongs to no request`)
  const named = new Set((await server.sql('SELECT filename FROM servi_attachments')).map((a) => String(a.filename)))
  for (const file of ctx.filesIn(FOLDER)) if (!named.has(file)) problems.push(`file ${FOLDER}/${file} has no row`)
  return { found: requests.size - missing.length, problems }
}

export const crashFixtures: CrashFixtures = { writes: 'service requests', setup, write, verify, afterRestart }
