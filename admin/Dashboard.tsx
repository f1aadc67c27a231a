/**
 * The admin's home page, per role: the counts of work waiting that the installed modules declare
 * (`dashboard` in a module's manifest), each counted in the municipalities where the module is on and the
 * user holds one of the widget's roles, as the user may read them, and linking to that list. Modules
 * that are off, and widgets of roles the user does not hold, show nothing. A server component
 * (`beforeDashboard`): the counts are the database's, at page load.
 */
import { createLocalReq, type DefaultDocumentIDType, type Payload, type Where } from 'payload'
import React from 'react'

import { isPlatformAdmin, PLATFORM_ADMIN, tenantsWithRole } from '../src/access/roles'
import { l, type Localized } from '../src/i18n/index'
import { municipalitiesWithModule } from '../src/plugins/sdk/moduleSwitch'
import { installedModules } from '../src/plugins/sdk/compose'

type ID = DefaultDocumentIDType
type Props = { payload: Payload; user?: unknown; i18n?: { language?: string } }

const TITLE = l('Su trabajo', 'Seu trabalho', 'Your work', 'Votre travail')
const OPEN = l('Abrir la lista', 'Abrir a lista', 'Open the list', 'Ouvrir la liste')

/** A `where` as the admin's list reads it from its address (`where[and][0][status][equals]=…`). */
export const whereQuery = (where: Where): string => {
  const params = new URLSearchParams()
  const walk = (value: unknown, key: string) => {
    if (value && typeof value === 'object' && !(value instanceof Date))
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) walk(v, `${key}[${k}]`)
    else params.append(key, value instanceof Date ? value.toISOString() : String(value))
  }
  walk(where, 'where')
  return params.toString()
}

export const Dashboard = async ({ payload, user, i18n }: Props) => {
  if (!user || (user as { collection?: string }).collection !== 'users') return null
  const lang = (['es', 'pt', 'en', 'fr'].includes(i18n?.language ?? '') ? i18n!.language : 'es') as keyof Localized
  const userId = (user as { id: ID }).id
  const now = new Date()
  const modules = installedModules(payload).modules.filter((m) => m.dashboard?.length)
  if (!modules.length) return null
  // One request for every count: the module switches' snapshot of the municipalities is read once (and
  // only again when a municipality changed), as for any API request.
  const req = await createLocalReq({ user: user as never }, payload)
  const cards: { id: string; label: string; count: number; href: string }[] = []
  for (const module of modules) {
    const on = await municipalitiesWithModule(req, module.slug)
    for (const widget of module.dashboard ?? []) {
      const mine =
        isPlatformAdmin(user as never) && widget.roles.includes(PLATFORM_ADMIN)
          ? on
          : tenantsWithRole(user as never, widget.roles).filter((id) => on.some((o) => String(o) === String(id)))
      if (!mine.length) continue
      const where: Where = { and: [{ tenant: { in: mine } }, widget.where({ userId, now })] }
      const { totalDocs } = await payload.count({
        collection: widget.collection as never,
        where,
        overrideAccess: false,
        user: user as never,
        req,
      })
      cards.push({
        id: `${module.slug}-${widget.key}`,
        label: widget.label[lang],
        count: totalDocs,
        href: `/admin/collections/${widget.collection}?${whereQuery(where)}`,
      })
    }
  }
  if (!cards.length) return null
  return (
    <section aria-labelledby="emuni-dashboard-title" className="emuni-dashboard" style={{ marginBottom: 32 }}>
      <h2 id="emuni-dashboard-title" style={{ marginBottom: 12 }}>
        {TITLE[lang]}
      </h2>
      <ul
        style={{
          listStyle: 'none',
          padding: 0,
          margin: 0,
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(14rem, 1fr))',
          gap: 12,
        }}
      >
        {cards.map((card) => (
          <li key={card.id} data-widget={card.id}>
            <a
              href={card.href}
              className="card"
              title={OPEN[lang]}
              style={{ display: 'block', padding: 16, textDecoration: 'none' }}
            >
              <span data-count={card.count} style={{ display: 'block', fontSize: 32, fontWeight: 700 }}>
                {card.count}
              </span>
              <span>{card.label}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
