/* eslint-disable @typescript-eslint/no-explicit-any -- seed documents are loosely shaped */
/**
 * MuniCompra's demo for a municipality, in its language: an annual plan, four suppliers (three
 * verified), and tenders in every state — draft, published (with an answered clarification and a
 * sealed bid), closed, opened, in evaluation, awarded (with its contract, milestones and a payment),
 * unsuccessful and cancelled. Moves go through the workflow and its hooks as the municipality's procurement
 * officer and the deadline jobs, so the demo shows what real use produces (the award's winner, value and
 * date; the contract's supplier and value; the answer's date); deadlines already past are set directly, as
 * only a seed may. Quiet: no email
 * goes to the invented suppliers. Idempotent: it runs only while the municipality has no tender.
 */
import { randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest, RequiredDataFromCollectionSlug, TypedCollectionSelect } from 'payload'

import { hasRoleIn, type ID } from '@e-muni/sdk'
import { OFFICERS } from '../access/index'
import { internal } from '../hooks/common'
import { closeDueTenders, openDueTenders } from '../jobs/index'
import { masterKey, seal } from '../lib/sealing'
import { PORTUGUESE, SPANISH, type CompraSeed } from './data'

type Doc = Record<string, any> & { id: ID }

const DAY = 86_400_000
const quiet = () => ({ ...internal(), quiet: true })
const at = (offset: number) => new Date(Date.now() + offset).toISOString()

/** A one-page PDF with a title (enough for file-type and a browser's viewer). */
const pdf = (title: string): Buffer => {
  const text = title.replace(/[()\\]/g, ' ')
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets = objects.map((o, i) => {
    const offset = body.length
    body += `${i + 1} 0 obj\n${o}\nendobj\n`
    return offset
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

export const seedMuniCompra = async (payload: Payload, municipality: { id: ID; slug: string }): Promise<void> => {
  const tenant = municipality.id
  const existing = await payload.count({
    collection: 'compra-tenders',
    where: { tenant: { equals: tenant } },
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) return
  const record = await payload.findByID({ collection: 'municipalities', id: tenant, depth: 0, overrideAccess: true })
  const lang: 'pt' | 'es' = record.defaultLocale === 'pt' ? 'pt' : 'es'
  const data: CompraSeed = lang === 'pt' ? PORTUGUESE : SPANISH
  const { docs: staff } = await payload.find({
    collection: 'users',
    where: { 'tenants.tenant': { equals: tenant } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const officer = staff.map((u) => ({ ...u, collection: 'users' as const })).find((u) => hasRoleIn(u, tenant, OFFICERS))
  if (!officer) {
    payload.logger.warn(`MuniCompra demo: ${municipality.slug} has no procurement officer or admin; skipped.`)
    return
  }
  // The officer's moves run every hook a real officer's do (the award names the winning bid's supplier,
  // value and date; an answer is stamped and published), only without emails; only what no user may do
  // (deadlines in the past, bids sealed here, counters) is written as the system.
  const asOfficer = { user: officer, overrideAccess: false, context: { quiet: true }, locale: lang, depth: 0 }
  const system = { overrideAccess: true, context: quiet(), locale: lang, depth: 0 }
  type Slug =
    | 'compra-plans'
    | 'compra-suppliers'
    | 'compra-tenders'
    | 'compra-clarifications'
    | 'compra-bids'
    | 'compra-bid-evaluations'
    | 'compra-contracts'
  const update = <S extends Slug>(
    collection: S,
    id: ID,
    values: Parameters<typeof payload.update<S, TypedCollectionSelect[S]>>[0]['data'],
    as: typeof asOfficer | typeof system = asOfficer,
  ) => payload.update({ collection, id, data: values, ...as }) as Promise<any>
  const create = <S extends Slug>(
    collection: S,
    values: Omit<RequiredDataFromCollectionSlug<S>, 'tenant'>,
    as: typeof asOfficer | typeof system = asOfficer,
  ) =>
    payload.create({
      collection,
      data: { tenant, ...values } as RequiredDataFromCollectionSlug<S>,
      ...as,
    }) as Promise<any>

  const plan = await create('compra-plans', { title: data.plan.title, year: 2026, items: data.plan.items })
  const file = (await payload.create({
    collection: 'compra-files',
    data: { tenant, title: data.document },
    file: (() => {
      const bytes = pdf(data.document)
      return {
        data: bytes,
        mimetype: 'application/pdf',
        name: `${data.prefix.toLowerCase()}-pliego.pdf`,
        size: bytes.length,
      }
    })(),
    ...asOfficer,
  })) as unknown as Doc

  const suppliers: Doc[] = []
  for (const s of data.suppliers) {
    let person = (
      await payload.find({
        collection: 'people',
        where: { email: { equals: s.email } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0] as Doc | undefined
    person ??= (await payload.create({
      collection: 'people',
      data: {
        email: s.email,
        name: s.name,
        password: randomBytes(18).toString('base64url'),
        language: lang,
        _verified: true,
      },
      overrideAccess: true,
      disableVerificationEmail: true,
    })) as unknown as Doc
    let supplier = await create(
      'compra-suppliers',
      {
        legalName: s.legalName,
        country: data.country,
        taxId: s.taxId,
        categories: s.categories,
        account: person.id,
        contacts: [{ name: s.name, email: s.email }],
      },
      system,
    )
    if (s.verified) supplier = await update('compra-suppliers', supplier.id, { status: 'verified' })
    suppliers.push({ ...supplier, person })
  }
  const bidders = suppliers.filter((s) => s.status === 'verified')
  const key = masterKey()

  let n = 0
  for (const t of data.tenders) {
    n += 1
    let tender = await create('compra-tenders', {
      reference: `${data.prefix}-2026-${String(n).padStart(3, '0')}`,
      title: t.title,
      description: t.description,
      method: t.method ?? 'open',
      category: t.category,
      awardCriteria: 'priceOnly',
      items: t.items.map((i) => ({ ...i, classificationScheme: 'UNSPSC' })),
      value: { amount: t.value, currency: record.currency },
      documents: [{ title: data.document, file: file.id, documentType: 'biddingDocuments' }],
      enquiryDeadline: at(5 * DAY),
      submissionDeadline: at(10 * DAY),
      openingAt: at(10 * DAY + 3_600_000),
      plan: t.state === 'awarded' ? plan.id : undefined,
    })
    if (t.state === 'draft') continue
    tender = await update('compra-tenders', tender.id, { status: 'published' })
    if (t.state === 'published') {
      const question = await create(
        'compra-clarifications',
        { tender: tender.id, question: data.question, askedBy: bidders[1].person.id, supplier: bidders[1].id },
        system,
      )
      await update('compra-clarifications', question.id, { answer: data.answer })
    }
    if (t.state === 'cancelled') {
      await update('compra-tenders', tender.id, { status: 'cancelled', transitionComment: data.reason })
      continue
    }
    if ('key' in key)
      for (const [i, amount] of (t.bids ?? []).entries()) {
        const supplier = bidders[i % bidders.length]
        const { sealed, sha256 } = seal(
          key.key,
          { tender: String(tender.id), supplier: String(supplier.id) },
          { amount, currency: record.currency as string },
        )
        await create(
          'compra-bids',
          {
            tender: tender.id,
            supplier: supplier.id,
            supplierName: supplier.legalName,
            bidder: supplier.person.id,
            uniqueKey: `${tender.id}:${supplier.id}`,
            sealed,
            sha256,
            submittedAt: new Date().toISOString(),
            status: 'submitted',
            version: 1,
          },
          system,
        )
      }
    await update('compra-tenders', tender.id, { bidCount: t.bids?.length ?? 0 }, system)
    if (t.state === 'published') continue
    // Deadlines in the past, as if the time had come; then the jobs close (and open) the tender.
    const opening = t.state === 'closed' ? at(2 * DAY) : at(-3_600_000)
    await update(
      'compra-tenders',
      tender.id,
      {
        enquiryDeadline: at(-3 * DAY),
        submissionDeadline: at(-2 * DAY + (t.state === 'closed' ? 2 * DAY - 60_000 : 0)),
        openingAt: opening,
      },
      system,
    )
    const req = { payload, context: quiet() } as unknown as PayloadRequest
    await closeDueTenders(req)
    if (t.state === 'closed') continue
    await openDueTenders(req)
    if (t.state === 'opened') continue
    tender = await update('compra-tenders', tender.id, { status: 'evaluation' })
    const { docs: bids } = await payload.find({
      collection: 'compra-bids',
      where: { tender: { equals: tender.id } },
      sort: 'amount',
      depth: 0,
      overrideAccess: true,
    })
    const lowest = Math.min(...(bids as unknown as Doc[]).map((b) => b.amount))
    for (const bid of bids as unknown as Doc[])
      await create('compra-bid-evaluations', {
        bid: bid.id,
        score: Math.round((100 * lowest) / bid.amount),
        justification: data.award,
      })
    if (t.state === 'evaluation') continue
    if (t.state === 'unsuccessful') {
      await update('compra-tenders', tender.id, { status: 'unsuccessful', transitionComment: data.reason })
      continue
    }
    const best = (bids as unknown as Doc[])[0]
    tender = await update('compra-tenders', tender.id, {
      status: 'awarded',
      award: { bid: best.id, reasons: data.award },
    })
    const contract = await create('compra-contracts', {
      title: data.contract.title,
      tender: tender.id,
      signedAt: at(-DAY),
      period: { start: at(-DAY), end: at(180 * DAY) },
      documents: [{ title: data.contract.title, file: file.id, documentType: 'contractSigned' }],
    })
    await update('compra-contracts', contract.id, {
      status: 'active',
      milestones: data.contract.milestones.map((title, i) => ({
        title,
        type: 'delivery',
        status: i === 0 ? 'met' : 'scheduled',
        dueDate: at((i + 1) * 60 * DAY - 90 * DAY),
        ...(i === 0 ? { dateMet: at(-2 * 3_600_000) } : {}),
      })),
      payments: [{ date: at(-3_600_000), amount: Math.round(best.amount / 2), description: data.contract.payment }],
    })
  }
}
