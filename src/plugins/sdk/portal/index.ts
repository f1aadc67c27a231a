/**
 * `@e-muni/sdk/portal`: the portal kit for a module's portal part (server side), and its contract
 * (`definePortalModule`). Client components use `@e-muni/sdk/portal/client`; message tables
 * `@e-muni/sdk/portal/i18n`.
 */
export { cmsCommand, cmsMutate, cmsPublicUrl, cmsQuery, cmsUrl, CmsError, fileUrl, municipalityTag } from './cms'
export type { FieldErrors, MutationResult } from './cms'
export { definePortalModule, matchPortalPage, portalConflicts } from './contract'
export type { PortalModule, PortalPage, PortalPageProps, PortalPages, PortalSitemapEntry } from './contract'
export { formPortal, keep, safeNext, text } from './form'
export { getMunicipality, portalLoader } from './municipality'
export type { Municipality, Portal } from './municipality'
export { clearToken, getPerson, getToken, requirePerson, SESSION_COOKIE, setToken } from './session'
export type { Person } from './session'
export {
  AccountPageHeader,
  Breadcrumbs,
  Card,
  Empty,
  JsonLd,
  langOf,
  Localized,
  PageHeader,
  Pagination,
  Sentence,
} from './ui'
