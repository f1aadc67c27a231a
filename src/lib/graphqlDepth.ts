/**
 * The size of a GraphQL operation, measured before anything runs it: its depth (the deepest chain of
 * nested fields, fragments followed, introspection fields exempt), its number of fields (every field
 * node, each fragment counted as often as it is spread) and whether its fragments spread themselves
 * (a cycle, which would recurse without end further on). Each fragment is measured once, so a document
 * whose fragments spread each other twice over (2^n expansions) is measured in linear time.
 * Used by the express gate in front of GraphQL and, as a validation rule, by Payload. Together with
 * Payload's `maxComplexity` it keeps hostile queries cheap.
 */
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql'

export type OperationSize = { depth: number; fields: number; cycle?: string }

type Measure = { depth: number; fields: number }

const fragmentsOf = (document: DocumentNode) =>
  new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d] as const),
  )

/** Measures operations of one document, sharing the measures of its fragments. */
const measurer = (fragments: Map<string, FragmentDefinitionNode>) => {
  const done = new Map<string, Measure>()
  const inProgress = new Set<string>()
  let cycle: string | undefined

  const fragment = (name: string): Measure => {
    const known = done.get(name)
    if (known) return known
    const definition = fragments.get(name)
    if (!definition) return { depth: 0, fields: 0 }
    if (inProgress.has(name)) {
      cycle ??= name
      return { depth: 0, fields: 0 }
    }
    inProgress.add(name)
    const measured = selectionSet(definition.selectionSet)
    inProgress.delete(name)
    done.set(name, measured)
    return measured
  }

  /** Depth relative to the selection set's parent (a leaf field is 1) and the number of field nodes. */
  const selectionSet = (set: SelectionSetNode): Measure => {
    let depth = 0
    let fields = 0
    for (const selection of set.selections) {
      let inner: Measure
      if (selection.kind === Kind.FIELD) {
        const sub = selection.selectionSet ? selectionSet(selection.selectionSet) : { depth: 0, fields: 0 }
        // Introspection fields (`__typename`, `__schema`) do not count towards depth, but do towards size.
        inner = { depth: selection.name.value.startsWith('__') ? 0 : 1 + sub.depth, fields: 1 + sub.fields }
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) inner = fragment(selection.name.value)
      else inner = selectionSet(selection.selectionSet)
      depth = Math.max(depth, inner.depth)
      fields += inner.fields
    }
    return { depth, fields }
  }

  const operation = (node: OperationDefinitionNode): OperationSize => {
    const { depth, fields } = selectionSet(node.selectionSet)
    return { depth: Math.max(1, depth), fields, ...(cycle ? { cycle } : {}) }
  }
  return operation
}

/** The largest depth and field count over a document's operations, and a fragment cycle if any. */
export const operationSize = (document: DocumentNode): OperationSize => {
  const measure = measurer(fragmentsOf(document))
  const result: OperationSize = { depth: 0, fields: 0 }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    const size = measure(definition)
    result.depth = Math.max(result.depth, size.depth)
    result.fields = Math.max(result.fields, size.fields)
    if (size.cycle) result.cycle ??= size.cycle
  }
  return result
}

/** The deepest operation of a document. */
export const queryDepth = (document: DocumentNode): number => operationSize(document).depth

/** GRAPHQL_MAX_DEPTH, default 10. */
export const graphqlMaxDepth = (): number => Number(process.env.GRAPHQL_MAX_DEPTH || 10)

/**
 * GRAPHQL_MAX_FIELDS, default GRAPHQL_MAX_COMPLEXITY (1000): Payload counts every field at least 1
 * towards the complexity, so an operation with more fields would be refused by Payload anyway — after
 * validating all of it.
 */
export const graphqlMaxFields = (): number =>
  Number(process.env.GRAPHQL_MAX_FIELDS || process.env.GRAPHQL_MAX_COMPLEXITY || 1000)

export const depthMessage = (depth: number, max: number) => `Query is nested ${depth} levels deep; the limit is ${max}.`
export const fieldsMessage = (fields: number, max: number) =>
  `Query selects ${fields > 1e9 ? 'more than 1000000000' : fields} fields (fragments expanded); the limit is ${max}.`
export const cycleMessage = (name: string) => `Fragment "${name}" spreads itself (directly or through other fragments).`

export const depthLimit = (max: number) => (context: ValidationContext) => {
  const measure = measurer(fragmentsOf(context.getDocument()))
  return {
    OperationDefinition(node: OperationDefinitionNode) {
      const { depth } = measure(node)
      if (depth > max) context.reportError(new GraphQLError(depthMessage(depth, max), { nodes: [node] }))
    },
  }
}
