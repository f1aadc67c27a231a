import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardGraphql } from '../../../../lib/restGuard'

// Bodies other than JSON are answered 415 before Payload tries to read them (src/lib/restGuard.ts).
export const POST = guardGraphql(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
