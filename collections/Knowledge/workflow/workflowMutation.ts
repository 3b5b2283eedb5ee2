import type { GraphQLExtension } from 'payload'

import { performWorkflowRequest } from './performWorkflowRequest'

/** GraphQL twin of the REST workflow endpoint: `knowledgeWorkflow(id, action, comment)`. */
export const workflowMutation: GraphQLExtension = (GraphQL) => ({
  knowledgeWorkflow: {
    type: new GraphQL.GraphQLObjectType({
      name: 'KnowledgeWorkflowResult',
      fields: {
        id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        workflowState: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
        reviewStep: { type: GraphQL.GraphQLInt },
        allowed: { type: new GraphQL.GraphQLList(GraphQL.GraphQLString) },
      },
    }),
    args: {
      id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      action: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      comment: { type: GraphQL.GraphQLString },
    },
    resolve: (
      _: unknown,
      args: { id: string; action: string; comment?: string | null },
      context: { req: Parameters<typeof performWorkflowRequest>[0] },
    ) =>
      performWorkflowRequest(context.req, args.id, { action: args.action, comment: args.comment }),
  },
})
