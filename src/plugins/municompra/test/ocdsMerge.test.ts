/**
 * MuniCompra's OCDS compile against the reference merge implementation (the Open Contracting Partnership's
 * ocdsmerge): its merge rules derived from the official release schema, and every one of its OCDS 1.1 test
 * fixtures (`../shared/standards/ocds-merge-fixtures/1.1/`) compiled to exactly the expected release.
 * The `-versioned.json` fixtures are left out: MuniCompra publishes no versioned releases (its records carry
 * the compiled release only).
 */
import fs from 'node:fs'
import path from 'node:path'

import { ROOT } from '@e-muni/sdk/testing'

import { compile, mergeRulesOf } from '../lib/ocds'
import { MERGE_RULES } from '../lib/ocdsMergeRules'

const STANDARDS = path.resolve(ROOT, '../shared/standards')
const FIXTURES = path.join(STANDARDS, 'ocds-merge-fixtures/1.1')
const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'))

const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.json'))
const inputs = files.filter((f) => !/-(compiled|versioned)\.json$/.test(f)).map((f) => f.slice(0, -'.json'.length))

describe('the OCDS merge rules', () => {
  it('are those the official 1.1.5 release schema sets', () => {
    const derived = mergeRulesOf(read(path.join(STANDARDS, 'ocds-1.1.5/release-schema.json')))
    // When the standard changes, lib/ocdsMergeRules.ts takes the derived rules (the diff shows them).
    expect(MERGE_RULES).toStrictEqual(derived)
    expect(derived).toMatchObject({
      id: 'omitWhenMerged',
      date: 'omitWhenMerged',
      tag: 'omitWhenMerged',
      'parties.additionalIdentifiers': 'wholeListMerge',
      'tender.items.additionalClassifications': 'wholeListMerge',
    })
  })

  it('come from the schema: references, omitted fields, whole lists, arrays of objects without id', () => {
    const schema = {
      definitions: {
        Thing: { type: 'object', properties: { id: { type: 'string' }, codes: { type: 'array', items: {} } } },
        Note: { type: 'object', properties: { text: { type: 'string' } } },
      },
      properties: {
        secret: { type: 'string', omitWhenMerged: true },
        things: { type: 'array', items: { $ref: '#/definitions/Thing' } },
        notes: { type: ['array', 'null'], items: { $ref: '#/definitions/Note' } },
        names: { type: 'array', items: { type: 'string' } },
        whole: { type: 'array', wholeListMerge: true, items: { $ref: '#/definitions/Thing' } },
        nested: { type: 'object', properties: { legacy: { type: 'string', mergeStrategy: 'ocdsOmit' } } },
      },
    }
    expect(mergeRulesOf(schema)).toStrictEqual({
      secret: 'omitWhenMerged',
      notes: 'wholeListMerge',
      names: 'wholeListMerge',
      whole: 'wholeListMerge',
      'nested.legacy': 'omitWhenMerged',
    })
    expect(() => mergeRulesOf({ properties: { a: { $ref: '#/definitions/Missing' } } })).toThrow(
      'Cannot resolve the schema reference #/definitions/Missing.',
    )
  })
})

describe("the reference merge implementation's OCDS 1.1 fixtures", () => {
  it('are all here: a compiled and a versioned release for each list of releases', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(17)
    expect(files.sort()).toEqual(
      inputs.flatMap((name) => [`${name}-compiled.json`, `${name}-versioned.json`, `${name}.json`]).sort(),
    )
  })

  it.each(inputs)('%s: compiles to the expected compiled release, leaving the releases as they were', (name) => {
    const releases = read(path.join(FIXTURES, `${name}.json`))
    const before = structuredClone(releases)
    const compiled = compile(releases)
    expect(compiled).toStrictEqual(read(path.join(FIXTURES, `${name}-compiled.json`)))
    // Exactly: the same fields in the same order.
    expect(JSON.stringify(compiled, null, 2)).toBe(
      fs.readFileSync(path.join(FIXTURES, `${name}-compiled.json`), 'utf8').trim(),
    )
    expect(releases).toStrictEqual(before)
  })

  it('compiles the same whatever the order the releases come in', () => {
    for (const name of inputs) {
      const releases = read(path.join(FIXTURES, `${name}.json`))
      expect(compile([...releases].reverse())).toStrictEqual(compile(releases))
    }
  })
})
