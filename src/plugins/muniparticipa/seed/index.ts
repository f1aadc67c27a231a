/**
 * MuniParticipa's demo for a municipality, in its language: two districts and one published process in
 * its proposals phase (supports next month), with two published proposals, an open poll and an open
 * participatory budget with four projects. Idempotent: only while the
 * municipality has no process.
 */
import type { Payload } from 'payload'

import { hasRoleIn, type ID } from '@e-muni/sdk'
import { MANAGERS } from '../access/index'
import { internal } from '../hooks/common'

const DAY = 86_400_000
const at = (offset: number) => new Date(Date.now() + offset).toISOString()

const TEXT = {
  es: {
    districts: ['Centro', 'La Aguada'],
    title: 'Presupuesto participativo 2027: ideas para los barrios',
    description: 'Proponga mejoras para su barrio y apoye las de sus vecinos.',
    proposals: [
      ['Más bancos y sombra en la plaza Artigas', 'Instalar bancos y árboles en el sector norte de la plaza.'],
      ['Bicisenda en la avenida principal', 'Una bicisenda protegida desde el centro hasta la terminal.'],
    ],
    categories: ['Espacios públicos', 'Movilidad'],
    poll: {
      title: 'Feria de los sábados',
      question: '¿En qué horario prefiere la feria?',
      options: ['Mañana', 'Tarde', 'Noche'],
    },
    budget: {
      title: 'Presupuesto participativo 2027',
      total: 10_000_000,
      projects: [
        ['Iluminación LED en la plaza Artigas', 4_000_000],
        ['Bicisenda de la avenida principal', 6_500_000],
        ['Juegos para niños en La Aguada', 2_500_000],
        ['Bebederos en los parques', 1_200_000],
      ] as [string, number][],
    },
  },
  pt: {
    districts: ['Centro', 'Vila Nova'],
    title: 'Orçamento participativo 2027: ideias para os bairros',
    description: 'Proponha melhorias para o seu bairro e apoie as dos vizinhos.',
    proposals: [
      ['Mais bancos e sombra na praça da Matriz', 'Instalar bancos e árvores no lado norte da praça.'],
      ['Ciclovia na avenida principal', 'Uma ciclovia protegida do centro até a rodoviária.'],
    ],
    categories: ['Espaços públicos', 'Mobilidade'],
    poll: {
      title: 'Feira de sábado',
      question: 'Em que horário prefere a feira?',
      options: ['Manhã', 'Tarde', 'Noite'],
    },
    budget: {
      title: 'Orçamento participativo 2027',
      total: 2_000_000,
      projects: [
        ['Iluminação LED na praça da Matriz', 800_000],
        ['Ciclovia na avenida principal', 1_300_000],
        ['Parquinho na Vila Nova', 500_000],
        ['Bebedouros nos parques', 240_000],
      ] as [string, number][],
    },
  },
}

export const seedMuniParticipa = async (payload: Payload, municipality: { id: ID; slug: string }): Promise<void> => {
  const tenant = municipality.id
  const { totalDocs } = await payload.count({
    collection: 'participa-processes',
    where: { tenant: { equals: tenant } },
    overrideAccess: true,
  })
  if (totalDocs) return
  const record = await payload.findByID({ collection: 'municipalities', id: tenant, depth: 0, overrideAccess: true })
  const lang: 'pt' | 'es' = record.defaultLocale === 'pt' ? 'pt' : 'es'
  const text = TEXT[lang]
  const system = { overrideAccess: true, context: { ...internal(), quiet: true }, locale: lang, depth: 0 }
  const districts: ID[] = []
  for (const name of text.districts)
    districts.push(
      (
        (await payload.create({
          collection: 'participa-districts',
          data: { tenant, name },
          ...system,
        })) as unknown as { id: ID }
      ).id,
    )
  const process = (await payload.create({
    collection: 'participa-processes',
    data: {
      tenant,
      slug: 'presupuesto-2027',
      title: text.title,
      description: text.description,
      published: true,
      phases: [
        { phase: 'information', startsAt: at(-30 * DAY), endsAt: at(-10 * DAY) },
        { phase: 'proposals', startsAt: at(-10 * DAY), endsAt: at(20 * DAY) },
        { phase: 'supports', startsAt: at(20 * DAY), endsAt: at(40 * DAY) },
      ],
      supportsPerPerson: 5,
      supportThreshold: 50,
      categories: text.categories.map((name) => ({ name })),
    },
    ...system,
  })) as unknown as { id: ID }
  const window = { opensAt: at(-DAY), closesAt: at(30 * DAY) }
  await payload.create({
    collection: 'participa-polls',
    data: {
      tenant,
      process: process.id,
      title: text.poll.title,
      published: true,
      ...window,
      questions: [
        { text: text.poll.question, multiple: false, options: text.poll.options.map((label) => ({ label })) },
      ],
    },
    ...system,
  })
  const budget = (await payload.create({
    collection: 'participa-budgets',
    data: {
      tenant,
      process: process.id,
      title: text.budget.title,
      published: true,
      total: text.budget.total,
      rule: 'knapsack',
      ...window,
    },
    ...system,
  })) as unknown as { id: ID }
  for (const [i, [title, cost]] of text.budget.projects.entries())
    await payload.create({
      collection: 'participa-budget-projects',
      data: { tenant, budget: budget.id, title, cost, district: districts[i % districts.length] },
      ...system,
    })
  const author = (
    await payload.find({
      collection: 'people',
      where: { email: { equals: 'vecina@villa-esperanza.demo' } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
  if (!author) return
  // Published by the municipality's admin, through the moderation workflow.
  const manager = (
    await payload.find({
      collection: 'users',
      where: { 'tenants.tenant': { equals: tenant } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs
    .map((u) => ({ ...u, collection: 'users' as const }))
    .find((u) => hasRoleIn(u, tenant, MANAGERS))
  for (const [i, [title, body]] of text.proposals.entries()) {
    const proposal = (await payload.create({
      collection: 'participa-proposals',
      data: {
        tenant,
        process: process.id,
        title,
        body,
        category: text.categories[i],
        district: districts[i],
        author: author.id,
        reportCount: 0,
      },
      ...system,
    })) as unknown as { id: ID }
    if (manager)
      await payload.update({
        collection: 'participa-proposals',
        id: proposal.id,
        data: { status: 'published' },
        ...system,
        overrideAccess: false,
        user: manager,
      })
  }
}
