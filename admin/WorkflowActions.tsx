'use client'
/**
 * The workflow's actions in a document's sidebar: the current state, an optional comment, and one
 * button per transition allowed from the current state. The server decides (roles, guards, required
 * fields) and its message is shown when it refuses.
 */
import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

type Localized = Record<string, string>
type Props = {
  statusField: string
  states: { value: string; label: Localized }[]
  transitions: { from: string[]; to: string }[]
  labels: { title: Localized; comment: Localized; current: Localized }
}

export const WorkflowActions: React.FC<Props> = ({ statusField, states, transitions, labels }) => {
  const { id, collectionSlug } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields[statusField]?.value as string | undefined)
  const { i18n } = useTranslation()
  const lang = i18n.language
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const text = (value: Localized) => value[lang] ?? value.es
  const stateLabel = (value?: string) => {
    const state = states.find((s) => s.value === value)
    return state ? text(state.label) : (value ?? '')
  }
  if (!id || !status) return null
  const next = transitions.filter((t) => t.from.includes(status)).map((t) => t.to)

  const move = async (to: string) => {
    setBusy(true)
    setError(null)
    const res = await fetch(`/api/${collectionSlug}/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'content-type': 'application/json', 'accept-language': lang },
      body: JSON.stringify({ [statusField]: to, ...(comment.trim() ? { transitionComment: comment.trim() } : {}) }),
    })
    setBusy(false)
    if (res.ok) window.location.reload()
    else
      setError(
        ((await res.json().catch(() => null)) as { errors?: { message: string }[] } | null)?.errors?.[0]?.message ??
          res.statusText,
      )
  }

  return (
    <div className="workflow-actions" style={{ marginBottom: 24 }}>
      <h3 style={{ margin: '0 0 8px' }}>{text(labels.title)}</h3>
      <p id="workflow-current">
        {text(labels.current)}: <strong>{stateLabel(status)}</strong>
      </p>
      {next.length > 0 && (
        <>
          <label htmlFor="workflow-comment" style={{ display: 'block', marginBottom: 4 }}>
            {text(labels.comment)}
          </label>
          <textarea
            id="workflow-comment"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            rows={2}
            style={{ width: '100%' }}
          />
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 8 }}>
            {next.map((to) => (
              <button
                key={to}
                id={`workflow-to-${to}`}
                type="button"
                className="btn btn--style-secondary btn--size-small"
                disabled={busy}
                onClick={() => move(to)}
              >
                → {stateLabel(to)}
              </button>
            ))}
          </div>
        </>
      )}
      {error && (
        <p role="alert" id="workflow-error" style={{ color: 'var(--theme-error-500)', marginTop: 8 }}>
          {error}
        </p>
      )}
    </div>
  )
}
