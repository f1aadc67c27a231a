/**
 * The platform's roles with their labels: the core's and those the installed modules contribute. The
 * predicates built on roles are the SDK's (src/plugins/sdk/roles.ts), re-exported here for the core.
 */
import { l, type Localized } from '../i18n/index'
import type { ModuleRole } from '../plugins/sdk/registry'
import { MUNICIPAL_ADMIN, PLATFORM_ADMIN } from '../plugins/sdk/roles'

export {
  anyone,
  hasRoleIn,
  idOf,
  inTenantsWithRole,
  isPlatformAdmin,
  isStaff,
  MUNICIPAL_ADMIN,
  PLATFORM_ADMIN,
  platformAdminOnly,
  tenantsWithRole,
  type StaffUser,
} from '../plugins/sdk/roles'

export const EDITOR = 'editor'

export const PLATFORM_ROLES: { value: string; label: Localized }[] = [
  {
    value: PLATFORM_ADMIN,
    label: l(
      'Administrador de la plataforma',
      'Administrador da plataforma',
      'Platform administrator',
      'Administrateur de la plateforme',
    ),
  },
]

export const CORE_TENANT_ROLES: { value: string; label: Localized }[] = [
  {
    value: MUNICIPAL_ADMIN,
    label: l(
      'Administrador municipal',
      'Administrador municipal',
      'Municipal administrator',
      'Administrateur municipal',
    ),
  },
  { value: EDITOR, label: l('Editor', 'Editor', 'Editor', 'Éditeur') },
]

/**
 * Per-municipality role choices: the core roles plus the roles the installed modules contribute
 * (`INSTALLED_MODULES.roles` when the config is built; `installedModules(payload).roles` at run time).
 */
export const tenantRoleOptions = (moduleRoles: ModuleRole[]): { value: string; label: Localized }[] => [
  ...CORE_TENANT_ROLES,
  ...moduleRoles.map((r) => ({ value: r.slug, label: r.label })),
]

/** Roles that may edit MuniPortal content of a municipality. */
export const CONTENT_ROLES = [MUNICIPAL_ADMIN, EDITOR]
