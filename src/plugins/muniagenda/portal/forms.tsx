'use client'
/**
 * A table of rows each with its own submit button (book this slot, cancel this appointment), in one form:
 * the button sends its `name=value`. The outcome shows above the table: a refusal takes focus (FormStatus),
 * and so does a confirmation, so that it is seen wherever the button was. Works without JavaScript too.
 */
import { useActionState, useEffect, useRef, type ReactNode } from 'react'

import { FormStatus, type FormState } from '@e-muni/sdk/portal/client'

type Action = (prev: FormState | undefined, form: FormData) => Promise<FormState>

export function RowActionsForm({
  action,
  slug,
  lang,
  refusedTitle,
  children,
}: {
  action: Action
  slug: string
  lang: string
  refusedTitle: string
  children: ReactNode
}) {
  const [state, formAction, pending] = useActionState(action, undefined)
  const done = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state?.ok) done.current?.focus()
  }, [state])
  return (
    <form action={formAction} aria-busy={pending || undefined}>
      <div ref={done} tabIndex={-1}>
        <FormStatus state={state} title={refusedTitle} />
      </div>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="lang" value={lang} />
      {children}
    </form>
  )
}
