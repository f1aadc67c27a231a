'use client'
/**
 * A participatory budget ballot. As projects are ticked, the running total against the budget (knapsack)
 * or the number chosen (approval) updates and is announced politely; going over is warned here, and a
 * ballot sent anyway is refused by the CMS, whose message the form shows.
 */
import Link from 'next/link'
import { startTransition, useActionState, useState } from 'react'

import { Field, FormStatus, type FormState } from '@e-muni/sdk/portal/client'
import { formatMoney, isLocale } from '@e-muni/sdk/portal/i18n'

import styles from './participation.module.css'

type Project = { id: string; title: string; description?: string | null; cost: number; costText: string }

const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m))

export function BudgetBallot({
  action,
  slug,
  lang,
  back,
  labels,
  budget,
  projects,
  currency,
}: {
  action: (prev: FormState | undefined, form: FormData) => Promise<FormState>
  slug: string
  lang: string
  back: string
  labels: Record<string, string>
  budget: { id: string; total: number; rule: 'knapsack' | 'approval'; min: number; max: number }
  projects: Project[]
  currency: string
}) {
  const [state, formAction, pending] = useActionState(action, undefined)
  const [chosen, setChosen] = useState<string[]>(() => (state?.result?.projects as string[] | undefined) ?? [])
  if (state?.ok) return <FormStatus state={state} title={labels.errors!} />
  const money = (n: number) => formatMoney(isLocale(lang) ? lang : 'es', n, currency)
  const sum = projects.filter((p) => chosen.includes(p.id)).reduce((s, p) => s + p.cost, 0)
  const over = budget.rule === 'knapsack' && sum > budget.total
  const outOfRange =
    budget.rule === 'approval' && chosen.length > 0 && (chosen.length < budget.min || chosen.length > budget.max)
  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)))
  return (
    <form
      action={formAction}
      className="form"
      // Sent as a transition, not as a form action: React would reset the ticked boxes after a refusal.
      onSubmit={(e) => {
        e.preventDefault()
        const data = new FormData(e.currentTarget)
        startTransition(() => formAction(data))
      }}
    >
      <FormStatus state={state} title={labels.errors!} labels={{ code: labels.code! }} />
      {state?.ok === false && state.result?.verify && labels.verifyHref ? (
        <p>
          <Link href={labels.verifyHref}>{labels.verify}</Link>
        </p>
      ) : null}
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="back" value={back} />
      <input type="hidden" name="budget" value={budget.id} />
      <fieldset>
        <legend>{labels.projects}</legend>
        <ul className={styles.projects}>
          {projects.map((p) => (
            <li key={p.id}>
              <input
                id={`project-${p.id}`}
                type="checkbox"
                name="project"
                value={p.id}
                checked={chosen.includes(p.id)}
                onChange={(e) => toggle(p.id, e.target.checked)}
                aria-describedby={p.description ? `project-${p.id}-desc` : undefined}
              />
              <label htmlFor={`project-${p.id}`}>
                <strong>{p.title}</strong> — {p.costText}
              </label>
              {p.description ? (
                <p className="meta" id={`project-${p.id}-desc`}>
                  {p.description}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </fieldset>
      <div className={styles.tally} role="status" aria-live="polite" aria-atomic="true">
        {budget.rule === 'knapsack' ? (
          <p>
            {fill(labels.running!, { chosen: money(sum), total: money(budget.total) })}{' '}
            {over ? null : fill(labels.remaining!, { amount: money(budget.total - sum) })}
          </p>
        ) : (
          <p>{fill(labels.count!, { n: chosen.length, min: budget.min, max: budget.max })}</p>
        )}
        {over ? <p className="error">{fill(labels.over!, { amount: money(sum - budget.total) })}</p> : null}
        {outOfRange ? (
          <p className="error">{fill(labels.countOut!, { n: chosen.length, min: budget.min, max: budget.max })}</p>
        ) : null}
      </div>
      <Field name="code" label={labels.code!} maxLength={64} autoComplete="off" defaultValue={state?.values?.code} />
      <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
        {pending ? labels.sending : labels.submit}
      </button>
    </form>
  )
}
