'use client'
/**
 * Quick filters above the service-request list: the staff inbox. Each is an ordinary list query
 * (so it shows in Payload's filter builder, can be refined and bookmarked).
 */
import { useAuth, useListQuery, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { inboxQueries, OPEN_STATUSES } from './inboxQueries'

type Lang = 'es' | 'pt' | 'en' | 'fr'
const T: Record<string, Record<Lang, string>> = {
  title: { es: 'Bandeja', pt: 'Caixa de entrada', en: 'Inbox', fr: 'Boîte de réception' },
  mine: { es: 'Asignadas a mí', pt: 'Atribuídas a mim', en: 'Assigned to me', fr: 'Assignées à moi' },
  unassigned: { es: 'Sin asignar', pt: 'Sem responsável', en: 'Unassigned', fr: 'Non assignées' },
  overdue: { es: 'Vencidas', pt: 'Vencidas', en: 'Overdue', fr: 'En retard' },
  open: { es: 'Abiertas', pt: 'Abertas', en: 'Open', fr: 'Ouvertes' },
  submitted: { es: 'Recibidas', pt: 'Recebidas', en: 'Submitted', fr: 'Reçues' },
  'in-review': { es: 'En revisión', pt: 'Em análise', en: 'In review', fr: "En cours d'examen" },
  'needs-information': {
    es: 'Esperan información',
    pt: 'Aguardam informações',
    en: 'Awaiting information',
    fr: 'En attente',
  },
  all: { es: 'Todas', pt: 'Todas', en: 'All', fr: 'Toutes' },
}

export const InboxFilters: React.FC = () => {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const lang = (['es', 'pt', 'en', 'fr'].includes(i18n.language) ? i18n.language : 'es') as Lang
  const links = inboxQueries(user?.id)
  const [counts, setCounts] = useState<Record<string, number>>({})
  const signature = links.map(([, query]) => query).join('|')
  const { query: listQuery, handleWhereChange } = useListQuery()
  const unfiltered = !listQuery?.where || Object.keys(listQuery.where).length === 0
  useEffect(() => {
    // The list with no condition is open work: the inbox opens on what is waiting (other parameters kept).
    // Through Payload's own list query, as the filter builder does: the address and the list change in
    // place. (A full page load here, as before, also dropped a link followed while the page hydrated.)
    if (unfiltered) {
      void handleWhereChange?.({ or: [{ and: [{ status: { in: OPEN_STATUSES } }] }] })
      return
    }
    // How many requests each filter holds, as the server counts them for this user.
    let alive = true
    void Promise.all(
      links.map(async ([key, query]) => {
        const res = await fetch(`/api/servi-requests${query}&limit=1&depth=0`, { credentials: 'include' })
        const body = res.ok ? ((await res.json()) as { totalDocs?: number }) : {}
        return [key, body.totalDocs ?? 0] as const
      }),
    ).then((entries) => alive && setCounts(Object.fromEntries(entries)))
    return () => {
      alive = false
    }
  }, [signature, unfiltered])
  return (
    <nav
      aria-label={T.title[lang]}
      data-inbox-filters=""
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: '0 0 16px' }}
    >
      <strong style={{ alignSelf: 'center', marginRight: 8 }}>{T.title[lang]}:</strong>
      {links.map(([key, query]) => (
        <a
          key={key}
          className="btn btn--style-pill btn--size-small"
          style={{ margin: 0 }}
          href={query}
          data-inbox={key}
        >
          {T[key][lang]}
          {counts[key] !== undefined && (
            <span className="inbox-count" data-count={counts[key]}>
              {' '}
              ({counts[key]})
            </span>
          )}
        </a>
      ))}
    </nav>
  )
}
