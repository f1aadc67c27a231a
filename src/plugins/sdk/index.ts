/**
 * The module SDK's public surface: what a module may import. Modules import this file (and
 * `payload` and libraries) only — never another module, never the core's own folders.
 */
export {
  defineModule,
  type InstallOptions,
  type InstalledModule,
  type ModuleEndpoint,
  type ModuleManifest,
  type ModulePlugin,
} from './defineModule'
export {
  clientErrorResponse,
  defineCommand,
  fieldErrors,
  referenceInput,
  type Command,
  type CommandContext,
  type CommandSpec,
  type FieldError,
  type ModuleCommand,
} from './command'
export { inputReader } from './input'
export { emuniModules, installedModules, moduleOptions, type EmuniModules } from './compose'
export { moduleSettings } from './settings'
export {
  deadlineTask,
  defineWorkflow,
  KEEP_IN_ADMIN_SAVE,
  type Transition,
  type TransitionEvent,
  type Workflow,
} from './workflow'
export { defineTemplate, notify, renderEmail, type EmailTemplate } from './notify'
export { moduleText } from './i18n'
export { fail, moduleKit, type PersonDoc } from './moduleKit'
export { addBusinessDays, endOfLocalDay, localDate, municipalCalendar } from './calendar'
export { municipalitiesWithModule, moduleTenants, type MunicipalityRef } from './moduleSwitch'
export { perRequest } from './perRequest'
export { completeDoc, computedField } from './computedField'
export { getModule, type DashboardWidget, type ModuleRole } from './registry'
export { isBlank, isObject, isUniqueViolation, sameValue } from './values'
export { requireRoleIn } from './guards'
export { portalBaseUrl, portalLink } from './portalLink'
export { createTogether, type TogetherDoc } from './together'
export { simplePdf } from './pdf'

// The building blocks the core shares with modules (the SDK is the bottom layer: the core imports them from here).
export { isLanguage, l, LANGUAGES, requestLanguage, type Language, type Localized } from './language'
export {
  hasRoleIn,
  idOf,
  inTenantsWithRole,
  isPlatformAdmin,
  isStaff,
  MUNICIPAL_ADMIN,
  PLATFORM_ADMIN,
  tenantsWithRole,
  type Doc,
  type ID,
  type StaffUser,
} from './roles'
export {
  DOCUMENT_TYPES,
  IMAGE_TYPES,
  inspectUpload,
  safeFileName,
  readStoredUpload,
  uploadDir,
  uploadGuard,
  uploadMaxBytes,
  uploadProblemText,
} from './uploads'
export {
  declarationOf,
  looksPersonal,
  personal,
  personalFieldsOf,
  undeclaredPersonalFields,
  type PersonalDeclaration,
  type PersonalField,
} from './privacy'
