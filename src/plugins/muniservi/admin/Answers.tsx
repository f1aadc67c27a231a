/**
 * A request's answers in the admin, read-only, as the citizen gave them: under the labels of the
 * service's form (in the admin's language), options by their label, yes/no, the address and the point,
 * dates as dd/MM/yyyy, and the attached files — images previewed, other files linked — served by this
 * server (no third-party network). A server component: it reads the service and the attachments as the
 * signed-in user (their access applies).
 */
import type { JSONFieldServerComponent } from 'payload'
import React from 'react'

import { l, type Localized, type ID } from '@e-muni/sdk'

type FormField = {
  key: string
  type: string
  label?: string | null
  options?: { value: string; label?: string | null }[] | null
}
type Attachment = { id: ID; filename?: string | null; mimeType?: string | null; url?: string | null }
type FileAnswer = { attachment?: ID; name?: string }

const T = {
  none: l('Sin respuestas.', 'Sem respostas.', 'No answers.', 'Aucune réponse.'),
  yes: l('Sí', 'Sim', 'Yes', 'Oui'),
  no: l('No', 'Não', 'No', 'Non'),
  empty: l('(sin respuesta)', '(sem resposta)', '(no answer)', '(sans réponse)'),
  open: l('Abrir', 'Abrir', 'Open', 'Ouvrir'),
  other: l('Otros datos', 'Outros dados', 'Other data', 'Autres données'),
}

const dmy = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso
}

export const Answers: JSONFieldServerComponent = async ({ data, req, i18n, field }) => {
  const lang = (['es', 'pt', 'en', 'fr'].includes(i18n?.language) ? i18n.language : 'es') as keyof Localized
  const t = (key: keyof typeof T) => T[key][lang]
  const answers = (data?.answers ?? {}) as Record<string, unknown>
  const serviceId = typeof data?.service === 'object' && data.service ? data.service.id : data?.service
  const asUser = { req, user: req.user, overrideAccess: false, depth: 0 } as const
  const service =
    serviceId !== undefined && serviceId !== null
      ? ((await req.payload
          .findByID({ collection: 'servi-services', id: serviceId, locale: lang, disableErrors: true, ...asUser })
          .catch(() => null)) as { form?: FormField[] } | null)
      : null
  const form = service?.form ?? []
  const fileIds = Object.values(answers)
    .flatMap((v) => (Array.isArray(v) ? v : []))
    .map((v) => (v as FileAnswer)?.attachment)
    .filter((id) => id !== undefined && id !== null)
  const attachments = fileIds.length
    ? (((
        await req.payload
          .find({ collection: 'servi-attachments', where: { id: { in: fileIds } }, limit: 100, ...asUser })
          .catch(() => ({ docs: [] }))
      ).docs ?? []) as Attachment[])
    : []
  const byId = new Map(attachments.map((a) => [String(a.id), a]))

  const show = (formField: FormField | undefined, value: unknown): React.ReactNode => {
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
      return <em>{t('empty')}</em>
    const type = formField?.type
    const optionLabel = (v: unknown) => formField?.options?.find((o) => o.value === v)?.label || String(v)
    if (type === 'checkbox' || typeof value === 'boolean') return value ? t('yes') : t('no')
    if (type === 'select') return optionLabel(value)
    if (type === 'multiselect' && Array.isArray(value)) return value.map(optionLabel).join(', ')
    if (type === 'date' && typeof value === 'string') return dmy(value)
    if (type === 'file' && Array.isArray(value))
      return (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: 12 }}>
          {(value as FileAnswer[]).map((file, i) => {
            const doc = byId.get(String(file.attachment))
            const name = file.name ?? doc?.filename ?? String(file.attachment)
            if (!doc?.url) return <li key={i}>{name}</li>
            return (
              <li key={i} data-attachment={String(doc.id)}>
                {doc.mimeType?.startsWith('image/') ? (
                  <a href={doc.url} target="_blank" rel="noreferrer">
                    <img src={doc.url} alt={name} style={{ maxWidth: 160, maxHeight: 120, display: 'block' }} />
                    <span>{name}</span>
                  </a>
                ) : (
                  <a href={doc.url} target="_blank" rel="noreferrer">
                    {name} ({t('open')})
                  </a>
                )}
              </li>
            )
          })}
        </ul>
      )
    if (type === 'location' || (typeof value === 'object' && !Array.isArray(value))) {
      const o = value as { address?: string; lat?: number; lng?: number }
      const point = typeof o.lat === 'number' && typeof o.lng === 'number' ? `${o.lat}, ${o.lng}` : ''
      return [o.address, point].filter(Boolean).join(' · ') || JSON.stringify(value)
    }
    return Array.isArray(value) ? value.map(String).join(', ') : String(value)
  }

  const known = new Set(form.map((f) => f.key))
  const extra = Object.keys(answers).filter((key) => !known.has(key))
  const label = typeof field.label === 'string' ? field.label : ((field.label as Localized | undefined)?.[lang] ?? '')
  const rows = [
    ...form
      .filter((f) => f.key in answers || f.type !== 'file')
      .map((f) => [f.label || f.key, show(f, answers[f.key]), f.key] as const),
    ...extra.map((key) => [key, show(undefined, answers[key]), key] as const),
  ]
  return (
    <section
      className="field-type request-answers"
      aria-labelledby="request-answers-title"
      style={{ marginBottom: 24 }}
    >
      <h3 id="request-answers-title" style={{ margin: '0 0 8px' }}>
        {label}
      </h3>
      {rows.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <dl style={{ display: 'grid', gridTemplateColumns: 'minmax(8rem, 14rem) 1fr', gap: '6px 16px', margin: 0 }}>
          {rows.map(([name, value, key]) => (
            <React.Fragment key={key}>
              <dt style={{ fontWeight: 600 }} data-answer={key}>
                {name}
              </dt>
              <dd style={{ margin: 0 }}>{value}</dd>
            </React.Fragment>
          ))}
        </dl>
      )}
    </section>
  )
}
