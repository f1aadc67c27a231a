'use client'
/**
 * Every JSON field of the admin, without the code editor Payload loads from a CDN (blocked by our
 * Content Security Policy, and out of reach in offline installs): read-only fields show their value
 * formatted; editable ones are a plain text area whose text must be JSON (checked as it is typed).
 */
import { FieldDescription, FieldError, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import React, { useState } from 'react'

type Localized = Record<string, string>
const INVALID: Localized = {
  es: 'El texto no es JSON válido.',
  pt: 'O texto não é JSON válido.',
  en: 'The text is not valid JSON.',
  fr: 'Le texte n’est pas du JSON valide.',
}
const EMPTY: Localized = { es: '(vacío)', pt: '(vazio)', en: '(empty)', fr: '(vide)' }

const format = (value: unknown) => (value === undefined || value === null ? '' : JSON.stringify(value, null, 2))

export const JsonField: JSONFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const path = pathFromProps ?? field.name
  const { value, setValue, showError } = useField<unknown>({ path })
  const { i18n } = useTranslation()
  const lang = i18n.language
  const [text, setText] = useState<string | null>(null)
  const [invalid, setInvalid] = useState(false)
  const id = `field-${path.replace(/\./g, '__')}`
  const locked = readOnly || field.admin?.readOnly
  const description = field.admin?.description
  return (
    <div className="field-type json-field" style={{ marginBottom: 24 }}>
      <span id={`${id}-label`}>
        <FieldLabel
          as={locked ? 'span' : 'label'}
          htmlFor={locked ? undefined : id}
          label={field.label}
          path={path}
          required={field.required}
        />
      </span>
      {locked ? (
        <pre
          id={id}
          role="textbox"
          aria-readonly="true"
          aria-multiline="true"
          aria-labelledby={`${id}-label`}
          tabIndex={0}
          style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', maxHeight: 400, overflow: 'auto', margin: 0 }}
        >
          {format(value) || (EMPTY[lang] ?? EMPTY.es)}
        </pre>
      ) : (
        <>
          <textarea
            id={id}
            rows={8}
            style={{ width: '100%', fontFamily: 'monospace' }}
            value={text ?? format(value)}
            aria-invalid={invalid || showError}
            aria-describedby={invalid ? `${id}-invalid` : undefined}
            onChange={(e) => {
              setText(e.target.value)
              if (e.target.value.trim() === '') {
                setInvalid(false)
                setValue(null)
                return
              }
              try {
                setValue(JSON.parse(e.target.value))
                setInvalid(false)
              } catch {
                setInvalid(true)
              }
            }}
          />
          {invalid && (
            <p id={`${id}-invalid`} role="alert" style={{ color: 'var(--theme-error-500)' }}>
              {INVALID[lang] ?? INVALID.es}
            </p>
          )}
          <FieldError path={path} showError={showError} />
        </>
      )}
      {description ? <FieldDescription description={description} path={path} /> : null}
    </div>
  )
}
