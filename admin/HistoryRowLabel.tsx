'use client'
/**
 * The workflow's history as a timeline: each step's label is "05/12/2026 10:57 · Recibida → En revisión ·
 * agente@… — comment", in place of "Paso 01" (src/plugins/sdk/workflow.ts).
 */
import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

import { dayAndTime as when, excerpt, joinParts as join, useAdminLanguage as useLang } from '../src/plugins/sdk/admin'

type Localized = Record<string, string>

/** A step of the workflow's history: when, from which state to which, who, and the comment. */
export const HistoryRowLabel: React.FC<{ states?: { value: string; label: Localized }[] }> = ({ states }) => {
  const lang = useLang()
  const { data } = useRowLabel<{
    at?: string
    from?: string
    to?: string
    actor?: string
    actorEmail?: string
    comment?: string
  }>()
  const name = (value?: string) => (value ? (states?.find((s) => s.value === value)?.label[lang] ?? value) : '')
  const move = data?.from ? `${name(data.from)} → ${name(data.to)}` : name(data?.to)
  return (
    <span className="row-label-history">
      {join(when(data?.at), move, data?.actorEmail ?? data?.actor)}
      {data?.comment ? ` — ${excerpt(data.comment)}` : ''}
    </span>
  )
}
