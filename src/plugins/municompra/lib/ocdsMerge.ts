/* eslint-disable @typescript-eslint/no-explicit-any -- OCDS documents and JSON Schemas are loosely shaped */
/**
 * OCDS 1.1 merging (https://standard.open-contracting.org/1.1/en/schema/merging/): a record's compiled release
 * is its releases merged oldest first, with the rules the release schema sets, as the Open Contracting
 * Partnership's reference implementation (ocdsmerge) does:
 * - a field the schema marks `omitWhenMerged` (the release's `id`, `date` and `tag`) is not merged; the compiled
 *   release's `id` is `{ocid}-{date of the latest release}`, its `date` that date and its `tag` `["compiled"]`;
 * - a value, or an array that is `wholeListMerge` (in the schema, or an array of anything but objects with an
 *   `id`, e.g. `additionalIdentifiers`, `additionalClassifications`, `roles`), replaces the earlier one whole;
 * - objects merge field by field; arrays of objects merge by their `id` (an object without one is always new);
 *   an object missing from a later release stays as it was;
 * - a later `null` removes the field; an empty object or array of objects changes nothing.
 * The rules come from the release schema (`mergeRulesOf`); `MERGE_RULES` holds those of OCDS 1.1.5, and the
 * module's unit test derives them again from the official schema and runs the reference's own test fixtures.
 */
import { randomUUID } from 'node:crypto'

import { MERGE_RULES } from './ocdsMergeRules'

export type MergeRule = 'omitWhenMerged' | 'wholeListMerge'
/** Merge rules by field path: property names joined by `.` (arrays add nothing to the path). */
export type MergeRules = Record<string, MergeRule>

const typesOf = (schema: any): string[] =>
  schema?.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type]

/** The merge rules a release schema sets (JSON Schema draft-04 with local `$ref`s, as OCDS's). */
export const mergeRulesOf = (schema: any): MergeRules => {
  const resolve = (node: any, seen = new Set<string>()): any => {
    const ref = node?.$ref
    if (typeof ref !== 'string') return node
    if (!ref.startsWith('#') || seen.has(ref)) throw new Error(`Cannot resolve the schema reference ${ref}.`)
    const target = ref
      .slice(1)
      .split('/')
      .filter(Boolean)
      .map((p) => decodeURIComponent(p).replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((at, p) => at?.[p], schema)
    if (target === undefined) throw new Error(`Cannot resolve the schema reference ${ref}.`)
    return resolve(target, new Set([...seen, ref]))
  }
  const rules: MergeRules = {}
  const walk = (properties: Record<string, any>, path: string[]) => {
    for (const [key, raw] of Object.entries(properties)) {
      const field = resolve(raw)
      const at = [...path, key]
      const types = typesOf(field)
      if (field.omitWhenMerged || field.mergeStrategy === 'ocdsOmit') rules[at.join('.')] = 'omitWhenMerged'
      else if (types.includes('array') && (field.wholeListMerge || field.mergeStrategy === 'ocdsVersion'))
        rules[at.join('.')] = 'wholeListMerge'
      else if (types.includes('object') && field.properties) walk(field.properties, at)
      else if (types.includes('array') && field.items) {
        const items = resolve(field.items)
        const itemTypes = typesOf(items)
        if (itemTypes.some((t) => t !== 'object')) rules[at.join('.')] = 'wholeListMerge'
        else if (itemTypes.includes('object') && items.properties) {
          if (!('id' in items.properties)) rules[at.join('.')] = 'wholeListMerge'
          else walk(items.properties, at)
        }
      }
    }
  }
  walk(resolve(schema).properties ?? {}, [])
  return rules
}

/** A step of a path in the merged release: a property name, or an object of an array by its `id`. */
type Step = string | { identifier: unknown; original: unknown }
type Flat = Map<string, { steps: Step[]; value: unknown }>

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v)
/** An array's objects match by `id` as text ("1" and 1 are the same object). */
const keyOf = (steps: Step[]) => JSON.stringify(steps.map((s) => (typeof s === 'string' ? s : String(s.identifier))))

/** Adds a release's fields to `flat` by path: a path already there keeps its place and takes the new value. */
const flatten = (obj: any, rules: MergeRules, flat: Flat, steps: Step[], rulePath: string[]) => {
  const entries: [Step, any][] = Array.isArray(obj)
    ? obj.map((item) =>
        'id' in item
          ? [{ identifier: item.id, original: item.id }, item]
          : [{ identifier: randomUUID(), original: null }, item],
      )
    : Object.entries(obj)
  for (const [step, value] of entries) {
    const path = typeof step === 'string' ? [...rulePath, step] : rulePath
    const rule = rules[path.join('.')]
    if (rule === 'omitWhenMerged') continue
    if (
      rule === 'wholeListMerge' ||
      value === null ||
      typeof value !== 'object' ||
      (Array.isArray(value) && value.some((item) => !isObject(item)))
    ) {
      const at = [...steps, step]
      const key = keyOf(at)
      const known = flat.get(key)
      if (known) known.value = value
      else flat.set(key, { steps: at, value })
    } else if (Array.isArray(value) ? value.length : Object.keys(value).length)
      flatten(value, rules, flat, [...steps, step], path)
  }
}

const setOwn = (obj: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true })

/** Builds the merged release from its paths, in the order they first appeared, leaving out nulls. */
const unflatten = (flat: Flat) => {
  const out: Record<string, any> = {}
  const byId = new Map<string, Record<string, unknown>>()
  for (const { steps, value } of flat.values()) {
    let node: any = out
    steps.forEach((step, i) => {
      const shown = () => steps.slice(0, i).map((s) => (typeof s === 'string' ? s : String(s.identifier)))
      if (typeof step !== 'string') {
        const id = `${keyOf(steps.slice(0, i))}#${typeof step.identifier}:${String(step.identifier)}`
        let item = byId.get(id)
        if (!item) {
          if (!Array.isArray(node))
            throw new Error(`An earlier release had an object for /${shown().join('/')}, a later one an array.`)
          item = {}
          if (step.original !== null && step.original !== undefined) item.id = step.original
          byId.set(id, item)
          node.push(item)
        }
        node = item
      } else if (!isObject(node))
        throw new Error(`An earlier release had a value for /${shown().join('/')}, a later one an object.`)
      else if (Object.hasOwn(node, step)) node = node[step]
      else if (i < steps.length - 1) {
        setOwn(node, step, typeof steps[i + 1] === 'string' ? {} : [])
        node = node[step]
      } else if (value !== null) setOwn(node, step, value)
    })
  }
  return out
}

/**
 * The compiled release of one contracting process's releases (in any order: merged by `date`, oldest first;
 * releases of the same date in the order given).
 */
export const compile = (releases: any[], rules: MergeRules = MERGE_RULES): any => {
  const sorted = releases
    .map((release, at) => ({ release, at }))
    .sort((a, b) => {
      const [x, y] = [String(a.release.date), String(b.release.date)]
      return x < y ? -1 : x > y ? 1 : a.at - b.at
    })
    .map(({ release }) => release)
  const flat: Flat = new Map()
  const put = (name: string, value: unknown) => {
    const key = keyOf([name])
    const known = flat.get(key)
    if (known) known.value = value
    else flat.set(key, { steps: [name], value })
  }
  put('tag', ['compiled'])
  for (const release of sorted) {
    const { ocid, date } = release
    put('id', `${ocid ?? 'None'}-${date ?? 'None'}`)
    put('date', date ?? null)
    put('ocid', ocid ?? null)
    const { tag: _tag, ...rest } = release
    flatten(rest, rules, flat, [], [])
  }
  return unflatten(flat)
}
