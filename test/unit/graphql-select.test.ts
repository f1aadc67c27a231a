/**
 * GraphQL reads select what the query names (src/lib/graphqlRoute.ts): every root query field that takes
 * Payload's `select` argument gets `select: true` unless the query sets it; nothing else changes.
 */
import { buildSchema, parse, print } from 'graphql'

import { selectByDefault } from '../../src/lib/graphqlRoute'

const schema = buildSchema(`
  type Doc { id: ID, name: String }
  type Docs { docs: [Doc] }
  type Query {
    Services(limit: Int, select: Boolean): Docs
    Service(id: ID!, select: Boolean): Doc
    statistics(municipality: ID): Int
  }
  type Mutation { createService(name: String): Doc }
`)
const rewrite = (query: string) => print(selectByDefault(schema, parse(query)))

describe('selectByDefault', () => {
  test('adds select: true to the queries that take it and do not set it', () => {
    const out = rewrite('{ Services(limit: 3) { docs { name } } Service(id: 1) { id } statistics(municipality: 1) }')
    expect(out).toContain('Services(limit: 3, select: true)')
    expect(out).toContain('Service(id: 1, select: true)')
    expect(out).toContain('statistics(municipality: 1)')
    expect(out).not.toContain('statistics(municipality: 1, select')
  })

  test('a query that sets select keeps its choice (select: false asks for Payload’s whole documents)', () => {
    expect(rewrite('{ Services(select: false) { docs { name } } }')).toContain('Services(select: false)')
    expect(rewrite('query Q($s: Boolean) { Services(select: $s) { docs { id } } }')).toContain('Services(select: $s)')
  })

  test('mutations and documents with nothing to add come back unchanged', () => {
    const mutation = parse('mutation { createService(name: "x") { id } }')
    expect(selectByDefault(schema, mutation)).toBe(mutation)
    const none = parse('{ statistics(municipality: 1) }')
    expect(selectByDefault(schema, none)).toBe(none)
  })
})
