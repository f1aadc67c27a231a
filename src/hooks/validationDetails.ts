/**
 * Keeps the per-field messages of a validation error in REST answers
 * (`errors[0].data.errors: [{ path, message }]`), so a client learns not only which fields are wrong
 * but why. Payload's own formatter drops them when the error crosses module copies (the server
 * loads Payload once, Next's route handlers once more), so this matches by name, not by class.
 */
import type { AfterErrorHook } from 'payload'

export const keepValidationDetails: AfterErrorHook = ({ error, result }) => {
  const data = (error as { data?: { errors?: unknown } }).data
  if (error.name !== 'ValidationError' || !Array.isArray(data?.errors) || !result) return
  return { response: { errors: [{ name: error.name, message: error.message, data }] } }
}
