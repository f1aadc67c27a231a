/**
 * Query depth: the deepest chain of nested fields in an operation (fragments followed, introspection
 * fields exempt). Used by the express gate in front of GraphQL and, as a validation rule, by Payload.
 * Together with Payload's `maxComplexity` it keeps hostile queries cheap.
 */
import {
  GraphQLError,
  Kind,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type ValidationContext,
} from 'graphql'

const operationDepth = (operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): number => {
  const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
    switch (node.kind) {
      case Kind.FIELD:
        if (node.name.value.startsWith('__')) return 0
        if (!node.selectionSet) return depth
        return Math.max(depth, ...node.selectionSet.selections.map((s) => depthOf(s, depth + 1, seen)))
      case Kind.FRAGMENT_SPREAD: {
        const fragment = fragments.get(node.name.value)
        if (!fragment || seen.has(node.name.value)) return depth
        return depthOf(fragment, depth, new Set([...seen, node.name.value]))
      }
      case Kind.INLINE_FRAGMENT:
      case Kind.FRAGMENT_DEFINITION:
      case Kind.OPERATION_DEFINITION:
        return Math.max(depth, ...node.selectionSet.selections.map((s) => depthOf(s, depth, seen)))
      default:
        return depth
    }
  }
  return depthOf(operation, 1, new Set())
}

const fragmentsOf = (document: DocumentNode) =>
  new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d] as const),
  )

/** The deepest operation of a document. */
export const queryDepth = (document: DocumentNode): number => {
  const fragments = fragmentsOf(document)
  return Math.max(
    0,
    ...document.definitions
      .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((d) => operationDepth(d, fragments)),
  )
}

/** GRAPHQL_MAX_DEPTH, default 10. */
export const graphqlMaxDepth = (): number => Number(process.env.GRAPHQL_MAX_DEPTH || 10)

export const depthMessage = (depth: number, max: number) => `Query is nested ${depth} levels deep; the limit is ${max}.`

export const depthLimit = (max: number) => (context: ValidationContext) => {
  const fragments = fragmentsOf(context.getDocument())
  return {
    OperationDefinition(node: OperationDefinitionNode) {
      const depth = operationDepth(node, fragments)
      if (depth > max) context.reportError(new GraphQLError(depthMessage(depth, max), { nodes: [node] }))
    },
  }
}
