'use client'
/**
 * Quick filters by workflow state above a collection's list, with how many documents each holds
 * ("Pendiente de moderación (3) · Publicada (12) · … · Todas"). Each is an ordinary list query (it shows in
 * Payload's filter builder, can be refined and bookmarked); the counts are the REST list's own totals for the
 * signed-in user (their access applies). Added by a workflow with `listFilters` (src/plugins/sdk/workflow.ts).
 */
import React, { useEffect, useState } from 'react'

import { useAdminLanguage } from '../src/plugins/sdk/admin'

type Localized = Record<string, string>
type Props = {
  collection: string
  statusField: string
  states: { value: string; label: Localized }[]
  labels: { title: Localized; all: Localized }
}

const queryOf = (field: string, state: string) =>
  `?${new URLSearchParams({ [`where[${field}][equals]`]: state }).toString()}`

export const StatusFilters: React.FC<Props> = ({ collection, statusField, states, labels }) => {
  const lang = useAdminLanguage()
  const say = (text: Localized) => text[lang] ?? text.es
  const links: [string, string, string][] = [
    ...states.map((s): [string, string, string] => [s.value, say(s.label), queryOf(statusField, s.value)]),
    ['all', say(labels.all), '?'],
  ]
  const [counts, setCounts] = useState<Record<string, number>>({})
  const [here, setHere] = useState<string>('')
  useEffect(() => {
    const params = new URLSearchParams(window.location.search)
    setHere(
      params.get(`where[${statusField}][equals]`) ??
        ([...params.keys()].some((k) => k.startsWith('where')) ? '' : 'all'),
    )
    let alive = true
    void Promise.all(
      links.map(async ([key, , query]) => {
        const res = await fetch(`/api/${collection}${query}&limit=1&depth=0`, { credentials: 'include' })
        const body = res.ok ? ((await res.json()) as { totalDocs?: number }) : {}
        return [key, body.totalDocs ?? 0] as const
      }),
    ).then((entries) => alive && setCounts(Object.fromEntries(entries)))
    return () => {
      alive = false
    }
  }, [collection, statusField])
  return (
    <nav
      aria-label={say(labels.title)}
      data-status-filters={collection}
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: '0 0 16px' }}
    >
      <strong style={{ alignSelf: 'center', marginRight: 8 }}>{say(labels.title)}:</strong>
      {links.map(([key, text, query]) => (
        <a
          key={key}
          className="btn btn--style-pill btn--size-small"
          style={{ margin: 0 }}
          href={query}
          data-status={key}
          aria-current={here === key ? 'page' : undefined}
        >
          {text}
          {counts[key] !== undefined && (
            <span className="status-count" data-count={counts[key]}>
              {' '}
              ({counts[key]})
            </span>
          )}
        </a>
      ))}
    </nav>
  )
}
