/**
 * Personal data, declared on the fields that hold it: `custom: personal()` (or `personal(false)`,
 * `personal('public-when-…')`). The app's privacy suite (test/security/privacy.test.ts) plants a unique marker
 * in every personal field through the paths people use (each module's `privacy` fixtures) and reads every public
 * path anonymously for them; the static check (`undeclaredPersonalFields`, in the conformance kit and
 * test/unit/privacy.test.ts) makes sure a field whose name looks personal is declared one way or the other.
 * docs/security.md ("Personal data") lists the declarations and why.
 */
import type { Field } from 'payload'

/**
 * - `true`: personal data (a person's name, email, phone, address, their free text, a reference to their account);
 *   never shown on a public path;
 * - `false`: looks personal but is not (an office's phone, a category's name): explicitly so;
 * - `'public-when-<condition>'`: personal, shown publicly only when the condition holds (a supplier's legal name
 *   once its bid is opened, as OCDS publishes it); docs/security.md says why for each.
 * A declaration on a group or an array covers the fields inside it unless they declare otherwise.
 */
export type PersonalDeclaration = boolean | `public-when-${string}`

/** The field's `custom` that declares it: `{ name: 'phone', type: 'text', custom: personal() }`. */
export const personal = (how: PersonalDeclaration = true): { personal: PersonalDeclaration } => ({ personal: how })

/** The words of a field name (camelCase, snake_case) that make it look personal. */
const PERSONAL_WORDS = new Set([
  'name',
  'email',
  'mail',
  'phone',
  'mobile',
  'address',
  'requester',
  'author',
  'person',
  'people',
  'bidder',
  'asked',
  'contact',
  'contacts',
  'actor',
  'evaluator',
  'assignee',
  'voter',
  'tax',
  'birth',
])
/** Names ending so hold something derived (a unique key, a hash, a count, a time), not the data itself. */
const DERIVED = /(Key|Hash|Count|At|Token)$|^blockName$/
/** The kinds of field that can hold someone's data (a checkbox, number, date or choice cannot). */
const HOLDING = new Set([
  'text',
  'textarea',
  'email',
  'json',
  'richText',
  'code',
  'relationship',
  'group',
  'array',
  'blocks',
])

/** Whether a field's name looks like it holds personal data (`requesterEmail`, `contacts`, `name`). */
export const looksPersonal = (name: string): boolean =>
  !DERIVED.test(name) &&
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .some((word) => PERSONAL_WORDS.has(word.toLowerCase()))

/** A field's own declaration, if it has one. */
export const declarationOf = (field: Field): PersonalDeclaration | undefined => {
  const value = (field as { custom?: Record<string, unknown> }).custom?.personal
  return typeof value === 'boolean' || (typeof value === 'string' && value.startsWith('public-when-'))
    ? (value as PersonalDeclaration)
    : undefined
}

export type PersonalField = {
  /** dotted path (`contacts.email`; blocks as `layout.<block>.field`) */
  path: string
  type: string
  /** the declaration that applies (its own or the nearest group's / array's); undefined: none */
  personal: PersonalDeclaration | undefined
  /** whether the field itself carries the declaration */
  declared: boolean
  /** read-protected (field access) or hidden from the API */
  protected: boolean
  /** virtual: computed on read or taken as input, never stored */
  virtual: boolean
}

type Walkable = Field & {
  name?: string
  hidden?: boolean
  virtual?: boolean | string
  access?: { read?: unknown }
  fields?: Field[]
  tabs?: { name?: string; fields: Field[] }[]
  blocks?: { slug: string; fields: Field[] }[]
}

/**
 * Every named field of a collection with the declaration that applies to it. An auth collection's `email` (which
 * Payload adds) is personal.
 */
export const personalFieldsOf = (collection: { fields: Field[]; auth?: unknown }): PersonalField[] => {
  const out: PersonalField[] = []
  const walk = (
    fields: Field[],
    prefix: string,
    inherited: PersonalDeclaration | undefined,
    guarded: boolean,
    top: boolean,
  ) => {
    for (const raw of fields) {
      const field = raw as Walkable
      if (field.type === 'tabs') {
        for (const tab of field.tabs ?? [])
          walk(tab.fields, tab.name ? `${prefix}${tab.name}.` : prefix, inherited, guarded, top && !tab.name)
        continue
      }
      const own = declarationOf(field)
      const auth = top && collection.auth && field.name === 'email' ? true : undefined
      const applies = own ?? auth ?? inherited
      const isProtected = guarded || Boolean(field.hidden) || Boolean(field.access?.read)
      const path = field.name ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
      if (field.name)
        out.push({
          path,
          type: field.type,
          personal: applies,
          declared: own !== undefined || auth !== undefined,
          protected: isProtected,
          virtual: Boolean(field.virtual),
        })
      const inner = field.name ? `${path}.` : prefix
      if (field.fields) walk(field.fields, inner, applies, isProtected, top && !field.name)
      for (const block of field.blocks ?? []) walk(block.fields, `${inner}${block.slug}.`, applies, isProtected, false)
    }
  }
  walk(collection.fields, '', undefined, false, true)
  return out
}

/**
 * The fields of a collection whose name looks personal and to which no declaration applies (the static check):
 * Payload's hidden fields (password hashes, tokens) and its own collections (`payload-*`) aside.
 */
export const undeclaredPersonalFields = (collection: { slug: string; fields: Field[]; auth?: unknown }): string[] =>
  collection.slug.startsWith('payload-')
    ? []
    : personalFieldsOf(collection)
        .filter((f) => f.personal === undefined && HOLDING.has(f.type) && looksPersonal(f.path.split('.').pop()!))
        .filter((f) => !(f.protected && /^(salt|hash|resetPassword|loginAttempts|lockUntil|sessions)/.test(f.path)))
        .map((f) => `${collection.slug}.${f.path}`)
