/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
// Changed by hand: requests pass the request check first (src/server/api/refuseMalformedGraphqlRequests.ts).
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { refuseMalformedGraphqlRequests } from '@/server/api/refuseMalformedGraphqlRequests'

export const POST = refuseMalformedGraphqlRequests(GRAPHQL_POST(config))

export const OPTIONS = REST_OPTIONS(config)
