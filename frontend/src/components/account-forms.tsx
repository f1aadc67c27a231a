'use client'
/** The account forms (client side of the Server Actions in app/m/[slug]/[lang]/account/actions.ts). */
import Link from 'next/link'
import { useActionState } from 'react'

import { Field, FormStatus, SubmitButton, type FormState } from '@e-muni/sdk/portal/client'

type Action = (prev: FormState | undefined, form: FormData) => Promise<FormState>
type Common = { action: Action; slug: string; lang: string; labels: Record<string, string> }

const Hidden = ({ slug, lang, extra = {} }: { slug: string; lang: string; extra?: Record<string, string> }) => (
  <>
    <input type="hidden" name="slug" value={slug} />
    <input type="hidden" name="lang" value={lang} />
    {Object.entries(extra).map(([name, value]) => (
      <input key={name} type="hidden" name={name} value={value} />
    ))}
  </>
)

/** A new password and its confirmation (sign-up, reset). */
function NewPassword({ labels, errors }: { labels: Record<string, string>; errors: Record<string, string> }) {
  return (
    <>
      <Field
        name="password"
        type="password"
        label={labels.password!}
        hint={labels.passwordHint}
        required
        minLength={10}
        autoComplete="new-password"
        error={errors.password}
        requiredLabel={labels.required}
      />
      <Field
        name="confirm"
        type="password"
        label={labels.confirm!}
        required
        autoComplete="new-password"
        error={errors.confirm}
        requiredLabel={labels.required}
      />
    </>
  )
}

/** `termsUrl`: where the terms the checkbox asks to accept are (app/m/[slug]/[lang]/account/terms.ts). */
export function SignUpForm({ action, slug, lang, labels, termsUrl }: Common & { termsUrl: string }) {
  const [state, formAction] = useActionState(action, undefined)
  if (state?.ok) return <FormStatus state={state} title={labels.errors!} />
  const f = state?.fields ?? {}
  const v = state?.values ?? {}
  return (
    <form action={formAction} className="form">
      <FormStatus state={state} title={labels.errors!} labels={labels} />
      <Hidden slug={slug} lang={lang} />
      <Field
        name="name"
        label={labels.name!}
        required
        autoComplete="name"
        error={f.name}
        defaultValue={v.name}
        requiredLabel={labels.required}
      />
      <Field
        name="email"
        type="email"
        label={labels.email!}
        required
        autoComplete="email"
        error={f.email}
        defaultValue={v.email}
        requiredLabel={labels.required}
      />
      <NewPassword labels={labels} errors={f} />
      <Field
        name="terms"
        type="checkbox"
        label={labels.terms!}
        hint={<a href={termsUrl}>{labels.termsLink}</a>}
        required
        error={f.terms}
        defaultValue={v.terms}
      />
      <SubmitButton pendingLabel={labels.sending!}>{labels.submit}</SubmitButton>
    </form>
  )
}

/** `resend`: the action that sends the verification email again, offered when the address is not confirmed. */
export function LogInForm({ action, slug, lang, labels, next, resend }: Common & { next: string; resend: Action }) {
  const [state, formAction] = useActionState(action, undefined)
  const f = state?.fields ?? {}
  return (
    <>
      <form action={formAction} className="form">
        <FormStatus state={state} title={labels.errors!} labels={labels} />
        <Hidden slug={slug} lang={lang} extra={{ next }} />
        <Field
          name="email"
          type="email"
          label={labels.email!}
          required
          autoComplete="email"
          error={f.email}
          defaultValue={state?.values?.email}
          requiredLabel={labels.required}
        />
        <Field
          name="password"
          type="password"
          label={labels.password!}
          required
          autoComplete="current-password"
          error={f.password}
          requiredLabel={labels.required}
        />
        <SubmitButton pendingLabel={labels.sending!}>{labels.submit}</SubmitButton>
      </form>
      {state?.result?.unverified ? (
        <ResendVerificationForm
          action={resend}
          slug={slug}
          lang={lang}
          labels={labels}
          email={state.values?.email ?? ''}
        />
      ) : null}
    </>
  )
}

/** "Send the verification email again", for the address a refused login was for. */
function ResendVerificationForm({ action, slug, lang, labels, email }: Common & { email: string }) {
  const [state, formAction] = useActionState(action, undefined)
  if (state?.ok) return <FormStatus state={state} title={labels.errors!} />
  return (
    <form action={formAction} className="form">
      <FormStatus state={state} title={labels.errors!} labels={labels} />
      <Hidden slug={slug} lang={lang} extra={{ email }} />
      <p>{labels.resendLead}</p>
      <SubmitButton pendingLabel={labels.sending!}>{labels.resend}</SubmitButton>
    </form>
  )
}

export function TokenForm({
  action,
  slug,
  lang,
  labels,
  token,
  withPassword,
}: Common & { token: string; withPassword?: boolean }) {
  const [state, formAction] = useActionState(action, undefined)
  const f = state?.fields ?? {}
  if (state?.ok)
    return (
      <>
        <FormStatus state={state} title={labels.errors!} />
        {slug ? (
          <p>
            <Link href={`/m/${slug}/${lang}/account/login`}>{labels.login}</Link>
          </p>
        ) : null}
      </>
    )
  return (
    <form action={formAction} className="form">
      <FormStatus state={state} title={labels.errors!} labels={labels} />
      <Hidden slug={slug} lang={lang} extra={{ token }} />
      {withPassword ? <NewPassword labels={labels} errors={f} /> : null}
      <SubmitButton pendingLabel={labels.sending!}>{labels.submit}</SubmitButton>
    </form>
  )
}

export function EmailForm({ action, slug, lang, labels }: Common) {
  const [state, formAction] = useActionState(action, undefined)
  if (state?.ok) return <FormStatus state={state} title={labels.errors!} />
  return (
    <form action={formAction} className="form">
      <FormStatus state={state} title={labels.errors!} labels={labels} />
      <Hidden slug={slug} lang={lang} />
      <Field
        name="email"
        type="email"
        label={labels.email!}
        required
        autoComplete="email"
        error={state?.fields?.email}
        defaultValue={state?.values?.email}
        requiredLabel={labels.required}
      />
      <SubmitButton pendingLabel={labels.sending!}>{labels.submit}</SubmitButton>
    </form>
  )
}
