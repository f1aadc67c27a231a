'use client'
/**
 * The requester's forms on the tracking page (client side of the Server Actions in ./track-actions.ts):
 * answering the municipality's question, and rating a closed request. They work without JavaScript too.
 */
import { useActionState } from 'react'

import { Field, FormStatus, SubmitButton, type FormState } from '@e-muni/sdk/portal/client'

type Action = (prev: FormState | undefined, form: FormData) => Promise<FormState>
type Props = {
  action: Action
  slug: string
  lang: string
  code: string
  token: string
  labels: Record<string, string>
}

const Hidden = ({ values }: { values: Record<string, string> }) =>
  Object.entries(values)
    .filter(([, value]) => value)
    .map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)

export function AnswerForm({ action, slug, lang, code, token, labels }: Props) {
  const [state, formAction] = useActionState(action, undefined)
  return (
    <form action={formAction} className="form" aria-labelledby="answer-title">
      <h3 id="answer-title">{labels.title}</h3>
      <p>{labels.intro}</p>
      <FormStatus state={state} title={labels.errors!} labels={{ message: labels.message! }} />
      <Hidden values={{ slug, lang, code, token }} />
      <Field
        name="message"
        as="textarea"
        label={labels.message!}
        required
        maxLength={4000}
        error={state?.fields?.message}
        defaultValue={state?.values?.message}
        requiredLabel={labels.required}
      />
      <SubmitButton pendingLabel={labels.sending!}>{labels.submit}</SubmitButton>
    </form>
  )
}

export function RateForm({ action, slug, lang, code, token, labels }: Props) {
  const [state, formAction] = useActionState(action, undefined)
  const error = state?.fields?.score
  return (
    <form action={formAction} className="form" aria-labelledby="rate-title">
      <h3 id="rate-title">{labels.title}</h3>
      <FormStatus state={state} title={labels.errors!} labels={{ score: labels.score!, comment: labels.comment! }} />
      <Hidden values={{ slug, lang, code, token }} />
      <fieldset
        className={`field${error ? ' field-error' : ''}`}
        aria-describedby={error ? 'f-score-error' : undefined}
      >
        <legend>
          {labels.score} <span className="required">({labels.required})</span>
        </legend>
        {error ? (
          <p className="error" id="f-score-error">
            {error}
          </p>
        ) : null}
        {[5, 4, 3, 2, 1].map((score) => (
          <div key={score} className="field-checkbox">
            <input
              type="radio"
              id={score === 5 ? 'f-score' : `f-score-${score}`}
              name="score"
              value={score}
              required
              defaultChecked={state?.values?.score === String(score)}
            />
            <label htmlFor={score === 5 ? 'f-score' : `f-score-${score}`}>{labels[`score.${score}`]}</label>
          </div>
        ))}
      </fieldset>
      <Field
        name="comment"
        as="textarea"
        label={labels.comment!}
        hint={labels.commentHint}
        maxLength={2000}
        error={state?.fields?.comment}
        defaultValue={state?.values?.comment}
      />
      <SubmitButton pendingLabel={labels.sending!}>{labels.submit}</SubmitButton>
    </form>
  )
}
