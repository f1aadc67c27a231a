/**
 * The GraphQL contract check (`npm run check:schema`): a breaking change to the committed
 * schema.graphql is reported as breaking, an addition as non-breaking, and the committed file is what
 * the Payload config builds now.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildASTSchema, Kind, parse, visit, type ASTVisitor, type GraphQLSchema } from 'graphql'

import { currentSchemaSDL } from '../../scripts/current-schema'
import { compareSchemas, formatComparison, SCHEMA_FILE } from '../../scripts/schema-contract'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const committed = fs.readFileSync(path.join(root, SCHEMA_FILE), 'utf8')
const document = parse(committed)
const OK = 'GraphQL schema contract OK: schema.graphql matches the Payload config.'

/** The committed schema with one edit made on its AST (so each fixture follows the real contract). */
const edited = (visitor: ASTVisitor): GraphQLSchema =>
  buildASTSchema(visit(document, visitor), { assumeValidSDL: true })

let contract: GraphQLSchema
beforeAll(() => {
  contract = buildASTSchema(document)
})

describe('GraphQL schema contract', () => {
  it('the committed schema has the types the portal reads', () => {
    expect(committed).toMatch(/^type Page \{$/m)
    expect(committed).toMatch(/^ {2}Pages\(.*limit: Int[,)]/m)
  })

  it('reports nothing when the schemas are the same', async () => {
    const result = await compareSchemas(contract, contract)
    expect(result.status).toBe('identical')
    expect(formatComparison(result)).toBe(OK)
  })

  it('reports a removed field as breaking, in plain words, with how to accept it', async () => {
    const withoutSlug = edited({
      ObjectTypeDefinition: (node) =>
        node.name.value === 'Page'
          ? { ...node, fields: node.fields?.filter((f) => f.name.value !== 'slug') }
          : undefined,
    })
    const result = await compareSchemas(contract, withoutSlug)
    expect(result.status).toBe('breaking')
    expect(result.breaking.map((c) => c.message)).toEqual(["Field 'slug' was removed from object type 'Page'"])
    const report = formatComparison(result)
    expect(report).toMatch(/^BREAKING: 1 change\(s\)/)
    expect(report).toContain("Field 'slug' was removed from object type 'Page'")
    expect(report).toContain('run `npm run generate:schema` and commit schema.graphql')
  })

  it('reports an argument made required as breaking', async () => {
    const limitRequired = edited({
      FieldDefinition: (node) =>
        node.name.value === 'Pages'
          ? {
              ...node,
              arguments: node.arguments?.map((a) =>
                a.name.value === 'limit' && a.type.kind !== Kind.NON_NULL_TYPE
                  ? { ...a, type: { kind: Kind.NON_NULL_TYPE, type: a.type } }
                  : a,
              ),
            }
          : undefined,
    })
    const result = await compareSchemas(contract, limitRequired)
    expect(result.status).toBe('breaking')
    expect(result.breaking.map((c) => c.path)).toEqual(['Query.Pages.limit'])
  })

  it('reports an added field as non-breaking, but the file as out of date', async () => {
    const addition = committed.replace(/^type Page \{$/m, 'type Page {\n  summary: String')
    const result = await compareSchemas(committed, addition)
    expect(result.status).toBe('outdated')
    expect(result.breaking).toEqual([])
    expect(result.nonBreaking.map((c) => c.message)).toEqual(["Field 'summary' was added to object type 'Page'"])
    const report = formatComparison(result)
    expect(report).not.toMatch(/BREAKING/)
    expect(report).toMatch(/^schema\.graphql is out of date \(no breaking change\)/)
    expect(report).toContain("Field 'summary' was added to object type 'Page'")
  })

  it('reports a file that differs only in layout as out of date', async () => {
    const result = await compareSchemas(committed, `${committed}\n`)
    expect(result.status).toBe('outdated')
    expect(result.textOnly).toBe(true)
  })

  it('the committed schema.graphql is what the Payload config builds now', async () => {
    const result = await compareSchemas(committed, await currentSchemaSDL())
    expect(formatComparison(result)).toBe(OK)
  })
})
