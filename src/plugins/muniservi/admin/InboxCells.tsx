'use client'
/**
 * Cells of the inbox (the service-request list): "Vencida" as a badge, not `true` in code font; an
 * empty assignee as "Sin asignar", not "<Sin Asignada a>".
 */
import { DefaultCell, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

type Lang = 'es' | 'pt' | 'en' | 'fr'
const T = {
  overdue: { es: 'Vencida', pt: 'Vencida', en: 'Overdue', fr: 'En retard' },
  unassigned: { es: 'Sin asignar', pt: 'Sem responsável', en: 'Unassigned', fr: 'Non assignée' },
}
const useLang = (): Lang => {
  const { i18n } = useTranslation()
  return (['es', 'pt', 'en', 'fr'].includes(i18n.language) ? i18n.language : 'es') as Lang
}

export const OverdueCell: React.FC<DefaultCellComponentProps> = ({ cellData }) => {
  const lang = useLang()
  if (!cellData) return null
  return (
    <span
      className="inbox-badge inbox-badge--overdue"
      style={{
        background: 'var(--theme-error-100)',
        color: 'var(--theme-error-800)',
        borderRadius: 4,
        padding: '2px 8px',
        fontWeight: 600,
      }}
    >
      {T.overdue[lang]}
    </span>
  )
}

export const AssigneeCell: React.FC<DefaultCellComponentProps> = (props) => {
  const lang = useLang()
  if (props.cellData === null || props.cellData === undefined || props.cellData === '')
    return <span className="inbox-unassigned">{T.unassigned[lang]}</span>
  return <DefaultCell {...props} />
}
