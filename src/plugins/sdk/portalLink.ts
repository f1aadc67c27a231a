/**
 * Addresses on the citizens' portal (`frontend/`), for the links modules put in their emails:
 * `portalLink('villa-esperanza', 'es', 'services/track?code=…')` →
 * `{PORTAL_URL}/m/villa-esperanza/es/services/track?code=…`.
 */
export const portalBaseUrl = (): string =>
  (process.env.PORTAL_URL || `http://localhost:${process.env.PORTAL_PORT || 3001}`).replace(/\/$/, '')

export const portalLink = (municipalitySlug: string, lang: string, path = ''): string =>
  `${portalBaseUrl()}/m/${municipalitySlug}/${lang}${path ? `/${path.replace(/^\//, '')}` : ''}`
