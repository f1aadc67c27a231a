'use client'
/**
 * A request's messages and notes read as a conversation: "Municipio · 05/12/2026 10:57 — ¿Puede enviar
 * una foto?", "agente@… · 05/12/2026 11:02 — Pedida la foto.", in place of "Mensaje 01".
 */
import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

import { dayAndTime as when, excerpt, joinParts as join, useAdminLanguage as useLang } from '@e-muni/sdk/admin'

type Localized = Record<string, string>

const FROM: Record<string, Localized> = {
  staff: { es: 'Municipio', pt: 'Município', en: 'Municipality', fr: 'Municipalité' },
  requester: { es: 'Vecino', pt: 'Cidadão', en: 'Requester', fr: 'Demandeur' },
}
const NEW: Localized = {
  es: 'Nuevo (sin guardar)',
  pt: 'Novo (não salvo)',
  en: 'New (not saved)',
  fr: 'Nouveau (non enregistré)',
}

/** A message of the conversation with the requester. */
export const MessageRowLabel: React.FC = () => {
  const lang = useLang()
  const { data } = useRowLabel<{ from?: string; body?: string; at?: string; id?: string }>()
  const who = FROM[data?.from ?? 'staff']?.[lang] ?? data?.from
  return (
    <span className="row-label-message" data-from={data?.from ?? 'staff'}>
      {join(who, data?.id ? when(data?.at) : NEW[lang])}
      {data?.body ? ` — ${excerpt(data.body)}` : ''}
    </span>
  )
}

/** A staff note: who, when, what. */
export const NoteRowLabel: React.FC = () => {
  const lang = useLang()
  const { data } = useRowLabel<{ author?: string; body?: string; at?: string; id?: string }>()
  return (
    <span className="row-label-note">
      {join(data?.author, data?.id ? when(data?.at) : NEW[lang])}
      {data?.body ? ` — ${excerpt(data.body)}` : ''}
    </span>
  )
}
