'use client'
/**
 * The workflow's actions in a document's sidebar: the current state, a comment, and one button per
 * transition the user's roles allow from the current state, named as a verb. An action saves the form's
 * edits and the transition together (one save of the edit view, so nothing typed is lost), marks the
 * comment required where the transition requires it, says who reads it, and asks before an irreversible
 * step. The server decides (roles, guards, required fields); its message is shown when it refuses.
 */
import { useAuth, useDocumentInfo, useForm, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

type Localized = Record<string, string>
type ClientTransition = {
  from: string[]
  to: string
  roles: string[]
  action: Localized | null
  confirm: boolean
  commentRequired: boolean
}
type Labels = Record<
  'title' | 'current' | 'comment' | 'optional' | 'requiredFor' | 'commentMissing' | 'confirm' | 'savesEdits' | 'none',
  Localized
>
type Props = {
  statusField: string
  states: { value: string; label: Localized }[]
  transitions: ClientTransition[]
  commentAudience: Localized | null
  labels: Labels
}

type ID = number | string
type StaffUser = { roles?: string[] | null; tenants?: { tenant?: ID | { id: ID } | null; roles?: string[] | null }[] }
const idOf = (v: unknown): string | undefined =>
  v === null || v === undefined ? undefined : typeof v === 'object' ? String((v as { id?: ID }).id) : String(v)

/** The user's roles in the document's municipality (platform administrators hold theirs everywhere). */
const rolesIn = (user: StaffUser | null | undefined, tenant: unknown): string[] => {
  if (!user) return []
  const own = (user.tenants ?? []).filter((row) => idOf(row.tenant) === idOf(tenant)).flatMap((row) => row.roles ?? [])
  return [...(user.roles ?? []), ...own]
}

export const WorkflowActions: React.FC<Props> = ({ statusField, states, transitions, commentAudience, labels }) => {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields[statusField]?.value as string | undefined)
  const tenant = useFormFields(([fields]) => fields.tenant?.value)
  const { submit } = useForm()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const lang = i18n.language
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const text = (value: Localized) => value[lang] ?? value.es
  const fill = (value: Localized, vars: Record<string, string>) =>
    text(value).replace(/\{\{(\w+)\}\}/g, (_, key: string) => vars[key] ?? '')
  const stateLabel = (value?: string) => {
    const state = states.find((s) => s.value === value)
    return state ? text(state.label) : (value ?? '')
  }
  if (!id || !status) return null
  const roles = rolesIn(user as StaffUser | null, tenant)
  const next = transitions.filter((t) => t.from.includes(status) && t.roles.some((r) => roles.includes(r)))
  const actionLabel = (t: ClientTransition) => (t.action ? text(t.action) : `→ ${stateLabel(t.to)}`)
  const needComment = next.filter((t) => t.commentRequired)

  const move = async (t: ClientTransition) => {
    setError(null)
    const action = actionLabel(t)
    if (t.commentRequired && !comment.trim()) {
      setError(fill(labels.commentMissing, { action }))
      document.getElementById('workflow-comment')?.focus()
      return
    }
    if (t.confirm && !window.confirm(fill(labels.confirm, { action }))) return
    setBusy(true)
    // The edit view's own save, with the new state: the server takes both or neither; on success the
    // form shows the saved document (new state, history), on failure Payload's toast says why.
    const result = await submit({
      overrides: { [statusField]: t.to, ...(comment.trim() ? { transitionComment: comment.trim() } : {}) },
    })
    setBusy(false)
    if (result && result.res.ok) setComment('')
  }

  const commentId = 'workflow-comment'
  return (
    <div className="workflow-actions" style={{ marginBottom: 24 }}>
      <h3 style={{ margin: '0 0 8px' }}>{text(labels.title)}</h3>
      <p id="workflow-current">
        {text(labels.current)}: <strong>{stateLabel(status)}</strong>
      </p>
      {next.length === 0 && <p id="workflow-none">{text(labels.none)}</p>}
      {next.length > 0 && (
        <>
          <label htmlFor={commentId} style={{ display: 'block', marginBottom: 4 }}>
            {text(labels.comment)}
            {commentAudience ? ` (${text(commentAudience)})` : ''}
            {needComment.length === 0 ? ` — ${text(labels.optional)}` : ''}
          </label>
          {needComment.length > 0 && (
            <p id="workflow-comment-required" style={{ margin: '0 0 4px', fontSize: '0.9em' }}>
              {text(labels.requiredFor)}: {needComment.map(actionLabel).join(', ')}
            </p>
          )}
          <textarea
            id={commentId}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            rows={2}
            style={{ width: '100%' }}
            aria-describedby={needComment.length ? 'workflow-comment-required' : undefined}
          />
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 8 }}>
            {next.map((t) => (
              <button
                key={t.to}
                id={`workflow-to-${t.to}`}
                type="button"
                className="btn btn--style-secondary btn--size-small"
                disabled={busy}
                onClick={() => void move(t)}
              >
                {actionLabel(t)}
              </button>
            ))}
          </div>
          <p style={{ margin: '8px 0 0', fontSize: '0.85em' }}>{text(labels.savesEdits)}</p>
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
