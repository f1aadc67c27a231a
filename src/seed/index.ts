/**
 * The demo seed. Idempotent: every record is looked up by its natural key (slug, email, file name)
 * and only created when missing, so running it twice changes nothing.
 */
import type { Payload, PayloadRequest } from 'payload'

import { PLATFORM_ADMIN } from '../access/roles'
import { passwordProblem } from '../lib/passwordPolicy'
import { installedModules } from '../plugins/sdk/compose'
import { demoAccounts, type DemoAccount } from './accounts'
import { landscape, simplePdf } from './assets'
import { DEMO_MUNICIPALITIES, type DemoMunicipality } from './demo'
import { richText } from './richText'

type ID = number | string
type Ctx = { payload: Payload; req?: Partial<PayloadRequest> }

const findOne = async (
  payload: Payload,
  collection: Parameters<Payload['find']>[0]['collection'],
  where: Record<string, unknown>,
) => {
  const { docs } = await payload.find({
    collection,
    where: where as never,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    draft: true,
  })
  return docs[0] as { id: ID } | undefined
}

const seedMunicipality = async ({ payload }: Ctx, m: DemoMunicipality): Promise<ID> => {
  const existing = await findOne(payload, 'municipalities', { slug: { equals: m.slug } })
  if (existing) return existing.id
  const created = await payload.create({
    collection: 'municipalities',
    overrideAccess: true,
    data: {
      name: m.name,
      slug: m.slug,
      country: m.country,
      defaultLocale: m.defaultLocale,
      timezone: m.timezone,
      currency: m.currency,
      domains: m.domains.map((domain) => ({ domain })),
      theme: m.theme,
      contact: m.contact,
      modules:
        // `all`: every module of the demo in every demo municipality (not modules only tests install).
        (process.env.SEED_DEMO_MODULES === 'all'
          ? [...new Set(DEMO_MUNICIPALITIES.flatMap((d) => d.modules))]
          : m.modules
        ).filter((slug) => installedModules(payload).slugs.includes(slug)),
      holidays: m.holidays.map((h) => ({ date: `${h.date}T12:00:00.000Z`, name: h.name })),
    } as never,
  })
  return created.id
}

/** A seeded file, stored under its name with a random suffix (`name-3f9a1c2e.jpg`) or, before that, as is. */
const storedAs = (name: string) => ({
  or: [{ filename: { equals: name } }, { filename: { like: `${name.replace(/\.[^.]+$/, '')}-` } }],
})

const seedImages = async ({ payload }: Ctx, m: DemoMunicipality, tenant: ID): Promise<ID[]> => {
  const ids: ID[] = []
  for (const [i, alt] of m.content.imageAlt.entries()) {
    const name = `${m.slug}-landscape-${i + 1}.jpg`
    const existing = await findOne(payload, 'media', storedAs(name))
    if (existing) {
      ids.push(existing.id)
      continue
    }
    const data = await landscape(m.palette, i)
    const doc = await payload.create({
      collection: 'media',
      overrideAccess: true,
      locale: m.defaultLocale,
      data: { tenant: tenant as number, alt, credit: 'e-Muni demo' },
      file: { data, mimetype: 'image/jpeg', name, size: data.length },
    })
    ids.push(doc.id)
  }
  return ids
}

const publish = (status: 'published' | 'draft') => ({ _status: status })

const seedContent = async (ctx: Ctx, m: DemoMunicipality, tenant: ID, images: ID[]) => {
  const { payload } = ctx
  const locale = m.defaultLocale
  const pageIds: ID[] = []
  for (const page of m.content.pages) {
    const existing = await findOne(payload, 'pages', {
      and: [{ tenant: { equals: tenant } }, { slug: { equals: page.slug } }],
    })
    if (existing) {
      pageIds.push(existing.id)
      continue
    }
    const doc = await payload.create({
      collection: 'pages',
      overrideAccess: true,
      locale,
      draft: page.status === 'draft',
      data: {
        tenant,
        title: page.title,
        slug: page.slug,
        ...publish(page.status),
        layout: [
          { blockType: 'image', image: images[0], caption: m.name },
          { blockType: 'richText', content: richText(page.intro) },
          ...(page.cta
            ? [
                {
                  blockType: 'callToAction',
                  heading: page.cta.heading,
                  text: page.cta.text,
                  link: { label: page.cta.label, url: page.cta.url },
                },
              ]
            : []),
        ],
        seo: { title: page.title, description: page.intro[0].slice(0, 150), image: images[0] },
      } as never,
    })
    pageIds.push(doc.id)
  }

  for (const item of m.content.news) {
    if (await findOne(payload, 'news', { and: [{ tenant: { equals: tenant } }, { slug: { equals: item.slug } }] }))
      continue
    await payload.create({
      collection: 'news',
      overrideAccess: true,
      locale,
      draft: item.status === 'draft',
      data: {
        tenant,
        title: item.title,
        slug: item.slug,
        excerpt: item.excerpt,
        body: richText(item.body),
        image: images[1] ?? images[0],
        publishedAt:
          item.status === 'published' ? new Date(Date.now() - item.daysAgo * 86_400_000).toISOString() : undefined,
        ...publish(item.status),
      } as never,
    })
  }

  for (const event of m.content.events) {
    if (await findOne(payload, 'events', { and: [{ tenant: { equals: tenant } }, { slug: { equals: event.slug } }] }))
      continue
    const start = new Date(Date.now() + event.inDays * 86_400_000)
    start.setUTCHours(13, 0, 0, 0)
    await payload.create({
      collection: 'events',
      overrideAccess: true,
      locale,
      draft: event.status === 'draft',
      data: {
        tenant,
        title: event.title,
        slug: event.slug,
        summary: event.summary,
        place: event.place,
        start: start.toISOString(),
        end: new Date(start.getTime() + event.hours * 3_600_000).toISOString(),
        ...publish(event.status),
      } as never,
    })
  }

  for (const [i, document] of m.content.documents.entries()) {
    const name = `${m.slug}-document-${i + 1}.pdf`
    if (await findOne(payload, 'documents', storedAs(name))) continue
    const data = simplePdf([document.title, m.name, document.summary])
    await payload.create({
      collection: 'documents',
      overrideAccess: true,
      locale,
      draft: document.status === 'draft',
      data: {
        tenant,
        title: document.title,
        kind: document.kind,
        fiscalYear: document.fiscalYear,
        summary: document.summary,
        ...publish(document.status),
      } as never,
      file: { data, mimetype: 'application/pdf', name, size: data.length },
    })
  }

  if (!(await findOne(payload, 'navigation', { tenant: { equals: tenant } }))) {
    await payload.create({
      collection: 'navigation',
      overrideAccess: true,
      locale,
      data: { tenant, items: m.content.menu.map((label, i) => ({ label, page: pageIds[i] })) } as never,
    })
  }
}

const seedAccounts = async ({ payload }: Ctx, tenants: Map<string, ID>) => {
  // The accounts of the installed modules' roles only (a role of a module not installed is no valid choice).
  for (const account of demoAccounts(installedModules(payload).slugs)) {
    if (await findOne(payload, account.collection, { email: { equals: account.email } })) continue
    // The seed's Local API skips the policy hook (trusted code): the demo's passwords follow it all the same.
    const problem = passwordProblem(account.password, [account.email])
    if (problem) throw new Error(`The demo password of ${account.email} breaks the password policy (${problem})`)
    if (account.collection === 'people') {
      await payload.create({
        collection: 'people',
        overrideAccess: true,
        data: {
          email: account.email,
          password: account.password,
          name: account.role === 'supplier' ? 'Proveedora de demostración' : 'Vecina de demostración',
          _verified: true,
        } as never,
        disableVerificationEmail: true,
      })
      continue
    }
    const tenant = account.municipality ? tenants.get(account.municipality) : undefined
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email: account.email,
        password: account.password,
        name: account.email.split('@')[0],
        roles: account.role === PLATFORM_ADMIN ? [PLATFORM_ADMIN] : [],
        tenants: tenant !== undefined ? [{ tenant, roles: [account.role] }] : [],
      } as never,
    })
  }
}

/** Seeds the demo; safe to run again. */
export const seed = async (payload: Payload): Promise<void> => {
  const ctx: Ctx = { payload }
  const tenants = new Map<string, ID>()
  for (const m of DEMO_MUNICIPALITIES) {
    const tenant = await seedMunicipality(ctx, m)
    tenants.set(m.slug, tenant)
    const images = await seedImages(ctx, m, tenant)
    await seedContent(ctx, m, tenant, images)
    const logo = images[0]
    await payload.update({ collection: 'municipalities', id: tenant, overrideAccess: true, data: { logo } as never })
  }
  await seedAccounts(ctx, tenants)
  // Installed modules seed the municipalities that have them on.
  for (const module of installedModules(payload).modules.filter((m) => m.seed)) {
    const { docs } = await payload.find({
      collection: 'municipalities',
      where: { modules: { in: [module.slug] } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const municipality of docs) await module.seed!(payload, { id: municipality.id, slug: municipality.slug })
  }
}

export { demoAccounts, type DemoAccount }

export const formatAccounts = (accounts: DemoAccount[] = demoAccounts()): string =>
  [
    'Demo accounts (admin at /admin; people log in through the portal or /api/people/login):',
    ...accounts.map(
      (a) =>
        `  ${a.role.padEnd(16)} ${(a.municipality ?? 'all municipalities').padEnd(20)} ${a.email.padEnd(30)} ${a.password}`,
    ),
  ].join('\n')

/** Seeds when the database has no municipality yet; prints the demo accounts either way in development. */
export const seedIfEmpty = async (payload: Payload): Promise<boolean> => {
  const { totalDocs } = await payload.count({ collection: 'municipalities', overrideAccess: true })
  if (totalDocs === 0) {
    payload.logger.info('Empty database: seeding the demo municipalities…')
    await seed(payload)
  }
  process.stdout.write(`\n${formatAccounts(demoAccounts(installedModules(payload).slugs))}\n\n`)
  return totalDocs === 0
}
