'use client'
/**
 * The workflow's history as a timeline: each step's label is "05/12/2026 10:57 · Recibida → En revisión ·
 * agente@… — comment", in place of "Paso 01" (src/plugins/sdk/workflow.ts).
 */
import { useRowLabel, useTranslation } from '@payloadcms/ui'
import React from 'react'

type Localized = Record<string, string>
const useLang = () => {
  const { i18n } = useTranslation()
  return ['es', 'pt', 'en', 'fr'].includes(i18n.language) ? i18n.language : 'es'
}
const p2 = (n: number) => String(n).padStart(2, '0')
/** dd/MM/yyyy HH:mm, in the browser's time zone (as the admin's date fields). */
const when = (iso: unknown) => {
  const d = typeof iso === 'string' || iso instanceof Date ? new Date(iso) : null
  return d && !Number.isNaN(d.getTime())
    ? `${p2(d.getDate())}/${p2(d.getMonth() + 1)}/${d.getFullYear()} ${p2(d.getHours())}:${p2(d.getMinutes())}`
    : ''
}
const excerpt = (text: unknown, max = 90) => {
  const s = typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : ''
  return s.length > max ? `${s.slice(0, max - 1)}…` : s
}
const join = (...parts: (string | false | undefined | null)[]) => parts.filter(Boolean).join(' · ')

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
