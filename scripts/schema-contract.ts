/**
 * The GraphQL contract: compares the committed `schema.graphql` with the schema the Payload config
 * builds now. Pure (no Payload, no files), so that tests can call it on fixtures; `check-schema.ts`
 * wires it to the real files.
 */
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core'
import { buildSchema, type GraphQLSchema } from 'graphql'

export const SCHEMA_FILE = 'schema.graphql'

export interface SchemaComparison {
  /** `identical`: nothing to do; `breaking`: a client may stop working; `outdated`: the file lags behind. */
  status: 'identical' | 'breaking' | 'outdated'
  breaking: Change[]
  dangerous: Change[]
  nonBreaking: Change[]
  /** The texts differ although no type, field or argument does (order, descriptions' layout). */
  textOnly: boolean
}

/** SDL text, or an already built schema (tests reuse one rather than rebuilding 50k lines each time). */
export type SchemaSource = string | GraphQLSchema

const toSchema = (source: SchemaSource): GraphQLSchema => (typeof source === 'string' ? buildSchema(source) : source)

/** Compares the committed schema (the contract) with the current one, change by change. */
export async function compareSchemas(committed: SchemaSource, current: SchemaSource): Promise<SchemaComparison> {
  const changes = await diff(toSchema(committed), toSchema(current))
  const of = (level: CriticalityLevel) => changes.filter((c) => c.criticality.level === level)
  const breaking = of(CriticalityLevel.Breaking)
  const dangerous = of(CriticalityLevel.Dangerous)
  const nonBreaking = of(CriticalityLevel.NonBreaking)
  const textOnly = changes.length === 0 && typeof committed === 'string' && committed !== current
  const status = breaking.length ? 'breaking' : changes.length || textOnly ? 'outdated' : 'identical'
  return { status, breaking, dangerous, nonBreaking, textOnly }
}

const line = (c: Change): string => `  - ${c.message}`
const withReason = (c: Change): string => `${line(c)}${c.criticality.reason ? `: ${c.criticality.reason}` : ''}`

/** Non-breaking changes listed before "… and N more" (a new module adds hundreds). */
export const NON_BREAKING_SHOWN = 40

/** The report `npm run check:schema` prints: one line when identical, otherwise the changes in plain words. */
export function formatComparison(result: SchemaComparison, file = SCHEMA_FILE): string {
  if (result.status === 'identical') return `GraphQL schema contract OK: ${file} matches the Payload config.`
  const { breaking, dangerous, nonBreaking } = result
  const out: string[] = []
  if (breaking.length) {
    out.push(
      `BREAKING: ${breaking.length} change(s) to the GraphQL schema would break clients written against ${file}:`,
      ...breaking.map(withReason),
      '',
      `If the change is intended, run \`npm run generate:schema\` and commit ${file}, saying in the commit message`,
      `what changes for GraphQL clients (the portal, third-party apps) and why. Otherwise keep the old field,`,
      `argument or type (deprecate it) next to the new one.`,
    )
  } else {
    out.push(
      `${file} is out of date (no breaking change): the Payload config builds a different GraphQL schema.`,
      `Run \`npm run generate:schema\` and commit ${file}, so the committed contract stays current.`,
    )
  }
  if (dangerous.length) {
    out.push(
      '',
      `Dangerous, not breaking (${dangerous.length}): may change how existing clients behave (new enum values or union members, changed defaults):`,
      ...dangerous.map(line),
    )
  }
  if (nonBreaking.length) {
    const more = nonBreaking.length - NON_BREAKING_SHOWN
    out.push(
      '',
      `Not breaking (${nonBreaking.length}):`,
      ...nonBreaking.slice(0, NON_BREAKING_SHOWN).map(line),
      ...(more > 0 ? [`  … and ${more} more`] : []),
    )
  }
  if (result.textOnly) out.push('', `Only the order or layout of ${file} differs from the generated file.`)
  return out.join('\n')
}
