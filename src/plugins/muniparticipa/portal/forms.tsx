'use client'
/** The participation forms (client side of the Server Actions in ./actions.ts); they work without JavaScript too. */
import Link from 'next/link'
import { useActionState } from 'react'

import { Field, FormStatus, SubmitButton, type FormState } from '@e-muni/sdk/portal/client'

type Action = (prev: FormState | undefined, form: FormData) => Promise<FormState>
export type Labels = Record<string, string>
type Common = {
  action: Action
  slug: string
  lang: string
  /** The page to come back to (after logging in). */
  back: string
  labels: Labels
  hidden?: Record<string, string>
}

function Hidden({ slug, lang, back, hidden = {} }: Pick<Common, 'slug' | 'lang' | 'back' | 'hidden'>) {
  return (
    <>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="back" value={back} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  )
}

/** After a 403 (only verified residents may act), the way to verify. */
function VerifyLink({ state, labels }: { state: FormState | undefined; labels: Labels }) {
  return state?.ok === false && state.result?.verify && labels.verifyHref ? (
    <p>
      <Link href={labels.verifyHref}>{labels.verify}</Link>
    </p>
  ) : null
}

/** A form that is one button (support a proposal, follow a process). */
export function ButtonForm({ action, slug, lang, back, labels, hidden }: Common) {
  const [state, formAction] = useActionState(action, undefined)
  return (
    <form action={formAction}>
      <FormStatus state={state} title={labels.errors!} />
      <VerifyLink state={state} labels={labels} />
      <Hidden slug={slug} lang={lang} back={back} hidden={hidden} />
      {labels.hint ? <p className="meta">{labels.hint}</p> : null}
      <SubmitButton pendingLabel={labels.sending!}>{labels.submit}</SubmitButton>
    </form>
  )
}

/** A form with one text: a comment, a reply, a report. `name` is unique on the page (the control's id). */
export function TextForm({
  action,
  slug,
  lang,
  back,
  labels,
  hidden,
  name,
  required,
  maxLength,
}: Common & { name: string; required?: boolean; maxLength: number }) {
  const [state, formAction] = useActionState(action, undefined)
  return (
    <form action={formAction} className="form">
      <FormStatus state={state} title={labels.errors!} labels={{ [name]: labels.label! }} />
      <VerifyLink state={state} labels={labels} />
      <Hidden slug={slug} lang={lang} back={back} hidden={{ ...hidden, textField: name }} />
      <Field
        name={name}
        as="textarea"
        label={labels.label!}
        required={required}
        maxLength={maxLength}
        error={state?.fields?.[name]}
        defaultValue={state?.ok ? '' : state?.values?.[name]}
        requiredLabel={labels.required}
      />
      <SubmitButton pendingLabel={labels.sending!}>{labels.submit}</SubmitButton>
    </form>
  )
}

type Choice = { value: string; label: string }

export function ProposalForm({
  action,
  slug,
  lang,
  back,
  labels,
  hidden,
  categories,
  districts,
}: Common & { categories: Choice[]; districts: Choice[] }) {
  const [state, formAction] = useActionState(action, undefined)
  if (state?.ok)
    return (
      <>
        <FormStatus state={state} title={labels.errors!} />
        <p>
          <Link href={labels.mineHref!}>{labels.mine}</Link>
        </p>
      </>
    )
  const f = state?.fields ?? {}
  const v = state?.values ?? {}
  const common = (name: string) => ({ name, label: labels[name]!, error: f[name], defaultValue: v[name] })
  return (
    <form action={formAction} className="form" encType="multipart/form-data">
      <FormStatus state={state} title={labels.errors!} labels={labels} />
      <VerifyLink state={state} labels={labels} />
      <Hidden slug={slug} lang={lang} back={back} hidden={hidden} />
      <Field {...common('title')} required maxLength={200} requiredLabel={labels.required} />
      <Field {...common('body')} as="textarea" required maxLength={10_000} requiredLabel={labels.required} />
      {categories.length ? <Field {...common('category')} as="select" options={categories} /> : null}
      {districts.length ? <Field {...common('district')} as="select" options={districts} /> : null}
      <Field {...common('address')} maxLength={300} autoComplete="street-address" />
      <Field {...common('lat')} type="number" step="any" min={-90} max={90} />
      <Field {...common('lng')} type="number" step="any" min={-180} max={180} />
      <Field
        name="images"
        label={labels.images!}
        type="file"
        multiple
        accept="image/jpeg,image/png,image/webp"
        hint={labels.imagesHint}
        error={f.images}
      />
      <SubmitButton pendingLabel={labels.sending!}>{labels.submit}</SubmitButton>
    </form>
  )
}

type Question = { text: string; multiple: boolean; options: string[] }

export function PollForm({ action, slug, lang, back, labels, hidden, questions }: Common & { questions: Question[] }) {
  const [state, formAction] = useActionState(action, undefined)
  if (state?.ok) return <FormStatus state={state} title={labels.errors!} />
  const errors = state?.fields ?? {}
  return (
    <form action={formAction} className="form">
      <FormStatus
        state={state}
        title={labels.errors!}
        labels={Object.fromEntries(questions.map((q, i) => [`q${i}`, q.text]))}
      />
      <VerifyLink state={state} labels={labels} />
      <Hidden slug={slug} lang={lang} back={back} hidden={{ ...hidden, questions: String(questions.length) }} />
      {questions.map((q, i) => (
        <fieldset
          key={i}
          id={`f-q${i}`}
          tabIndex={-1}
          aria-describedby={`f-q${i}-hint${errors[`q${i}`] ? ` f-q${i}-error` : ''}`}
          className={errors[`q${i}`] ? 'field-error' : undefined}
        >
          <legend>{q.text}</legend>
          <p className="meta" id={`f-q${i}-hint`}>
            {q.multiple ? labels.multiple : labels.single}
          </p>
          {errors[`q${i}`] ? (
            <p className="error" id={`f-q${i}-error`}>
              {errors[`q${i}`]}
            </p>
          ) : null}
          {q.options.map((option, j) => (
            <div key={j} className="field-checkbox">
              <label htmlFor={`f-q${i}-${j}`}>{option}</label>
              <input id={`f-q${i}-${j}`} type={q.multiple ? 'checkbox' : 'radio'} name={`q${i}`} value={j} />
            </div>
          ))}
        </fieldset>
      ))}
      <SubmitButton pendingLabel={labels.sending!}>{labels.submit}</SubmitButton>
    </form>
  )
}

export function VerifyForm({ action, slug, lang, back, labels }: Common) {
  const [state, formAction] = useActionState(action, undefined)
  if (state?.ok)
    return (
      <>
        <FormStatus state={state} title={labels.errors!} />
        <p>
          <Link href={back}>{labels.back}</Link>
        </p>
      </>
    )
  const f = state?.fields ?? {}
  const v = state?.values ?? {}
  return (
    <form action={formAction} className="form">
      <FormStatus state={state} title={labels.errors!} labels={labels} />
      <Hidden slug={slug} lang={lang} back={back} />
      <Field
        name="document"
        label={labels.document!}
        required
        maxLength={30}
        autoComplete="off"
        error={f.document}
        defaultValue={v.document}
        requiredLabel={labels.required}
      />
      <Field
        name="birthDate"
        type="date"
        label={labels.birthDate!}
        required
        autoComplete="bday"
        error={f.birthDate}
        defaultValue={v.birthDate}
        requiredLabel={labels.required}
      />
      <SubmitButton pendingLabel={labels.sending!}>{labels.submit}</SubmitButton>
    </form>
  )
}
