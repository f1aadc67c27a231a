/**
 * Comparing field values as a hook sees them: `data` from an API (dates as strings, relations as ids)
 * against `originalDoc` (dates as ISO strings, relations perhaps populated). Used to refuse changes
 * to fields only a module's own code may set.
 */
const norm = (v: unknown): unknown => {
  if (v === undefined || v === null || v === '') return null
  if (Array.isArray(v)) return v.map(norm)
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) return Date.parse(v)
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>
    if ('id' in o && ('createdAt' in o || 'updatedAt' in o)) return o.id
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, norm(o[k])])
        .filter(([, x]) => x !== null),
    )
  }
  return v
}

/** The same value, ignoring ids of array rows only when both sides lack them, date formats and population. */
export const sameValue = (a: unknown, b: unknown): boolean =>
  JSON.stringify(norm(a) ?? null) === JSON.stringify(norm(b) ?? null)

/** Whether a value is empty as a form sees it (nothing, blank text, empty list or object). */
export const isBlank = (v: unknown): boolean => {
  const n = norm(v)
  return n === null || n === false || JSON.stringify(n) === '{}' || JSON.stringify(n) === '[]'
}

/**
 * Whether `error` is the database refusing a duplicate in one of `fields` (a unique index): Payload's
 * ValidationError naming the field (its message is translated), or the driver's own error.
 */
export const isUniqueViolation = (error: unknown, fields: string[]): boolean => {
  const errors = (error as { data?: { errors?: { path?: string }[] } })?.data?.errors
  if (Array.isArray(errors) && errors.some((e) => fields.includes(String(e.path)))) return true
  const text = `${(error as Error)?.message ?? ''} ${String((error as { cause?: unknown })?.cause ?? '')}`
  const snake = fields.map((f) => f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`))
  return /unique|duplicate key/i.test(text) && [...fields, ...snake].some((f) => text.includes(f))
}

/** A plain object (not null, not an array): what a JSON object parses to. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)
