'use client'
/**
 * The online form of a service, generated from its definition: one labelled control per field with its
 * native constraints (required, min/max, lengths, patterns), the requester's name and email when nobody
 * is signed in; "Continue" shows the answers to check (a `<dl>`, each with "Change"), "Send" sends them, and
 * then the tracking code. Files chosen are kept at the CMS between the steps ("already attached", removable).
 * Works without JavaScript (every step is a Server Action's form).
 */
import Link from 'next/link'
import { useActionState, useEffect, useRef, useState, type ChangeEvent } from 'react'
import { useFormStatus } from 'react-dom'

import { Field, FormStatus, SubmitButton, type FormState } from '@e-muni/sdk/portal/client'

import { ACCEPT, megabytes, PHONE_PATTERN, type FormFieldSpec, type Kept } from './fields'
import styles from './services.module.css'

type Props = {
  action: (prev: FormState | undefined, form: FormData) => Promise<FormState>
  slug: string
  lang: string
  service: string
  fields: FormFieldSpec[]
  /** the signed-in person's line ("you send this as …"), or undefined for an anonymous requester */
  signedInAs?: string
  loginHref: string
  labels: Record<string, string>
}

/** A distinct number for each answer of the action (the key that remounts the form). */
const answers = new WeakMap<object, number>()
let answered = 0
const keyOf = (state: FormState | undefined) => {
  if (!state) return 0
  if (!answers.has(state)) answers.set(state, (answered += 1))
  return answers.get(state)!
}

const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`

type ControlProps = {
  spec: FormFieldSpec
  error?: string
  values: Record<string, string>
  labels: Record<string, string>
}

/** Hint and error of a group (fieldset), and the ids that describe it. */
function GroupHead({ spec, error, labels }: Omit<ControlProps, 'values'>) {
  const id = fieldId(spec.name)
  return (
    <>
      <legend>
        {spec.label}
        {spec.required ? <span className="required"> ({labels.required})</span> : null}
      </legend>
      {spec.hint ? (
        <p className="hint" id={`${id}-hint`}>
          {spec.hint}
        </p>
      ) : null}
      {error ? (
        <p className="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  )
}

const describedBy = (spec: FormFieldSpec, error?: string) =>
  [spec.hint && `${fieldId(spec.name)}-hint`, error && `${fieldId(spec.name)}-error`].filter(Boolean).join(' ') ||
  undefined

function Choices({ spec, error, values, labels }: ControlProps) {
  const id = fieldId(spec.name)
  const chosen = new Set((values[spec.name] ?? '').split(',').filter(Boolean))
  return (
    <fieldset className={`field${error ? ' field-error' : ''}`}>
      <GroupHead spec={spec} error={error} labels={labels} />
      <div className={styles.choices}>
        {spec.options.map((option, i) => (
          <div key={option.value} className={styles.choice}>
            <input
              type="checkbox"
              id={i ? `${id}-${i}` : id}
              name={spec.name}
              value={option.value}
              defaultChecked={chosen.has(option.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(spec, error)}
            />
            <label htmlFor={i ? `${id}-${i}` : id}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  )
}

function LocationField({ spec, error, values, labels }: ControlProps) {
  const id = fieldId(spec.name)
  const invalid = error ? true : undefined
  return (
    <fieldset className={`field${error ? ' field-error' : ''}`}>
      <GroupHead spec={spec} error={error} labels={labels} />
      <label htmlFor={id}>{labels.address}</label>
      <input
        id={id}
        name={`${spec.name}.address`}
        required={spec.required}
        maxLength={500}
        autoComplete="street-address"
        defaultValue={values[`${spec.name}.address`]}
        aria-invalid={invalid}
        aria-describedby={describedBy(spec, error)}
      />
      <div className={styles.coords}>
        {(['lat', 'lng'] as const).map((part) => (
          <div key={part}>
            <label htmlFor={`${id}-${part}`}>{labels[part]}</label>
            <input
              id={`${id}-${part}`}
              name={`${spec.name}.${part}`}
              type="number"
              step="any"
              min={part === 'lat' ? -90 : -180}
              max={part === 'lat' ? 90 : 180}
              defaultValue={values[`${spec.name}.${part}`]}
              aria-invalid={invalid}
            />
          </div>
        ))}
      </div>
    </fieldset>
  )
}

/** Back from "Change": the answer to change takes focus. */
function FocusOn({ id }: { id?: string }) {
  useEffect(() => {
    if (id) document.getElementById(id)?.focus()
  }, [id])
  return null
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')

/**
 * A file field that says at once when a chosen file is over the limit (the browser refuses to send the form
 * until it is replaced); the server checks again, as without JavaScript.
 */
function FileControl({
  spec,
  labels,
  common,
}: Pick<ControlProps, 'spec' | 'labels'> & { common: Parameters<typeof Field>[0] }) {
  const [problem, setProblem] = useState('')
  const check = (event: ChangeEvent<HTMLElement>) => {
    const input = event.target as HTMLInputElement
    if (input.type !== 'file') return
    const tooBig = [...(input.files ?? [])].find((file) => file.size > (spec.maxBytes ?? Infinity))
    const message = tooBig
      ? fill(labels.fileSize!, {
          name: tooBig.name,
          size: megabytes(tooBig.size),
          max: megabytes(spec.maxBytes!),
        })
      : ''
    input.setCustomValidity(message)
    setProblem(message)
  }
  return (
    <div onChange={check}>
      <Field {...common} type="file" multiple accept={ACCEPT} error={common.error || problem || undefined} />
    </div>
  )
}

/** A file's size as people read it: kilobytes under a megabyte, else megabytes with one decimal. */
const sizeOf = (bytes: number, labels: Record<string, string>) =>
  bytes < 1024 * 1024
    ? fill(labels.kb!, { n: String(Math.max(1, Math.round(bytes / 1024))) })
    : fill(labels.mb!, { n: megabytes(bytes) })

/** The files kept from a step before: each by name and size, with a box to remove it. */
function KeptFiles({ files, labels }: { files: Kept[]; labels: Record<string, string> }) {
  if (!files.length) return null
  return (
    <ul className={styles.kept}>
      {files.map((file, i) => (
        <li key={file.token}>
          <span data-kept-file>{fill(labels.attached!, { name: file.name, size: sizeOf(file.size, labels) })}</span>
          <span className={styles.choice}>
            <input type="checkbox" id={`remove-${file.field}-${i}`} name="remove" value={file.token} />
            <label htmlFor={`remove-${file.field}-${i}`}>{fill(labels.remove!, { name: file.name })}</label>
          </span>
        </li>
      ))}
    </ul>
  )
}

/** The send button; while files are being sent, how many megabytes, with a progress bar. */
function SendButton({ labels, label }: { labels: Record<string, string>; label: string }) {
  const { pending, data } = useFormStatus()
  const bytes = pending ? [...(data?.values() ?? [])].reduce((n, v) => n + (typeof v === 'object' ? v.size : 0), 0) : 0
  return (
    <>
      {bytes > 0 ? (
        <p role="status" className={styles.uploading}>
          <label htmlFor="upload-progress">{fill(labels.uploading!, { mb: megabytes(bytes) })}</label>
          <progress id="upload-progress" />
        </p>
      ) : null}
      <SubmitButton pendingLabel={labels.sending!}>{label}</SubmitButton>
    </>
  )
}

function Control({ spec, error, values, labels, kept = [] }: ControlProps & { kept?: Kept[] }) {
  const common = {
    name: spec.name,
    label: spec.label,
    hint: spec.hint,
    error,
    // A file field whose files are kept already needs no new one.
    required: spec.required && !(spec.type === 'file' && kept.length > 0),
    requiredLabel: labels.required,
    defaultValue: values[spec.name],
  }
  switch (spec.type) {
    case 'text':
      return <Field {...common} minLength={spec.min} maxLength={spec.max} />
    case 'textarea':
      return <Field {...common} as="textarea" minLength={spec.min} maxLength={spec.max} />
    case 'number':
      return <Field {...common} type="number" step="any" min={spec.min} max={spec.max} />
    case 'date':
      return <Field {...common} type="date" />
    case 'email':
      return <Field {...common} type="email" />
    case 'phone':
      return <Field {...common} type="tel" autoComplete="tel" pattern={PHONE_PATTERN} />
    case 'select':
      return <Field {...common} as="select" options={spec.options} />
    case 'checkbox':
      return <Field {...common} type="checkbox" />
    case 'file':
      return (
        <div>
          <FileControl spec={spec} labels={labels} common={common} />
          <KeptFiles files={kept} labels={labels} />
        </div>
      )
    case 'multiselect':
      return <Choices spec={spec} error={error} values={values} labels={labels} />
    case 'location':
      return <LocationField spec={spec} error={error} values={values} labels={labels} />
  }
}

/** What the requester answered to one question, as the summary shows it. */
const answerOf = (
  spec: FormFieldSpec,
  values: Record<string, string>,
  kept: Kept[],
  labels: Record<string, string>,
) => {
  const value = values[spec.name] ?? ''
  const label = (v: string) => spec.options.find((o) => o.value === v)?.label ?? v
  switch (spec.type) {
    case 'file':
      return kept.filter((k) => k.field === spec.key).map((k) => `${k.name} (${sizeOf(k.size, labels)})`)
    case 'multiselect':
      return value ? [value.split(',').map(label).join(', ')] : []
    case 'select':
      return value ? [label(value)] : []
    case 'checkbox':
      return [value === 'true' ? labels.yes! : labels.no!]
    case 'location': {
      const [address, lat, lng] = ['address', 'lat', 'lng'].map((p) => values[`${spec.name}.${p}`] ?? '')
      return [address, lat && lng ? `${lat}, ${lng}` : ''].filter(Boolean)
    }
    default:
      return value ? [value] : []
  }
}

/** The answers as hidden fields of the summary's form: "Send" and "Change" post them again. */
function HiddenAnswers({
  fields,
  values,
  anonymous,
}: {
  fields: FormFieldSpec[]
  values: Record<string, string>
  anonymous: boolean
}) {
  const inputs: [string, string][] = []
  for (const spec of fields) {
    const value = values[spec.name] ?? ''
    if (spec.type === 'file') continue
    if (spec.type === 'multiselect') for (const v of value.split(',').filter(Boolean)) inputs.push([spec.name, v])
    else if (spec.type === 'location')
      for (const p of ['address', 'lat', 'lng']) inputs.push([`${spec.name}.${p}`, values[`${spec.name}.${p}`] ?? ''])
    else if (value) inputs.push([spec.name, value])
  }
  if (anonymous) inputs.push(['name', values.name ?? ''], ['email', values.email ?? ''])
  return (
    <>
      {inputs.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
    </>
  )
}

type ReviewProps = {
  formAction: (form: FormData) => void
  common: { slug: string; lang: string; service: string }
  fields: FormFieldSpec[]
  values: Record<string, string>
  kept: Kept[]
  signedInAs?: string
  labels: Record<string, string>
}

/** "Check your answers": every question with its answer and a "Change" button, then "Send". */
function Review({ formAction, common, fields, values, kept, signedInAs, labels }: ReviewProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const rows: { name: string; label: string; answer: string[] }[] = fields.map((spec) => ({
    name: spec.name,
    label: spec.label,
    answer: answerOf(spec, values, kept, labels),
  }))
  if (!signedInAs)
    rows.push(
      { name: 'name', label: labels.name!, answer: [values.name ?? ''] },
      { name: 'email', label: labels.email!, answer: [values.email ?? ''] },
    )
  return (
    <form action={formAction} className="form">
      <input type="hidden" name="slug" value={common.slug} />
      <input type="hidden" name="lang" value={common.lang} />
      <input type="hidden" name="service" value={common.service} />
      <input type="hidden" name="step" value="send" />
      <HiddenAnswers fields={fields} values={values} anonymous={!signedInAs} />
      {kept.map((file) => (
        <input key={file.token} type="hidden" name="kept" value={JSON.stringify(file)} />
      ))}
      <h2 ref={heading} tabIndex={-1} id="check-answers">
        {labels.check}
      </h2>
      <p>{labels.checkIntro}</p>
      <dl className={styles.summary}>
        {rows.map((row) => (
          <div key={row.name} className={styles.summaryRow}>
            <dt>{row.label}</dt>
            <dd data-answer={row.name}>
              {row.answer.length ? (
                row.answer.map((line, i) => <div key={i}>{line}</div>)
              ) : (
                <span className="empty">{labels.notGiven}</span>
              )}
            </dd>
            <dd className={styles.summaryChange}>
              <button type="submit" name="change" value={row.name} className="button-secondary">
                {labels.change}
                <span className="visually-hidden"> {row.label}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      {signedInAs ? <p className="notice">{signedInAs}</p> : null}
      <SendButton labels={labels} label={labels.submit!} />
    </form>
  )
}

export function RequestForm({ action, slug, lang, service, fields, signedInAs, loginHref, labels }: Props) {
  const [state, formAction] = useActionState(action, undefined)
  // A new form after each answer: React resets a submitted form, and a <select> would lose its value.
  const formKey = keyOf(state)
  if (state?.ok) {
    const result = state.result as { code: string; token: string; due: string; track: string }
    const [before, after] = labels.code!.split('{code}')
    const [beforeToken, afterToken] = labels.token!.split('{token}')
    return (
      <div role="status" className="notice notice-success">
        <h2>{state.message}</h2>
        <p className={styles.receipt}>
          {before}
          <strong className={styles.code} data-tracking-code>
            {result.code}
          </strong>
          {after}
        </p>
        <p>
          {beforeToken}
          <strong className={styles.code} data-tracking-token>
            {result.token}
          </strong>
          {afterToken}
        </p>
        {result.due ? <p data-due>{labels.due!.replace('{date}', result.due)}</p> : null}
        {result.due ? <p data-next-steps>{labels.next!.replace('{date}', result.due)}</p> : null}
        <p>{labels.mailed}</p>
        <p>
          <Link href={result.track}>{labels.track}</Link>
        </p>
      </div>
    )
  }
  const errors = state?.fields ?? {}
  const values = state?.values ?? {}
  const step = state?.result as { step?: 'form' | 'review'; kept?: Kept[]; focus?: string } | undefined
  const kept = step?.kept ?? []
  if (step?.step === 'review')
    return (
      <Review
        key={formKey}
        formAction={formAction}
        common={{ slug, lang, service }}
        fields={fields}
        values={values}
        kept={kept}
        signedInAs={signedInAs}
        labels={labels}
      />
    )
  const summaryLabels = Object.fromEntries([
    ...fields.map((f) => [f.name, f.label]),
    ['name', labels.name],
    ['email', labels.email],
  ])
  return (
    <form key={formKey} action={formAction} className="form">
      <FormStatus state={state} title={labels.errors!} labels={summaryLabels} />
      <FocusOn id={step?.focus ? fieldId(step.focus) : undefined} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="service" value={service} />
      <input type="hidden" name="step" value="continue" />
      {kept.map((file) => (
        <input key={file.token} type="hidden" name="kept" value={JSON.stringify(file)} />
      ))}
      <h2>{labels.answers}</h2>
      {fields.map((spec) => (
        <Control
          key={spec.key}
          spec={spec}
          error={errors[spec.name]}
          values={values}
          labels={labels}
          kept={kept.filter((k) => k.field === spec.key)}
        />
      ))}
      {signedInAs ? (
        <p className="notice">{signedInAs}</p>
      ) : (
        <fieldset>
          <legend>{labels.requester}</legend>
          <p>
            <Link href={loginHref}>{labels.signIn}</Link>
          </p>
          <Field
            name="name"
            label={labels.name!}
            required
            autoComplete="name"
            maxLength={200}
            error={errors.name}
            defaultValue={values.name}
            requiredLabel={labels.required}
          />
          <Field
            name="email"
            type="email"
            label={labels.email!}
            hint={labels.emailHelp}
            required
            autoComplete="email"
            error={errors.email}
            defaultValue={values.email}
            requiredLabel={labels.required}
          />
        </fieldset>
      )}
      <SendButton labels={labels} label={labels.continue!} />
    </form>
  )
}
