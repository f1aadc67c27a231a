/**
 * MuniServi's demo: categories, about ten services and a handful of requests in several states for a
 * municipality, in its language (Portuguese where the municipality's language is Portuguese, Spanish
 * otherwise). Idempotent: categories and services are looked up by slug and code; requests are added
 * only while the municipality has none.
 */
import type { CollectionSlug, Payload, Where } from 'payload'

import { hasRoleIn, type ID } from '@e-muni/sdk'
import { SERVICE_AGENT } from '../access/index'
import { internal } from '../kit'
import { PORTUGUESE, SPANISH, type DemoServices, type ServiceSeed } from './data'

type Doc = Record<string, unknown> & { id: ID }
type Message = { from?: 'requester' | 'staff' | null; body?: string; at?: string | null }

const REPLY: Record<string, string> = {
  es: 'Gracias, les envío lo que pidieron.',
  pt: 'Obrigado, segue o que foi pedido.',
}

const findOne = async (payload: Payload, collection: CollectionSlug, where: Where) => {
  const { docs } = await payload.find({
    collection,
    where,
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const doc = docs[0] && ({ ...docs[0] } as Doc)
  return doc
}

const serviceData = (s: ServiceSeed, data: DemoServices, tenant: ID, category: ID | undefined) => ({
  tenant,
  code: s.code,
  name: s.name,
  summary: s.summary,
  description: s.description,
  category,
  audience: s.audience,
  requirements: s.requirements.map((text) => ({ text })),
  documents: s.documents.map((text) => ({ text })),
  fee: s.fee ? { free: false, amount: s.fee, currency: data.currency } : { free: true },
  legalBasis: s.legalBasis,
  maxBusinessDays: s.maxBusinessDays,
  silence: s.silence,
  resultValidity: s.resultValidity,
  office: { name: s.office },
  channels: {
    online: true,
    inPerson: Boolean(s.inPerson),
    ...(s.inPerson ? { address: data.address, hours: data.hours } : {}),
    phone: data.phone,
  },
  keywords: s.keywords,
  active: true,
  open311: Boolean(s.open311),
  locationPrivacy: s.locationPrivacy ?? ('approximate' as const),
  form: s.form.map((f) => ({
    key: f.key,
    type: f.type,
    label: f.label,
    help: f.help,
    required: Boolean(f.required),
    options: (f.options ?? []).map(([value, label]) => ({ value, label })),
    min: f.min,
    max: f.max,
  })),
})

export const seedMuniServi = async (payload: Payload, municipality: { id: ID; slug: string }): Promise<void> => {
  const tenant = municipality.id
  const record = await payload.findByID({ collection: 'municipalities', id: tenant, depth: 0, overrideAccess: true })
  const locale = record.defaultLocale === 'pt' ? 'pt' : 'es'
  const data = locale === 'pt' ? PORTUGUESE : SPANISH

  const categories = new Map<string, ID>()
  for (const c of data.categories) {
    const existing = await findOne(payload, 'servi-categories', {
      tenant: { equals: tenant },
      slug: { equals: c.slug },
    })
    const doc =
      existing ??
      ((await payload.create({
        collection: 'servi-categories',
        locale,
        overrideAccess: true,
        data: { tenant, slug: c.slug, name: c.name, description: c.description, order: categories.size },
      })) as unknown as Doc)
    categories.set(c.slug, doc.id)
  }

  const services = new Map<string, Doc>()
  for (const s of data.services) {
    const existing = await findOne(payload, 'servi-services', { tenant: { equals: tenant }, code: { equals: s.code } })
    if (existing) {
      services.set(s.code, existing)
      continue
    }
    const doc = (await payload.create({
      collection: 'servi-services',
      locale,
      overrideAccess: true,
      data: serviceData(s, data, tenant, categories.get(s.category)),
    })) as unknown as Doc
    if (s.english)
      await payload.update({
        collection: 'servi-services',
        id: doc.id,
        locale: 'en',
        overrideAccess: true,
        data: { name: s.english.name, summary: s.english.summary },
      })
    services.set(s.code, doc)
  }

  const { totalDocs } = await payload.count({
    collection: 'servi-requests',
    where: { tenant: { equals: tenant } },
    overrideAccess: true,
  })
  if (totalDocs > 0) return
  const { docs: staff } = await payload.find({
    collection: 'users',
    where: { 'tenants.tenant': { equals: tenant } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const agent = staff
    .map((u) => ({ ...u, collection: 'users' as const }))
    .find((u) => hasRoleIn(u, tenant, [SERVICE_AGENT]))
  if (!agent) return
  const citizen = await findOne(payload, 'people', { email: { equals: 'vecina@villa-esperanza.demo' } })

  for (const r of data.requests) {
    const service = services.get(r.service)
    if (!service) continue
    let doc = (await payload.create({
      collection: 'servi-requests',
      overrideAccess: true,
      context: { ...internal(), quiet: true },
      data: {
        tenant,
        service: service.id,
        answers: r.answers,
        description: r.description,
        ...(r.location ? { location: r.location } : {}),
        requester: r.citizen && citizen ? citizen.id : null,
        requesterName: r.name,
        requesterEmail: r.email,
        language: locale,
        source: 'web',
      },
    })) as unknown as Doc
    let previous = 'submitted'
    for (const [status, comment] of r.path) {
      const answered = previous === 'needs-information' && status === 'in-review'
      doc = (await payload.update({
        collection: 'servi-requests',
        id: doc.id,
        overrideAccess: true,
        user: agent,
        context: { ...internal(), quiet: true },
        data: {
          status,
          ...(comment ? { transitionComment: comment } : {}),
          ...(status === 'in-review' && !doc.assignee ? { assignee: agent.id } : {}),
          ...(answered
            ? {
                messages: [
                  ...((doc.messages as Message[] | undefined) ?? []),
                  { from: 'requester' as const, body: REPLY[locale], at: new Date().toISOString() },
                ],
              }
            : {}),
        },
      })) as unknown as Doc
      previous = status
    }
    if (r.rating || r.overdue)
      await payload.update({
        collection: 'servi-requests',
        id: doc.id,
        overrideAccess: true,
        context: { ...internal(), quiet: true },
        data: {
          ...(r.rating ? { rating: { ...r.rating, ratedAt: new Date().toISOString() } } : {}),
          // Due yesterday: the overdue job marks it and tells the supervisor.
          ...(r.overdue ? { dueAt: new Date(Date.now() - 86_400_000).toISOString() } : {}),
        },
      })
  }
}
