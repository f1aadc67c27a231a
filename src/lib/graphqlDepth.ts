/**
 * A GraphQL validation rule that refuses queries nested deeper than `max` (fragments followed,
 * introspection fields exempt). Together with Payload's `maxComplexity` it keeps hostile queries cheap.
 */
import { GraphQLError, Kind, type ASTNode, type FragmentDefinitionNode, type ValidationContext } from 'graphql'

export const depthLimit =
  (max: number) =>
  (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def)
    }
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      switch (node.kind) {
        case Kind.FIELD: {
          if (node.name.value.startsWith('__')) return 0
          if (!node.selectionSet) return depth
          return Math.max(depth, ...node.selectionSet.selections.map((s) => depthOf(s, depth + 1, seen)))
        }
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
    return {
      OperationDefinition(node: ASTNode) {
        const depth = depthOf(node, 1, new Set())
        if (depth > max) {
          context.reportError(new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${max}.`, { nodes: [node] }))
        }
      },
    }
  }
