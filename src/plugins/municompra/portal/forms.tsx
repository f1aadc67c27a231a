'use client'
/** The supplier's forms (client side of the Server Actions in ./actions.ts); they work without JavaScript too. */
import { useActionState } from 'react'

import { Field, FormStatus, SubmitButton, type FormState } from '@e-muni/sdk/portal/client'

type Action = (prev: FormState | undefined, form: FormData) => Promise<FormState>
type Props = { action: Action; slug: string; lang: string; labels: Record<string, string> }

const Hidden = ({ values }: { values: Record<string, string> }) =>
  Object.entries(values).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)

export function RegisterForm({
  action,
  slug,
  lang,
  labels,
  country,
  contactName,
}: Props & { country: string; contactName: string }) {
  const [state, formAction] = useActionState(action, undefined)
  const f = state?.fields ?? {}
  const v = state?.values ?? {}
  const chosen = (v.categories ?? '').split(',')
  const req = labels.required
  return (
    <form action={formAction} className="form">
      <FormStatus state={state} title={labels.errors!} labels={labels} />
      <Hidden values={{ slug, lang }} />
      <Field
        name="legalName"
        label={labels.legalName!}
        required
        autoComplete="organization"
        error={f.legalName}
        defaultValue={v.legalName}
        requiredLabel={req}
      />
      <Field
        name="country"
        label={labels.country!}
        hint={labels.countryHint}
        required
        maxLength={2}
        error={f.country}
        defaultValue={v.country ?? country}
        requiredLabel={req}
      />
      <Field
        name="taxId"
        label={labels.taxId!}
        hint={labels.taxIdHint}
        required
        error={f.taxId}
        defaultValue={v.taxId}
        requiredLabel={req}
      />
      <fieldset
        className={`field${f.categories ? ' field-error' : ''}`}
        aria-describedby={f.categories ? 'f-categories-error' : undefined}
      >
        <legend>
          {labels.categories} <span className="required">({req})</span>
        </legend>
        {f.categories ? (
          <p className="error" id="f-categories-error">
            {f.categories}
          </p>
        ) : null}
        {(['goods', 'works', 'services'] as const).map((c, i) => (
          <div key={c} className="field-checkbox">
            <label htmlFor={i === 0 ? 'f-categories' : `f-categories-${c}`}>{labels[`category.${c}`]}</label>
            <input
              type="checkbox"
              id={i === 0 ? 'f-categories' : `f-categories-${c}`}
              name="categories"
              value={c}
              defaultChecked={chosen.includes(c)}
            />
          </div>
        ))}
      </fieldset>
      <Field name="address" as="textarea" label={labels.address!} error={f.address} defaultValue={v.address} />
      <fieldset className="field">
        <legend>{labels.contact}</legend>
        <Field
          name="contactName"
          label={labels.contactName!}
          required
          autoComplete="name"
          error={f.contactName}
          defaultValue={v.contactName ?? contactName}
          requiredLabel={req}
        />
        <Field
          name="contactEmail"
          type="email"
          label={labels.contactEmail!}
          autoComplete="email"
          error={f.contactEmail}
          defaultValue={v.contactEmail}
        />
        <Field
          name="contactPhone"
          type="tel"
          label={labels.contactPhone!}
          autoComplete="tel"
          error={f.contactPhone}
          defaultValue={v.contactPhone}
        />
      </fieldset>
      <SubmitButton pendingLabel={labels.sending!}>{labels.submit}</SubmitButton>
    </form>
  )
}

export function AskForm({ action, slug, lang, labels, tender }: Props & { tender: string }) {
  const [state, formAction] = useActionState(action, undefined)
  if (state?.ok) return <FormStatus state={state} title={labels.errors!} />
  return (
    <form action={formAction} className="form">
      <FormStatus state={state} title={labels.errors!} labels={labels} />
      <Hidden values={{ slug, lang, tender }} />
      <Field
        name="question"
        as="textarea"
        label={labels.question!}
        hint={labels.hint}
        required
        maxLength={2000}
        error={state?.fields?.question}
        defaultValue={state?.values?.question}
        requiredLabel={labels.required}
      />
      <SubmitButton pendingLabel={labels.sending!}>{labels.submit}</SubmitButton>
    </form>
  )
}

export function BidForm({
  action,
  slug,
  lang,
  labels,
  tender,
  currency,
}: Props & { tender: string; currency: string }) {
  const [state, formAction] = useActionState(action, undefined)
  const f = state?.fields ?? {}
  return (
    <form action={formAction} className="form">
      <FormStatus state={state} title={labels.errors!} labels={labels} />
      <Hidden values={{ slug, lang, tender, currency }} />
      <Field
        name="amount"
        label={labels.amount!}
        hint={labels.amountHint}
        required
        pattern="\d+([.,]\d{1,2})?"
        error={f.amount}
        defaultValue={state?.values?.amount}
        requiredLabel={labels.required}
      />
      <Field
        name="note"
        as="textarea"
        label={labels.note!}
        maxLength={2000}
        error={f.note}
        defaultValue={state?.values?.note}
      />
      <Field
        name="documents"
        type="file"
        multiple
        accept=".pdf,.docx,.xlsx,.odt,.ods"
        label={labels.documents!}
        hint={labels.documentsHint}
        error={f.documents}
      />
      <SubmitButton pendingLabel={labels.sending!}>{labels.submit}</SubmitButton>
    </form>
  )
}

export function WithdrawForm({ action, slug, lang, labels, tender }: Props & { tender: string }) {
  const [state, formAction] = useActionState(action, undefined)
  return (
    <form action={formAction}>
      <FormStatus state={state} title={labels.errors!} />
      <Hidden values={{ slug, lang, tender }} />
      <SubmitButton pendingLabel={labels.sending!}>{labels.withdraw}</SubmitButton>
    </form>
  )
}
