import { GraphQLError, parse } from 'graphql'

import { errorResponse, firstIssue } from '@/lib/errorResponse'
import { JSON_MEDIA_TYPE, mediaTypeOf, NOT_JSON, parseJsonObject } from '@/lib/jsonBody'
import { z } from '@/lib/zod'

const graphqlRequest = z.looseObject({
  query: z.string().min(1, { message: '缺少 GraphQL 查询' }),
  variables: z.record(z.string(), z.unknown()).nullish(),
  operationName: z.string().nullish(),
  extensions: z.record(z.string(), z.unknown()).nullish(),
})

/** Where the query does not parse, in words a user reads (GraphQL's own reason kept). */
function syntaxProblem(query: string): string | null {
  try {
    parse(query)
    return null
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error
    const at = error.locations?.[0]
    const where = at ? `（第 ${at.line} 行第 ${at.column} 列）` : ''
    return `query: GraphQL 语法错误${where}：${error.message.replace(/^Syntax Error: /, '')}`
  }
}

/** Why a GraphQL POST cannot be run (`field: message`), or null. */
async function graphqlRequestProblem(request: Request): Promise<string | null> {
  if (mediaTypeOf(request) !== JSON_MEDIA_TYPE) return NOT_JSON
  const body = parseJsonObject((await request.clone().text()) || '{}')
  if (!body.ok) return body.problem
  const parsed = graphqlRequest.safeParse(body.value)
  if (!parsed.success) return firstIssue(parsed.error)
  return syntaxProblem(parsed.data.query)
}

/**
 * Payload's GraphQL handler, behind a check of the request: JSON that is an object with a query
 * that parses. Payload answers a body that is not JSON with a bare 500 (it throws), and the GraphQL
 * server a syntax error with a 200; both are a 400 naming the field here.
 */
export function refuseMalformedGraphqlRequests(handler: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const problem = await graphqlRequestProblem(request)
    return problem ? errorResponse(400, problem) : handler(request)
  }
}
