'use client'
/**
 * The municipality's module switches: one labelled switch per installed module (from the registry),
 * in place of a free list of slugs. Writes the `modules` field.
 */
import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import React from 'react'

type Localized = Record<string, string>
type Props = {
  path: string
  modules: { slug: string; label: Localized; description?: Localized }[]
  label: Localized
  none: Localized
}

export const ModuleSwitches: React.FC<Props> = ({ path, modules, label, none }) => {
  // `disabled` is true while the form initialises or saves: a click then would be overwritten by the
  // form state arriving from the server, so the switches wait (as Payload's own checkbox does).
  const { value, setValue, disabled } = useField<string[]>({ path })
  const { i18n } = useTranslation()
  const lang = i18n.language
  const enabled = Array.isArray(value) ? value : []
  const toggle = (slug: string, on: boolean) =>
    setValue(on ? [...enabled.filter((s) => s !== slug), slug] : enabled.filter((s) => s !== slug))

  return (
    <fieldset
      className="field-type module-switches"
      id="field-modules"
      style={{ border: 0, padding: 0, margin: '0 0 24px' }}
    >
      <legend>
        <FieldLabel label={label[lang] ?? label.es} />
      </legend>
      {modules.length === 0 && <p>{none[lang] ?? none.es}</p>}
      {modules.map((module) => {
        const id = `module-switch-${module.slug}`
        const on = enabled.includes(module.slug)
        return (
          <div key={module.slug} style={{ display: 'flex', gap: 12, alignItems: 'flex-start', margin: '8px 0' }}>
            <input
              id={id}
              type="checkbox"
              role="switch"
              aria-checked={on}
              checked={on}
              disabled={disabled}
              onChange={(e) => toggle(module.slug, e.target.checked)}
              style={{ width: 20, height: 20, marginTop: 2 }}
            />
            <label htmlFor={id}>
              <strong>{module.label[lang] ?? module.label.es}</strong>
              {module.description && (
                <span style={{ display: 'block', opacity: 0.75 }}>
                  {module.description[lang] ?? module.description.es}
                </span>
              )}
            </label>
          </div>
        )
      })}
    </fieldset>
  )
}
