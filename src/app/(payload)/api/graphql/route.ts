import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { GRAPHQL_POST } from '../../../../lib/graphqlRoute'
import { guardGraphql } from '../../../../lib/restGuard'

// Bodies other than JSON are answered 415 before Payload tries to read them (src/lib/restGuard.ts);
// parsing and the query-only validation rules are done once per distinct query (src/lib/graphqlRoute.ts).
export const POST = guardGraphql(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
