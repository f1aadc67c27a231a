/** Guards module hooks share. */
import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { hasRoleIn, idOf, isPlatformAdmin, isStaff } from './roles'

/**
 * Staff write a module's documents only in a municipality where they hold one of `roles` (403 with
 * `message` otherwise). Platform admins pass; people and anonymous callers are left to access control.
 */
export const requireRoleIn = (req: PayloadRequest, tenant: unknown, roles: string[], message: () => string): void => {
  if (isStaff(req.user) && !isPlatformAdmin(req.user) && !hasRoleIn(req.user, idOf(tenant), roles))
    throw new APIError(message(), 403, undefined, true)
}
