'use client'
/**
 * Accessible form parts shared by every portal form: each control has a visible label, its hint and
 * error are tied to it (aria-describedby, aria-invalid), and after a refused submission an error summary
 * takes focus and links to each wrong field.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useFormStatus } from 'react-dom'

/** What a Server Action answers a form with. */
export type FormState = {
  ok?: boolean
  message?: string
  fields?: Record<string, string>
  values?: Record<string, string>
  /** Anything the page shows after success (a tracking code, a receipt). */
  result?: Record<string, unknown>
}

type Option = { value: string; label: string }

type FieldProps = {
  name: string
  label: string
  type?: string
  as?: 'input' | 'textarea' | 'select'
  required?: boolean
  hint?: ReactNode
  error?: string
  defaultValue?: string
  options?: Option[]
  autoComplete?: string
  multiple?: boolean
  accept?: string
  min?: number | string
  max?: number | string
  step?: number | string
  minLength?: number
  maxLength?: number
  pattern?: string
  requiredLabel?: string
}

export function Field(props: FieldProps) {
  const { name, label, as = 'input', type = 'text', hint, error, options = [], requiredLabel, ...rest } = props
  const id = `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  const common = {
    id,
    name,
    required: rest.required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  }
  let control: ReactNode
  if (as === 'textarea')
    control = (
      <textarea
        {...common}
        defaultValue={rest.defaultValue}
        rows={5}
        minLength={rest.minLength}
        maxLength={rest.maxLength}
      />
    )
  else if (as === 'select')
    control = (
      <select {...common} defaultValue={rest.defaultValue ?? ''} multiple={rest.multiple}>
        {!rest.multiple && <option value="">—</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    )
  else if (type === 'checkbox')
    control = <input {...common} type="checkbox" value="true" defaultChecked={rest.defaultValue === 'true'} />
  else
    control = (
      <input
        {...common}
        type={type}
        defaultValue={type === 'file' || type === 'password' ? undefined : rest.defaultValue}
        autoComplete={rest.autoComplete}
        multiple={rest.multiple}
        accept={rest.accept}
        min={rest.min}
        max={rest.max}
        step={rest.step}
        minLength={rest.minLength}
        maxLength={rest.maxLength}
        pattern={rest.pattern}
      />
    )
  return (
    <div className={`field${type === 'checkbox' ? ' field-checkbox' : ''}${error ? ' field-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {rest.required && requiredLabel ? <span className="required"> ({requiredLabel})</span> : null}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error" id={errorId}>
          {error}
        </p>
      )}
      {control}
    </div>
  )
}

/**
 * The outcome of the last submission: a success message (polite status) or an error summary that takes
 * focus, with a link to each field in error.
 */
export function FormStatus({
  state,
  title,
  labels = {},
}: {
  state: FormState | undefined
  title: string
  labels?: Record<string, string>
}) {
  const ref = useRef<HTMLDivElement>(null)
  const failed = state && state.ok === false
  useEffect(() => {
    if (failed) ref.current?.focus()
  }, [state, failed])
  const summaryId = useId()
  if (!state || state.ok === undefined) return <div role="status" aria-live="polite" />
  if (state.ok)
    return (
      <div role="status" aria-live="polite" className="notice notice-success">
        {state.message}
      </div>
    )
  const fields = Object.entries(state.fields ?? {})
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={summaryId} className="notice notice-error">
      <h2 id={summaryId}>{title}</h2>
      {state.message && <p>{state.message}</p>}
      {fields.length > 0 && (
        <ul>
          {fields.map(([name, message]) => (
            <li key={name}>
              <a href={`#f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`}>
                {labels[name] ? `${labels[name]}: ` : ''}
                {message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

export function SubmitButton({ children, pendingLabel }: { children: ReactNode; pendingLabel: string }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className="button" aria-disabled={pending} disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  )
}
